"""Hand labels for s65h, typed by hand from reading the files; raw is taken from sample.json."""
import json
S = {(e["list"], e["line"]): e["raw"] for e in json.load(open("sample.json", encoding="utf-8"))}
L = "Diffusion-Model-Leiden__awesome-diffusion-models-for-tabular-data.README.md"
C = "cdchushig__awesome-tab-augmentation.README.md"
G = "ganevgv__dp-generative-models.README.md"
out = []
def np(lst, line, section):
    out.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))
def p(lst, line, title, section, arxiv=None, doi=None, url=None, venue=None, year=None, authors=(), code=None):
    out.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv, doi=doi,
                    url=url, venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section))

DA = "Data Augmentation / Single Table Synthesis"
np(L, 34, "Table of Contents")
np(L, 40, "Table of Contents")
p(L, 48, "Tabddpm: Modelling tabular data with diffusion models", DA, arxiv="2209.15421", venue="ICML 2023", year=2023, code="https://github.com/yandex-research/tab-ddpm")
p(L, 49, "Codi: Co-evolving contrastive diffusion models for mixed-type tabular synthesis", DA, arxiv="2304.12654", venue="ICML 2023", year=2023, code="https://github.com/chaejeonglee/codi")
p(L, 51, "AutoDiff: combining Auto-encoder and Diffusion model for tabular data synthesizing", DA, arxiv="2310.15479", venue="NeurIPS 2023 Workshop", year=2023, code="https://github.com/ucla-trustworthy-ai-lab/autodiffusion")
p(L, 53, "Findiff: Diffusion models for financial tabular data generation", DA, arxiv="2309.01472", venue="ICAIF 2023", year=2023, code="https://github.com/sattarov/FinDiff")
p(L, 57, "Mixed-Type Tabular Data Synthesis with Score-based Diffusion in Latent Space", DA, arxiv="2310.09656", venue="ICLR 2024", year=2024, code="https://github.com/amazon-science/tabsyn")
p(L, 60, "Generating and imputing tabular data via diffusion and flow-based gradient-boosted trees", DA, arxiv="2309.09968", venue="AISTATS 2024", year=2024, code="https://github.com/SamsungSAILMontreal/ForestDiffusion")
p(L, 61, "TabDiff: a Unified Diffusion Model for Multi-Modal Tabular Data Generation", DA, arxiv="2410.20626", venue="NeurIPS 2024 Workshop", year=2024, code="https://github.com/MinkaiXu/TabDiff")
p(L, 66, "FraudDiffuse: Diffusion-aided Synthetic Fraud Augmentation for Improved Fraud Detection", DA, doi="10.1145/3677052.3698658", url="https://doi.org/10.1145/3677052.3698658", venue="ICAIF 2024", year=2024)
p(L, 67, "Synthetic Data Generation for Fraud Detection Using Diffusion Models", DA, doi="10.11610/isij.5534", url="https://doi.org/10.11610/isij.5534", venue="ISIJ 2024", year=2024)
MR = "Data Augmentation / Multi-relational Data Synthesis"
p(L, 70, "ClavaDDPM: Multi-relational Data Synthesis with Cluster-guided Diffusion Models", MR, arxiv="2405.17724", venue="NeurIPS 2024", year=2024, code="https://github.com/weipang142857/clavaddpm")
p(L, 71, "Relational Data Generation with Graph Neural Networks and Latent Diffusion Models", MR, url="https://openreview.net/forum?id=MNLR2NYN2Z#discussion", venue="NeurIPS 2024 Workshop", year=2024, code="https://github.com/ValterH/relational-graph-conditioned-diffusion")
DI = "Data Imputation"
p(L, 75, "TabDiff: a Unified Diffusion Model for Multi-Modal Tabular Data Generation", DI, arxiv="2410.20626", venue="NeurIPS 2024 Workshop", year=2024)
p(L, 76, "Self-supervision improves diffusion models for tabular data imputation", DI, arxiv="2407.18013", venue="CIKM 2024", year=2024, code="https://github.com/yixinliu233/simpdm")
p(L, 78, "Natural generative noise diffusion model imputation", DI, doi="10.1016/j.knosys.2024.112310", url="https://doi.org/10.1016/j.knosys.2024.112310", venue="KBS 2024", year=2024, code="https://github.com/arizbw/perlin-diffusion-imputation")
p(L, 80, "Unleashing the Potential of Diffusion Models for Incomplete Data Imputation", DI, arxiv="2405.20690", venue="OpenReview 2024", year=2024, code="https://github.com/hengruizhang98/DiffPuter")
p(L, 87, "Balanced Mixed-Type Tabular Data Synthesis with Diffusion Models", "Trustworthy Data Synthesis", arxiv="2404.08254", venue="arXiv 2024", year=2024, code="https://github.com/comp-well-org/fair-tab-diffusion")
p(L, 91, "TabADM: Unsupervised Tabular Anomaly Detection with Diffusion Models", "Anomaly Detection", arxiv="2307.12336", venue="arXiv 2023", year=2023)
p(L, 93, "Self-supervised enhanced denoising diffusion for anomaly detection", "Anomaly Detection", doi="10.1016/j.ins.2024.120612", url="https://doi.org/10.1016/j.ins.2024.120612", venue="Inf. Sci. 2024", year=2024, code="https://github.com/lsmiao1209/DOD_codes")

