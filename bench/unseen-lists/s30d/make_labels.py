"""Write labels.jsonl: hand labels below, raw text taken from the saved lists."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
EV = "MengyuanChen21__Awesome-Evidential-Deep-Learning.README.md"
BN = "mcgrady20150318__BayesianNeuralNetwork.README.md"
MA = "masamasa59__uncertainty-paper.README.md"
LC = "yangjunx21__Awesome-LLM-Calibration.README.md"

def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, authors=(), code=None,
      section=None, span=1, doi=None):
    return dict(list=lst, line=line, span=span, is_paper=True, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=None, section=section)

def N(lst, line, section, span=1):
    return dict(list=lst, line=line, span=span, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None,
                summary=None, section=section)

TE = "Theoretical Explorations"
EM = "EDL Enhanced Machine Learning"
DA = "EDL in Downstream Applications"
L = [
 N(EV, 12, "Table of Contents"),
 N(EV, 19, "Table of Contents"),
 N(EV, 21, "Table of Contents"),
 N(EV, 28, "Table of Contents"),
 P(EV, 39, "A survey on uncertainty reasoning and quantification for decision making: Belief theory meets deep learning",
   "arXiv 2022", 2022, arxiv="2206.05675", section="Surveys"),
 P(EV, 52, "Post-hoc uncertainty learning using a dirichlet meta-model", "AAAI 2023", 2023,
   url="https://ojs.aaai.org/index.php/AAAI/article/view/26167/25939",
   section=TE + " / Reformulating evidence collection process"),
 P(EV, 59, "Quantifying classification uncertainty using regularized evidential neural networks", "arXiv 2019", 2019,
   arxiv="1910.06864", code="https://www.dropbox.com/sh/uhonftulu9x2xa9/AABZxzeraWN8SYHh9N_10QoTa?dl=0",
   section=TE + " / Improving uncertainty estimation via OOD samples"),
 P(EV, 85, "Trustworthy multimodal regression with mixture of normal-inverse gamma distributions", "NeurIPS 2021", 2021,
   url="https://proceedings.neurips.cc/paper/2021/file/371bce7dc83817b7893bcdeed13799b5-Paper.pdf",
   code="https://github.com/MaHuanAAA/MoNIG", section=TE + " / Deep evidential regression"),
 P(EV, 88, "Evidential conditional neural processes", "AAAI 2023", 2023,
   url="https://ojs.aaai.org/index.php/AAAI/article/view/26125/25897", section=TE + " / Deep evidential regression"),
 P(EV, 101, "Collecting cross-modal presence-absence evidence for weakly-supervised audio-visual event perception", "CVPR 2023", 2023,
   url="https://openaccess.thecvf.com/content/CVPR2023/papers/Gao_Collecting_Cross-Modal_Presence-Absence_Evidence_for_Weakly-Supervised_Audio-Visual_Event_Perception_CVPR_2023_paper.pdf",
   code="https://github.com/MengyuanChen21/CVPR2023-CMPAE", section=EM + " / Weakly Supervised Learning"),
 P(EV, 102, "Vectorized Evidential Learning for Weakly-supervised Temporal Action Localization", "TPAMI 2023", 2023,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10238828", section=EM + " / Weakly Supervised Learning"),
 P(EV, 112, "Continual Evidential Deep Learning for Out-of-Distribution Detection", "ICCV 2023", 2023,
   url="https://openaccess.thecvf.com/content/ICCV2023W/VCL/papers/Aguilar_Continual_Evidential_Deep_Learning_for_Out-of-Distribution_Detection_ICCVW_2023_paper.pdf",
   code="https://github.com/Eaaguilart/cedl", section=EM + " / Transfer Learning"),
 P(EV, 126, "Deal: Deep evidential active learning for image classification", "Deep Learning Applications 2023", 2023,
   arxiv="2007.11344", section=EM + " / Active Learning"),
 P(EV, 134, "Uncertainty-aware multiview deep learning for internet of things applications", "TII 2022", 2022,
   url="https://ieeexplore.ieee.org/stampPDF/getPDF.jsp?tp=&arnumber=9906001&ref=aHR0cHM6Ly9pZWVleHBsb3JlLmllZWUub3JnL3N0YW1wL3N0YW1wLmpzcD90cD0mYXJudW1iZXI9OTkwNjAwMQ==",
   section=EM + " / Multi-View Classification"),
 P(EV, 170, "Uncertainty-aware 3d human pose estimation from monocular video", "MM 2022", 2022,
   url="https://dl.acm.org/doi/pdf/10.1145/3503161.3547773", section=DA + " / Computer Vision"),
 P(EV, 171, "Three-way image classification with evidential deep convolutional neural networks", "Cognitive Computation 2022", 2022,
   url="https://link.springer.com/content/pdf/10.1007/s12559-021-09869-y.pdf", section=DA + " / Computer Vision"),
 P(EV, 176, "Uncertainty-aware panoptic segmentation", "IEEE RAL 2023", 2023,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10068764", section=DA + " / Computer Vision"),
 P(EV, 181, "Evidential Uncertainty-Guided Mitochondria Segmentation for 3D EM Images", "AAAI 2024", 2024,
   url="https://ojs.aaai.org/index.php/AAAI/article/download/28287/28565", section=DA + " / Computer Vision"),
 P(EV, 207, "Deep, spatially coherent inverse sensor models with uncertainty incorporation using the evidential framework", "IVS 2019", 2019,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8813826", section=DA + " / Automatic Driving"),
 P(EV, 236, "Single-model uncertainty quantification in neural network potentials does not consistently outperform model ensembles",
   "npj Computational Materials 2023", 2023, url="https://www.nature.com/articles/s41524-023-01180-8.pdf",
   code="https://github.com/learningmatter-mit/UQ_singleNN", section=DA + " / EDL for Science"),
]

VI = "Methods / Variational Inference (VI)"
L += [
 P(BN, 17, "Neural Control Variates for Variance Reduction", "arXiv 2018", 2018, arxiv="1806.00159", section=VI),
 P(BN, 19, "Message Passing Stein Variational Gradient Descent", "ICML 2018", 2018, arxiv="1711.04425", section=VI),
 P(BN, 56, "Meta-Learning For Stochastic Gradient MCMC", "ICLR 2019", 2019, url="https://openreview.net/forum?id=HkeoOo09YX",
   section="Methods / Markov Chain Monte Carlo"),
 P(BN, 70, "Communication-Efficient Stochastic Gradient MCMC for Neural Networks", "AAAI 2019", 2019,
   url="http://chunyuan.li/papers/aaai_2019_distributed.pdf", section="Methods / Markov Chain Monte Carlo"),
 P(BN, 92, "Function Space Particle Optimization for Bayesian Neural Networks", "ICLR 2019", 2019,
   url="https://openreview.net/forum?id=BkgtDsCcKQ", section="Methods / Particle Optimization"),
 P(BN, 103, "Assumed Density Filtering Methods for Learning Bayesian Neural Networks", "AAAI 2016", 2016,
   url="https://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/download/12391/11777", section="Methods / Expectation Propgation (EP)"),
 P(BN, 107, "Practical Bayesian Learning of Neural Networks via Adaptive Subgradient Methods", None, None,
   arxiv="1811.03679", section="Methods / Others"),
 P(BN, 113, "Bayesian Deep Convolutional Networks with Many Channels are Gaussian Processes", "ICLR 2019", 2019,
   url="https://openreview.net/forum?id=B1g30j0qF7", section="Theory / Gaussian Process"),
 P(BN, 115, "Closed Form Variational Objectives For Bayesian Neural Networks with a Single Hidden Layer", "NIPS 2018", 2018,
   arxiv="1811.00686", section="Theory / Gaussian Process"),
 P(BN, 138, "Understanding Measures of Uncertainty for Adversarial Example Detection", "UAI 2018", 2018,
   arxiv="1803.08533", section="Applications / Adversarial Defense"),
 P(BN, 140, "Sufficient Conditions for Robustness to Adversarial Examples: a Theoretical and Empirical Study with Bayesian Neural Networks",
   "ICLR 2019", 2019, url="https://openreview.net/forum?id=B1eZRiC9YX", section="Applications / Adversarial Defense"),
 P(BN, 144, "Predictive Uncertainty Quantification with Compound Density Networks", "arXiv 2019", 2019,
   arxiv="1902.01080", section="Applications / Adversarial Defense"),
 P(BN, 182, "Scalable Bayesian Learning of Recurrent Neural Networks for Language Modeling", "ACL 2017", 2017,
   arxiv="1611.08034", section="Applications / Recurrent/Convolutional Neural Networks"),
 N(BN, 219, "Thesis"),
 N(BN, 223, "Thesis"),
 N(BN, 227, "Thesis"),
 N(BN, 231, "Researcher"),
 N(BN, 245, "Researcher"),
 N(BN, 255, "Researcher"),
 N(BN, 265, "Researcher"),
]

QM = "Quantification Methods"
AP = "Applications"
US = "User Study"
L += [
 P(MA, 32, "Evidential deep learning to quantify classification uncertainty",
   "Advances in Neural Information Processing Systems 2018", 2018,
   url="https://proceedings.neurips.cc/paper/2018/file/a981f2b708044d6fb4a71a1463242520-Paper.pdf",
   authors=["Murat Sensoy", "Lance Kaplan", "Melih Kandemir"], section=QM + " / Single deterministic methods"),
 P(MA, 37, "Deep sub-ensembles for fast uncertainty estimation in image classification", "arXiv 2019", 2019,
   arxiv="1910.08168", authors=["Matias Valdenegro-Toro"], section=QM + " / Ensembles"),
 P(MA, 39, "Batchensemble: an alternative approach to efficient ensemble and lifelong learning", "arXiv 2020", 2020,
   arxiv="2002.06715", authors=["Yeming Wen", "Dustin Tran", "Jimmy Ba"], section=QM + " / Ensembles"),
 P(MA, 42, "Hands-on Bayesian neural networks--a tutorial for deep learning users", "arXiv 2020", 2020,
   arxiv="2007.06823", authors=["Laurent Valentin Jospin"], section=QM + " / Bayesian methods"),
 N(MA, 43, QM + " / Bayesian methods"),
 P(MA, 45, "What are Bayesian neural network posteriors really like?", "International Conference on Machine Learning 2021", 2021,
   arxiv="2104.14421", authors=["Pavel Izmailov"], section=QM + " / Bayesian methods"),
 P(MA, 55, "The hidden uncertainty in a neural networks activations", "arXiv 2020", 2020,
   arxiv="2012.03082", authors=["Janis Postels"], section=QM + " / Embedding"),
 P(MA, 61, "Analyzing the role of model uncertainty for electronic health records",
   "ACM Conference on Health, Inference, and Learning 2020", 2020,
   url="https://dl.acm.org/doi/pdf/10.1145/3368555.3384457", authors=["Michael W. Dusenberry"], section=AP + " / Healtcare"),
 P(MA, 73, "Out-of-distribution detection in satellite image classification", "arXiv 2021", 2021,
   arxiv="2104.05442", authors=["Jakob Gawlikowski"], section=AP + " / Satellite image classification"),
 P(MA, 82, "On hallucination and predictive uncertainty in conditional language generation", "arXiv 2021", 2021,
   arxiv="2103.15025", authors=["Yijun Xiao", "William Yang Wang"], section=AP + " / Natural language generation"),
 P(MA, 97, "Simple Regularisation for Uncertainty-Aware Knowledge Distillation", "arXiv 2022", 2022,
   arxiv="2205.09526", authors=["Martin Ferianc", "Miguel Rodrigues"], section=AP + " / Knowledge Distillation"),
 P(MA, 100, "Getting a clue: A method for explaining uncertainty estimates", "arXiv 2020", 2020,
   arxiv="2006.06848", authors=["Javier Antorán"], section=AP + " / XAI"),
 P(MA, 103, "Uncertainty as a form of transparency: Measuring, communicating, and using uncertainty",
   "AAAI/ACM Conference on AI, Ethics, and Society 2021", 2021,
   url="https://dl.acm.org/doi/pdf/10.1145/3461702.3462571", authors=["Umang Bhatt"], section=AP + " / Transparency"),
 P(MA, 106, "Generating interpretable counterfactual explanations by implicit minimisation of epistemic and aleatoric uncertainties",
   "International Conference on Artificial Intelligence and Statistics 2021", 2021,
   url="http://proceedings.mlr.press/v130/schut21a/schut21a.pdf", authors=["Lisa Schut"], section=AP + " / Counterfactual explanations"),
 P(MA, 119, "A Tale Of Two Long Tails", "arXiv 2021", 2021, arxiv="2107.13098", authors=["Daniel D'souza"],
   section=AP + " / Example difficality"),
 P(MA, 122, "Measuring and improving model-moderator collaboration using uncertainty estimation", "arXiv 2021", 2021,
   arxiv="2107.04212", authors=["Ian D. Kivlichan"], section=US + " / Human collaboration"),
 P(MA, 127, "When does uncertainty matter?: Understanding the impact of predictive uncertainty in ML assisted decision making",
   "arXiv 2020", 2020, arxiv="2011.06167", authors=["Sean McGrath"], section=US + " / Uncertainty visualization"),
 P(MA, 132, "Increasing Users' Confidence in Uncertain Data by Aggregating Data from Multiple Sources", "CHI 2017", 2017,
   url="https://doi.org/10.1145/3025453.3025998", doi="10.1145/3025453.3025998",
   authors=["Miriam Greis", "Emre Avci", "Albrecht Schmidt", "Tonja Machulla"], section=US + " / Application"),
 P(MA, 136, "When (ish) is My Bus? User-centered Visualizations of Uncertainty in Everyday, Mobile Predictive Systems", "CHI 2016", 2016,
   url="https://idl.cs.washington.edu/files/2016-WhenIsMyBus-CHI.pdf",
   authors=["Matthew Kay", "Tara Kola", "Jessica R. Hullman", "Sean A. Munson"], section=US + " / Application"),
 P(MA, 141, "Benchmarking bayesian deep learning on diabetic retinopathy detection tasks", "NeurIPS 2021 Workshop", 2021,
   url="https://openreview.net/pdf?id=uJ2_JTpVCvc", authors=["Neil Band"], section="Datasets / RETINA Benchmark"),
]

PC = "Paper Collections"
WB = PC + " / Confidence & Uncertainty Estimation Methods / White-Box Methods (Logit/Internal State-based)"
BB = PC + " / Confidence & Uncertainty Estimation Methods / Black-Box Methods (Generation-based)"
L += [
 N(LC, 11, "Contents"),
 N(LC, 12, "Contents"),
 N(LC, 13, "Contents"),
 N(LC, 21, "Surveys and Tutorials", span=4),
 N(LC, 38, "Surveys and Tutorials", span=5),
 P(LC, 63, "Language Models (Mostly) Know What They Know", "arXiv 2022", 2022, arxiv="2207.05221",
   authors=["Saurav Kadavath", "Tom Conerly", "Amanda Askell"], section="Highlight Papers", span=5),
 P(LC, 75, "Calibrating Large Language Models Using Their Generations", "ICLR 2024", 2024, arxiv="2310.05499",
   authors=["Theodore Z. Zhao", "Moin Nadeem", "Sanjiv Kumar", "Himabindu Lakkaraju"], section="Highlight Papers", span=5),
 P(LC, 103, "The Internal State of an LLM Knows When It’s Lying", "arXiv 2023", 2023, arxiv="2304.13734",
   authors=["Amos Azaria", "Tom Mitchell"], section=WB, span=5),
 P(LC, 109, "DoLa: Decoding by Contrasting Layers to Prevent Hallucinations", "arXiv 2023", 2023, arxiv="2309.03883",
   authors=["K. K. Chuang", "X. Li", "H. Li", "J. D. D. Gross", "R. R. R. Manavalan", "Y. Tian", "H. W. Lee", "H. Lee",
            "A. Torralba", "S. W. Lee"], section=WB, span=5),
 P(LC, 119, "SelfCheckGPT: Zero-Resource Black-Box Hallucination Detection for Generative Large Language Models", "EMNLP 2023", 2023,
   arxiv="2303.08896", authors=["Potsawee Manakul", "Adian Liusie", "Mark J. F. Gales"], section=BB, span=5),
 P(LC, 143, "How Can We Know When Language Models Know? On the Calibration of Language Models for Question Answering",
   "RepL4NLP 2021", 2021, arxiv="2012.00955", authors=["Zhengbao Jiang", "Junru Lu"],
   section=PC + " / Calibration Methods / Post-Hoc Calibration Methods", span=5),
 P(LC, 149, "Few-Shot Recalibration of Language Models", "NAACL 2024", 2024,
   url="https://aclanthology.org/2024.naacl-long.446/", authors=["Zhizheng Zhang", "Shuo Chen", "Gyorgy Tur"],
   section=PC + " / Calibration Methods / Post-Hoc Calibration Methods", span=5),
 P(LC, 159, "Mix-n-Match: Ensemble and Compositional Methods for Uncertainty Calibration in Long-form Question Answering",
   "ICML 2022", 2022, arxiv="2205.13217", authors=["J. M. He", "M. Q. Lam", "R. Z. Tan", "D. M. Blei", "A. G. Wilson"],
   section=PC + " / Calibration Methods / Intrinsic & Training-Time Methods", span=5),
 P(LC, 175, "Packed-Ensembles for Efficient Uncertainty Estimation", "ICLR 2023", 2023, arxiv="2211.13328",
   authors=["Z. Wen", "J. D. K. Fellow", "S. Shrestha", "S. Khan", "F. S. Khan", "T. M. Hospedales"],
   section=PC + " / Specialized Techniques / Bayesian & Ensemble Approaches", span=5),
 P(LC, 183, "Conformal Prediction: A Gentle Introduction", "Foundations and Trends in Machine Learning 2023", 2023,
   arxiv="2107.07511", authors=["Anastasios N. Angelopoulos", "Stephen Bates"],
   section=PC + " / Specialized Techniques / Conformal Prediction", span=5),
 P(LC, 189, "Conformalized Language Models", "arXiv 2023", 2023, arxiv="2307.04212",
   authors=["Z. Ren", "J. Z. Liu", "Y. Gal", "B. van der Schaar"],
   section=PC + " / Specialized Techniques / Conformal Prediction", span=5),
 N(LC, 201, "Toolkits & Libraries", span=4),
 N(LC, 206, "Toolkits & Libraries", span=4),
 N(LC, 216, "Toolkits & Libraries", span=4),
 N(LC, 221, "Toolkits & Libraries", span=4),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors",
        "code", "summary", "section"]
cache = {}
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
    for d in L:
        lines = cache.setdefault(d["list"], open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n"))
        d["raw"] = "\n".join(lines[d["line"] - 1: d["line"] - 1 + d.pop("span")])
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels")
