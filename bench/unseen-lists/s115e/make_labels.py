"""Hand labels for the 60 sampled entries (raw is copied from the file by line)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LEO = "LeoZhiheng__PaperList-SOT.README.md"
YC = "Yangyi-Chen__PaperList-Trustworthy-Applications.README.md"
XS = "xsankar__Awesome-NeurIPS-2023.README.md"


def P(lst, line, title, section, arxiv=None, url=None, venue=None, year=None,
      authors=None, code=None, summary=None, doi=None, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title,
                arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)


def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None,
                arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


S_MF = "3D Object Detection / Multi-Frame Fusion"
S_RA = "3D Object Detection / Radar"
S_2D = "2D Object Tracking / 2D Single Object Tracking"
S_3D = "3D Object Tracking / 3D Single Object Tracking"

L = [
    P(LEO, 16, "CenterFormer: Center-based Transformer for 3D Object Detection", S_MF, arxiv="2209.05588", venue="ECCV 2022", year=2022),
    P(LEO, 18, "MPPNet: Multi-Frame Feature Intertwining with Proxy Points for 3D Temporal Object Detection", S_MF, arxiv="2205.05979", venue="ECCV 2022", year=2022),
    # the link is the maintainer's copy of the next entry's arXiv ID (2012.12395 is Fast and Furious); labelled as written
    P(LEO, 20, "3D-MAN: 3D Multi-frame Attention Network for Object Detection", S_MF, arxiv="2012.12395", venue="CVPR 2021", year=2021),
    P(LEO, 28, "K-Radar: 4D Radar Object Detection for Autonomous Driving in Various Weather Conditions", S_RA, arxiv="2206.08171", venue="NIPS 2022", year=2022),
    P(LEO, 37, "Model-free Tracking with Deep Appearance and Motion Features Integration", S_2D, arxiv="1812.06418", venue="WACV 2019", year=2019),
    P(LEO, 39, "ATOM: Accurate Tracking by Overlap Maximization", S_2D, arxiv="1811.07628", venue="CVPR 2019", year=2019),
    # link is SiamDW's arXiv ID (copy error in the list); labelled as written
    P(LEO, 41, "Fast Online Object Tracking and Segmentation: A Unifying Approach", S_2D, arxiv="1901.01660", venue="CVPR 2019", year=2019),
    P(LEO, 47, "Distractor-aware Siamese Networks for Visual Object Tracking", S_2D, arxiv="1808.06048", venue="ECCV 2018", year=2018),
    P(LEO, 49, "End-to-end Flow Correlation Tracking with Spatial-temporal Attention", S_2D, arxiv="1711.01124", venue="CVPR 2018", year=2018),
    P(LEO, 53, "Fully-Convolutional Siamese Networks forObjectTracking", S_2D, arxiv="1606.09549", venue="ECCV 2016", year=2016),
    P(LEO, 66, "Implicit and Efficient Point Cloud Completion for 3D Single Object Tracking", S_3D, arxiv="2209.00522", venue="RAL 2022", year=2022),
    P(LEO, 70, "3D Single-Object Tracking with Spatial-Temporal Data Association", S_3D, url="https://ieeexplore.ieee.org/document/9981905", venue="IROS 2022", year=2022),
    P(LEO, 74, "Beyond 3D Siamese Tracking: A Motion-Centric Paradigm for 3D Single Object Tracking in Point Clouds", S_3D, arxiv="2203.01730", venue="CVPR 2022", year=2022),
    P(LEO, 76, "PTTR: Relational 3D Point Cloud Object Tracking with Transformer", S_3D, arxiv="2112.02857", venue="CVPR 2022", year=2022),
    P(LEO, 78, "Temporal-aware Siamese Tracker : Integrate Temporal Context for 3D Object Tracking", S_3D, url="https://openaccess.thecvf.com/content/ACCV2022/html/Lan_Temporal-aware_Siamese_Tracker_Integrate_Temporal_Context_for_3D_Object_Tracking_ACCV_2022_paper.html", venue="ACCV 2022", year=2022),
    P(LEO, 80, "Graph-Based Point Tracker for 3D Object Tracking in Point Clouds", S_3D, url="https://ojs.aaai.org/index.php/AAAI/article/view/20101", venue="AAAI 2022", year=2022),
    P(LEO, 82, "MLVSNet: Multi-level Voting Siamese Network for 3D Visual Tracking", S_3D, url="https://ieeexplore.ieee.org/document/9710975", venue="ICCV 2021", year=2021),
    P(LEO, 90, "Model-free Vehicle Tracking and State Estimation in Point Cloud Sequences", S_3D, arxiv="2103.06028", venue="IROS 2021", year=2021),
    P(LEO, 96, "F-Siamese Tracker: A Frustum-based Double Siamese Network for 3D Single Object Tracking", S_3D, arxiv="2010.11510", venue="IROS 2020", year=2020),
    P(LEO, 98, "Leveraging Shape Completion for 3D Siamese Tracking", S_3D, arxiv="1903.01784", venue="CVPR 2019", year=2019),

    N(YC, 13, "Table of Contents"),
    N(YC, 19, "Table of Contents"),
    N(YC, 29, "Table of Contents"),
    N(YC, 38, "Table of Contents"),
    P(YC, 80, "A Unified Survey on Anomaly, Novelty, Open-Set, and Out- of-Distribution Detection: Solutions and Future Challenges", "Survey", authors=["Mohammadreza Salehi"]),
    P(YC, 95, "Event Extraction: A Survey", "Survey", authors=["Viet Dac Lai"]),
    P(YC, 127, "ADVERSARIAL SELF-ATTENTION FOR LANGUAGE UNDERSTANDING", "Adversarial Training", authors=["Hongqiu Wu", "Hai Zhao"]),
    P(YC, 144, "Investigating Selective Prediction Approaches Across Several Tasks in IID, OOD, and Adversarial Settings", "Calibration and Uncertainty", authors=["Neeraj Varshney", "Swaroop Mishra", "Chitta Baral"]),
    P(YC, 159, "Calibrated ensembles can mitigate accuracy tradeoffs under distribution shift", "Calibration and Uncertainty", authors=["Ananya Kumar"]),
    P(YC, 160, "TOP-LABEL CALIBRATION AND MULTICLASS-TO-BINARY REDUCTIONS", "Calibration and Uncertainty", authors=["Chirag Gupta", "Aaditya Ramdas"]),
    P(YC, 177, "CascadeBERT: Accelerating Inference of Pre-trained Language Models via Calibrated Complete Models Cascade", "Calibration and Uncertainty", authors=["Lei Li"]),
    P(YC, 179, "AdaFocal: Calibration-aware Adaptive Focal Loss", "Calibration and Uncertainty", authors=["Arindam Ghosh"]),
    P(YC, 188, "Generalization without Systematicity: On the Compositional Skills of Sequence-to-Sequence Recurrent Networks", "Compositional Generalization", authors=["Brenden Lake", "Marco Baroni"]),
    P(YC, 242, "AD-NLP: A Benchmark for Anomaly Detection in Natural Language Processing", "OOD/Anomaly/Openset Detection", authors=["Matei Bejan"]),
    P(YC, 261, "TextFlint: Unified Multilingual Robustness Evaluation Toolkit for Natural Language Processing", "Robustness", authors=["Tao Gui"]),
    P(YC, 264, "Measuring Robustness to Natural Distribution Shifts in Image Classification", "Robustness", authors=["Rohan Taori"]),
    P(YC, 270, "The Effect of Natural Distribution Shift on Question Answering Models", "Robustness", authors=["John Miller"]),
    P(YC, 277, "Time Waits for No One! Analysis and Challenges of Temporal Misalignment", "Robustness", authors=["Kelvin Luu"]),
    P(YC, 305, "Rethinking Explainability as a Dialogue: A Practitioner\u2019s Perspective", "Explanation", authors=["Himabindu Lakkaraju"]),
    P(YC, 306, "EXSUM: From Local Explanations to Model Understanding", "Explanation", authors=["Yilun Zhou"]),
]

OR = "https://openreview.net/forum?id="
NV = dict(venue="NeurIPS 2023", year=2023)
L += [
    P(XS, 83, "Thinker: Learning to Plan and Act", "Planning", url=OR + "mumEBl0arj", **NV),
    # GitHub column points to a github.io project page -> not code
    P(XS, 91, "Self-Evaluation Guided Beam Search for Reasoning", "Reasoning", url=OR + "Bw82hwg5Q3", **NV),
    P(XS, 93, "Training Chain-of-Thought via Latent-Variable Inference", "Reasoning", url=OR + "a147pIS2Co", **NV),
    P(XS, 112, "Off-Policy Evaluation for Human Feedback", "RL", url=OR + "DOdaV0Hqdy", **NV),
    P(XS, 114, "Fine-Grained Human Feedback Gives Better Rewards for Language Model Training", "RL", url=OR + "CSbGXyCswu", **NV),
    P(XS, 124, "Dissecting Chain-of-Thought: Compositionality through In-Context Filtering and Learning", "Prompting", url=OR + "xEhKwsqxMa", **NV),
    # title-less continuation row of line 126 (Fairness-guided Few-shot Prompting...): its own Paper link identifies the paper
    P(XS, 127, None, "Prompting", url=OR + "D8oHQ2qSTj", **NV),
    P(XS, 128, "InfoPrompt: Information-Theoretic Soft Prompt Tuning for Natural Language Understanding", "Prompting", url=OR + "mSNfjOcDUv", **NV),
    N(XS, 159, "Attack mitigation"),
    N(XS, 160, "Attack mitigation"),
    N(XS, 163, "Attack mitigation"),
    N(XS, 164, "Attack mitigation"),
    N(XS, 195, "Decoding Transformers"),
    P(XS, 202, "The Clock and the Pizza: Two Stories in Mechanistic Explanation of Neural Networks", "NN Design & Insights", url=OR + "S5wmbQc1We", **NV),
    P(XS, 232, "Where Did I Come From? Origin Attribution of AI-Generated Images", "Origin Attribution", url=OR + "g8bjq0qxOl", **NV),
    P(XS, 240, "Aleatoric and Epistemic Discrimination: Fundamental Limits of Fairness Interventions", "Bias/Fairness", url=OR + "XRy4YQYLe0", **NV),
    P(XS, 241, "Counterfactually Fair Representation", "Bias/Fairness", url=OR + "QZo1cge4Tc", **NV),
    P(XS, 243, "Causal Context Connects Counterfactual Fairness to Robust Prediction and Group Fairness", "Bias/Fairness", url=OR + "AmwgBjXqc3", **NV),
    P(XS, 262, "MEMTO: Memory-guided Transformer for Multivariate Time Series Anomaly Detection", "Other", url=OR + "UFW67uduJd", code="https://github.com/gunny97/MEMTO", **NV),
    P(XS, 265, "Monte Carlo Tree Search with Boltzmann Exploration", "Other", url=OR + "NG4DaApavi", **NV),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]

sample = [json.loads(l) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")]
assert sorted((s["list"], s["line"]) for s in sample) == sorted((l["list"], l["line"]) for l in L), "labels != sample"
files = {}
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in L:
        if l["list"] not in files:
            files[l["list"]] = open(os.path.join(HERE, l["list"]), encoding="utf-8", newline="").read().split("\n")
        lines = files[l["list"]]
        l["raw"] = "\n".join(lines[l["line"] - 1:l["line"] - 1 + l.pop("nlines")])
        f.write(json.dumps({k: l[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels;", sum(x["is_paper"] for x in L), "papers")