np(C, 25, "Contents")
np(C, 26, "Contents")
np(C, 27, "Contents")
p(C, 33, "Tabular Data Augmentation for Machine Learning: Progress and Prospects of Embracing Generative AI", "Review Papers", arxiv="2407.21523", year=2024)
RP = "Research Papers"
p(C, 42, "Conditional Wasserstein GAN-based oversampling of tabular data for imbalanced learning", RP, doi="10.1016/j.eswa.2021.114582", url="https://doi.org/10.1016/j.eswa.2021.114582")
p(C, 44, "RGAN-EL: A GAN and ensemble learning-based hybrid approach for imbalanced data classification", RP, url="https://www.sciencedirect.com/science/article/pii/S0306457322003363")
p(C, 45, "Ctab-gan+: Enhancing tabular data synthesis", RP, url="https://www.frontiersin.org/journals/big-data/articles/10.3389/fdata.2023.1296508/full")
p(C, 48, "PregGAN: A prognosis prediction model for breast cancer based on conditional generative adversarial networks", RP, url="https://www.sciencedirect.com/science/article/pii/S0169260722004084")
p(C, 49, "FinDiff: Diffusion Models for Financial Tabular Data Generation", RP, url="https://dl.acm.org/doi/pdf/10.1145/3604237.3626876")
p(C, 52, "TabDDPM: Modelling Tabular Data with Diffusion Models", RP, url="https://proceedings.mlr.press/v202/kotelnikov23a/kotelnikov23a.pdf")
p(C, 53, "Mixed-Type Tabular Data Synthesis with Score-based Diffusion in Latent Space", RP, url="https://openreview.net/forum?id=4Ay23yeuz0")
p(C, 54, "CoDi: Co-evolving Contrastive Diffusion Models for Mixed-type Tabular Synthesis", RP, url="https://proceedings.mlr.press/v202/lee23i/lee23i.pdf")
for ln in (62, 63, 66, 67, 70, 71, 72):
    np(C, ln, "Libraries")
np(C, 84, "Tutorials / Videos and Online Courses")

