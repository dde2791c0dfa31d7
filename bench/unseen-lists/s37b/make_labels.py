#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below; raw text is read from the saved lists."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CS = "YuanchenBei__Awesome-Cold-Start-Recommendation.README.md"
DM = "datamllab__awesome-fairness-in-ai.README.md"
RD = "jiawei-chen__RecDebiasing.README.md"
FM = "linhx25__FairML_Reading.README.md"

T = "Taxonomy / "
CF = T + "Content Features / "
GR = T + "Graph Relations / "
RP = "Research Papers Sorted by Published Time / "
DS = "3. Debiasing Strategies / "
ACM = "https://dl.acm.org/doi/"


def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, code=None, authors=(), section=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)


def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)


LABELS = [
    # --- Cold-start: "- (VENUE YEAR) **Title** [[Paper]](url) [[Code]](url)"
    P(CS, 94, "Recommendation for New Users and New Items via Randomized Training and Mixture-of-Experts Transformation", "SIGIR 2020", 2020,
      url=ACM + "pdf/10.1145/3397271.3401178", code="https://github.com/Zziwei/Heater--Cold-Start-Recommendation",
      section=CF + "Data Incomplete Learning / Robust Co-Training"),
    P(CS, 100, "DropoutNet: Addressing Cold Start in Recommender Systems", "NeurIPS 2017", 2017,
      url="https://proceedings.neurips.cc/paper_files/paper/2017/file/dbd22ba3bd0df8f385bdac3e9f8be207-Paper.pdf",
      code="https://github.com/layer6ai-labs/DropoutNet", section=CF + "Data Incomplete Learning / Robust Co-Training"),
    P(CS, 113, "Aligning Distillation For Cold-start Item Recommendation", "SIGIR 2023", 2023,
      url=ACM + "10.1145/3539618.3591732", code="https://github.com/zfnWong/ALDI",
      section=CF + "Data Incomplete Learning / Knowledge Alignment"),
    P(CS, 115, "Dual-Teacher Knowledge Distillation for Strict Cold-Start Recommendation", "BigData 2023", 2023,
      url="https://ieeexplore.ieee.org/abstract/document/10386104/", code="https://github.com/DavidZWZ/DTKD_SCS",
      section=CF + "Data Incomplete Learning / Knowledge Alignment"),
    P(CS, 123, "Generative Adversarial Zero-Shot Learning for Cold-Start News Recommendation", "CIKM 2022", 2022,
      url=ACM + "pdf/10.1145/3511808.3557335", section=CF + "Data Incomplete Learning / Knowledge Alignment"),
    P(CS, 162, "Solving Cold-Start Problem in Large-scale Recommendation Engines: A Deep Learning Approach", "BigData 2016", 2016,
      arxiv="1611.05480", section=CF + "Data Incomplete Learning / Feature Similarity Measurement"),
    P(CS, 177, "MAMO: Memory-Augmented Meta-Optimization for Cold-start Recommendation", "KDD 2020", 2020,
      arxiv="2007.03183", code="https://github.com/dongmanqing/Code-for-MAMO",
      section=CF + "Data Efficient Learning / Meta-Learning Optimization"),
    P(CS, 198, "Task-adaptive Neural Process for User Cold-Start Recommendation", "WWW 2021", 2021,
      url=ACM + "pdf/10.1145/3442381.3449908", code="https://github.com/IIEdm/TaNP",
      section=CF + "Data Efficient Learning / Meta-Task Utilization"),
    P(CS, 243, "Socially-aware Dual Contrastive Learning for Cold-Start Recommendation", "SIGIR 2022", 2022,
      url=ACM + "abs/10.1145/3477495.3531780", section=GR + "Interaction Graph Enhancement / Homophily Network Relation"),
    P(CS, 267, "Meta-learning on Heterogeneous Information Networks for Cold-start Recommendation", "KDD 2020", 2020,
      url="https://yuanfulu.github.io/publication/KDD-MetaHIN.pdf", code="https://github.com/rootlu/MetaHIN",
      section=GR + "Graph Relation Extension / Heterogeneous Graph Relation"),
    P(CS, 301, "Graph Attention Networks with Adaptive Neighbor Graph Aggregation for Cold-Start Recommendation", "JIIS 2024", 2024,
      url="https://link.springer.com/article/10.1007/s10844-024-00888-3",
      section=GR + "Graph Aggregator Improvement / Information Aggregator Augmentation"),
    P(CS, 459, "Is ChatGPT a Good Recommender? A Preliminary Study", "CIKM 2023 Workshop", 2023,
      arxiv="2304.10149", code="https://github.com/williamliujl/LLMRec",
      section=T + "World Knowledge from LLMs / LLMs as the Recommender System / Prompting LLMs for Recommendation"),
    P(CS, 549, "Taxonomy-Guided Zero-Shot Recommendations with LLMs", "COLING 2025", 2025,
      arxiv="2406.14043", code="https://github.com/yueqingliang1/TaxRec", section=RP + "Year 2025"),
    P(CS, 619, "GoRec: A Generative Cold-Start Recommendation Framework", "MM 2023", 2023,
      url="https://le-wu.com/files/Publications/CONFERENCES/MM23-GoRec-bai.pdf", code="https://github.com/HaoyueBai98/GoRec",
      section=RP + "Year 2023"),
    P(CS, 690, "Revisiting Cold-Start Problem in CTR Prediction: Augmenting Embedding via GAN", "CIKM 2022", 2022,
      url=ACM + "10.1145/3511808.3557684", section=RP + "Year 2022"),
    P(CS, 705, "Sequential Recommendation for Cold-start Users with Meta Transitional Learning", "SIGIR 2021", 2021,
      arxiv="2107.06427", code="https://github.com/wangjlgz/MetaTL", section=RP + "Year 2021"),
    P(CS, 723, "Cold-start Sequential Recommendation via Meta Learner", "AAAI 2021", 2021,
      url="https://ojs.aaai.org/index.php/AAAI/article/view/16601/16408", section=RP + "Year 2021"),
    P(CS, 737, "Zero Shot on the Cold-Start Problem: Model-Agnostic Interest Learning for Recommender Systems", "CIKM 2021", 2021,
      arxiv="2108.13592", code="https://github.com/LiangjunFeng/MAIL", section=RP + "Year 2021"),
    P(CS, 748, "Meta-learning on Heterogeneous Information Networks for Cold-start Recommendation", "KDD 2020", 2020,
      url="https://yuanfulu.github.io/publication/KDD-MetaHIN.pdf", code="https://github.com/rootlu/MetaHIN",
      section=RP + "Year 2020 & Before"),
    P(CS, 766, "Dual Autoencoder Network with Swap Reconstruction for Cold-Start Recommendation", "CIKM 2020", 2020,
      url=ACM + "abs/10.1145/3340531.3412069", code="https://github.com/bbjy/DAN", section=RP + "Year 2020 & Before"),

    # --- datamllab: "* [Title](url)" plain link bullets, nested under group bullets
    N(DM, 31, "Table of Contents"),
    N(DM, 32, "Table of Contents"),
    P(DM, 37, "Fairness in Deep Learning: A Computational Perspective", arxiv="1908.08843", section="Review and General Papers"),
    P(DM, 38, "The Measure and Mismeasure of Fairness: A Critical Review of Fair Machine Learning", arxiv="1808.00023",
      section="Review and General Papers"),
    P(DM, 42, "Ensuring fairness in machine learning to advance health equity", url="https://annals.org/aim/fullarticle/2717119",
      section="Review and General Papers"),
    P(DM, 51, "On Formalizing Fairness in Prediction with Machine Learning", arxiv="1710.03184", section="Measurements of Fairness"),
    P(DM, 54, "Does mitigating ML's impact disparity require treatment disparity?",
      url="https://papers.nips.cc/paper/8035-does-mitigating-mls-impact-disparity-require-treatment-disparity.pdf",
      section="Measurements of Fairness"),
    P(DM, 56, "Beyond Parity: Fairness Objectives for Collaborative Filtering", arxiv="1705.08804", section="Measurements of Fairness"),
    P(DM, 58, "Fairness Definitions Explained", url="https://fairware.cs.umass.edu/papers/Verma.pdf", section="Measurements of Fairness"),
    P(DM, 87, "Achieving Fairness through Adversarial Learning: an Application to Recidivism Prediction", arxiv="1807.00199",
      section="Mitigation of Unfairness / Mitigation of Machine Learning Models"),
    P(DM, 100, "Mitigating Gender Bias in Captioning Systems", arxiv="2006.08315",
      section="Mitigation of Unfairness / Mitigation of Machine Learning Models"),
    N(DM, 114, "Mitigation of Unfairness / Mitigation of Machine Learning Models"),
    P(DM, 122, "A General Framework for Fair Regression", arxiv="1810.05041",
      section="Mitigation of Unfairness / Mitigation of Machine Learning Models"),
    P(DM, 130, "Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings", arxiv="1607.06520",
      section="Mitigation of Unfairness / Mitigation of Representations"),
    P(DM, 132, "Flexibly Fair Representation Learning by Disentanglement", arxiv="1906.02589",
      section="Mitigation of Unfairness / Mitigation of Representations"),
    N(DM, 142, "Fairness Packages and Frameworks"),
    N(DM, 143, "Fairness Packages and Frameworks"),
    N(DM, 145, "Fairness Packages and Frameworks"),
    N(DM, 150, "Fairness Packages and Frameworks"),
    N(DM, 153, "Fairness Packages and Frameworks"),

    # --- RecDebiasing: "1. **Title**. VENUE YEAR.[[pdf](url)] [[code](url)]"
    P(RD, 59, "Debiasing Neighbor Aggregation for Graph Neural Network in Recommender Systems", "CIKM 2022", 2022,
      url=ACM + "pdf/10.1145/3511808.3557576", section=DS + "3.2 Selection Bias"),
    P(RD, 61, "Hard Negatives or False Negatives: Correcting Pooling Bias in Training Neural Ranking Models", "CIKM 2022", 2022,
      url=ACM + "abs/10.1145/3511808.3557343", section=DS + "3.2 Selection Bias"),
    P(RD, 63, "Debiased recommendation with neural stratification", "AI OPEN 2022", 2022, arxiv="2208.07281",
      section=DS + "3.2 Selection Bias"),
    P(RD, 73, "The deconfounded recommender: A causal inference approach to recommendation", "arXiv 2018", 2018,
      arxiv="1808.06581", section=DS + "3.2 Selection Bias"),
    P(RD, 80, "Training and testing of recommender systems on data missing not at random", "KDD 2010", 2010,
      url=ACM + "abs/10.1145/1835804.1835895", section=DS + "3.2 Selection Bias"),
    P(RD, 100, "uCTRL Unbiased Contrastive Representation Learning via Alignment and Uniformity for Collaborative Filtering", "SIGIR 2023", 2023,
      url=ACM + "pdf/10.1145/3539618.3592076", code="https://github.com/Jaewoong-Lee/sigir_2023_uCTRL",
      section=DS + "3.4 Exposure Bias"),
    P(RD, 104, "Debiasing Neighbor Aggregation for Graph Neural Network in Recommender Systems", "CIKM 2022", 2022,
      arxiv="2208.08847", section=DS + "3.4 Exposure Bias"),
    P(RD, 138, "Mind the gaps: weighting the unknown in large-scale one-class collaborative filtering", "KDD 2009", 2009,
      url=ACM + "pdf/10.1145/1557019.1557094", section=DS + "3.4 Exposure Bias"),
    P(RD, 159, "Position bias estimation for unbiased learning to rank in personal search", "WSDM 2018", 2018,
      url="https://storage.googleapis.com/pub-tools-public-publication-data/pdf/3bace79f9bcead0b20dec31e2a0878346ad2fb0d.pdf",
      section=DS + "3.5 Position Bias"),
    P(RD, 179, "Rlieving Popularity Bias in Interactive Recommendation A Diversity-Novelty-Aware Reinforcement Learning Approach", "TOIS 2023", 2023,
      url=ACM + "pdf/10.1145/3618107", code="https://github.com/shixiaoyu0216/DNaIR", section=DS + "3.6 Popularity Bias"),
    P(RD, 200, "Deconfounded Recommendation for Alleviating Bias Amplification", "KDD 2021", 2021,
      arxiv="2105.10648", code="https://github.com/WenjieWWJ/DecRS", section=DS + "3.6 Popularity Bias"),
    P(RD, 205, "An adversarial approach to improve long-tail performance in neural collaborative filtering", "CIKM 2018", 2018,
      url="http://aditk2.web.engr.illinois.edu/reports/sp0781.pdf", section=DS + "3.6 Popularity Bias"),
    P(RD, 219, "Two-sided Calibration for Quality-aware Responsible Recommendation", "Recsys 2023", 2023,
      url=ACM + "pdf/10.1145/3604915.3608799", code="https://github.com/THUwangcy/ReChorus/tree/RecSys23",
      section=DS + "3.7 Unfairness"),
    P(RD, 230, "Explainable Fairness in Recommendation", "SIGIR 2022", 2022, arxiv="2204.11159", section=DS + "3.7 Unfairness"),
    P(RD, 237, "Fair Ranking as Fair Division: Impact-Based Individual Fairness in Ranking", "KDD 2022", 2022,
      arxiv="2206.07247", code="https://github.com/usaito/kdd2022-fair-ranking-nsw", section=DS + "3.7 Unfairness"),
    P(RD, 258, "Fairness of exposure in rankings", "KDD 2018", 2018, arxiv="1802.07281", section=DS + "3.7 Unfairness"),
    P(RD, 270, "New fairness metrics for recommendation that embrace differences", "FAT/ML 2017", 2017,
      arxiv="1706.09838", section=DS + "3.7 Unfairness"),
    P(RD, 288, "Jointly learning to recommend and advertise", "KDD 2020", 2020, arxiv="2003.00097", section=DS + "3.8 Loop Effect"),
    P(RD, 297, "Causal embeddings for recommendation", "RecSys 2018", 2018, arxiv="1706.07639",
      code="https://github.com/criteo-research/CausE", section=DS + "3.8 Loop Effect"),
    P(RD, 303, "Interactive social recommendation", "CIKM 2017", 2017,
      url="https://ink.library.smu.edu.sg/cgi/viewcontent.cgi?article=4975&context=sis_research", section=DS + "3.8 Loop Effect"),

    # --- FairML_Reading: "- [Title](url), Surname, Given, Given Surname, and Given Surname. Venue. Year."
    N(FM, 11, "Table of Contents"),
    N(FM, 13, "Table of Contents"),
    N(FM, 14, "Table of Contents"),
    N(FM, 18, "Survey Paper"),
    P(FM, 23, "Unbiased look at dataset bias", url="https://people.csail.mit.edu/torralba/publications/datasets_cvpr11.pdf",
      section="Source of Bias"),
    P(FM, 25, "Why is my classifier discriminatory?", "NIPS 2018", 2018, arxiv="1805.12002",
      authors=["Irene Chen", "Fredrik D. Johansson", "David Sontag"], section="Source of Bias"),
    P(FM, 26, "Man is to computer programmer as woman is to homemaker? Debiasing word embeddings", arxiv="1607.06520",
      section="Source of Bias"),
    P(FM, 27, "Understanding undesirable word embedding associations", arxiv="1908.06361", section="Source of Bias"),
    P(FM, 34, "Inherent Tradeoffs in Learning Fair Representation", "NIPS 2019", 2019,
      url="https://proceedings.neurips.cc/paper/2019/file/b4189d9de0fb2b9cce090bd1a15e3420-Paper.pdf",
      authors=["Han Zhao", "Geoff Gordon"], section="Definitions and Trade-offs"),
    P(FM, 41, "Learning Controllable Fair Representaions", "AISTATS 2019", 2019, arxiv="1812.04218",
      authors=["Jiaming Song", "Pratyusha Kalluri", "Aditya Grover", "Shengjia Zhao", "Stefano Ermon"],
      section="Fairness Representations"),
    P(FM, 45, "Certifying and removing disparate impact", "KDD 2015", 2015, arxiv="1412.3756",
      authors=["Michael Feldman", "Sorelle A. Friedler", "John Moeller", "Carlos Scheidegger", "Suresh Venkatasubramanian"],
      section="Fairness Representations"),
    P(FM, 50, "Distributionally robust neural networks for group shifts: On the importance of regularization for worst-case generalization",
      None, 2019, arxiv="1911.08731",
      authors=["Shiori Sagawa", "Pang Wei Koh", "Tatsunori B. Hashimoto", "Percy Liang"], section="Domain Generalization Methods"),
    P(FM, 52, "Out-of-Distribution Generalization via Risk Extrapolation", "ICML 2021", 2021, arxiv="2003.00688",
      authors=["David Krueger"], section="Domain Generalization Methods"),
    P(FM, 58, "On Pearl’s Hierarchy and the Foundations of Causal Inference",
      "Probabilistic and Causal Inference: The Works of Judea Pearl 2022", 2022, url="https://causalai.net/r60.pdf",
      authors=["Elias Bareinboim", "Juan D. Correa", "Duligur Ibeling", "Thomas Icard"],
      section="Causality / Structural Causal Models"),
    P(FM, 60, "Counterfactual fairness", "NIPS 2017", 2017, arxiv="1703.06856",
      authors=["Matt J. Kusner", "Joshua Loftus", "Chris Russell", "Ricardo Silva"], section="Causality / Structural Causal Models"),
    P(FM, 61, "Causally Motivated Shortcut Removal Using Auxiliary Labels", "AISTATS 2022", 2022, arxiv="2105.06422",
      authors=["Maggie Makar", "Ben Packer", "Dan Moldovan", "Davis Blalock", "Yoni Halpern", "Alexander D’Amour"],
      section="Causality / Structural Causal Models"),
    P(FM, 63, "Invariant Risk Minimization", None, 2019, arxiv="1907.02893", authors=["Martin Arjovsky"],
      section="Causality / Structural Causal Models"),
    P(FM, 68, "Fairness without Demographics through Adversarially Reweighted Learning", "NIPS 2020", 2020, arxiv="2006.13114",
      authors=["Preethi Lahoti"], section="Fairness without Group Labels"),
    P(FM, 69, "An Empirical Study of Rich Subgroup Fairness for Machine Learning",
      "Proceedings of the conference on fairness, accountability, and transparency 2019", 2019, arxiv="1808.08166",
      authors=["Michael Kearns"], section="Fairness without Group Labels"),
    P(FM, 70, "Fairness without demographics in repeated loss minimization", "ICML 2018", 2018, arxiv="1806.08010",
      authors=["Tatsunori Hashimoto"], section="Fairness without Group Labels"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code",
        "summary", "section"]


def main():
    sample = json.loads((HERE / "sample.json").read_text(encoding="utf-8"))
    want = {(s["list"], s["line"]) for s in sample}
    have = {(l["list"], l["line"]) for l in LABELS}
    assert want == have, (want - have, have - want)
    out = []
    for lab in LABELS:
        lines = (HERE / lab["list"]).read_text(encoding="utf-8").splitlines()
        lab = dict(lab, raw=lines[lab["line"] - 1])
        out.append(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(out), "labels")


if __name__ == "__main__":
    main()
