"""Write labels.jsonl from hand labels below; raw text is read from the saved READMEs."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CAD = "bertjiazheng__Awesome-CAD.README.md"
DRAW = "n1ckfg__awesome-3D-drawing.README.md"
PKU = "yizhiwang96__PKU-CSCL-Surveys.README.md"


def P(lst, line, title, section, arxiv=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None, doi=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi,
                url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)

G = "https://github.com/"
L = [
    # --- bertjiazheng / Awesome-CAD: markdown tables Papers | Venue | Links
    P(CAD, 12, "PVDeconv: Point-voxel deconvolution for autoencoding cad construction in 3D", "Datasets",
      arxiv="2101.04493", venue="ICIP 2020", year=2020),
    P(CAD, 23, "SolidGen: An Autoregressive Model for Direct B-rep Synthesis", "CAD Reconstruction",
      arxiv="2203.13944", venue="TMLR 2023", year=2023),
    P(CAD, 26, "Point2Cyl: Reverse Engineering 3D Objects from Point Clouds to Extrusion Cylinders", "CAD Reconstruction",
      arxiv="2112.09329", venue="CVPR 2022", year=2022, code=G + "mikacuy/point2cyl"),
    P(CAD, 28, "PIE-NET: Parametric Inference of Point Cloud Edges", "CAD Reconstruction",
      arxiv="2007.04883", venue="NeurIPS 2020", year=2020, code=G + "wangxiaogang866/PIE-NET"),
    P(CAD, 29, "ParSeNet: A Parametric Surface Fitting Network for 3D Point Clouds", "CAD Reconstruction",
      arxiv="2003.12181", venue="ECCV 2020", year=2020, code=G + "Hippogriff/parsenet-codebase"),
    P(CAD, 30, "Supervised Fitting of Geometric Primitives to 3D Point Clouds", "CAD Reconstruction",
      arxiv="1811.08988", venue="CVPR 2019", year=2019, code=G + "lingxiaoli94/SPFN"),
    P(CAD, 37, "Text2CAD: Text to 3D CAD Generation via Technical Drawings", "CAD Generation",
      arxiv="2411.06206", venue="NeurIPS 2024", year=2024),
    P(CAD, 38, "FlexCAD: Unified and Versatile Controllable CAD Generation with Fine-tuned Large Language Models", "CAD Generation",
      arxiv="2411.05823", venue="CoRR 2024", year=2024),
    P(CAD, 40, "BrepGen: A B-rep Generative Diffusion Model with Structured Latent Geometry", "CAD Generation",
      arxiv="2401.15563", venue="SIGGRAPH 2024", year=2024, code=G + "samxuxiang/BrepGen"),
    P(CAD, 41, "3DALL-E: Integrating Text-to-Image AI in 3D Design Workflows", "CAD Generation",
      arxiv="2210.11603", venue="CoRR 2022", year=2022),
    P(CAD, 44, "Vitruvion: A Generative Model of Parametric CAD Sketches", "CAD Generation",
      arxiv="2109.14124", venue="ICLR 2022", year=2022, code=G + "PrincetonLIPS/vitruvion"),
    P(CAD, 47, "Computer-Aided Design as Language", "CAD Generation",
      arxiv="2105.02769", venue="NeurIPS 2021", year=2021),
    P(CAD, 48, "DeepCAD: A Deep Generative Network for Computer-Aided Design Models", "CAD Generation",
      arxiv="2105.09492", venue="ICCV 2021", year=2021, code=G + "ChrisWu1997/DeepCAD"),
    P(CAD, 49, "Engineering Sketch Generation for Computer-Aided Design", "CAD Generation",
      arxiv="2104.09621", venue="CVPR 2021 Workshop", year=2021),
    P(CAD, 57, "DualCSG: Learning Dual CSG Trees for General and Compact CAD Modeling", "CAD Representation",
      arxiv="2301.11497", venue="CoRR 2023", year=2023),
    P(CAD, 59, "Self-Supervised Representation Learning for CAD", "CAD Representation",
      arxiv="2210.10807", venue="CVPR 2023", year=2023),
    P(CAD, 61, "CSG-Stump: A Learning Friendly CSG-Like Representation for Interpretable Shape Parsing", "CAD Representation",
      arxiv="2108.11305", venue="ICCV 2021", year=2021, code=G + "kimren227/CSGStumpNet"),
    P(CAD, 63, "BRepNet: A Topological Message Passing System for Solid Models", "CAD Representation",
      arxiv="2104.00706", venue="CVPR 2021", year=2021, code=G + "AutodeskAILab/BRepNet"),
    P(CAD, 71, "Symbol as Points: Panoptic Symbol Spotting via Point-based Representation", "CAD Recognition",
      arxiv="2401.10556", venue="ICLR 2024", year=2024, code=G + "nicehuster/SymPoint"),
    P(CAD, 72, "VectorFloorSeg: Two-Stream Graph Attention Network for Vectorized Roughcast Floorplan Segmentation", "CAD Recognition",
      url="https://openaccess.thecvf.com/content/CVPR2023/html/Yang_VectorFloorSeg_Two-Stream_Graph_Attention_Network_for_Vectorized_Roughcast_Floorplan_Segmentation_CVPR_2023_paper.html",
      venue="CVPR 2023", year=2023, code=G + "DrZiji/VecFloorSeg"),

    # --- n1ckfg / awesome-3D-drawing: "- [Title](url) - Author et al (Year). {[code](...)}"
    N(DRAW, 13, "Contents"),
    P(DRAW, 23, "GPU-Driven Real-Time Mesh Contour Vectorization", "Papers / 3D Drawing Implementations",
      url="https://diglib.eg.org/bitstream/handle/10.2312/sr20221159/093-105.pdf", year=2022,
      authors=["Wangziwei Jiang"], code=G + "JiangWZW/Realtime-GPU-Contour-Curves-from-3D-Mesh"),
    P(DRAW, 27, "Active Strokes: Coherent Line Stylization for Animated 3D Models", "Papers / 3D Drawing Implementations",
      url="https://inria.hal.science/hal-00693453/en", year=2012, authors=["Pierre Bénard"],
      code=G + "benardp/ActiveStrokes"),
    P(DRAW, 35, "CLIPasso: Semantically-Aware Object Sketching", "Papers / 3D Drawing Techniques and Analysis",
      arxiv="2202.05822", year=2022, authors=["Yael Vinker"]),
    P(DRAW, 36, "CLIPDraw: Exploring Text-to-Drawing Synthesis through Language-Image Encoders", "Papers / 3D Drawing Techniques and Analysis",
      arxiv="2106.14843", year=2021, authors=["Kevin Frans"]),
    P(DRAW, 40, "Neural Contours: Learning to Draw Lines from 3D Shapes", "Papers / 3D Drawing Techniques and Analysis",
      arxiv="2003.10333", year=2020, authors=["Difan Liu"]),
    P(DRAW, 42, "Experimental Evaluation of Sketching on Surfaces in VR", "Papers / 3D Drawing Techniques and Analysis",
      url="https://www.research.autodesk.com/app/uploads/2023/03/experimental-evaluation-of-sketching.pdf_recSPFZ4RbLaE2Uio.pdf",
      year=2017, authors=["Rahul Ahora"]),
    P(DRAW, 44, "Drawing on Air: Input Techniques for Controlled 3D Line Illustration", "Papers / 3D Drawing Techniques and Analysis",
      url="https://cs.brown.edu/research/pubs/pdfs/2007/Keefe-2007-DOA.pdf", year=2007, authors=["Daniel Keefe"]),
    P(DRAW, 51, "Artistic Style Transfer for Videos", "Papers / Related 3D Processing Techniques",
      arxiv="1604.08610", year=2016, authors=["Manuel Ruder"]),
    P(DRAW, 55, "A Fast Parallel Algorithm for Thinning Digital Patterns", "Papers / Related 3D Processing Techniques",
      url="https://dl.acm.org/doi/10.1145/357994.358023", year=1984, authors=["Tongjie Zhang", "Ching Yee Suen"],
      code=G + "LingDong-/skeleton-tracing"),
    P(DRAW, 60, "AMASS: Archive of Motion Capture As Surface Shapes", "Papers / Related Mocap and Volcap",
      url="https://files.is.tue.mpg.de/black/papers/amass.pdf", year=2019, authors=["Naureen Mahmood"],
      code=G + "nghorbani/amass"),
    N(DRAW, 67, "Papers / Related Dissertation / Thesis"),
    N(DRAW, 69, "Papers / Related Dissertation / Thesis"),
    N(DRAW, 74, "Papers / Related Dissertation / Thesis"),
    N(DRAW, 76, "Papers / Related Dissertation / Thesis"),
    N(DRAW, 77, "Papers / Related Dissertation / Thesis"),
    N(DRAW, 79, "Papers / Related Dissertation / Thesis"),
    P(DRAW, 88, "Interactive Skeleton Techniques for Enhancing Motion Dynamics in Key Frame Animation", "Papers / Related Graphics History",
      url="https://dl.acm.org/doi/10.1145/360349.360357", year=1976, authors=["Nestor Burtnyk", "Marceli Wein"]),
    N(DRAW, 92, "Datasets"),
    P(DRAW, 93, "Google Scanned Objects: A High-Quality Dataset of 3D Scanned Household Items", "Datasets",
      arxiv="2204.11918", year=2022, authors=["Laura Downs"]),

    # --- yizhiwang96 / PKU-CSCL-Surveys: tables Method | Publication | Code | Project | Core Idea | Authors
    N(PKU, 9, None),
    P(PKU, 24, "MLFont", "Font Generation", venue="ICMR 2021", year=2021, authors=["Xu Chen"],
      code=G + "Listening33/MLFont", summary="deep meta learning"),
    P(PKU, 36, "YOLaT", "Handwritting, Sketch and Vectorization", url="https://openreview.net/forum?id=_ZXlOpdufFJ",
      venue="NIPS 2021", year=2021, authors=["Xinyang Jiang"],
      summary="Recognizing Vector Graphics without Rasterization"),
    P(PKU, 45, "Taming Transformers", "Image and Texture Synthesis", venue="CVPR 2021", year=2021,
      authors=["Björn Ommer"], code=G + "CompVis/taming-transformers", summary="VQ-GAN and Transformers"),
    P(PKU, 47, "ASAPNet", "Image and Texture Synthesis", venue="CVPR 2021", year=2021, authors=["Tamar Rott Shaham"],
      summary="Spatially-Adaptive Pixelwise Networks for Fast Image Translation"),
    P(PKU, 57, "Flow++", "Deep Generative models", authors=["Jonathan Ho"], code=G + "aravindsrinivas/flowpp",
      summary="Improving Flow-Based Generative Models with Variational Dequantization and Architecture Design"),
    P(PKU, 58, "LDMs", "Deep Generative models", venue="arXiv", authors=["Robin Rombach"],
      code=G + "CompVis/latent-diffusion", summary="Autoregressive and diffusion models"),
    P(PKU, 66, "GBCI", "Attractive Image Generation", url="https://ieeexplore.ieee.org/document/9353984",
      venue="IEEE TAFFC", authors=["Michiel Spape"],
      summary="Brain-computer interface for generating personally attractive images"),
    P(PKU, 74, "Labels4Free", "Semantic Segmentation", venue="ICCV 2021", year=2021, authors=["Rameen Abdal"],
      summary="Unsupervised Segmentation using StyleGAN"),
    P(PKU, 78, "MaX-DeepLab", "Semantic Segmentation", venue="CVPR 2021", year=2021, authors=["Huiyu Wang"],
      code=G + "google-research/deeplab2", summary="predict class-labeled masks"),
    P(PKU, 79, "SemiSeg-Contrastive", "Semantic Segmentation", venue="ICCV 2021", year=2021, authors=["Inigo Alonso"],
      code=G + "Shathe/SemiSeg-Contrastive", summary="Pixel-Level Contrastive Learning"),
    P(PKU, 93, "NeRF", "3D Vision / Novel View Synthesis (NeRF-alike)", venue="ECCV 2020", year=2020,
      authors=["Ben Mildenhall"], code=G + "bmild/nerf", summary="Radiance Field for Volume Rendering"),
    P(PKU, 96, "KiloNeRF", "3D Vision / Novel View Synthesis (NeRF-alike)", venue="ICCV 2021", year=2021,
      authors=["Songyou Peng"], code=G + "creiser/kilonerf", summary="thousands of tiny MLPs"),
    P(PKU, 97, "Neural Actor", "3D Vision / Novel View Synthesis (NeRF-alike)", venue="SIGGRAPH Asia 2021", year=2021,
      authors=["Lingjie Liu"], summary="pose(SMPL)-guided view synthesis"),
    P(PKU, 107, "EG3D", "3D Vision / 3D-aware Image Synthesis (NeRF + GAN)", venue="arXiv",
      authors=["Eric Ryan Chan"], code=G + "NVlabs/eg3d", summary="hybrid explicit–implicit tri-plane representation"),
    P(PKU, 119, "IM-Net", "Implict function", venue="CVPR 2019", year=2019, authors=["Zhiqin Chen"],
      code=G + "czq142857/implicit-decoder", summary="Implicit Field Decoder"),
    P(PKU, 123, "UCSG-Net", "Implict function", venue="NIPS 2020", year=2020, authors=["Kacper Kania"],
      code=G + "kacperkan/ucsgnet", summary="Tree representation of Boolean operations"),
    P(PKU, 125, "Implicit Glyph Shape Representation", "Implict function", venue="arXiv", authors=["Ying-Tian Liu"],
      summary="Quadratic SDF"),
    P(PKU, 145, "GLIDE", "Multimodal Synthesis", arxiv="2112.10741", venue="arXiv", authors=["Alex Nichol"],
      code=G + "openai/glide-text2im", summary="Text-guided image generation and editing with diffusion models"),
    P(PKU, 153, "EEG-to-text", "EEG Decoding", url="https://aaai-2022.virtualchair.net/poster_aaai5965",
      venue="AAAI 2022", year=2022, authors=["Zhenhailong Wang"], code=G + "MikeWangWZHL/EEG-To-Text",
      summary="Open Vocabulary EEG-to-Text & Sentiment Classification"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
want = {(k, s["line"]) for k, v in sample.items() for s in v["sample"]}
have = {(d["list"], d["line"]) for d in L}
assert want == have, (want - have, have - want)
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
    for d in L:
        lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
        d["raw"] = lines[d["line"] - 1]
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels")