p(G, 6, "Growing Synthetic Data Through Differentially-Private Vine Copulas", "Copulas", url="https://petsymposium.org/2021/files/papers/issue3/popets-2021-0040.pdf", year=2021, authors=["Gambs"], code="https://github.com/alxxrg/copula-shirley")
p(G, 10, "DPSyn: Experiences in the NIST Differential Privacy Data Synthesis Challenges", "Marginals", arxiv="2106.12949", year=2021, authors=["Li"], code="https://github.com/usnistgov/PrivacyEngCollabSpace/tree/master/tools/de-identification/Differential-Privacy-Synthetic-Data-Challenge-Algorithms/DPSyn")
GM = "Graphical Models"
p(G, 15, "PrivBayes: Private Data Release via Bayesian Networks", GM, url="https://dl.acm.org/doi/abs/10.1145/3134428", year=2017, authors=["Zhang"], code="https://sourceforge.net/projects/privbayes/")
p(G, 16, "Winning the NIST Contest: A Scalable and General Approach to Differentially Private Synthetic Data", GM, arxiv="2108.04978", year=2021, authors=["McKenna"], code="https://github.com/ryan112358/private-pgm/blob/master/mechanisms/mst.py")
p(G, 17, "Data Synthesis via Differentially Private Markov Random Fields", GM, url="http://www.vldb.org/pvldb/vol14/p2190-cai.pdf", year=2021, authors=["Cai"], code="https://github.com/caicre/PrivMRF")
p(G, 21, "Differentially Private Mixture of Generative Neural Networks", "VAEs", arxiv="1709.04514", year=2017, authors=["Acs"])
p(G, 27, "PATE-GAN: Generating Synthetic Data with Differential Privacy Guarantees", "GANs", url="https://openreview.net/forum?id=S1zk9iRqF7", year=2019, authors=["Jordon"], code="https://bitbucket.org/mvdschaar/mlforhealthlabpub/src/0b0190bcd38a76c405c805f1ca774971fcd85233/alg/pategan/")
p(G, 28, "Di\ufb00erentially Private Generative Adversarial Networks for Time Series, Continuous, and Discrete Open Data", "GANs", arxiv="1901.02477", year=2019, authors=["Frigerio"], code="https://github.com/Lory94/dp-GAN")
p(G, 29, "Privacy-Preserving Generative Deep Neural Networks Support Clinical Data Sharing", "GANs", url="https://www.biorxiv.org/content/10.1101/159756v5", year=2019, authors=["Beaulieu-Jones"], code="https://github.com/greenelab/SPRINT_gan")
p(G, 30, "Differentially Private Synthetic Mixed-Type Data Generation For Unsupervised Learning", "GANs", arxiv="1912.03250", year=2021, authors=["Tantipongpipat"], code="https://github.com/DPautoGAN/DPautoGAN")
p(G, 35, "RON-Gauss: Enhancing Utility in Non-Interactive Private Data Release", "Other Approaches", arxiv="1709.00054", year=2019, authors=["Chanyaswad"], code="https://github.com/inspire-group/RON-Gauss")
p(G, 36, "Kamino: Constraint-Aware Differentially Private Data Synthesis", "Other Approaches", arxiv="2012.15713", year=2021, authors=["Ge"], code="https://github.com/cgebest/kamino")
OD = "Other Domains"
p(G, 41, "DP-CGAN: Differentially Private Synthetic Data and Label Generation", OD, arxiv="2001.09700", year=2019, authors=["Torkzadehmahani"], code="https://github.com/reihaneh-torkzadehmahani/DP-CGAN")
p(G, 42, "GS-WGAN: A Gradient-Sanitized Approach for Learning Differentially Private Generators", OD, arxiv="2006.08265", year=2020, authors=["Chen"], code="https://github.com/DingfanChen/GS-WGAN")
p(G, 43, "Using GANs for Sharing Networked Time Series Data: Challenges, Initial Promise, and Open Questions", OD, arxiv="1909.13403", year=2020, authors=["Lin"], code="https://github.com/fjxmlzn/DoppelGANger")
p(G, 44, "Don't Generate Me: Training Differentially Private Generative Models with Sinkhorn Divergence", OD, arxiv="2111.01177", year=2021, authors=["Cao"])
NIST = "Other NIST Differential Privacy Challenges Solutions"
p(G, 48, "Differentially Private Dataset Release using Wasserstein GANs", NIST, year=2019, authors=["Alzantot"], code="https://github.com/nesl/nist_differential_privacy_synthetic_data_challenge")
p(G, 49, "Differential Privacy Synthetic Data Challenge Algorithm", NIST, year=2019, authors=["Gardner"], code="https://github.com/usnistgov/PrivacyEngCollabSpace/tree/master/tools/de-identification/Differential-Privacy-Synthetic-Data-Challenge-Algorithms/DPFieldGroups")
NP = "Non Peer-Reviewed Models"
p(G, 53, "Differentially Private Releasing via Deep Generative Model (Technical Report)", NP, arxiv="1801.01594", year=2018, authors=["Zhang"], code="https://github.com/alps-lab/dpgan")
p(G, 54, "Differentially Private Data Generative Models", NP, arxiv="1812.02274", year=2018, authors=["Chen"])

assert len(out) == len(S) == 60, (len(out), len(S))
assert {(o["list"], o["line"]) for o in out} == set(S)
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), sum(o["is_paper"] for o in out))
