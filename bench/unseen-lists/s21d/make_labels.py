"""Hand labels for the s21d sample (written by hand; raw text is pulled from the saved files)."""
import json

LZ = "lzhbrian__Awesome-BEV-Papers.README.md"
FS = "Fishsoup0__awesome-driving-generalization.README.md"
YO = "yoshall__Awesome-Trajectory-Computing.README.md"
PJ = "PeterJaq__Awesome-Autonomous-Driving.README.md"
FILES = {n: open(n, encoding="utf-8").read().split("\n") for n in (LZ, FS, YO, PJ)}
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
out = []


def add(lst, line, nlines, is_paper, section, title=None, arxiv_id=None, url=None, venue=None,
        year=None, authors=None, code=None, summary=None, must=None):
    raw = "\n".join(FILES[lst][line - 1: line - 1 + nlines])
    if must:
        assert must in raw, (lst, line, must)
    d = dict(list=lst, line=line, raw=raw, is_paper=is_paper, title=title, arxiv_id=arxiv_id,
             doi=None, url=url, venue=venue, year=year, authors=authors or ([] if is_paper else None),
             code=code, summary=summary, section=section)
    if not is_paper:
        for k in KEYS[4:-1]:
            d[k] = None
        d["authors"] = []
    out.append({k: d[k] for k in KEYS})


def au(s):
    return [a.strip() for a in s.rstrip(".").split(",") if a.strip()]


# ---------------- lzhbrian / Awesome-BEV-Papers ----------------
B3 = "BEV 3D Object Detection related"
BS = "BEV Segmentation related"
DS = "DETR Series"
add(LZ, 9, 1, False, "TOC", must="BEV 3D Object Detection")
add(LZ, 19, 3, True, B3, "AutoAlignV2: Deformable Feature Aggregation for Dynamic Multi-Modal 3D Object Detection",
    "2207.10316", authors=au("Zehui Chen, Zhenyu Li, Shiquan Zhang, Liangji Fang, Qinhong Jiang, Feng Zhao."),
    code="https://github.com/zehuichen123/AutoAlignV2")
add(LZ, 25, 3, True, B3, "SRCN3D: Sparse R-CNN 3D Surround-View Camera Object Detection and Tracking for Autonomous Driving",
    "2206.14451", authors=au("Yining Shi, Jingyan Shen, Yifan Sun, Yunlong Wang, Jiaxin Li, Shiqi Sun, Kun Jiang, Diange Yang."),
    code="https://github.com/synsin0/SRCN3D")
add(LZ, 34, 3, True, B3, "PETRv2: A Unified Framework for 3D Perception from Multi-Camera Images", "2206.01256",
    authors=au("Yingfei Liu, Junjie Yan, Fan Jia, Shuailin Li, Qi Gao, Tiancai Wang, Xiangyu Zhang, Jian Sun."),
    code="https://github.com/megvii-research/PETR")
add(LZ, 37, 3, True, B3, "Unifying Voxel-based Representation with Transformer for 3D Object Detection", "2206.00630",
    authors=au("Yanwei Li, Yilun Chen, Xiaojuan Qi, Zeming Li, Jian Sun, Jiaya Jia."),
    code="https://github.com/dvlab-research/UVTR")
add(LZ, 64, 3, True, B3, "BEVDet: High-performance Multi-camera 3D Object Detection in Bird-Eye-View", "2112.11790",
    authors=au("Junjie Huang, Guan Huang, Zheng Zhu, Dalong Du."), code="https://github.com/HuangJunJie2017/BEVDet")
add(LZ, 78, 3, True, BS, "CoBEVT: Cooperative Bird's Eye View Semantic Segmentation with Sparse Transformers", "2207.02202",
    authors=au("Runsheng Xu, Zhengzhong Tu, Hao Xiang, Wei Shao, Bolei Zhou, Jiaqi Ma."))
add(LZ, 81, 3, True, BS, "Efficient and Robust 2D-to-BEV Representation Learning via Geometry-guided Kernel Transformer",
    "2206.04584", authors=au("Shaoyu Chen, Tianheng Cheng, Xinggang Wang, Wenming Meng, Qian Zhang, Wenyu Liu."),
    code="https://github.com/hustvl/GKT")
