"""Write labels.jsonl from hand-made labels below; raw is cut from the saved
README (splitlines, so CRLF files give raw without \r), span = number of lines."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
H = "hiddenzpf__awesome-collaborative-3d-detection.README.md"
L = "lhyfst__3d-detection-papers.README.md"
T = "tyjiang1997__awesome-Automanous-3D-detection-methods.README.md"


def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, code=None,
      authors=(), section=None, span=1, doi=None):
    return dict(list=lst, line=line, span=span, is_paper=True, title=title,
                arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=None, section=section)


def N(lst, line, section, span=1):
    return dict(list=lst, line=line, span=span, is_paper=False, title=None,
                arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


G = "https://github.com/"
LABELS = [
    # --- hiddenzpf: "- **Venue Year** · **[N] Abbrev** (Full title) [[paper|scholar]] [[code]]"
    N(H, 12, "Categories"),
    N(H, 13, "Categories"),
    N(H, 20, "Categories"),
    P(H, 32, "Deep Learning for 3D Point Clouds: A Survey", "IEEE TPAMI 2020", 2020,
      arxiv="1912.12033", doi="10.48550/arXiv.1912.12033", section="Surveys & Background"),
    P(H, 47, "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation",
      "CVPR 2017", 2017, code=G + "charlesq34/pointnet", section="Single-Agent Foundations"),
    P(H, 49, "VoxelNet: End-to-End Learning for Point Cloud Based 3D Object Detection",
      "CVPR 2018", 2018, section="Single-Agent Foundations"),
    P(H, 52, "PointPillars: Fast Encoders for Object Detection from Point Clouds",
      "CVPR 2019", 2019, code=G + "nutonomy/second.pytorch", section="Single-Agent Foundations"),
    P(H, 56, "Center-Based 3D Object Detection and Tracking", "CVPR 2021", 2021,
      code=G + "tianweiy/CenterPoint", section="Single-Agent Foundations"),
    P(H, 71, "OPV2V: An Open Benchmark Dataset and Fusion Pipeline for Perception with Vehicle-to-Vehicle Communication",
      "ICRA 2022", 2022, code=G + "DerrickXuNu/OpenCOOD", section="Collaborative Foundations"),
    P(H, 100, "TransIFF: An Instance-Level Feature Fusion Framework for Vehicle-Infrastructure Cooperative 3D Detection with Transformers",
      "ICCV 2023", 2023, section="Intermediate · Dense Features"),
    P(H, 104, "EMIFF: Enhanced Multi-Scale Image Feature Fusion for Vehicle-Infrastructure Cooperative 3D Object Detection",
      "ICRA 2024", 2024, code=G + "Bosszhe/EMIFF", section="Intermediate · Dense Features"),
    P(H, 119, "How2comm: Communication-Efficient and Collaboration-Pragmatic Multi-Agent Perception",
      "NeurIPS 2023", 2023, url="https://openreview.net/forum?id=Dbaxm9ujq6",
      code=G + "ydk122024/How2comm", section="Intermediate · Sparse & Efficient"),
    P(H, 125, "DiffCP: Ultra-Low-Bit Collaborative Perception via Diffusion Model",
      "ICRA 2025", 2025, section="Intermediate · Sparse & Efficient"),
    P(H, 126, "SparseComm: An Efficient Sparse Communication Framework for Vehicle-Infrastructure Cooperative 3D Detection",
      None, 2025, section="Intermediate · Sparse & Efficient"),
    P(H, 139, "CoCMT: Communication-Efficient Cross-Modal Transformer for Collaborative Perception",
      "arXiv 2025", 2025, arxiv="2503.13504", code=G + "taco-group/COCMT",
      section="Intermediate · Object & Query"),
    P(H, 149, "Model-Agnostic Multi-Agent Perception Framework", "arXiv 2022", 2022,
      arxiv="2203.13168", code=G + "DerrickXuNu/model_anostic", section="Late Collaboration"),
    P(H, 208, "One Is Plenty: A Polymorphic Feature Interpreter for Immutable Heterogeneous Collaborative Perception",
      "CVPR 2025", 2025, code=G + "yuchen-xia/PolyInter", section="Heterogeneous Collaboration"),
    P(H, 225, "Learning Mutual View Information Graph for Adaptive Adversarial Collaborative Perception",
      "arXiv 2026", 2026, arxiv="2602.19596", code=G + "yihangtao/MVIG",
      section="Trustworthy Collaboration"),
    P(H, 267, "RCooper: A Real-World Large-Scale Dataset for Roadside Cooperative Perception",
      "CVPR 2024", 2024, arxiv="2403.10145", code=G + "AIR-THU/DAIR-RCooper",
      section="Datasets & Benchmarks"),
    P(H, 270, "V2X-ReaLO: An Open Online Framework and Dataset for Cooperative Perception in Reality",
      "arXiv 2025", 2025, arxiv="2503.10034", section="Datasets & Benchmarks"),

    # --- lhyfst: citation over several lines: "- [Title](pdf), " / authors / [code] / [website] / "Venue, Year"
    N(L, 19, None), N(L, 20, None), N(L, 21, None), N(L, 23, None),
    N(L, 25, None), N(L, 26, None), N(L, 27, None),
    N(L, 32, "Mainstream Method Series"),
    P(L, 42, "Voxnet: A 3d convolutional neural network for real-time object recognition",
      "IROS 2015", 2015, url="https://www.ri.cmu.edu/pub_files/2015/9/voxnet_maturana_scherer_iros15.pdf",
      code=G + "dimatura/voxnet", authors=["Daniel Maturana", "Sebastian Scherer"],
      section="Voxel", span=5),
    P(L, 56, "3d fully convolutional network for vehicle detection in point cloud",
      "IROS 2017", 2017, arxiv="1611.08069", code=G + "yukitsuji/3D_CNN_tensorflow",
      authors=["Gernot Riegler", "Ali Osman Ulusoy", "Andreas Geiger"], section="Voxel", span=4),
    P(L, 69, "Pedestrian detection combining RGB and dense LIDAR data", "IROS 2014", 2014,
      url="https://ieeexplore.ieee.org/document/6943141",
      authors=["Cristiano Premebida", "João Carreira", "Jorge Batista", "Urbano Nunes"],
      section="Multi-view", span=3),
    P(L, 72, "3d-assisted feature synthesis for novel views of an object", "ICCV 2015", 2015,
      url="http://openaccess.thecvf.com/content_iccv_2015/papers/Su_3D-Assisted_Feature_Synthesis_ICCV_2015_paper.pdf",
      authors=["Hao Su", "Fan Wang", "Eric Yi", "Leonidas Guibas"], section="Multi-view", span=3),
    P(L, 105, "MLOD: A multi-view 3D object detection based on robust feature fusion method",
      None, 2019, arxiv="1909.04163", authors=["Jian Deng", "Krzysztof Czarnecki"],
      section="Multi-view", span=3),
    P(L, 128, "Pointfusion: Deep sensor fusion for 3d bounding box estimation", "CVPR 2018", 2018,
      arxiv="1711.10871", authors=["Danfei Xu", "Dragomir Anguelov", "Ashesh Jain"],
      section="PointNet", span=3),
    P(L, 131, "Voxelnet: End-to-end learning for point cloud based 3d object detection",
      "CVPR 2018", 2018, arxiv="1711.06396", code=G + "jeasinema/VoxelNet-tensorflow",
      authors=["Yin Zhou", "Oncel Tuzel"], section="PointNet", span=4),
    P(L, 139, "Pointpillars: Encoders for object detection from point clouds", None, 2018,
      arxiv="1812.05784", code=G + "nutonomy/second.pytorch",
      authors=["Alex H. Lang", "Sourabh Vora", "Holger Caesar", "Lubing Zhou", "Jiong Yang", "Oscar Beijbom"],
      section="PointNet", span=4),
    P(L, 143, "RoarNet: A Robust 3D Object Detection based on RegiOn Approximation Refinement",
      None, 2018, arxiv="1811.03818", code=G + "Kiwoo/RoarNet",
      authors=["Kiwoo Shin", "Youngwook Paul Kwon", "Masayoshi Tomizuka"], section="PointNet", span=4),
    P(L, 150, "Frustum ConvNet: Sliding Frustums to Aggregate Local Point-Wise Features for Amodal 3D Object Detection",
      None, 2019, arxiv="1903.01864", authors=["Zhixin Wang", "Kui Jia"], section="PointNet", span=3),
    P(L, 174, "Part-A^2 Net: 3D Part-Aware and Aggregation Neural Network for Object Detection from Point Cloud",
      None, 2019, arxiv="1907.03670",
      authors=["Shaoshuai Shi", "Zhe Wang", "Xiaogang Wang", "Hongsheng Li"], section="Other", span=2),
    P(L, 179, "Generalized Intersection over Union: A Metric and A Loss for Bounding Box Regression",
      None, 2019, arxiv="1902.09630",
      authors=["Hamid Rezatofighi", "Nathan Tsoi", "JunYoung Gwak", "Amir Sadeghian", "Ian Reid", "Silvio Savarese"],
      section="Other", span=3),

    # --- tyjiang1997: "- [[VENUE](paper)] Title. [[framework](code)] [__`tag`__]" under "## YEAR"
    N(T, 7, "note / keywords / inputs"),
    P(T, 15, "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation",
      "CVPR 2017", 2017,
      url="http://openaccess.thecvf.com/content_cvpr_2017/papers/Qi_PointNet_Deep_Learning_CVPR_2017_paper.pdf",
      code=G + "charlesq34/pointnet", section="2017"),
    P(T, 18, "3D fully convolutional network for vehicle detection in point cloud", "IROS 2017", 2017,
      url="https://ieeexplore.ieee.org/document/8205955", code=G + "yukitsuji/3D_CNN_tensorflow",
      section="2017"),
    P(T, 22, "PointFusion: Deep Sensor Fusion for 3D Bounding Box Estimation", "CVPR 2018", 2018,
      url="http://openaccess.thecvf.com/content_cvpr_2018/papers/Xu_PointFusion_Deep_Sensor_CVPR_2018_paper.pdf",
      code=G + "malavikabindhi/CS230-PointFusion", section="2018"),
    P(T, 27, "YOLO3D: End-to-end real-time 3D Oriented Object Bounding Box Detection from LiDAR Point Cloud",
      "ECCVW 2018", 2018,
      url="http://openaccess.thecvf.com/content_ECCVW_2018/papers/11131/Ali_YOLO3D_End-to-end_real-time_3D_Oriented_Object_Bounding_Box_Detection_from_ECCVW_2018_paper.pdf",
      section="2018"),
    P(T, 28, "End-to-end Learning of Multi-sensor 3D Tracking by Detection", "ICRA 2018", 2018,
      url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8462884", section="2018"),
    P(T, 29, "Robust Real-Time 3D Person Detection for Indoor and Outdoor Applications", "ICRA 2018", 2018,
      url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8461257", section="2018"),
    P(T, 31, "Joint 3D Proposal Generation and Object Detection from View Aggregation", "IROS 2018", 2018,
      url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8594362", section="2018"),
    P(T, 44, "STD: Sparse-to-Dense 3D Object Detector for Point Cloud", "ICCV 2019", 2019,
      arxiv="1907.10471", code=G + "tomztyang/3DSSD", section="2019"),
    P(T, 50, "Focal Loss in 3D Object Detection", "ICRA 2019", 2019, arxiv="1809.06065",
      code=G + "pyun-ram/FL3D", section="2019"),
    P(T, 58, "Monocular 3D Object Detection with Pseudo-LiDAR Point Cloud", "arXiv 2019", 2019,
      arxiv="1903.09847", section="2019"),
    P(T, 91, "Dops: Learning to detect 3d objects and predict their 3d shapes", "CVPR 2020", 2020,
      arxiv="2004.01170", section="2020"),
    P(T, 92, "Learning to Evaluate Perception Models Using Planner-Centric Metrics", "CVPR 2020", 2020,
      arxiv="2004.08745", section="2020"),
    P(T, 96, "object as hotspots", "ECCV 2020", 2020, section="2020"),
    P(T, 98, "3D-CVF: Generating Joint Camera and LiDAR Features Using Cross-View Spatial Feature Fusion for 3D Object Detection",
      "ECCV 2020", 2020, arxiv="2004.12636", section="2020"),
    P(T, 102, "Pillar-based Object Detection for Autonomous Driving", "ECCV 2020", 2020,
      arxiv="2007.10323", section="2020"),
    P(T, 119, "SSN: Shape Signature Networks for Multi-class Object Detection from Point Clouds",
      "arXiv 2020", 2020, arxiv="2004.02774", code=G + "xinge008/SSN", section="2020"),
    P(T, 125, "RangeRCNN: Towards Fast and Accurate 3D Object Detection with Range Image Representation",
      "arXiv 2020", 2020, arxiv="2009.00206", section="2020"),
    P(T, 127, "Reinforced Axial Refinement Network for Monocular 3D Object Detection", "arXiv 2020", 2020,
      arxiv="2008.13748", section="2020"),
    P(T, 133, "RoIFusion: 3D Object Detection from LiDAR and Vision", "arXiv 2020", 2020,
      arxiv="2009.04554", section="2020"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]


def main():
    sample = json.loads((HERE / "sample.json").read_text(encoding="utf-8"))
    want = {(k, e["line"]) for k, v in sample.items() for e in v["sample"]}
    have = {(d["list"], d["line"]) for d in LABELS}
    assert want == have, (want - have, have - want)
    cache = {}
    out = []
    for d in LABELS:
        lines = cache.setdefault(d["list"], (HERE / d["list"]).read_text(encoding="utf-8").splitlines())
        d = dict(d)
        span = d.pop("span")
        d["raw"] = "\n".join(lines[d["line"] - 1: d["line"] - 1 + span])
        out.append({k: d[k] for k in KEYS})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(out), "labels;", sum(d["is_paper"] for d in out), "papers")


if __name__ == "__main__":
    main()
