"""Write labels.jsonl from the hand labels below; `raw` is cut from the saved README
(the entry's start line plus its continuation lines), so it is exact.
Paths are relative to this file."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]

B = "bcmi__Awesome-Aesthetic-Evaluation-and-Cropping.README.md"
K = "kaiwangm__awesome-learned-point-cloud-compression.README.md"
W = "weizhou-geek__Image-Quality-Assessment-Benchmark.README.md"
X = "xxwtiancai__Awesome-Video-Coding-Papers.README.md"


def P(lst, line, title, venue, year, authors=(), url=None, arxiv=None, doi=None, code=None,
      summary=None, section=None, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


BE = "Papers / Aesthetic Evaluation"
BC = "Papers / Aesthetic Cropping"
BP = "Papers / Aesthetic Captioning"
LABELS = [
    # ---- bcmi: 'Authors: "*Title.*" Venue (Year) [[pdf]](..) [[code]](..)' ----
    P(B, 19, "Adaptive fractional dilated convolution network for image aesthetics assessment",
      "CVPR 2020", 2020, ["Qiuyu Chen", "Wei Zhang", "Ning Zhou", "Peng Lei", "Yi Xu", "Yu Zheng", "Jianping Fan"],
      url="https://openaccess.thecvf.com/content_CVPR_2020/papers/Chen_Adaptive_Fractional_Dilated_Convolution_Network_for_Image_Aesthetics_Assessment_CVPR_2020_paper.pdf",
      section=BE),
    P(B, 22, "Modeling human perception for image aesthetic assessme", "ICIP 2019", 2019,
      ["Weining Wang", "Rui Deng"], url="https://ieeexplore.ieee.org/document/8803749", section=BE),
    P(B, 26, "An universal image attractiveness ranking framework", "WACV 2019", 2019,
      ["Ning Ma", "Alexey Volkov", "Aleksandr Livshits", "Pawel Pietrusinski", "Houdong Hu", "Mark Bolin"],
      arxiv="1805.00309", section=BE),
    P(B, 34, "A-Lamp: Adaptive layout-aware multi-patch deep convolutional neural network for photo aesthetic assessment",
      "CVPR 2017", 2017, ["Shuang Ma", "Jing Liu", "Chang Wen Chen"],
      url="https://openaccess.thecvf.com/content_cvpr_2017/papers/Ma_A-Lamp_Adaptive_Layout-Aware_CVPR_2017_paper.pdf",
      code="https://github.com/GuillaumeBalezo/A-Lamp", section=BE),
    P(B, 36, "Computational and experimental approaches to visual aesthetics", "Front Hum Neurosci 2017", 2017,
      ["Anselm Brachmann", "Christoph Redies"], url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5694465/",
      section=BE),
    P(B, 38, "Image aesthetic assessment: An experimental survey", "IEEE Signal Processing Magazine 2017", 2017,
      ["Deng Yubin", "Chen Change Loy", "Xiaoou Tang"], arxiv="1610.00838", section=BE),
    P(B, 40, "Photo aesthetics ranking network with attributes and content adaptation", "ECCV 2016", 2016,
      ["Shu Kong", "Xiaohui Shen", "Zhe L. Lin", "Radomír Mech", "Charless C. Fowlkes"], arxiv="1606.01621",
      code="https://github.com/aimerykong/deepImageAestheticsAnalysis", section=BE),
    P(B, 45, "High level describable attributes for predicting aesthetics and interestingness", "CVPR 2011", 2011,
      ["Sagnik Dhar", "Vicente Ordonez", "Tamara L Berg"],
      url="https://bvisionweb1.cs.unc.edu/home/publications/aesthetics_cvpr11.pdf", section=BE),
    P(B, 46, "Algorithmic inferencing of aesthetics and emotion in natural images: An exposition", "ICIP 2008", 2008,
      ["Ritendra Datta", "Jia Li", "James Z. Wang"],
      url="https://www.ri.cmu.edu/pub_files/pub4/datta_ritendra_2008_2/datta_ritendra_2008_2.pdf", section=BE),
    P(B, 55, "Learning to Compose with Professional Photographs on the Web", "ACM MM 2017", 2017,
      ["Yi-Ling Chen", "Jan Klopp", "Min Sun", "Shao-Yi Chien", "Kwan-Liu Ma"], arxiv="1702.00503",
      code="https://github.com/yiling-chen/view-finding-network", section=BC),
    P(B, 57, "Automatic Image Cropping: A Computational Complexity Study", "CVPR 2016", 2016,
      ["Jiansheng Chen", "Gaocheng Bai", "Shaoheng Liang", "Zhengqin Li"],
      url="https://www.cv-foundation.org/openaccess/content_cvpr_2016/app/S03-33.pdf", section=BC),
    P(B, 58, "Preference for Well-Balanced Saliency in Details Cropped From Photographs", "Front Hum Neurosci 2016", 2016,
      ["Jonas Abeln", "Leonie Fresz", "Seyed Ali Amirshahi", "Chris McManus", "Michael Koch", "Helene Kreysa",
       "Christoph Redies"], url="https://pubmed.ncbi.nlm.nih.gov/26793086/", section=BC),
    P(B, 63, "Aesthetic Attributes Assessment of Images", "ACM MM 2019", 2019,
      ["Xin Jin", "Le Wu", "Geng Zhao", "Xiaodong Li", "Xiaokun Zhang", "Shiming Ge", "Dongqing Zou", "Bin Zhou",
       "Xinghui Zhou"], arxiv="1907.04983", code="https://github.com/BestiVictory/DPC-Captions", section=BP),
    N(B, 72, "Datasets"),
    N(B, 76, "Datasets"),
    N(B, 82, "Datasets"),
    N(B, 83, "Datasets"),
    N(B, 88, "Datasets"),
    N(B, 93, "Datasets"),   # dataset name linking its paper: not a paper entry (judgement call)
    N(B, 95, "Datasets"),
    # ---- kaiwangm: '- [[VENUE](paper-url)] Title. [[Pytorch](code)]' under '### YEAR' ----
    P(K, 18, "Adaptive Entropy Coding of Graph Transform Coefficients for Point Cloud Attribute Compression",
      "VCIP 2024", 2024, url="https://ieeexplore.ieee.org/abstract/document/10402752", section="Papers / 2024"),
    P(K, 38, "Learning to Restore Compressed Point Cloud Attribute: A Fully Data-Driven Approach and A Rules-Unrolling-Based Optimization",
      "TVCG 2024", 2024, url="https://ieeexplore.ieee.org/document/10470357", section="Papers / 2024"),
    P(K, 56, "Learning Dynamic Point Cloud Compression via Hierarchical Inter-frame Block", "ACM MM 2023", 2023,
      url="https://dl.acm.org/doi/abs/10.1145/3581783.3613793", section="Papers / 2023"),
    P(K, 58, "Normalizing Flow Based Point Cloud Attribute Compression", "ICASSP 2023", 2023,
      url="https://ieeexplore.ieee.org/document/10096294/", section="Papers / 2023"),
    P(K, 86, "Efficient LiDAR Point Cloud Geometry Compression Through Neighborhood Point Attention", "arXiv 2022", 2022,
      arxiv="2208.12573", section="Papers / 2022"),
    P(K, 90, "TDRNet: Transformer-Based Dual-Branch Restoration Network for Geometry Based Point Cloud Compression Artifacts",
      "ICME 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/9859853", section="Papers / 2022"),
    P(K, 98, "Density-preserving Deep Point Cloud Compression", "CVPR 2022", 2022, arxiv="2204.12684",
      code="https://github.com/yunhe20/D-PCC", section="Papers / 2022"),
    P(K, 108, "Patch-Based Deep Autoencoder for Point Cloud Geometry Compression", "MM Asia 2021", 2021,
      url="https://dl.acm.org/doi/abs/10.1145/3469877.3490611", code="https://github.com/I2-Multimedia-Lab/PCC_Patch",
      section="Papers / 2021"),
    P(K, 116, "VoxelContext-Net: An Octree based Framework for Point Cloud Compression", "CVPR 2021", 2021,
      arxiv="2105.02158", section="Papers / 2021"),
    P(K, 130, "Lossy Geometry Compression Of 3d Point Cloud Data Via An Adaptive Octree-Guided Network", "ICME 2020", 2020,
      url="https://ieeexplore.ieee.org/document/9102866", code="https://github.com/wxz1996/pc_compress",
      section="Papers / 2020"),
    P(K, 134, "OctSqueeze: Octree-Structured Entropy Model for LiDAR Compression", "CVPR 2020", 2020,
      url="https://ieeexplore.ieee.org/document/9157381", section="Papers / 2020"),
    P(K, 138, "Folding-Based Compression Of Point Cloud Attributes", "ICIP 2020", 2020,
      url="https://ieeexplore.ieee.org/document/9191180", code="https://github.com/mauriceqch/pcc_attr_folding",
      section="Papers / 2020"),
    P(K, 140, "A Syndrome-Based Autoencoder For Point Cloud Geometry Compression", "ICIP 2020", 2020,
      url="https://ieeexplore.ieee.org/document/9190647", section="Papers / 2020"),
    P(K, 146, "Point Cloud Compression for 3D LiDAR Sensor using Recurrent Neural Network with Residual Blocks",
      "ICRA 2019", 2019, url="https://ieeexplore.ieee.org/document/8794264",
      code="https://github.com/ChenxiTU/Point-cloud-compression-by-RNN", section="Papers / 2019"),
    P(K, 150, "Learned point cloud geometry compression", "arXiv 2019", 2019, arxiv="1909.12037",
      section="Papers / 2019"),
    P(K, 154, "3d point cloud geometry compression on deep learning", "CMM 2019", 2019,
      url="https://dl.acm.org/doi/10.1145/3343031.3351061", section="Papers / 2019"),
    P(K, 156, "A Volumetric Approach to Point Cloud Compression—Part I: Attribute Compression", "TIP 2019", 2019,
      url="https://ieeexplore.ieee.org/document/8676054", section="Papers / 2019"),
    P(K, 181, "Real-time compression of point cloud streams", "ICRA 2012", 2012,
      url="https://ieeexplore.ieee.org/document/6224647", section="Others"),
    P(K, 197, "Lossy Point Cloud Geometry Compression via Region-wise Processing", "TCSVT 2021", 2021,
      url="https://ieeexplore.ieee.org/abstract/document/9503405", section="Others / 2021"),
    N(K, 202, "Datasets"),
    # ---- weizhou-geek: '* Title (ABBR), Venue, Year, Author et al. [[PDF]](..) [[Code]](..)' ----
    P(W, 9, "Multi-scale Structural Similarity for Image Quality Assessment",
      "IEEE Asilomar Conference on Signals, Systems and Computers 2003", 2003, ["Wang Z"],
      url="https://ece.uwaterloo.ca/~z70wang/publications/msssim.pdf",
      code="https://ece.uwaterloo.ca/~z70wang/research/ssim/", section="Traditional FR-IQA"),
    P(W, 11, "FSIM: A Feature Similarity Index for Image Quality Assessment", "IEEE TIP 2011", 2011, ["Zhang L"],
      url="http://sse.tongji.edu.cn/linzhang/IQA/FSIM/Files/Fsim%20a%20feature%20similarity%20index%20for%20image%20quality%20assessment.pdf",
      code="http://sse.tongji.edu.cn/linzhang/IQA/FSIM/FSIM.htm", section="Traditional FR-IQA"),
    P(W, 22, "Reduced-reference Image Quality Assessment in Free-energy Principle and Sparse Representation",
      "IEEE TMM 2017", 2017, ["Liu Y"],
      url="https://kegu.netlify.com/PDF/Reduced-reference%20image%20quality%20assessment%20in%20free-energy%20principle%20and%20sparse%20representation.pdf",
      code="http://multimedia.sjtu.edu.cn/Assets/userfiles/sys_ea59f56d-4d4a-4775-8e55-a72700ff96de/files/FSI_pub.rar",
      section="Traditional RR-IQA"),
    N(W, 24, None),   # bold line used as a heading
    P(W, 26, "No-reference Image Quality Assessment in the Spatial Domain", "IEEE TIP 2012", 2012, ["Mittal A"],
      url="https://live.ece.utexas.edu/publications/2012/TIP%20BRISQUE.pdf",
      code="https://live.ece.utexas.edu/research/Quality/index_algorithms.htm", section="Traditional NR-IQA"),
    P(W, 28, "A Feature-Enriched Completely Blind Image Quality Evaluator", "IEEE TIP 2015", 2015, ["Zhang L"],
      url="http://www4.comp.polyu.edu.hk/~cslzhang/paper/IL-NIQE.pdf",
      code="https://live.ece.utexas.edu/research/Quality/index_algorithms.htm", section="Traditional NR-IQA"),
    P(W, 32, "A Novel Blind Image Quality Assessment Method Based on Refined Natural Scene Statistics",
      "IEEE ICIP 2019", 2019, ["Ou F Z"], url="https://ieeexplore.ieee.org/document/8803047",
      code="https://github.com/GZHU-Image-Lab/NBIQA", section="Traditional NR-IQA"),
    P(W, 34, "Blind Quality Assessment of Compressed Images via Pseudo Structural Similarity", "IEEE ICME 2016", 2016,
      ["Min X"],
      url="https://kegu.netlify.com/PDF/Blind%20quality%20assessment%20of%20compressed%20images%20via%20pseudo%20structural%20similarity.pdf",
      code="https://drive.google.com/file/d/0BzIV-pviJ97tUnVoVFlpS1VRWFk/view", section="Traditional NR-IQA"),
    P(W, 36, "Blind Image Quality Estimation via Distortion Aggravation", "IEEE TBC 2018", 2018, ["Min X"],
      url="https://kegu.netlify.com/PDF/Blind%20image%20quality%20estimation%20via%20distortion%20aggravation.pdf",
      code="https://drive.google.com/file/d/1C_NxTLvnBOJDGhqqtixCkra0LIMP6loF/view", section="Traditional NR-IQA"),
    P(W, 41, "Deep Neural Networks for No-Reference and Full-Reference Image Quality Assessment", "IEEE TIP 2017", 2017,
      ["Bosse S"], arxiv="1612.01697", code="https://github.com/Bobholamovic/CNN-FRIQA",
      section="Deep Learning Based Approaches / FR-IQA"),
    P(W, 43, "Deep Learning of Human Visual Sensitivity in Image Quality Assessment Framework", "IEEE CVPR 2017", 2017,
      ["Kim J"], url="https://zpascal.net/cvpr2017/Kim_Deep_Learning_of_CVPR_2017_paper.pdf",
      code="https://github.com/jongyookim/IQA_DeepQA_FR_release", section="Deep Learning Based Approaches / FR-IQA"),
    N(W, 47, "Deep Learning Based Approaches"),   # bold line used as a heading
    P(W, 48, "Convolutional Neural Networks for No-Reference Image Quality Assessment", "IEEE CVPR 2014", 2014,
      ["Kang L"], url="https://www.zpascal.net/cvpr2014/Kang_Convolutional_Neural_Networks_2014_CVPR_paper.pdf",
      code="https://github.com/lidq92/CNNIQA", section="Deep Learning Based Approaches / NR-IQA"),
    P(W, 50, "Visual Importance and Distortion Guided Deep Image Quality Assessment Framework", "IEEE TMM 2017", 2017,
      ["Guan J"], url="https://ieeexplore.ieee.org/document/7924311", code="https://github.com/GUAN3737/VIDGIQA",
      section="Deep Learning Based Approaches / NR-IQA"),
    P(W, 56, "Fully Deep Blind Image Quality Predictor", "IEEE JSTSP 2016", 2016, ["Kim J"],
      url="https://ieeexplore.ieee.org/document/7782419", code="https://github.com/jongyookim/IQA_BIECON_release",
      section="Deep Learning Based Approaches / NR-IQA"),
    P(W, 62, "Simultaneous Estimation of Image Quality and Distortion via Multi-Task Convolutional Neural Networks",
      "IEEE ICIP 2015", 2015, ["Kang L"], url="https://ieeexplore.ieee.org/document/7351311",
      code="https://github.com/lidq92/CNNIQAplusplus", section="Deep Learning Based Approaches / NR-IQA"),
    P(W, 64, "Blind Image Quality Assessment Using A Deep Bilinear Convolutional Neural Network", "IEEE TCSVT 2018", 2018,
      ["Zhang W"], url="https://ieeexplore.ieee.org/document/8576582", code="https://github.com/zwx8981/BIQA_Project",
      section="Deep Learning Based Approaches / NR-IQA"),
    P(W, 66, "End-to-End Blind Image Quality Assessment Using Deep Neural Networks", "IEEE TIP 2017", 2017, ["Ma K"],
      url="https://ece.uwaterloo.ca/~zduanmu/tip2018biqa/", code="https://ece.uwaterloo.ca/~zduanmu/tip2018biqa/",
      section="Deep Learning Based Approaches / NR-IQA"),
    N(W, 71, "Databases"),
    N(W, 72, "Databases"),
    # ---- xxwtiancai: '- **`[VENUE YEAR]`** [**Title**](link) [CODE](..)' (+ detail sub-bullets) ----
    P(X, 29, "EVC: Enhanced Neural Video Compression with Per-Pixel Flow-Guided Alignment", "ICCV 2023", 2023, ["Hu"],
      arxiv="2303.08362", code="https://github.com/microsoft/evc",
      summary="Optical flow-guided alignment for inter-frame coding.", section="End-to-End Neural Video Coding",
      nlines=3),
    P(X, 61, "Partition Map Prediction for Fast Block Partitioning in VVC Intra-Frame Coding", "TIP 2023", 2023,
      url="https://ieeexplore.ieee.org/abstract/document/10102791", code="https://github.com/AolinFeng/PMP-VVC-TIP2023",
      section="Hybrid Neural-Traditional Coding / Frame Intra Prediction"),
    P(X, 81, "Open-Source: Attention-Based Neural Networks For Chroma Intra Prediction In Video Coding", "ICMEW 2021", 2021,
      url="https://ieeexplore.ieee.org/document/9455958", code="https://github.com/bbc/intra-chroma-attentionCNN",
      section="Hybrid Neural-Traditional Coding / Frame Intra Prediction"),
    P(X, 86, "Chroma Intra Prediction With Attention-Based CNN Architectures", "ICIP 2020", 2020,
      doi="10.1109/ICIP40778.2020.9191050", url="https://doi.org/10.1109/ICIP40778.2020.9191050",
      section="Hybrid Neural-Traditional Coding / Frame Intra Prediction"),
    P(X, 114, "Look-Ahead Prediction Based Coding Unit Size Pruning for VVC Intra Coding", "ICIP 2019", 2019,
      url="https://ieeexplore.ieee.org/abstract/document/8803421",
      section="Hybrid Neural-Traditional Coding / Frame Intra Prediction"),
    P(X, 127, "IBVC: Interpolation-driven B-frame video compression", "Pattern Recognition 2024", 2024,
      url="https://www.sciencedirect.com/science/article/abs/pii/S0031320324002164", code="https://github.com/ruhig6/IBVC",
      section="Hybrid Neural-Traditional Coding / Frame Inter Prediction"),
    P(X, 140, "Neural Reference Synthesis for Inter Frame Coding", "TIP 2022", 2022,
      doi="10.1109/TIP.2021.3134465", url="https://doi.org/10.1109/TIP.2021.3134465",
      section="Hybrid Neural-Traditional Coding / Frame Inter Prediction"),
    P(X, 149, "Deep Inter Prediction via Reference Frame Interpolation for Blurry Video Coding", "VCIP 2021", 2021,
      doi="10.1109/VCIP53242.2021.9675429", url="https://doi.org/10.1109/VCIP53242.2021.9675429",
      section="Hybrid Neural-Traditional Coding / Frame Inter Prediction"),
    P(X, 159, "A Distortion-Aware Multi-task Learning Framework for Fractional Interpolation in Video Coding", "TCSVT 2020",
      2020, doi="10.1109/TCSVT.2020.3028330", url="https://doi.org/10.1109/TCSVT.2020.3028330",
      section="Hybrid Neural-Traditional Coding / Frame Inter Prediction"),
    P(X, 173, "A Multi-Scale Position Feature Transform Network for Video Frame Interpolation", "TCSVT 2019", 2019,
      doi="10.1109/TCSVT.2019.2939143", url="https://doi.org/10.1109/TCSVT.2019.2939143",
      section="Hybrid Neural-Traditional Coding / Frame Inter Prediction"),
    P(X, 186, "Triple-Frame-Based Bi-Directional Motion Estimation for Motion-Compensated Frame Interpolation",
      "TCSVT 2018", 2018, doi="10.1109/TCSVT.2018.2840842", url="https://doi.org/10.1109/TCSVT.2018.2840842",
      section="Hybrid Neural-Traditional Coding / Frame Inter Prediction"),
    P(X, 193, "Construction of Fast Data-driven Transforms for Image Compression via Multipath Coordinate Descent on Orthogonal Matrix Manifold",
      "DCC 2024", 2024, url="https://ieeexplore.ieee.org/abstract/document/10533826",
      section="Hybrid Neural-Traditional Coding / Transform Coding"),
    P(X, 197, "Revisiting All-Zero Block Detection for Versatile Video Coding", "TCSVT 2024", 2024,
      url="https://ieeexplore.ieee.org/abstract/document/10378712",
      section="Hybrid Neural-Traditional Coding / Transform Coding"),
    P(X, 202, "Graph Based Transforms based on Graph Neural Networks for Predictive Transform Coding", "DCC 2021", 2021,
      doi="10.1109/DCC50243.2021.00079", url="https://doi.org/10.1109/DCC50243.2021.00079",
      section="Hybrid Neural-Traditional Coding / Transform Coding"),
    P(X, 240, "VVC Complexity and Software Implementation Analysis", "TCSVT 2021", 2021,
      url="https://ieeexplore.ieee.org/abstract/document/9399488",
      section="Hybrid Neural-Traditional Coding / Complexity Control"),
    P(X, 241, "Complexity Analysis Of Next-Generation VVC Encoding And Decoding", "ICIP 2020", 2020,
      url="https://ieeexplore.ieee.org/abstract/document/9190983",
      section="Hybrid Neural-Traditional Coding / Complexity Control"),
    P(X, 287, "Variational Autoencoder for Low Bit-rate Image Compression", "CVPR 2018", 2018,
      url="https://openaccess.thecvf.com/content_cvpr_2018_workshops/papers/w50/Zhou_Variational_Autoencoder_for_CVPR_2018_paper.pdf",
      summary="Nonlinear encoder + uniform quantizer for low-bitrate compression.",
      section="Learned Image Compression / 2018", nlines=3),
    P(X, 294, "Deep Image Compression via End-to-End Learning", "CVPR 2018", 2018, arxiv="1806.01496",
      summary="End-to-end CNN framework with CLIC 2018 dataset.", section="Learned Image Compression / 2018", nlines=3),
    P(X, 297, "Non-local Recurrent Network for Image Restoration", "NIPS 2018", 2018, arxiv="1806.02919",
      code="https://github.com/Ding-Liu/NLRN",
      summary="Integrates non-local operations with RNN for artifact reduction.",
      section="Learned Image Compression / 2018", nlines=3),
    N(X, 373, "Datasets & Metrics / Metrics"),
]


def main():
    cache = {}
    out = []
    for lab in LABELS:
        name = lab["list"]
        if name not in cache:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
                cache[name] = fh.read().split("\n")
        lines = cache[name]
        n = lab.pop("nlines")
        lab["raw"] = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
        out.append({k: lab[k] for k in KEYS})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "labels,", sum(r["is_paper"] for r in out), "papers")


if __name__ == "__main__":
    main()