add(LZ, 90, 3, True, BS, "GitNet: Geometric Prior-based Transformation for Birds-Eye-View Segmentation", "2204.07733",
    authors=au("Shi Gong, Xiaoqing Ye, Xiao Tan, Jingdong Wang, Errui Ding, Yu Zhou, Xiang Bai."))
add(LZ, 93, 3, True, BS, "HFT: Lifting Perspective Representations via Hybrid Feature Transformation", "2204.05068",
    authors=au("Jiayu Zou, Junrui Xiao, Zheng Zhu, Junjie Huang, Guan Huang, Dalong Du, Xingang Wang."),
    code="https://github.com/JiayuZou2020/HFT")
add(LZ, 105, 3, True, BS, "Translating Images into Maps", "2110.00966", venue="ICRA 2022", year=2022,
    authors=au("Avishkar Saha, Oscar Mendez Maldonado, Chris Russell, Richard Bowden"),
    code="https://github.com/avishkarsaha/translating-images-into-maps")
add(LZ, 138, 3, True, BS, "BEV-Seg: Bird's Eye View Semantic Segmentation Using Geometry and Semantic Point Cloud",
    "2006.11436", venue="CVPRW 2020", year=2020,
    authors=au("Mong H. Ng, Kaahan Radia, Jianfei Chen, Dequan Wang, Ionel Gog, Joseph E. Gonzalez."))
add(LZ, 147, 3, True, BS, "MonoLayout: Amodal scene layout from a single image", "2002.08394", venue="WACV 2020", year=2020,
    authors=au("Kaustubh Mani, Swapnil Daga, Shubhika Garg, N. Sai Shankar, Krishna Murthy Jatavallabhula, K. Madhava Krishna."),
    code="https://github.com/hbutsuak95/monolayout")
add(LZ, 165, 3, True, BS, "Automatic Dense Visual Semantic Mapping from Street-Level Imagery",
    url="https://www.robots.ox.ac.uk/~tvg/publications/2012/IROS_Mapping_ss.pdf", venue="IROS 2012", year=2012,
    authors=au("Sunando Sengupta, Paul Sturgess, L’ubor Ladický, Philip H. S. Torr."))
add(LZ, 171, 3, True, DS, "DETR++: Taming Your Multi-Scale Detection Transformer", "2206.02977", venue="CVPRW 2022", year=2022,
    authors=au("Chi Zhang, Lijuan Liu, Xiaoxue Zang, Frederick Liu, Hao Zhang, Xinying Song, Jindong Chen."))
add(LZ, 180, 3, True, DS, "Dynamic Sparse R-CNN", "2205.02101", venue="CVPR 2022", year=2022,
    authors=au("Qinghang Hong, Fengming Liu, Dong Li, Ji Liu, Lu Tian, Yi Shan."))
add(LZ, 192, 3, True, DS, "DAB-DETR: Dynamic Anchor Boxes are Better Queries for DETR", "2201.12329", venue="ICLR 2022", year=2022,
    authors=au("Shilong Liu, Feng Li, Hao Zhang, Xiao Yang, Xianbiao Qi, Hang Su, Jun Zhu, Lei Zhang."),
    code="https://github.com/IDEA-opensource/DAB-DETR")
add(LZ, 201, 3, True, DS, "Anchor DETR: Query Design for Transformer-Based Object Detection", "2109.07107", venue="AAAI 2022", year=2022,
    authors=au("Yingming Wang, Xiangyu Zhang, Tong Yang, Jian Sun."), code="https://github.com/megvii-research/AnchorDETR")
add(LZ, 207, 3, True, DS, "Conditional DETR for Fast Training Convergence", "2108.06152", venue="ICCV 2021", year=2021,
    authors=au("Depu Meng, Xiaokang Chen, Zejia Fan, Gang Zeng, Houqiang Li, Yuhui Yuan, Lei Sun, Jingdong Wang."),
    code="https://github.com/Atten4Vis/ConditionalDETR")
add(LZ, 216, 3, True, DS, "Sparse R-CNN: End-to-End Object Detection with Learnable Proposals", "2011.12450",
    authors=au("Peize Sun, Rufeng Zhang, Yi Jiang, Tao Kong, Chenfeng Xu, Wei Zhan, Masayoshi Tomizuka, Lei Li, Zehuan Yuan, Changhu Wang, Ping Luo."),
    code="https://github.com/PeizeSun/SparseR-CNN")

