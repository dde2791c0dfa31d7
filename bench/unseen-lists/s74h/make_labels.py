#!/usr/bin/env python3
"""Hand labels for s74h. raw is cut from the saved file by the (start, end) line range chosen by eye."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LJ = "ljjTYJR__PapersReading.README.md"
QZ = "qiaozhijian__awesome-deeplearning-3d-registration.README.md"
WS = "wsunid__awesome-point-clouds-registration.README.md"
_cache = {}
def lines(f):
    if f not in _cache:
        _cache[f] = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
    return _cache[f]

out = []
def lab(f, start, end=None, is_paper=True, title=None, arxiv_id=None, doi=None, url=None, venue=None,
        year=None, authors=None, code=None, summary=None, section=None):
    end = end or start
    raw = "\n".join(lines(f)[start - 1:end])
    out.append(dict(list=f, line=start, raw=raw, is_paper=is_paper, title=title, arxiv_id=arxiv_id, doi=doi,
                    url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary,
                    section=section))

def non(f, start, end=None, section=None):
    lab(f, start, end, is_paper=False, section=section)

# ---------------- ljjTYJR / PapersReading Point_Set_Registration.md ----------------
non(LJ, 5); non(LJ, 14); non(LJ, 15, 16); non(LJ, 17)
S_COR = "Soft-Assign / Correlation"; S_GMM = "Soft-Assign / GMM"
lab(LJ, 89, 95, title="New algorithms for 2D and 3D point matching: pose estimation and correspondence",
    venue="Pattern recognition 1998", year=1998, authors=["Steven Gold"], section=S_COR)
lab(LJ, 138, 144, title="Non-rigid point set registration: Coherent Point Drift",
    url="https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.85.493&rep=rep1&type=pdf",
    venue="Advances in neural information processing systems 2007", year=2007,
    authors=["A. Myronenko", "X. Song", "M. A. Carreira-Perpinán"], section=S_GMM)
lab(LJ, 146, 154, title="Point Set Registration: Coherent Point Drift",
    url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=5432191",
    venue="IEEE transactions on pattern analysis and machine intelligence 2010", year=2010,
    authors=["A. Myronenko", "X. Song"], section=S_GMM)
lab(LJ, 164, 170, title="Rigid and Articulated Point Registration with Expectation Conditional Maximization",
    url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=5444893",
    venue="IEEE Transactions on Pattern Analysis and Machine Intelligence 2010", year=2010,
    authors=["R. Horaud", "F. Forbes", "M. Yguel", "G. Dewaele", "J. Zhang"], section=S_GMM)
lab(LJ, 202, 208, title="An Adaptive Data Representation for Robust Point-Set Registration and Merging",
    venue="Proceedings of the IEEE international conference on computer vision 2015", year=2015,
    authors=["Dylan Campbell", "Lars Petersson"], section=S_GMM)
lab(LJ, 217, 223, title="FilterReg: Robust and Efficient Probabilistic Point-Set Registration using Gaussian Filter and Twist Parameterization",
    url="https://openaccess.thecvf.com/content_CVPR_2019/papers/Gao_FilterReg_Robust_and_Efficient_Probabilistic_Point-Set_Registration_Using_Gaussian_Filter_CVPR_2019_paper.pdf",
    venue="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition 2019", year=2019,
    authors=["Wei Gao", "Russ Tedrake"], section=S_GMM)
lab(LJ, 228, 232, title="LSG-CPD: Coherent Point Drift with Local Surface Geometry for Point Cloud Registration",
    arxiv_id="2103.15039",
    url="https://openaccess.thecvf.com/content/ICCV2021/papers/Liu_LSG-CPD_Coherent_Point_Drift_With_Local_Surface_Geometry_for_Point_ICCV_2021_paper.pdf",
    venue="arXiv 2021", year=2021, authors=["Weixiao Liu", "Hongtao Wu", "Gregory Chirikjian"], section=S_GMM)
lab(LJ, 282, 290, title="Robust Point Set Registration Using Gaussian Mixture Models",
    url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=5674050",
    venue="IEEE transactions on pattern analysis and machine intelligence 2010", year=2010,
    authors=["B. Jian", "B. C. Vemuri"], section=S_GMM)
lab(LJ, 308, 314, title="A generative model for the joint registration of multiple point sets",
    venue="European Conference on Computer Vision 2014", year=2014, authors=["Georgios D. Evangelidis"], section=S_GMM)
lab(LJ, 326, 332, title="Density Adaptive Point Set Registration",
    venue="Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition 2018", year=2018,
    authors=["Felix Järemo Lawin"], section=S_GMM)
lab(LJ, 346, 352, title="Accelerated Generative Models for 3D Point Cloud Data",
    venue="Proceedings of the IEEE conference on computer vision and pattern recognition 2016", year=2016,
    authors=["Benjamin Eckart"], section=S_GMM)
lab(LJ, 370, 376, title="HGMR: Hierarchical Gaussian Mixtures for Adaptive 3D Registration",
    venue="Proceedings of the European Conference on Computer Vision (ECCV) 2018", year=2018,
    authors=["Benjamin Eckart", "Kihwan Kim", "Jan Kautz"], section=S_GMM)
lab(LJ, 408, 414, title="A Probabilistic Framework for Color-Based Point Set Registration",
    venue="Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition 2018", year=2018,
    authors=["Felix Järemo Lawin"], section=S_GMM)
lab(LJ, 420, 426, title="DeepGMR: Learning Latent Gaussian Mixture Models for Registration",
    venue="European conference on computer vision 2020", year=2020, authors=["Wentao Yuan"], section=S_GMM)
lab(LJ, 459, 465, title="GOGMA: Globally-Optimal Gaussian Mixture Alignment",
    venue="Proceedings of the IEEE conference on computer vision and pattern recognition 2016", year=2016,
    authors=["Dylan Campbell", "Lars Petersson"], section=S_GMM)
lab(LJ, 472, 478, title="Efficient Global Point Cloud Alignment Using Bayesian Nonparametric Mixtures",
    venue="Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition 2017", year=2017,
    authors=["Julian Straub"], section=S_GMM)

# ---------------- qiaozhijian / awesome-deeplearning-3d-registration ----------------
L = "LIDAR Localization"; R = "3D-to-3D Registration"
def q(n, title, venue, year, authors=None, arxiv_id=None, url=None, section=L):
    lab(QZ, n, title=title, venue=venue, year=year, authors=authors, arxiv_id=arxiv_id, url=url, section=section)
q(4, "3D Point Cloud Registration for Localization Using a Deep Neural Network Auto-Encoder", "CVPR 2017", 2017,
  ["Gil Elba"], url="https://ieeexplore.ieee.org/document/8099748")
q(5, "CNN for IMU Assisted Odometry Estimation using Velodyne LiDAR", "ICARSC 2018", 2018, ["Velas"], arxiv_id="1712.06352")
q(6, "Locnet: Global localization in 3d point clouds for mobile vehicles", "IV 2018", 2018, arxiv_id="1712.02165")
q(7, "Learning to localize using a lidar intensity map", "CoRL 2018", 2018, ["Barsan"],
  url="http://proceedings.mlr.press/v87/barsan18a/barsan18a.pdf")
q(9, "DeepPCO: End-to-End Point Cloud Odometry through Deep Parallel Neural Network", "IROS 2019", 2019, arxiv_id="1910.11088")
q(10, "LO-Net: Deep Real-time Lidar Odometry", "CVPR 2019", 2019, arxiv_id="1904.08242")
q(11, "L3-Net: Towards Learning Based LiDAR Localization for Autonomous Driving", "CVPR 2019", 2019,
  url="https://ieeexplore.ieee.org/document/8954371/references")
q(12, "DeepLO: Geometry-Aware Deep LiDAR Odometry", "arXiv 2019", 2019, arxiv_id="1902.10562")
q(15, "SelfVoxeLO: Self-supervised LiDAR Odometry with Voxel-based Deep Neural Networks", "arXiv 2020", 2020, arxiv_id="2010.09343")
q(17, "DMLO: Deep Matching LiDAR Odometry", "arXiv 2020", 2020, ["Li"], arxiv_id="2004.03796")
q(22, "3DMatch: Learning Local Geometric Descriptors from RGB-D Reconstructions", "CVPR 2017", 2017, arxiv_id="1603.08182", section=R)
q(23, "3DFeat-Net: Weakly Supervised Local 3D Features for Point Cloud Registration", "ECCV 2018", 2018, arxiv_id="1807.09413", section=R)
q(24, "Deep closest point: Learning representations for point cloud registration", "ICCV 2019", 2019, arxiv_id="1905.03304", section=R)
q(26, "PointNetLK: Robust & Efficient Point Cloud Registration using PointNet", "CVPR 2019", 2019, arxiv_id="1903.05711", section=R)
q(27, "3D Local Features for Direct Pairwise Registration", "CVPR 2019", 2019, ["Deng"],
  url="https://openaccess.thecvf.com/content_CVPR_2019/html/Deng_3D_Local_Features_for_Direct_Pairwise_Registration_CVPR_2019_paper.html", section=R)
q(28, "Robust Point Cloud Based Reconstruction of Large-Scale Outdoor Scenes", "CVPR 2019", 2019, ["Lan"], arxiv_id="1905.09634", section=R)
q(33, "3DRegNet: A Deep Neural Network for 3D Point Registration", "CVPR 2020", 2020, arxiv_id="1904.01701", section=R)
q(34, "D3Feat: Joint Learning of Dense Detection and Description of 3D Local Features", "CVPR 2020", 2020, arxiv_id="2003.03164", section=R)
q(36, "Segmentation-Based 4D Registration of Plants Point Clouds for Phenotyping", "IROS 2020", 2020, ["Federico"],
  url="https://www.ipb.uni-bonn.de/wp-content/papercite-data/pdf/magistri2020iros.pdf", section=R)
q(38, "Iterative Distance-Aware Similarity Matrix Convolution with Mutual-Supervised Point Elimination for Efficient Point Cloud Registration",
  "ECCV 2020", 2020, url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123690375.pdf", section=R)

# ---------------- wsunid / awesome-point-clouds-registration ----------------
for n in (9, 10, 11, 13, 14):
    non(WS, n, section="Keywords")
def w(n, title, venue, year, url=None, arxiv_id=None, code=None, end=None):
    lab(WS, n, end, title=title, venue=venue, year=year, url=url, arxiv_id=arxiv_id, code=code, section=str(year))
w(24, "Sparse Iterative Closest Point", "CGF 2016", 2016, url="https://dl.acm.org/citation.cfm?id=2600305",
  code="https://github.com/OpenGP/sparseicp")
w(26, "Challenging data sets for point cloud registration algorithms", "IJRR 2016", 2016,
  url="https://hal.archives-ouvertes.fr/hal-01143454/document")
w(31, "3DMatch: Learning Local Geometric Descriptors from RGB-D Reconstructions", "CVPR 2017", 2017, arxiv_id="1603.08182",
  code="https://github.com/andyzeng/3dmatch-toolbox")
w(33, "3D Point Cloud Registration for Localization using a Deep Neural Network Auto-Encoder", "CVPR 2017", 2017,
  url="https://zpascal.net/cvpr2017/Elbaz_3D_Point_Cloud_CVPR_2017_paper.pdf", code="https://github.com/gilbaz/LORAX")
w(40, "PPF-FoldNet: Unsupervised Learning of Rotation Invariant 3D Local Descriptors", "ECCV 2018", 2018,
  url="http://openaccess.thecvf.com/content_ECCV_2018/papers/Tolga_Birdal_PPF-FoldNet_Unsupervised_Learning_ECCV_2018_paper.pdf")
w(44, "End-to-end learning of keypoint detector and descriptor for pose invariant 3D matching", "CVPR 2018", 2018,
  url="http://openaccess.thecvf.com/content_cvpr_2018/papers/Georgakis_End-to-End_Learning_of_CVPR_2018_paper.pdf")
w(46, "Inverse Composition Discriminative Optimization for Point Cloud Registration", "CVPR 2018", 2018,
  url="http://openaccess.thecvf.com/content_cvpr_2018/papers/Vongkulbhisal_Inverse_Composition_Discriminative_CVPR_2018_paper.pdf")
w(50, "PointNetLK: Robust & Efficient Point Cloud Registration using PointNet", "CVPR 2019", 2019,
  url="http://openaccess.thecvf.com/content_CVPR_2019/papers/Aoki_PointNetLK_Robust__Efficient_Point_Cloud_Registration_Using_PointNet_CVPR_2019_paper.pdf",
  code="https://github.com/hmgoforth/PointNetLK")
w(54, "The Perfect Match: 3D Point Cloud Matching with Smoothed Densities", "CVPR 2019", 2019,
  url="http://openaccess.thecvf.com/content_CVPR_2019/papers/Gojcic_The_Perfect_Match_3D_Point_Cloud_Matching_With_Smoothed_Densities_CVPR_2019_paper.pdf",
  code="https://github.com/zgojcic/3DSmoothNet")
w(56, "L3 -Net: Towards Learning based LiDAR Localization for Autonomous Driving", "CVPR 2019", 2019,
  url="https://songshiyu01.github.io/pdf/L3Net_W.Lu_Y.Zhou_S.Song_CVPR2019.pdf")
w(62, "GFrames: Gradient-Based Local Reference Frame for 3D Shape Matching", "CVPR 2019", 2019,
  url="http://openaccess.thecvf.com/content_CVPR_2019/papers/Melzi_GFrames_Gradient-Based_Local_Reference_Frame_for_3D_Shape_Matching_CVPR_2019_paper.pdf",
  end=63)
w(65, "FilterReg: Robust and Efficient Probabilistic Point-Set Registration using Gaussian Filter and Twist Parameterization", "CVPR 2019", 2019,
  url="http://openaccess.thecvf.com/content_CVPR_2019/papers/Gao_FilterReg_Robust_and_Efficient_Probabilistic_Point-Set_Registration_Using_Gaussian_Filter_CVPR_2019_paper.pdf",
  code="https://bitbucket.org/gaowei19951004/poser/src/master/")
w(67, "DeepVCP: An End-to-End Deep Neural Network for Point Cloud Registration", "ICCV 2019", 2019)
w(71, "USIP: Unsupervised Stable Interest Point Detection from 3D Point Clouds", "ICCV 2019", 2019, arxiv_id="1905.03304",
  code="https://github.com/lijx10/USIP")
w(79, "A Symmetric Objective Function for ICP", "TOG 2019", 2019,
  url="https://gfx.cs.princeton.edu/pubs/Rusinkiewicz_2019_ASO/symm_icp.pdf")

with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "labels,", sum(d["is_paper"] for d in out), "papers")
