"""Write labels.jsonl from hand-made labels below; raw is cut from the saved README lines."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
H = "HKUDS__Awesome-SSLRec-Papers.README.md"
S = "SaeedShurrab__awesome-self-supervised-learning-in-medical-imaging.README.md"
E = "HymEric__Awesome-Representation-Learning-CV-PaperAndCode.README.md"
Q = "qingsongedu__Awesome-SSL4TS.README.md"


def P(lst, line, title, venue, year, arxiv=None, url=None, doi=None, code=None, section=None, n=1, authors=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=authors or [], code=code, summary=None, section=section)


def N(lst, line, section, n=1):
    return dict(list=lst, line=line, n=n, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)


GCF = "General Collaborative Filtering"
SEQ = "Sequential Recommendation"
SOC = "Social Recommendation"
CDR = "Cross-domain Recommendation"
MB = "Multi-behavior Recommendation"
MM = "Multi-modal Recommendation"
ACM = "https://dl.acm.org/doi/abs/10.1145/"
L = [
    N(H, 23, "Overview"),
    N(H, 31, "Overview"),
    N(H, 56, "Table of Contents"),
    N(H, 58, "Table of Contents"),
    N(H, 59, "Table of Contents"),
    P(H, 69, "Contrastive Learning for Recommender System", "arXiv 2021", 2021, arxiv="2101.01317", section=GCF + " / Contrastive Learning"),
    P(H, 82, "Adaptive Graph Contrastive Learning for Recommendation", "KDD 2023", 2023, url=ACM + "3580305.3599768", section=GCF + " / Contrastive Learning"),
    P(H, 116, "Rating Augmentation with Generative Adversarial Networks towards Accurate Collaborative Filtering", "WWW 2019", 2019, url=ACM + "3308558.3313413", section=GCF + " / Adversarial Learning"),
    P(H, 122, "Disentangled Self-Supervision in Sequential Recommenders", "KDD 2020", 2020, url=ACM + "3394486.3403091", section=SEQ + " / Contrastive Learning"),
    P(H, 140, "MISS: Multi-Interest Self-Supervised Learning Framework for Click-Through Rate Prediction", "ICDE 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/9835441", section=SEQ + " / Contrastive Learning"),
    P(H, 163, "One4all User Representation for Recommender Systems in E-commerce", "arXiv 2021", 2021, arxiv="2106.00573", section=SEQ + " / Generative Learning"),
    P(H, 169, "Diffusion Augmentation for Sequential Recommendation", "CIKM 2023", 2023, url=ACM + "3583780.3615134", section=SEQ + " / Generative Learning"),
    P(H, 190, "Socially-aware Dual Contrastive Learning for Cold-Start Recommendation", "SIGIR 2022", 2022, url=ACM + "3477495.3531780", section=SOC + " / Contrastive Learning"),
    P(H, 191, "Predictive and Contrastive: Dual-Auxiliary Learning for Recommendation", "TCSS 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/9815030", section=SOC + " / Contrastive Learning"),
    P(H, 194, "Heterogeneous Graph Contrastive Learning for Recommendation", "WSDM 2023", 2023, url=ACM + "3539597.3570484", section=SOC + " / Contrastive Learning"),
    P(H, 229, "Disentangled Contrastive Learning for Cross-Domain Recommendation", "DASFAA 2023", 2023, url="https://link.springer.com/chapter/10.1007/978-3-031-30672-3_11", section=CDR + " / Contrastive Learning"),
    P(H, 241, "A Deep Dual Adversarial Network for Cross-Domain Recommendation", "TKDE 2023", 2023, url="https://ieeexplore.ieee.org/abstract/document/9640532", section=CDR + " / Adversarial Learning"),
    P(H, 263, "Multi-view Multi-behavior Contrastive Learning in Recommendation", "DASFAA 2022", 2022, url="https://link.springer.com/chapter/10.1007/978-3-031-00126-0_11", section=MB + " / Contrastive Learning"),
    P(H, 266, "MixMBR: Contrastive Learning for Multi-behavior Recommendation", "DASFAA 2023", 2023, url="https://link.springer.com/chapter/10.1007/978-3-031-30672-3_29", section=MB + " / Contrastive Learning"),
    P(H, 282, "Self-Supervised Learning for Multimedia Recommendation", "TMM 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/9811387", section=MM + " / Contrastive Learning"),

    N(S, 22, "Why Self-Supervised learning in medical imaging ?"),
    N(S, 90, "List of Journals / Conferences (J/C):"),
    N(S, 96, "List of Journals / Conferences (J/C):"),
    N(S, 100, "List of Journals / Conferences (J/C):"),
    N(S, 105, "List of Journals / Conferences (J/C):"),
    N(S, 113, "List of Journals / Conferences (J/C):"),
    P(S, 129, "Contrastive Learning with Continuous Proxy Meta-data for 3D MRI Classification", "MICCAI 2022", 2022, doi="10.1007/978-3-030-87196-3_6", url="http://dx.doi.org/10.1007/978-3-030-87196-3_6", code="https://github.com/Duplums/yAwareContrastiveLearning", section="2022"),
    P(S, 148, "Towards Fine-grained Visual Representations by Combining Contrastive Learning with Image Reconstruction and Attention-weighted Pooling", "ICML 2021", 2021, arxiv="2104.04323", code="https://github.com/bayer-science-for-a-better-life/contrastive-reconstruction", section="2021"),
    P(S, 149, "How Transferable are Self-supervised Features in Medical Image Classification Tasks?", "PMLR 2021", 2021, url="https://proceedings.mlr.press/v158/truong21a.html", section="2021"),
    P(S, 151, "Self-supervised multimodal reconstruction pre-training for retinal computer-aided diagnosis", "ESA 2021", 2021, url="https://www.sciencedirect.com/science/article/pii/S0957417421009982", section="2021"),
    P(S, 152, "MedAug: Contrastive learning leveraging patient metadata improves representations for chest X-ray interpretation", "arXiv 2021", 2021, arxiv="2102.10663", section="2021"),
    P(S, 156, "Self-supervised Multi-task Representation Learning for Sequential Medical Images", "JECMLKDD 2021", 2021, url="https://link.springer.com/chapter/10.1007/978-3-030-86523-8_47", section="2021"),
    P(S, 158, "Twin self-supervision based semi-supervised learning (TS-SSL): Retinal anomaly classification in SD-OCT images", "Neurocomputing 2021", 2021, url="https://www.sciencedirect.com/science/article/abs/pii/S0925231221012352", code="https://github.com/ZhangYH0502/TS-SSL.", section="2021"),
    P(S, 168, "Auto-GAN: Self-Supervised Collaborative Learning for Medical Image Synthesis", "AAAI 2020", 2020, doi="10.1609/aaai.v34i07.6619", url="https://doi.org/10.1609/aaai.v34i07.6619", section="2020"),
    P(S, 173, "Learning the retinal anatomy from scarce annotated data using self-supervised multimodal reconstruction", "ASC 2020", 2020, url="https://www.sciencedirect.com/science/article/pii/S1568494620301502", section="2020"),
    P(S, 183, "Self-Supervised Feature Learning via Exploiting Multi-Modal Data for Retinal Disease Diagnosis", "IEEE-TMI 2020", 2020, url="https://ieeexplore.ieee.org/document/9139411", code="https://github.com/xmengli999/self_supervised", section="2020"),
    P(S, 186, "Self-Supervised Representation Learning for Ultrasound Video", "ISBI 2020", 2020, url="https://ieeexplore.ieee.org/abstract/document/9098666", section="2020"),
    P(S, 202, "Self-supervised Feature Learning for 3D Medical Images by Playing a Rubik’s Cube", "MICCAI 2019", 2019, url="https://link.springer.com/chapter/10.1007/978-3-030-32251-9_46", section="2019"),
    P(S, 203, "Self-supervised learning for medical image analysis using image context restoration", "MedIA 2019", 2019, url="https://www.sciencedirect.com/science/article/abs/pii/S1361841518304699", section="2019"),
    P(S, 226, "Self-supervised Learning for Spinal MRIs", "DLMIA 2017", 2017, url="https://link.springer.com/chapter/10.1007/978-3-319-67558-9_34", section="2017"),

    N(E, 16, "Contents"),
    N(E, 20, "Contents"),
    P(E, 31, "Recent Advances in Autoencoder-Based Representation Learning", "arXiv 2018", 2018, arxiv="1812.05069", section="Related Survey"),
    P(E, 37, "Masked Autoencoders Are Scalable Vision Learners", "arXiv 2021", 2021, arxiv="2111.06377", code="https://github.com/pengzhiliang/MAE-pytorch", section="General Representation Learning / In 2021", n=2),
    P(E, 86, "Contrastive representation distillation", "ICLR 2020", 2020, arxiv="1910.10699", code="https://github.com/HobbitLong/RepDistiller", section="General Representation Learning / In 2020", n=2),
    P(E, 106, "Order-Embeddings of Images and Language", "ICLR 2016", 2016, arxiv="1511.06361", code="https://github.com/ivendrov/order-embedding", section="General Representation Learning / In 2016", n=2),
    P(E, 123, "Are Disentangled Representations Helpful for Abstract Visual Reasoning?", "NeurIPS 2019", 2019, url="http://papers.nips.cc/paper/9570-are-disentangled-representations-helpful-for-abstract-visual-reasoning", section="Disentangled Representation / In 2019"),
    P(E, 132, "Unsupervised representation learning by predicting image rotations", "ICLR 2018", 2018, arxiv="1803.07728", code="https://github.com/gidariss/FeatureLearningRotNet", section="Disentangled Representation / In 2018", n=2),
    P(E, 144, "Life-long disentangled representation learning with cross-domain latent homologies", "NeurIPS 2018", 2018, url="http://papers.nips.cc/paper/8193-life-long-disentangled-representation-learning-with-cross-domain-latent-homologies", section="Disentangled Representation / In 2018"),
    P(E, 166, "Disassembling Object Representations without Labels", "arXiv 2020", 2020, arxiv="2004.01426", section="Disassembling Object Representation / In 2020"),
    P(E, 177, "Object Discovery with a Copy-Pasting GAN", "arXiv 2019", 2019, arxiv="1905.11369", code="https://github.com/wtupc96/Copy-Pasting-GAN", section="Disassembling Object Representation / In 2019", n=2),
    P(E, 188, "Unsupervised object segmentation by redrawing", "NeurIPS 2019", 2019, url="http://papers.nips.cc/paper/9434-unsupervised-object-segmentation-by-redrawing", code="https://github.com/mickaelChen/ReDO", section="Disassembling Object Representation / In 2019", n=2),
    P(E, 204, "Disentangling Disentanglement in Variational Autoencoders", "ICML 2019", 2019, arxiv="1812.02833", section="VAE-based Method / In 2018"),
    P(E, 220, "Transformation GAN for Unsupervised Image Synthesis and Representation Learning", "CVPR 2020", 2020, url="https://openaccess.thecvf.com/content_CVPR_2020/html/Wang_Transformation_GAN_for_Unsupervised_Image_Synthesis_and_Representation_Learning_CVPR_2020_paper.html", section="GAN-based Method / In 2020"),
    P(E, 229, "Adversarial feature learning", "ICLR 2017", 2017, arxiv="1605.09782", code="https://github.com/jeffdonahue/bigan", section="GAN-based Method / In 2017", n=2),
    P(E, 243, "Flow++: Improving flow-based generative models with variational dequantization and architecture design", "ICML 2019", 2019, arxiv="1902.00275", section="Flow-based Method / In 2019"),
    P(E, 250, "Masked autoregressive flow for density estimation", "NeurIPS 2017", 2017, url="http://papers.nips.cc/paper/6828-masked-autoregressive-flow-for-density-estimation", code="https://github.com/johnpjust/MAF_GQ_images_tf20", section="Flow-based Method / In 2017", n=2),
    P(E, 262, "Rethinking the Truly Unsupervised Image-to-Image Translation", "arXiv 2020", 2020, arxiv="2006.06500", code="https://github.com/clovaai/tunit", section="Image Translation / In 2020", n=2),
    P(E, 284, "Clustering with Deep Learning: Taxonomy and New Methods", "arXiv 2018", 2018, arxiv="1801.07648", code="https://github.com/ElieAljalbout/Clustering-with-Deep-learning", section="Deep Clustering / In 2018", n=2),
    N(E, 296, "Resources"),
]
CAT = "Category of Self-Supervised Learning for Time Series"
GEN = CAT + " / Generative-based Methods on SSL4TS"
CON = CAT + " / Contrastive-based Methods on SSL4TS"
ADV = CAT + " / Adversarial-based Methods on SSL4TS"
APP = "Applications and Datasets on SSL4TS"
L += [
    P(Q, 55, "Timeseries anomaly detection using temporal hierarchical one-class network", "NeurIPS 2020", 2020, url="https://dl.acm.org/doi/abs/10.5555/3495724.3496816", section=GEN + " / Autoregressive-based forecasting"),
    P(Q, 66, "Learning representations for time series clustering", "NeurIPS 2019", 2019, url="https://papers.nips.cc/paper_files/paper/2019/hash/1359aa933b48b754a2f54adb688bfa77-Abstract.html", section=GEN + " / Autoencoder-based reconstruction"),
    P(Q, 71, "Pre-training enhanced spatial-temporal graph neural network for multivariate time series forecasting", "KDD 2022", 2022, url="https://dl.acm.org/doi/10.1145/3534678.3539396", section=GEN + " / Autoencoder-based reconstruction"),
    P(Q, 81, "Learning from irregularly-sampled time series: A missing data perspective", "ICML 2020", 2020, arxiv="2008.07599", section=GEN + " / Autoencoder-based reconstruction"),
    P(Q, 88, "ImDiffusion: Imputed diffusion models for multivariate time series anomaly detection", "arXiv 2023", 2023, arxiv="2307.00754", section=GEN + " / Diffusion-based generation"),
    P(Q, 107, "Time series change point detection with self-supervised contrastive predictive coding", "WWW 2021", 2021, url="https://dl.acm.org/doi/abs/10.1145/3442381.3449903", section=CON + " / Prediction contrast"),
    P(Q, 109, "Stock trend prediction with multi-granularity data: A contrastive learning approach with adaptive fusion", "CIKM 2021", 2021, url="https://dl.acm.org/doi/abs/10.1145/3459637.3482483", section=CON + " / Prediction contrast"),
    P(Q, 117, "Unsupervised time-series representation learning with iterative bilinear temporal-spectral fusion", "ICML 2022", 2022, url="https://proceedings.mlr.press/v162/yang22e.html", section=CON + " / Augmentation contrast"),
    P(Q, 122, "Valve Stiction Detection Using Multitimescale Feature Consistent Constraint for Time-Series Data", "IEEE/ASME Transactions on Mechatronics 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/10001758", section=CON + " / Augmentation contrast"),
    P(Q, 123, "Multi-Granularity Residual Learning with Confidence Estimation for Time Series Prediction", "WWW 2022", 2022, url="https://dl.acm.org/doi/abs/10.1145/3485447.3512056", section=CON + " / Augmentation contrast"),
    P(Q, 125, "Self-supervised learning with attention-based latent signal augmentation for sleep staging with limited labeled data", "IJCAI 2022", 2022, url="https://www.ijcai.org/proceedings/2022/0537.pdf", section=CON + " / Augmentation contrast"),
    P(Q, 133, "Learning discriminative virtual sequences for time series classification", "CIKM 2020", 2020, url="https://dl.acm.org/doi/abs/10.1145/3340531.3412099", section=CON + " / Prototype contrast"),
    P(Q, 154, "PSA-GAN: Progressive self attention GANs for synthetic time series", "ICLR 2021", 2021, url="https://openreview.net/forum?id=Ix_mh42xq5w", section=ADV + " / Time series generation and imputation"),
    P(Q, 165, "ACT: Adversarial Convolutional Transformer for Time Series Forecasting", "IJCNN 2022", 2022, url="https://ieeexplore.ieee.org/abstract/document/9892791", section=ADV + " / Auxiliary representation enhancement"),
    P(Q, 177, "SWaT", None, None, url="https://link.springer.com/chapter/10.1007/978-3-319-71368-7_8", section=APP + " / Anomaly Detection"),
    P(Q, 184, "ETTm", None, None, url="https://ojs.aaai.org/index.php/AAAI/article/view/17325", section=APP + " / Forecasting"),
    N(Q, 187, APP + " / Forecasting"),
    N(Q, 191, APP + " / Forecasting"),
    P(Q, 206, "Time-series forecasting with deep learning: a survey", "Philosophical Transactions of the Royal Society A 2021", 2021, url="https://royalsocietypublishing.org/doi/full/10.1098/rsta.2020.0209", section="Time Series Related Survey"),
    P(Q, 207, "Deep learning for time series forecasting: a survey", "Big Data 2021", 2021, url="https://www.liebertpub.com/doi/abs/10.1089/big.2020.0159", section="Time Series Related Survey"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
cache = {}
with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
    for d in L:
        lines = cache.setdefault(d["list"], (HERE / d["list"]).read_text(encoding="utf-8").split("\n"))
        d["raw"] = "\n".join(lines[d["line"] - 1: d["line"] - 1 + d.pop("n")])
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L))