# ---------------- Fishsoup0 / awesome-driving-generalization (papers/README.md) ----------------
F1 = "Data, simulation, reconstruction, and generation (23)"
F2 = "Open-world and foundation representations (18)"
F3 = "Domain generalization, adaptation, and robust training (29)"
F4 = "Evaluation, uncertainty, and safety (16)"
F5 = "Predictive world models and end-to-end driving (14)"
add(FS, 33, 1, True, F1, "WeatherEdit: Controllable Weather Editing with 4D Gaussian Field", "2505.20471", venue="arXiv 2025", year=2025)
add(FS, 35, 1, True, F1, "DrivingGaussian: Composite Gaussian Splatting for Surrounding Dynamic Autonomous Driving Scenes",
    url="https://openaccess.thecvf.com/content/CVPR2024/html/Zhou_DrivingGaussian_Composite_Gaussian_Splatting_for_Surrounding_Dynamic_Autonomous_Driving_Scenes_CVPR_2024_paper.html",
    venue="CVPR 2024", year=2024, code="https://github.com/VDIGPKU/DrivingGaussian")
add(FS, 37, 1, True, F1, "MagicDrive3D: Controllable 3D Generation for Any-View Rendering in Street Scenes", "2405.14475",
    venue="arXiv 2024", year=2024)
add(FS, 38, 1, True, F1, "MagicDrive: Street View Generation with Diverse 3D Geometry Control", venue="ICLR 2024", year=2024)
add(FS, 41, 1, True, F1, "Street Gaussians: Modeling Dynamic Urban Scenes with Gaussian Splatting", venue="ECCV 2024", year=2024)
add(FS, 58, 1, True, F2, "ConceptFusion: Open-Set Multimodal 3D Mapping", venue="ICRA 2024", year=2024)
add(FS, 64, 1, True, F2, "YOLO-World: Real-Time Open-Vocabulary Object Detection", venue="CVPR 2024", year=2024,
    code="https://github.com/AILab-CVC/YOLO-World")
add(FS, 65, 1, True, F2, "LERF: Language Embedded Radiance Fields", venue="ICCV 2023", year=2023)
add(FS, 76, 1, True, F3, "CodeMerge: Codebook-Guided Model Merging for Robust Test-Time Adaptation in Autonomous Driving",
    url="https://proceedings.neurips.cc/paper_files/paper/2025/hash/463a91da3c832bd28912cd0d1b8d9974-Abstract-Conference.html",
    venue="NeurIPS 2025", year=2025, code="https://github.com/UQHTy/CodeMerge")
add(FS, 80, 1, True, F3, "An Empirical Study of the Generalization Ability of LiDAR 3D Object Detectors to Unseen Domains",
    url="https://openaccess.thecvf.com/content/CVPR2024/html/Eskandar_An_Empirical_Study_of_the_Generalization_Ability_of_Lidar_3D_CVPR_2024_paper.html",
    venue="CVPR 2024", year=2024)
add(FS, 87, 1, True, F3, "ViDA: Homeostatic Visual Domain Adapter for Continual Test-Time Adaptation",
    url="https://proceedings.iclr.cc/paper_files/paper/2024/hash/d3e38662377dcce6203f4bb91b2a9b03-Abstract-Conference.html",
    venue="ICLR 2024", year=2024)
add(FS, 88, 1, True, F3, "Domain Generalization of 3D Semantic Segmentation in Autonomous Driving",
    url="https://openaccess.thecvf.com/content/ICCV2023/html/Sanchez_Domain_Generalization_of_3D_Semantic_Segmentation_in_Autonomous_Driving_ICCV_2023_paper.html",
    venue="ICCV 2023", year=2023, code="https://github.com/JulesSanchez/3DLabelProp")
add(FS, 92, 1, True, F3, "RoTTA: Robust Test-Time Adaptation in Dynamic Environments", venue="CVPR 2023", year=2023,
    code="https://github.com/BIT-DA/RoTTA", must="RoTTA")
