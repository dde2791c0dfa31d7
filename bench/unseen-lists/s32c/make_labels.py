#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below; raw is cut from the saved README
(start line + number of lines of the entry), so it is byte-exact."""
import json
from pathlib import Path

G = "i-am-shreya__Eye-Gaze-Survey.README.md"
K = "kenshi7798__awesome-text-to-motion.README.md"
M = "GuangtaoLyu__awesome-motion-prediction.README.md"
A = "animate-x__Awesome-human-motion.README.md"


def P(lst, line, title, *, n=1, arxiv=None, doi=None, url=None, venue=None, year=None,
      authors=None, code=None, summary=None, section=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv, doi=doi,
                url=url, venue=venue, year=year, authors=authors or [], code=code,
                summary=summary, section=section)


def N(lst, line, section, n=1):
    return dict(list=lst, line=line, n=n, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


GE = "Contents / Eye Gaze Estimation/Tracking"
LABELS = [
    # ---- i-am-shreya / Eye-Gaze-Survey ----
    N(G, 35, "Contents"),
    P(G, 49, "GaTector: A Unified Framework for Gaze Object Prediction", arxiv="2112.03549",
      venue="CVPR 2022", year=2022,
      authors=["Binglu Wang", "Tao Hu", "Baoshan Li", "Xiaojuan Chen", "Zhijie Zhang"], section=GE),
    P(G, 50, "GazeOnce: Real-Time Multi-Person Gaze Estimation", arxiv="2204.09480",
      venue="CVPR 2022", year=2022, authors=["Mingfang Zhang", "Yunfei Liu", "Feng Lu"], section=GE),
    P(G, 52, "Cross-Encoder for Unsupervised Gaze Representation Learning",
      url="https://openaccess.thecvf.com/content/ICCV2021/papers/Sun_Cross-Encoder_for_Unsupervised_Gaze_Representation_Learning_ICCV_2021_paper.pdf",
      venue="ICCV 2021", year=2021,
      authors=["Yunjia Sun", "Jiabei Zeng", "Shiguang Shan", "Xilin Chen"], section=GE),
    P(G, 53, "Vulnerability of Appearance-based Gaze Estimation", arxiv="2103.13134", section=GE),
    P(G, 64, "Self-supervised learning through the eyes of a child", n=2,
      url="https://papers.nips.cc/paper/2020/file/7183145a2a3e0ce2b68cd3735186b1d5-Paper.pdf",
      authors=["Emin Orhan", "Vaibhav Gupta", "Brenden M. Lake"], section=GE),
    P(G, 68, "ETH-XGaze: A Large Scale Dataset for Gaze Estimation under Extreme Head Pose and Gaze Variation",
      url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123500358.pdf",
      authors=["Xucong Zhang", "Seonwook Park", "Thabo Beeler", "Derek Bradley", "Siyu Tang", "Otmar Hilliges"],
      section=GE),
    P(G, 70, "Deep Learning-based Pupil Center Detection for Fast and Accurate Eye Tracking System",
      url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123640035.pdf",
      authors=["Kang Il Lee", "Jung Ho Jeon", "Byung Cheol Song"], section=GE),
    P(G, 78, "Gaze Estimation by Exploring Two-Eye Asymmetry", doi="10.1109/TIP.2020.2982828",
      url="https://doi.org/10.1109/TIP.2020.2982828", venue="IEEE TIP 2020", year=2020,
      authors=["Yihua Cheng", "Xucong Zhang", "Feng Lu", "Yoichi Sato"], section=GE),
    P(G, 79, "Gaze360: Physically Unconstrained Gaze Estimation in the Wild",
      url="http://openaccess.thecvf.com/content_ICCV_2019/papers/Kellnhofer_Gaze360_Physically_Unconstrained_Gaze_Estimation_in_the_Wild_ICCV_2019_paper.pdf",
      authors=["Petr Kellnhofer", "Adria Recasens", "Simon Stent", "Wojciech Matusik", "Antonio Torralba"],
      section=GE),
    P(G, 80, "Few-Shot Adaptive Gaze Estimation", n=2,
      url="http://openaccess.thecvf.com/content_ICCV_2019/papers/Park_Few-Shot_Adaptive_Gaze_Estimation_ICCV_2019_paper.pdf",
      authors=["Seonwook Park", "Shalini De Mello", "Pavlo Molchanov", "Umar Iqbal", "Otmar Hilliges", "Jan Kautz"],
      section=GE),
    P(G, 88, "InvisibleEye: Mobile Eye Tracking Using Multiple Low-Resolution Cameras and Learning-Based Gaze Estimation",
      url="https://dl.acm.org/citation.cfm?id=3130971",
      authors=["Marc Tonsen", "Julian Steil", "Yusuke Sugano", "Andreas Bulling"], section=GE),
    P(G, 89, "A low-cost and calibration-free gaze estimator for soft biometrics: An explorative study",
      url="https://www.sciencedirect.com/science/article/pii/S0167865515003669",
      authors=["Dario Cazzato", "Andrea Evangelista", "Marco Leo", "Pierluigi Carcagní", "Cosimo Distante"],
      section=GE),
    P(G, 120, "Dual Attention Guided Gaze Target Detection in the Wild",
      url="https://openaccess.thecvf.com/content/CVPR2021/papers/Fang_Dual_Attention_Guided_Gaze_Target_Detection_in_the_Wild_CVPR_2021_paper.pdf",
      authors=["Yi Fang", "Jiapeng Tang", "Wang Shen", "Wei Shen", "Xiao Gu", "Li Song", "Guangtao Zhai"],
      section="Contents / Gaze and Attention"),
    P(G, 124, "Augmented saliency model using automatic 3D head pose detection and learned gaze following in natural scenes",
      url="https://www.sciencedirect.com/science/article/pii/S0042698914002739",
      authors=["Daniel Parks", "Ali Borji", "Laurent Itti"], section="Contents / Gaze and Attention"),
    P(G, 129, "Glance and Gaze: Inferring Action-Aware Points for One-Stage Human-Object Interaction Detection",
      url="https://openaccess.thecvf.com/content/CVPR2021/papers/Zhong_Glance_and_Gaze_Inferring_Action-Aware_Points_for_One-Stage_Human-Object_Interaction_CVPR_2021_paper.pdf",
      authors=["Xubin Zhong", "Xian Qu", "Changxing Ding", "Dacheng Tao"], section="Contents / Gaze and Interaction"),
    P(G, 135, "Connecting Gaze, Scene, and Attention: Generalized Attention Estimation via Joint Modeling of Gaze and Scene Saliency",
      url="https://www.springerprofessional.de/connecting-gaze-scene-and-attention-generalized-attention-estima/16179862",
      venue="ECCV 2018", year=2018,
      authors=["Eunji Chong", "Nataniel Ruiz", "Yongxin Wang", "Yun Zhang", "Agata Rozga", "James M. Rehg"],
      section="Contents / Visual Attention"),
    P(G, 141, "PupilTAN: A Few-Shot Adversarial Pupil Localizer",
      url="https://openaccess.thecvf.com/content/CVPR2021W/GAZE/papers/Poulopoulos_PupilTAN_A_Few-Shot_Adversarial_Pupil_Localizer_CVPRW_2021_paper.pdf",
      authors=["Nikolaos Poulopoulos", "Emmanouil Z. Psarakis", "Dimitrios Kosmopoulos"],
      section="Contents / Uncategorized Papers"),
    P(G, 145, "Non-Intrusive Gaze Tracking Using Artificial Neural Networks",
      url="https://papers.nips.cc/paper/863-non-intrusive-gaze-tracking-using-artificial-neural-networks",
      authors=["Shumeet Baluja", "Dean Pomerleau"], section="Contents / Uncategorized Papers"),
    P(G, 147, "TurkerGaze: Crowdsourcing Saliency with Webcam based Eye Tracking", arxiv="1504.06755",
      authors=["Pingmei Xu", "Krista A Ehinger", "Yinda Zhang", "Adam Finkelstein", "Sanjeev R. Kulkarni", "Jianxiong Xiao"],
      section="Contents / Uncategorized Papers"),

    # ---- kenshi7798 / awesome-text-to-motion ----
    N(K, 28, "Contribution Guide / How to Contribute"),
    N(K, 40, "Contribution Guide / Adding Papers / For Papers with arXiv IDs"),
    P(K, 90, "Motion Generation: A Survey of Generative Approaches and Benchmarks", arxiv="2507.05419",
      venue="arXiv 2025", year=2025, section="Surveys"),
    P(K, 148, "Towards Emotion-enriched Text-to-Motion Generation via LLM-guided Limb-level Emotion Manipulating", n=2,
      url="https://dl.acm.org/doi/10.1145/3664647.3681487",
      venue="MM 2024", year=2024, code="https://github.com/aekx/L3EM", section="Datasets"),
    P(K, 153, "AMD: Autoregressive Motion Diffusion", arxiv="2305.09381", venue="AAAI 2024", year=2024,
      code="https://github.com/fluide1022/AMD", section="Datasets"),
    P(K, 165, "X-MoGen: Unified Motion Generation across Humans and Animals", arxiv="2508.05162",
      venue="arXiv 2025", year=2025, section="Models"),
    P(K, 187, "From Motion to Behavior: Hierarchical Modeling of Humanoid Generative Behavior Control",
      arxiv="2506.00043", venue="arXiv 2025", year=2025, section="Models"),
    P(K, 267, "T2M-X: Learning Expressive Text-to-Motion Generation from Partially Annotated Data",
      arxiv="2409.13251", venue="arXiv 2024", year=2024, section="Models"),
    P(K, 273, "Lagrangian Motion Fields for Long-term Motion Generation", arxiv="2409.01522",
      venue="arXiv 2024", year=2024, section="Models"),
    P(K, 287, "Local Action-Guided Motion Diffusion Model for Text-to-Motion Generation", arxiv="2407.10528",
      venue="arXiv 2024", year=2024, section="Models"),
    P(K, 311, "Shape Conditioned Human Motion Generation with Diffusion Model", arxiv="2405.06778",
      venue="arXiv 2024", year=2024, section="Models"),
    P(K, 343, "CoMo: Controllable Motion Generation through Language Guided Pose Code Editing",
      arxiv="2403.13900", venue="ECCV 2024", year=2024, code="https://github.com/yh2371/CoMo", section="Models"),
    P(K, 361, "The Language of Motion: Unifying Verbal and Non-verbal Language of 3D Human Motion",
      arxiv="2412.10523", venue="arXiv 2024", year=2024,
      code="https://github.com/Juzezhang/language_of_motion", section="Models"),
    P(K, 379, "Morph: A Motion-free Physics Optimization Framework for Human Motion Generation",
      arxiv="2411.14951", venue="ICCV 2025", year=2025, section="Models"),
    P(K, 407, "Scaling Large Motion Models with Million-Level Human Motions", arxiv="2410.03311",
      venue="ICML 2025", year=2025, code="https://github.com/BeingBeyond/Being-M0", section="Models"),
    P(K, 416, "Multi-Track Timeline Control for Text-Driven 3D Human Motion Generation", arxiv="2401.08559",
      venue="CVPR 2024 Workshop", year=2024, code="https://github.com/nv-tlabs/stmc", section="Models"),
    P(K, 446, "Human Motion Diffusion as a Generative Prior", arxiv="2303.01418", venue="ICLR 2024", year=2024,
      code="https://github.com/priorMDM/priorMDM", section="Models"),
    P(K, 470, "A Unified Framework for Multimodal, Multi-Part Human Motion Synthesis", arxiv="2311.16471",
      venue="arXiv 2023", year=2023, code="https://github.com/zixiangzhou916/UDE-2", section="Models"),
    P(K, 506, "MoFusion: A Framework for Denoising-Diffusion-based Motion Synthesis", arxiv="2212.04495",
      venue="CVPR 2023", year=2023, section="Models"),
    P(K, 512, "UDE: A Unified Driving Engine for Human Motion Generation", arxiv="2211.16016",
      venue="CVPR 2023", year=2023, code="https://github.com/zixiangzhou916/UDE/", section="Models"),

    # ---- GuangtaoLyu / awesome-motion-prediction ----
    N(M, 12, "Contents"),
    P(M, 21, "Dynamic scenario-enhanced diverse human motion prediction network for proactive human–robot collaboration in customized assembly tasks",
      url="https://www.semanticscholar.org/paper/9b4fb2082708fd8011e7816fcd0f91b0ab8a3fc9",
      venue="Journal of Intelligent Manufacturing", authors=["Ding"],
      section="Stochastic & Probabilistic Prediction"),
    P(M, 57, "Nonisotropic Gaussian Diffusion for Realistic 3D Human Motion Prediction", arxiv="2501.06035",
      section="Stochastic & Probabilistic Prediction"),
    P(M, 106, "A framework for demonstrating, forecasting, and explaining topic evolution by analyzing geometrical motion of topic embeddings",
      doi="10.1162/qss_a_00344", url="https://doi.org/10.1162/qss_a_00344",
      section="Deterministic & Short-term Prediction"),
    P(M, 132, "CogSig-Mamba: Hippocampal-Inspired Explainable Motion Forecasting with Causal Temporal Attribution",
      doi="10.20944/preprints202607.0604.v1", url="https://doi.org/10.20944/preprints202607.0604.v1",
      section="Deterministic & Short-term Prediction"),
    P(M, 136, "Contexts Matter: Robot-Aware 3D human motion prediction for Agentic AI-empowered Human-Robot collaboration",
      doi="10.1016/j.aei.2025.103591", url="https://doi.org/10.1016/j.aei.2025.103591",
      section="Deterministic & Short-term Prediction"),
    P(M, 139, "Cross-Axis Feature Fusion with Joint-Wise Motion Difference Prediction for Text-Based 3D Human Motion Editing",
      arxiv="2606.01014", doi="10.48550/arXiv.2606.01014",
      section="Deterministic & Short-term Prediction"),
    P(M, 144, "Differentiable Semantic Meta-Learning Framework for Long-Tail Motion Forecasting in Autonomous Driving",
      doi="10.1609/aaai.v40i2.37065", url="https://doi.org/10.1609/aaai.v40i2.37065",
      section="Deterministic & Short-term Prediction"),
    P(M, 183, "Human Motion Prediction via Test-domain-aware Adaptation with Easily-available Human Motions Estimated from Videos",
      arxiv="2505.07301", doi="10.48550/arXiv.2505.07301",
      section="Deterministic & Short-term Prediction"),
    P(M, 187, "HumanMAC: Masked Motion Completion for Human Motion Prediction", arxiv="2302.03665",
      section="Deterministic & Short-term Prediction"),
    P(M, 191, "HVIS: A Human-like Vision and Inference System for Human Motion Prediction",
      doi="10.1609/aaai.v39i6.32633", url="https://doi.org/10.1609/aaai.v39i6.32633",
      section="Deterministic & Short-term Prediction"),
    P(M, 192, "IMPRESS: Incomplete Human Motion Prediction via Motion Recovery and Structural-Semantic Fusion",
      doi="10.1109/TIP.2026.3662597", url="https://doi.org/10.1109/TIP.2026.3662597",
      section="Deterministic & Short-term Prediction"),
    P(M, 210, "Long-Term Human Motion Prediction by Modeling Motion Context and Enhancing Motion Dynamic",
      arxiv="1805.02513", venue="arXiv", authors=["Tang"], section="Deterministic & Short-term Prediction"),
    P(M, 219, "Modeling box office revenues of motion pictures",
      doi="10.1016/j.techfore.2021.120812", url="https://doi.org/10.1016/j.techfore.2021.120812",
      section="Deterministic & Short-term Prediction"),
    P(M, 220, "MoNet: Decomposing motion trajectories with a hybrid network for human motion prediction",
      doi="10.1016/j.neucom.2026.134733", url="https://doi.org/10.1016/j.neucom.2026.134733",
      section="Deterministic & Short-term Prediction"),
    P(M, 235, "NeRMo: Learning Implicit Neural Representations for 3D Human Motion Prediction",
      url="https://link.springer.com/10.1007/978-3-031-72784-9_23",
      section="Deterministic & Short-term Prediction"),
    P(M, 264, "Self-Supervised Pretraining Based on Noise-Free Motion Reconstruction and Semantic-Aware Contrastive Learning for Human Motion Prediction",
      doi="10.1109/TETCI.2023.3257262", url="https://doi.org/10.1109/TETCI.2023.3257262",
      section="Deterministic & Short-term Prediction"),
    P(M, 273, "STGT: Forecasting Pedestrian Motion Using Spatio-Temporal Graph Transformer",
      doi="10.1109/iv48863.2021.9575498", url="https://doi.org/10.1109/iv48863.2021.9575498",
      section="Deterministic & Short-term Prediction"),
    P(M, 327, "Long-term Human Motion Prediction with Scene Context", arxiv="2007.03672", venue="arXiv",
      authors=["Cao"], section="Scene- & Interaction-Aware Prediction"),
    P(M, 354, "How Robust Are Automated Fact-Checking Systems? A Cross-Benchmark Evaluation", arxiv="2608.25934",
      venue="arXiv", section="Datasets & Benchmarks"),

    # ---- animate-x / Awesome-human-motion ----
    N(A, 20, "Related Awesome Lists"),
    N(A, 32, "Table of Contents"),
    P(A, 49, "4DHumans", arxiv="2305.20091", venue="ICCV 2023", year=2023,
      code="https://github.com/shubham-goel/4D-Humans", section="Motion Capture"),
    P(A, 51, "SLAHMR", arxiv="2304.13952", venue="CVPR 2023", year=2023,
      code="https://github.com/vye16/slahmr", section="Motion Capture"),
    N(A, 53, "Motion Capture"),
    P(A, 62, "GENMO", venue="ICCV 2025", year=2025, section="Motion Generation"),
    P(A, 64, "SALAD", arxiv="2411.08097", venue="CVPR 2025", year=2025,
      code="https://github.com/seokhyeonhong/long-mib", section="Motion Generation"),
    P(A, 66, "MotionLCM", arxiv="2404.19759", venue="ECCV 2024", year=2024,
      code="https://github.com/Dai-Wenxun/MotionLCM", section="Motion Generation"),
    P(A, 67, "MoMask", arxiv="2312.00063", venue="ECCV 2024", year=2024,
      code="https://github.com/EricGuo5513/momask-codes", section="Motion Generation"),
    P(A, 71, "MotionDiffuse", arxiv="2208.15001", venue="TPAMI 2024", year=2024,
      code="https://github.com/mingyuan-zhang/MotionDiffuse", section="Motion Generation"),
    P(A, 79, "HOI-Diff", arxiv="2312.06553", venue="CVPR 2024", year=2024,
      code="https://github.com/neu-vi/HOI-Diff", section="Motion Interaction"),
    P(A, 85, "BEHAVE", arxiv="2204.06950", venue="CVPR 2022", year=2022,
      code="https://github.com/virtualhumans/behave", section="Motion Interaction"),
    N(A, 94, "Humanoid Simulation"),
    P(A, 98, "ASE", arxiv="2205.01906", venue="SIGGRAPH 2022", year=2022,
      code="https://github.com/nv-tlabs/ASE", section="Humanoid Simulation"),
    P(A, 105, "EchoMimicV2", arxiv="2411.10061", venue="CVPR 2025", year=2025,
      code="https://github.com/antgroup/echomimic_v2", section="Motion Video Generation"),
    P(A, 107, "TokenMotion", arxiv="2504.08181", venue="CVPR 2025", year=2025, section="Motion Video Generation"),
    P(A, 108, "X-UniMotion", arxiv="2503.06072", venue="arXiv 2025", year=2025, section="Motion Video Generation"),
    P(A, 122, "BEDLAM", arxiv="2303.14317", venue="CVPR 2023", year=2023, section="Datasets"),
    P(A, 125, "BABEL", arxiv="2106.09696", venue="CVPR 2021", year=2021,
      code="https://github.com/abhinanda-punnakkal/BABEL", section="Datasets"),
    P(A, 135, "3D Human Interaction Generation Survey", arxiv="2503.13120", venue="arXiv 2025", year=2025,
      section="Surveys and Benchmarks"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    sample = json.load(open("sample.json"))
    want = {(k, e["line"]) for k, v in sample.items() for e in v}
    have = {(l["list"], l["line"]) for l in LABELS}
    assert want == have, (sorted(want - have), sorted(have - want))
    texts = {}
    with open("labels.jsonl", "w", encoding="utf-8") as out:
        for l in LABELS:
            if l["list"] not in texts:
                texts[l["list"]] = Path(l["list"]).read_text(encoding="utf-8").split("\n")
            lines = texts[l["list"]]
            rec = dict(l)
            rec["raw"] = "\n".join(lines[l["line"] - 1: l["line"] - 1 + l["n"]])
            del rec["n"]
            out.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
