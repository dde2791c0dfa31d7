"""Write labels.jsonl from hand-read judgements below; raw is copied from the file by line number."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
N = "ninglixu__Awesome-PointCloudRegistration.README.md"
A = "agarnung__awesome-3d-point-cloud-denoising.README.md"
W = "wentianli__awesome-3d-photography.README.md"
H = "hwan0806__Awesome-LiDAR-Mapping.README.md"

def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, code=None, section=None, authors=None, doi=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section)

def X(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

RIG = "3D Rigid Registration"
L = [
 # ninglixu: plain-text "Title. VENUE YEAR" citations, no links
 P(N, 3, "Feature preserving non-rigid iterative weighted closest point and semi-curvature registration", "TIP 2022", 2022, section="3D Non-Rigid Registration"),
 P(N, 10, "Efficient Second-Order Plane Adjustment", "CVPR 2023", 2023, section=RIG + " / Multi-view registration"),
 P(N, 15, "Learning multiview 3D point cloud registration", "CVPR 2020", 2020, section=RIG + " / Multi-view registration"),
 P(N, 27, "UnsupervisedR&R: Unsupervised Point Cloud Registration via Differentiable Rendering", "CVPR 2021", 2021, section=RIG + " / Learning Based"),
 P(N, 34, "SpinNet: Learning a General Surface Descriptor for 3D Point Cloud Registration", "CVPR 2021", 2021, section=RIG + " / Detector/Descriptor"),
 P(N, 41, "Stein ICP for Uncertainty Estimation in Point Cloud Matching", "ICRA 2022", 2022, section=RIG + " / Fine Registration"),
 P(N, 42, "Sparse point cloud registration and aggregation with mesh\u2010based generalized iterative closest point", None, 2021, section=RIG + " / Fine Registration"),
 P(N, 53, "A symmetric objective function for ICP", "TOG 2019", 2019, section=RIG + " / Fine Registration"),
 P(N, 65, "Point set registration: Coherent point drift", "TPAMI 2010", 2010, section=RIG + " / Fine Registration"),
 P(N, 72, "Multi-scale EM-ICP: A Fast and Robust Approach for Surface Registration", "ECCV 2002", 2002, section=RIG + " / Fine Registration"),
 P(N, 75, "Method for registration of 3-D shapes", "ICOP 1992", 1992, section=RIG + " / Fine Registration"),
 P(N, 80, "Fast Semantic-Assisted Outlier Removal for Large-scale Point Cloud Registration", "arXiv 2022", 2022, section=RIG + " / Coarse Registration"),
 P(N, 81, "Using 2-Lines Congruent Sets for Coarse Registration of Terrestrial Point Clouds in Urban Scenes", "TGRS 2022", 2022, section=RIG + " / Coarse Registration"),
 P(N, 103, "SC^2-PCR: A Second Order Spatial Compatibility for Efficient and Robust Point Cloud Registration", "CVPR 2022", 2022, section="Robust Estimation"),
 P(N, 121, "Performance Evaluation of 3D Keypoint Detectors", "IJCV 2012", 2012, section="Robust Estimation / Survey"),
 P(N, 129, "A review of recent range image registration methodswith accuracy evaluation", "IVC 2006", 2006, section="Robust Estimation / Survey"),
 X(N, 135, "Robust Estimation / Lecture"),
 X(N, 136, "Robust Estimation / Lecture"),
 X(N, 139, "Robust Estimation / Lecture"),
 X(N, 145, "Robust Estimation / Lecture"),
 # agarnung: [[Link](url)] Title [[code](..)] emoji, under H1 year headings; no venue, no authors
 X(A, 17, "Overview / Gradations"),
 P(A, 44, "Nonlocal discrete regularization on weighted graphs: A framework for image and manifold processing", year=2008, url="https://lezoray.users.greyc.fr/Publis/IEEE_IP_2008.pdf", section="2008"),
 P(A, 49, "3D Body Point Cloud Data Denoising and Registration", year=2009, url="https://ieeexplore.ieee.org/document/5287748", section="2009"),
 P(A, 55, "Nonlocal PDEs-Based Morphology on Weighted Graphs for Image and Data Processing", year=2011, url="https://chpc.greyc.fr/images/Documents/Publications/2011_06_Nonlocal_PDEs-Based_Morphology_on_Weighted_Graphs_for_Image_and_Data_Processing.pdf", section="2011"),
 P(A, 58, "Denoising point cloud", year=2012, url="https://www.tandfonline.com/doi/epdf/10.1080/17415977.2011.603087?needAccess=true", section="2012"),
 P(A, 77, "Mesh Denoising via Cascaded Normal Regression", year=2016, url="https://dl.acm.org/doi/10.1145/2980179.2980232", section="2016"),
 P(A, 83, "Guided 3D point cloud filtering", year=2017, url="https://link.springer.com/article/10.1007/s11042-017-5310-9", code="https://github.com/aipiano/guided-filter-point-cloud-denoise", section="2017"),
 P(A, 88, "Weighted Multi-projection: 3D Point Cloud Denoising with Estimated Tangent Planes", year=2018, arxiv="1807.00253", section="2018"),
 P(A, 100, "A Novel Denoising Algorithm for Airborne Lidar Point Cloud Based on Empirical Mode Decomposition", year=2019, url="https://isprs-archives.copernicus.org/articles/XLII-2-W13/1021/2019/isprs-archives-XLII-2-W13-1021-2019.pdf", section="2019"),
 P(A, 108, "Total denoising: Unsupervised learning of 3D point cloud cleaning", year=2019, arxiv="1904.07615", code="https://github.com/phermosilla/TotalDenoising", section="2019"),
 P(A, 114, "Pointfilter: Point Cloud Filtering via Encoder Decoder Modeling", year=2020, arxiv="2002.05968", code="https://github.com/dongbo-BUAA-VR/Pointfilter", section="2020"),
 P(A, 116, "Research on denoising algorithm of 3D point cloud data based on curvature change", year=2020, url="https://iopscience.iop.org/article/10.1088/1757-899X/768/7/072041/pdf", section="2020"),
 P(A, 118, "Learning robust graph-convolutional representations for point cloud denoising", year=2020, url="https://ieeexplore.ieee.org/document/9309029", section="2020"),
 P(A, 121, "Sparse Regularization-Based Approach for Point Cloud Denoising and Sharp Features Enhancement", year=2020, url="https://www.mdpi.com/1424-8220/20/11/3206", section="2020"),
 P(A, 145, "Dynamic Point Cloud Denoising via Gradient Fields", year=2022, url="https://www.semanticscholar.org/reader/524b518d34a672f8f84ba7b139aff00b763464d0", section="2022"),
 P(A, 165, "PCDNF: Revisiting Learning-based Point Cloud Denoising via Joint Normal Filtering", year=2023, url="https://ieeexplore.ieee.org/document/10173632", code="https://github.com/LabZhengLiu/PCDNF", section="2023"),
 P(A, 170, "Graph-Based Point Cloud Color Denoising with 3-Dimensional Patch-Based Similarity", year=2023, url="https://ieeexplore.ieee.org/document/10095488", section="2023"),
 P(A, 185, "A Novel Point Cloud Adaptive Filtering Algorithm for LiDAR SLAMinForest Environments Based on Guidance Information", year=2024, url="https://www.mdpi.com/2072-4292/16/15/2714", section="2024"),
 P(A, 187, "TripleMixer A 3D Point Cloud Denoising Model or Adverse Weather", year=2024, arxiv="2408.13802", code="https://github.com/Grandzxw/TripleMixer", section="2024"),
 P(A, 188, "P2P-Bridge Diffusion Bridges for 3D Point Cloud", year=2024, arxiv="2408.16325", code="https://github.com/matvogel/P2P-Bridge", section="2024"),
 # wentianli: `[Venue Year]` prefix, [[paper]] [[code]] [[project page]] links, emoji-shortcode tags
 X(W, 7, None),
 X(W, 8, None),
 P(W, 16, "Generative Novel View Synthesis with 3D-Aware Diffusion Models", "arXiv 2023", 2023, arxiv="2304.02602", section="3D Photography"),
 P(W, 17, "Structural Multiplane Image: Bridging Neural View Synthesis and 3D Reconstruction", "CVPR 2023", 2023, arxiv="2303.05937", section="3D Photography"),
 P(W, 19, "InfiniteNature-Zero: Learning Perpetual View Generation of Natural Scenes from Single Images", "ECCV 2022", 2022, url="https://infinite-nature-zero.github.io/static/pdfs/InfiniteNatureZero.pdf", section="3D Photography"),
 P(W, 25, "MINE: Towards Continuous Depth MPI with NeRF for Novel View Synthesis", "ICCV 2021", 2021, arxiv="2103.14910", code="https://github.com/vincentfung13/MINE", section="3D Photography"),
 P(W, 26, "PixelSynth: Generating a 3D-Consistent Experience from a Single Image", "ICCV 2021", 2021, arxiv="2108.05892", code="https://github.com/crockwell/pixelsynth", section="3D Photography"),
 P(W, 31, "Adaptive Multiplane Image Generation from a Single Internet Picture", "WACV 2021", 2021, url="https://openaccess.thecvf.com/content/WACV2021/papers/Luvizon_Adaptive_Multiplane_Image_Generation_From_a_Single_Internet_Picture_WACV_2021_paper.pdf", section="3D Photography"),
 P(W, 35, "One Shot 3D Photography", "Trans. Graph. 2020", 2020, arxiv="2008.12298", code="https://github.com/facebookresearch/one_shot_3d_photography", section="3D Photography"),
 P(W, 36, "3D Ken Burns Effect from a Single Image", "Trans. Graph. 2019", 2019, arxiv="1909.05483", code="https://github.com/sniklaus/3d-ken-burns", section="3D Photography"),
 P(W, 37, "Monocular Neural Image-based Rendering with Continuous View Control", "ICCV 2019", 2019, arxiv="1901.01880", code="https://github.com/xuchen-ethz/continuous_view_synthesis", section="3D Photography"),
 P(W, 38, "Layer-structured 3D Scene Inference via View Synthesis", "ECCV 2018", 2018, arxiv="1807.10264", code="https://github.com/google/layered-scene-inference", section="3D Photography"),
 P(W, 39, "Layered Photo Pop-Up", "SIGGRAPH Posters 2011", 2011, url="https://richardt.name/publications/photopopup/LayeredPhotoPopup-abstract.pdf", section="3D Photography"),
 P(W, 49, "Painting 3D Nature in 2D: View Synthesis of Natural Scenes from a Single Semantic Mask", "CVPR 2023", 2023, arxiv="2302.07224", section="3D Photography"),
 P(W, 54, "Learning to Stylize Novel Views", "ICCV 2021", 2021, arxiv="2105.13509", code="https://github.com/hhsinping/stylescene", section="3D Photography"),
 P(W, 72, "Controllable Animation of Fluid Elements in Still Images", "CVPR 2022", 2022, arxiv="2112.03051", section="Cinemagraph (Dynamics or Motion Generation)"),
 P(W, 73, "StyleGAN-V: A Continuous Video Generator with the Price, Image Quality and Perks of StyleGAN2", "CVPR 2022", 2022, url="https://kaust-cair.s3.amazonaws.com/stylegan-v/stylegan-v-paper.pdf", code="https://github.com/universome/stylegan-v", section="Cinemagraph (Dynamics or Motion Generation)"),
 P(W, 76, "DeepLandscape: Adversarial Modeling of Landscape Videos", "ECCV 2020", 2020, url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123680256.pdf", code="https://github.com/saic-mdal/deep-landscape", section="Cinemagraph (Dynamics or Motion Generation)"),
 P(W, 77, "DTVNet: Dynamic Time-lapse Video Generation via Single Still Image", "ECCV 2020", 2020, url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123500290.pdf", code="https://github.com/zhangzjn/dtvnet", section="Cinemagraph (Dynamics or Motion Generation)"),
 P(W, 84, "Stochastic Image-to-Video Synthesis Using cINNs", "CVPR 2021", 2021, arxiv="2105.04551", code="https://github.com/CompVis/image2video-synthesis-using-cINNs", section="Cinemagraph (Dynamics or Motion Generation)"),
 # hwan0806: |YY|`VENUE`|[Title](link)|[![stars](badge)](repo)| tables
 X(H, 13, "News"),
 X(H, 19, "Table of Contents"),
 X(H, 24, "Table of Contents"),
 P(H, 47, "A Portable 3D LIDAR-based System for Long-term and Wide-area People Behavior Measurement", "IJARS 2019", 2019, url="https://journals.sagepub.com/doi/full/10.1177/1729881419841532", code="https://github.com/koide3/hdl_graph_slam", section="LiDAR Mapping / LiDAR Only"),
 P(H, 52, "F-LOAM : Fast LiDAR Odometry and Mapping", "IROS 2021", 2021, arxiv="2107.00822", code="https://github.com/wh200720041/floam", section="LiDAR Mapping / LiDAR Only"),
 P(H, 57, "LOCUS 2.0: Robust and Computationally Efficient Lidar Odometry for Real-Time 3D Mapping", "RAL 2022", 2022, arxiv="2205.11784", code="https://github.com/NeBula-Autonomy/LOCUS", section="LiDAR Mapping / LiDAR Only"),
 P(H, 58, "Efficient and Probabilistic Adaptive Voxel Mapping for Accurate Online LiDAR Odometry", "RAL 2022", 2022, arxiv="2109.07082", code="https://github.com/hku-mars/VoxelMap", section="LiDAR Mapping / LiDAR Only"),
 P(H, 76, "LINS: A Lidar-Inertial State Estimator for Robust and Efficient Navigation", "ICRA 2020", 2020, url="https://ieeexplore.ieee.org/abstract/document/9197567", code="https://github.com/ChaoqinRobotics/LINS---LiDAR-inertial-SLAM", section="LiDAR Mapping / LiDAR-Inertial"),
 P(H, 88, "RI-LIO: Reflectivity Image Assisted Tightly-Coupled LiDAR-Inertial Odometry", "RAL 2023", 2023, url="https://ieeexplore.ieee.org/document/10041769", code="https://github.com/RoboFeng/RI-LIO", section="LiDAR Mapping / LiDAR-Inertial"),
 P(H, 95, "SR-LIO: LiDAR-Inertial Odometry with Sweep Reconstruction", "IROS 2024", 2024, arxiv="2210.10424", code="https://github.com/ZikangYuan/sr_lio", section="LiDAR Mapping / LiDAR-Inertial"),
 P(H, 98, "LIMOT: A Tightly-Coupled System for LiDAR-Inertial Odometry and Multi-Object Tracking", "RAL 2024", 2024, url="https://ieeexplore.ieee.org/abstract/document/10538416", code="https://github.com/tiev-tongji/LIMOT", section="LiDAR Mapping / LiDAR-Inertial"),
 P(H, 108, "A decentralized framework for simultaneous calibration, localization and mapping with multiple LiDARs", "IROS 2020", 2020, arxiv="2007.01483", code="https://github.com/hku-mars/decentralized_loam", section="LiDAR Mapping / Multiple LiDARs"),
 P(H, 109, "Robust Odometry and Mapping for Multi-LiDAR Systems with Online Extrinsic Calibration", "TRO 2021", 2021, arxiv="2010.14294", code="https://github.com/gogojjh/M-LOAM", section="LiDAR Mapping / Multiple LiDARs"),
 P(H, 146, "ERASOR2: Instance-Aware Robust 3D Mappingof the Static World in Dynamic Scenes", "RSS 2023", 2023, arxiv="2103.04316", code="https://github.com/url-kaist/ERASOR2", section="Static Mapping / Algorithm-based Removal"),
 P(H, 180, "LT-mapper: A Modular Framework for LiDAR-based Lifelong Mapping", "ICRA 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/9811916", code="https://github.com/gisbi-kim/lt-mapper", section="Multiple Map Merging"),
 X(H, 199, "Useful repository / LiDAR Odometry"),
 X(H, 203, "Useful repository / LiDAR Odometry"),
 X(H, 211, "Useful repository / SLAM Framework (Odometry+PGO)"),
 X(H, 214, "Useful repository / SLAM Framework (Odometry+PGO)"),
 X(H, 226, "Useful repository / Evaluation"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
cache = {}
with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
    for d in L:
        lines = cache.setdefault(d["list"], (HERE / d["list"]).read_text(encoding="utf-8").split("\n"))
        d["raw"] = lines[d["line"] - 1]
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels")