add(FS, 95, 1, True, F3, "Unsupervised Domain Adaptation for Self-Driving from Past Traversal Features",
    url="https://openaccess.thecvf.com/content/ICCV2023W/BRAVO/html/Zhang_Unsupervised_Domain_Adaptation_for_Self-Driving_from_Past_Traversal_Features_ICCVW_2023_paper.html",
    venue="ICCV 2023 Workshops", year=2023, must="Past Traversal")
add(FS, 96, 1, True, F3, "CoTTA: Continual Test-Time Domain Adaptation", venue="CVPR 2022", year=2022,
    code="https://github.com/qinenergy/cotta")
add(FS, 112, 1, True, F4, "WorldModelBench: Judging Video Generation Models As World Models",
    url="https://proceedings.neurips.cc/paper_files/paper/2025/hash/4ec03ed08a3fcb59e1c815b5598beff1-Abstract-Datasets_and_Benchmarks_Track.html",
    venue="NeurIPS 2025 Datasets and Benchmarks", year=2025, code="https://github.com/WorldModelBench-Team/WorldModelBench",
    must="WorldModelBench")
add(FS, 114, 1, True, F4, "Are NeRFs Ready for Autonomous Driving? Towards Closing the Real-to-Simulation Gap",
    url="https://openaccess.thecvf.com/content/CVPR2024W/WAD/html/Lindstrom_Are_NeRFs_Ready_for_Autonomous_Driving_Towards_Closing_the_Real-to-simulation_CVPRW_2024_paper.html",
    venue="CVPR 2024 Workshops", year=2024)
add(FS, 119, 1, True, F4, "V2X-Radar: A Multi-Modal Dataset with 4D Radar for Cooperative Perception", "2411.10962",
    venue="arXiv 2024", year=2024)
add(FS, 130, 1, True, F5, "GaussianDWM: 3D Gaussian Driving World Model for Unified Scene Understanding and Multi-Modal Generation",
    url="https://openaccess.thecvf.com/content/CVPR2026/html/Deng_GaussianDWM_3D_Gaussian_Driving_World_Model_for_Unified_Scene_Understanding_CVPR_2026_paper.html",
    venue="CVPR 2026", year=2026)
add(FS, 140, 1, True, F5, "Planning-Oriented Autonomous Driving", venue="CVPR 2023", year=2023,
    code="https://github.com/OpenDriveLab/UniAD")

# ---------------- yoshall / Awesome-Trajectory-Computing ----------------
M = "Deep Learning for Trajectory Data Management"
N = "Deep Learning for Trajectory Data Mining"
def yp(line, section, title):
    add(YO, line, 1, True, section, title, must=title)
add(YO, 57, 1, False, "Contents", must="[Datasets](#datasets)")
yp(173, M + " / Pre-Processing / Recovery", "Learning semantic behavior for human mobility trajectory recovery")
yp(196, M + " / Pre-Processing / Map-Matching", "Dmm: Fast map matching for cellular data")
yp(214, M + " / Storage / Storage Database", "Vector-based trajectory storage and query for intelligent transport system")
yp(223, M + " / Storage / Index & Query", "Trass: Efficient trajectory similarity search based on key-value data stores")
add(YO, 239, 1, False, M + " / Analytics / Similarity Measurement", must="Traditional Methods")
yp(250, M + " / Analytics / Similarity Measurement", "Trajectory Similarity Learning with Auxiliary Supervision and Optimal Matching")
yp(321, M + " / Recent advances in LLMs for trajectory management",
   "An exploratory assessment of llm’s potential toward flight trajectory reconstruction analysis")
yp(362, N + " / Trajectory-related Forecasting / Location Forecasting",
   "Graph2route: A dynamic spatial-temporal graph neural network for pick-up and delivery route prediction")
yp(371, N + " / Trajectory-related Forecasting / Traffic Forecasting",
   "Urban flow prediction from spatiotemporal data using machine learning: A survey")
yp(409, N + " / Trajectory-related Recommendation / Travel Recommendation",
   "Ldferr: A fuel-efficient route recommendation approach for long-distance driving based on historical trajectories")
yp(423, N + " / Trajectory-related Recommendation / Travel Recommendation",
   "Evacuation route recommendation using auto-encoder and markov decision process")
yp(469, N + " / Trajectory-related Classification / Travel Mode Identification",
   "End-to-end trajectory transportation mode classification using bi-lstm recurrent neural network")
add(YO, 480, 1, False, N + " / Trajectory-related Classification / Trajectory-User Linking", must="Deep Learning Methods")
yp(501, N + " / Trajectory-related Classification / Other Perspectives",
   "A framework of travel mode identification fusing deep learning and map-matching algorithm")
yp(531, N + " / Travel Time Estimation / Deep Learning Methods",
   "When will you arrive? estimating travel time based on deep neural networks")
yp(535, N + " / Travel Time Estimation / Deep Learning Methods",
   "Context-aware road travel time estimation by coupled tensor decomposition based on trajectory data")
add(YO, 601, 1, False, N + " / Anomaly Detection / Online Detection")
add(YO, 623, 1, False, N + " / Mobility Generation / Macro-dynamic")
yp(657, N + " / Recent advances in LLMs for trajectory mining", "Prompt mining for language-based human mobility forecasting")

# ---------------- PeterJaq / Awesome-Autonomous-Driving ----------------
add(PJ, 18, 1, False, "Contents", must="2.2 Calibration Tools")
add(PJ, 67, 1, False, "2. Sensor and Calibration Tools / 2.1 Sensor Hardware / Camera", must="miivii")
add(PJ, 92, 2, False, "2. Sensor and Calibration Tools / 2.2 Calibration Tools", must="ros-camera-lidar-calibration")
add(PJ, 126, 1, False, "3. Perception / 3.1.1 Vision based", must="数据增强")
add(PJ, 137, 1, True, "3. Perception / 3.1.1 Vision based / Lane Detection",
    "Focus on Local: Detecting Lane Marker from Bottom Up via Key Point",
    url="https://openaccess.thecvf.com/content/CVPR2021/papers/Qu_Focus_on_Local_Detecting_Lane_Marker_From_Bottom_Up_via_CVPR_2021_paper.pdf")
add(PJ, 145, 1, False, "3. Perception / 3.1.1 Vision based / Object Detection", must="YOLOR")
add(PJ, 150, 1, True, "3. Perception / 3.1.1 Vision based / Object Detection",
    "MonoDTR: Monocular 3D Object Detection with Depth-Aware Transformer", "2203.10981",
    summary="基于单目的Depth-Aware Transformer 的3D检测")
add(PJ, 168, 1, True, "3. Perception / 3.1.2 Lidar based / Object Detection",
    "Auto4D: Learning to Label 4D Objects from Sequential Point Clouds", "2101.06586")
add(PJ, 179, 1, True, "3. Perception / 3.1.2 Lidar based / Object Detection",
    "Bi-Domain Active Learning for Cross-Domain 3D Object Detection",
    url="https://cvpr2023.thecvf.com/virtual/2023/poster/21758")
add(PJ, 202, 1, True, "3. Perception / 3.1.2 Multi Sensor Fusion / BEV Object Detection",
    "Polar Parametrization for Vision-based Surround-View 3D Detection", "2206.10965")
add(PJ, 211, 1, True, "3. Perception / 3.1.2 Multi Sensor Fusion / Lane Detection",
    "Repainting and Imitating Learning for Lane Detection", "2210.05097")
add(PJ, 225, 1, True, "3. Perception / 3.1.2 Multi Sensor Fusion / Lane Detection",
    "Towards Driving-Oriented Metric for Lane Detection Models", "2203.16851", venue="CVPR 2022", year=2022)
add(PJ, 263, 1, False, "3. Perception / 3.3 High Performance Inference / LiDAR Pillars系列", must="nutonomy")
add(PJ, 267, 1, False, "3. Perception / 3.3 High Performance Inference / LiDAR Pillars系列", must="lidar_perception")
add(PJ, 304, 1, False, "5 Localization and SLAM", must="Fast-LIO")
add(PJ, 321, 1, False, "6. Planning", must="commonroad")
add(PJ, 328, 1, False, "6. Planning", must="ACADO")
add(PJ, 352, 1, False, "7. Control", must="mpcc")
add(PJ, 360, 1, False, "9. Dataset and Competition", must="KITTI")
add(PJ, 385, 1, True, "10. Data Loop & Model Loop / 数据挖掘",
    "Few-Shot Detection without Fine-tuning for Autonomous Exploration", "2112.01740")

assert len(out) == 80, len(out)
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), sum(d["is_paper"] for d in out))
