#!/usr/bin/env python3
"""Hand labels for the s53h sample (read by eye from the saved READMEs).

raw is copied from sample.json (exact source lines); every other field is typed here.
Writes labels.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
A = "AspirinCode__papers-for-molecular-design-using-DL.README.md"
N = "Namkyeong__awesome-molecule-text.README.md"
L = "lamalab-org__GPMs-book.README.md"


def P(title, *, arxiv=None, doi=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)


def NP(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


def D(doi):
    return "https://doi.org/" + doi


COSB = "Current Opinion in Structural Biology 2023"
REV = "Reviews"
LSTM = "Deep Learning-based design / LSTM-based"
TRF = "Deep Learning-based design / Transformer-based"
NPAP = "Papers"
INTRO = "Introduction"
SCALE = "The Shape and Structure of Chemical Data / Scale of Chemical Data"
DSC = "The Shape and Structure of Chemical Data / Dataset Creation"
SYN = "The Shape and Structure of Chemical Data / Dataset Creation / Synthetic Data"
CREP = "Building Principles of GPMs / Representations / Common Representations of Molecules and Materials"

LABELS = {
    # ---------------- AspirinCode (citation over three lines) ----------------
    (A, 20): NP("Menu"),
    (A, 42): NP("Menu"),
    (A, 51): NP("Menu"),
    (A, 124): P("Artificial intelligence in multi-objective drug design",
                doi="10.1016/j.sbi.2023.102537", url=D("10.1016/j.sbi.2023.102537"),
                venue=COSB, year=2023,
                authors=["Sohvi Luukkonen", "Helle W. van den Maagdenberg", "Michael TM Emmerich",
                         "Gerard JP van Westen"], section=REV),
    (A, 132): P("Open data and algorithms for open science in AI-driven molecular informatics",
                doi="10.1016/j.sbi.2023.102542", url=D("10.1016/j.sbi.2023.102542"),
                venue=COSB, year=2023,
                authors=["Henning Otto Brinkhaus", "Kohulan Rajan", "Jonas Schaub", "Achim Zielesny",
                         "Christoph Steinbeck"], section=REV),
    (A, 136): P("Structure-based drug design with geometric deep learning",
                doi="10.1016/j.sbi.2023.102548", url=D("10.1016/j.sbi.2023.102548"),
                venue=COSB, year=2023,
                authors=["Clemens Isert", "Kenneth Atz", "Gisbert Schneider"], section=REV),
    (A, 156): P("Generative machine learning for de novo drug discovery: A systematic review",
                doi="10.1016/j.compbiomed.2022.105403", url=D("10.1016/j.compbiomed.2022.105403"),
                venue="Computers in Biology and Medicine 2022", year=2022,
                authors=["Dominic Martinelli"], section=REV),
    (A, 164): P("Advances and Challenges in De Novo Drug Design Using Three-Dimensional Deep Generative Models",
                url="https://pubs.acs.org/doi/10.1021/acs.jcim.2c00042",
                venue="J. Chem. Inf. Model. 2022", year=2022,
                authors=["Weixin Xie", "Fanhao Wang", "Yibo Li", "Luhua Lai", "Jianfeng Pei"], section=REV),
    (A, 184): P("Generative Deep Learning for Targeted Compound Design",
                url="https://pubs.acs.org/doi/10.1021/acs.jcim.0c01496",
                venue="J. Chem. Inf. Model. 2021", year=2021,
                authors=["Tiago Sousa", "João Correia", "Vítor Pereira", "Miguel Rocha"], section=REV),
    (A, 230): NP("Datasets and Benchmarks / Datasets"),
    (A, 254): P("Molecular Sets (MOSES): A benchmarking platform for molecular generation models",
                doi="10.3389/fphar.2020.565644", url=D("10.3389/fphar.2020.565644"),
                venue="Frontiers in pharmacology 2020", year=2020,
                authors=["Daniil Polykovskiy", "Alexander Zhebrak", "Benjamin Sanchez-Lengeling",
                         "Sergey Golovanov", "Oktai Tatanov", "Stanislav Belyaev", "Rauf Kurbanov"],
                code="https://github.com/molecularsets/moses",
                section="Datasets and Benchmarks / Benchmarks"),
    (A, 267): NP("Drug-likeness and Evaluation metrics"),
    (A, 296): P("Retrosynthetic accessibility score (RAscore) – rapid machine learned synthesizability "
                "classification from AI driven retrosynthetic planning",
                url="https://pubs.rsc.org/en/content/articlelanding/2021/sc/d0sc05401a",
                venue="Chemical Science 2021", year=2021,
                code="https://github.com/reymond-group/RAscore",
                section="Drug-likeness and Evaluation metrics / RAscore"),
    (A, 302): P("An automated scoring function to facilitate and standardize evaluation of goal-directed "
                "generative models for de novo molecular design",
                doi="10.26434/chemrxiv-2023-c4867", url=D("10.26434/chemrxiv-2023-c4867"),
                venue="ChemRxiv 2023", year=2023,
                authors=["Morgan Thomas", "Noel M. O'Boyle", "Andreas Bender", "Chris De Graaf"],
                code="https://github.com/MorganCThomas/MolScore",
                section="Drug-likeness and Evaluation metrics / Evaluation metrics"),
    (A, 476): P("Generative Recurrent Networks for De Novo Drug Design",
                url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5836943/",
                venue="Mol Inform 2018", year=2018,
                authors=["A. Gupta", "A. T. Müller", "B. J. Huisman", "J. A. Fuchs", "P. Schneider",
                         "G. Schneider"],
                code="https://github.com/topazape/LSTM_Chem", section=LSTM),
    (A, 499): P("GraphAF: a Flow-based Autoregressive Model for Molecular Graph Generation",
                arxiv="2001.09382", url="https://openreview.net/forum?id=S1esMkHYPr",
                venue="ICLR 2020", year=2020,
                authors=["C. Shi", "M. Xu", "Z. Zhu", "W. Zhang", "M. Zhang", "J. Tang"],
                code="https://github.com/DeepGraphLearning/GraphAF",
                section="Deep Learning-based design / Autoregressive-models"),
    (A, 520): P("Macrocyclization of linear molecules by deep learning to facilitate macrocyclic drug "
                "candidates discovery",
                doi="10.1038/s41467-023-40219-8", url=D("10.1038/s41467-023-40219-8"),
                venue="Nat Commun 2023", year=2023, authors=["Y. Diao", "D. Liu", "H. Ge"],
                code="https://github.com/yydiao1025/Macformer", section=TRF),
    (A, 528): P("Transformer-based deep learning method for optimizing ADMET properties of lead compounds",
                doi="10.1039/D2CP05332B", url=D("10.1039/D2CP05332B"),
                venue="Physical Chemistry Chemical Physics 2023", year=2023,
                authors=["Lijuan Yang", "Chao Jin", "Guanghui Yang", "Zhitong Bing", "Liang Huang",
                         "Yuzhen Niu", "Lei Yang"], section=TRF),
    (A, 532): P("Sequence-based drug design as a concept in computational drug design",
                doi="10.1038/s41467-023-39856-w", url=D("10.1038/s41467-023-39856-w"),
                venue="Nat Commun 2023", year=2023, authors=["L. Chen", "Z. Fan", "J. Chang"],
                code="https://github.com/lifanchen-simm/transformerCPI2.0/", section=TRF),
    (A, 576): P("Transformer-based molecular generative model for antiviral drug design",
                doi="10.1021/acs.jcim.3c00536", url=D("10.1021/acs.jcim.3c00536"),
                venue="J. Chem. Inf. Model. 2023", year=2023,
                authors=["jiashun mao", "jianming wang", "amir zeb", "Kwang-Hwi Cho", "haiyan jin",
                         "Jongwan Kim", "Onju Lee", "Yunyun Wang", "Kyoung Tai No"],
                code="https://github.com/AspirinCode/TransAntivirus", section=TRF),
    # ---------------- Namkyeong (numbered, [YEAR VENUE] prefix) ----------------
    (N, 15): NP("Various Molecule-Text Tasks"),
    (N, 16): NP("Various Molecule-Text Tasks"),
    (N, 22): P("Text2Mol: Cross-Modal Molecule Retrieval with Natural Language Queries",
               url="https://aclanthology.org/2021.emnlp-main.47/", venue="EMNLP 2021", year=2021,
               code="https://github.com/cnedwards/text2mol", section=NPAP),
    (N, 23): P("Translation between Molecules and Natural Language",
               url="https://aclanthology.org/2022.emnlp-main.26/", venue="EMNLP 2022", year=2022,
               code="https://github.com/blender-nlp/MolT5", section=NPAP),
    (N, 24): P("A deep-learning system bridging molecule structure and biomedical text with comprehension "
               "comparable to human professionals",
               url="https://www.nature.com/articles/s41467-022-28494-3",
               venue="Nature Communications 2022", year=2022,
               code="https://github.com/thunlp/KV-PLM", section=NPAP),
    (N, 25): P("MoleculeSTM: Multi-modal Molecule Structure-text Model for Text-based Retrieval and Editing",
               arxiv="2212.10789", venue="Nature Machine Intelligence 2022", year=2022,
               code="https://github.com/chao1224/MoleculeSTM", section=NPAP),
    (N, 28): P("Enhancing Activity Prediction Models in Drug Discovery with the Ability to Understand Human "
               "Language",
               url="https://proceedings.mlr.press/v202/seidl23a/seidl23a.pdf", venue="ICML 2023", year=2023,
               code="https://github.com/ml-jku/clamp", section=NPAP),
    (N, 31): P("What can Large Language Models do in chemistry? A comprehensive benchmark on eight tasks",
               arxiv="2305.18365", venue="NeurIPS 2023 Benchmark & Dataset", year=2023,
               code="https://github.com/ChemFoundationModels/ChemLLMBench", section=NPAP),
    (N, 32): P("MolXPT: Wrapping Molecules with Text for Generative Pre-training",
               url="https://aclanthology.org/2023.acl-short.138/", venue="ACL 2023 Short", year=2023,
               section=NPAP),
    (N, 33): P("MolCA: Molecular Graph-Language Modeling with Cross-Modal Projector and Uni-Modal Adapter",
               arxiv="2310.12798", venue="EMNLP 2023", year=2023,
               code="https://github.com/acharkq/MolCA", section=NPAP),
    (N, 34): P("BioT5: Enriching Cross-modal Integration in Biology with Chemical Knowledge and Natural "
               "Language Associations",
               arxiv="2310.07276", venue="EMNLP 2023", year=2023,
               code="https://github.com/QizhiPei/BioT5", section=NPAP),
    (N, 35): P("ReLM: Leveraging Language Models for Enhanced Chemical Reaction Prediction",
               arxiv="2310.13590", venue="EMNLP 2023", year=2023,
               code="https://github.com/syr-cn/relm", section=NPAP),
    (N, 36): P("Predictive Chemistry Augmented with Text Retrieval",
               arxiv="2312.04881", venue="EMNLP 2023", year=2023,
               code="https://github.com/thomas0809/textreact", section=NPAP),
    (N, 37): P("MolFM: A Multimodal Molecular Foundation Model",
               arxiv="2307.09484", venue="arXiv 2023", year=2023,
               code="https://github.com/PharMolix/OpenBioMed", section=NPAP),
    (N, 41): P("From Artificially Real to Real: Leveraging Pseudo Data from Large Language Models for "
               "Low-Resource Molecule Discovery",
               arxiv="2309.05203", venue="arXiv 2023", year=2023, section=NPAP),
    (N, 42): P("GIT-Mol: A Multi-modal Large Language Model for Molecular Science with Graph, Image, and Text",
               arxiv="2308.06911", venue="arXiv 2023", year=2023, section=NPAP),
    (N, 43): P("Mol-Instructions: A Large-Scale Biomolecular Instruction Dataset for Large Language Models",
               arxiv="2306.08018", venue="arXiv 2023", year=2023,
               code="https://github.com/zjunlp/Mol-Instructions", section=NPAP),
    (N, 46): P("Towards 3D Molecule-Text Interpretation in Language Models",
               url="https://openreview.net/forum?id=xI4yNlkaqh", venue="ICLR 2024 Under review", year=2024,
               section=NPAP),
    (N, 48): P("Text-guided Diffusion Model for 3D Molecule Generation",
               url="https://openreview.net/forum?id=FdUloEgBSE", venue="ICLR 2024 Under review", year=2024,
               section=NPAP),
    (N, 55): P("Transformers and Large Language Models for Chemistry and Drug Discovery",
               arxiv="2310.06083", venue="arXiv 2023", year=2023,
               section="Survey on Molecules and Language Models"),
    # ---------------- lamalab-org (- YEAR - [Title](doi link)) ----------------
    (L, 30): P("System Card: Claude Opus 4 & Claude Sonnet 4",
               url="https://www-cdn.anthropic.com/6be99a52cb68eb70eb9572b4cafad13df32ed995.pdf",
               year=2025, section=INTRO),
    (L, 32): P("Fine-tuning large language models for chemical text mining",
               doi="10.1039/D4SC00924J", url=D("10.1039/D4SC00924J"), year=2024, section=INTRO),
    (L, 37): P("Unraveling Molecular Structure: A Multimodal Spectroscopic Dataset for Chemistry",
               arxiv="2407.17492", doi="10.48550/arXiv.2407.17492", year=2024, section=INTRO),
    (L, 47): P("Autonomous chemical research with large language models",
               doi="10.1038/s41586-023-06792-0", url=D("10.1038/s41586-023-06792-0"), year=2023,
               section=INTRO),
    (L, 48): P("Machine learning for industrial processes: Forecasting amine emissions from a carbon capture plant",
               doi="10.1126/sciadv.adc9576", url=D("10.1126/sciadv.adc9576"), year=2023, section=INTRO),
    (L, 51): P("The future of chemistry is language",
               doi="10.1038/s41570-023-00502-0", url=D("10.1038/s41570-023-00502-0"), year=2023,
               section=INTRO),
    (L, 53): P("Machine learning for a sustainable energy future",
               doi="10.1038/s41578-022-00490-5", url=D("10.1038/s41578-022-00490-5"), year=2022,
               section=INTRO),
    (L, 54): P("Making the collective knowledge of chemistry open and machine actionable",
               doi="10.1038/s41557-022-00910-7", url=D("10.1038/s41557-022-00910-7"), year=2022,
               section=INTRO),
    (L, 58): P("Combining Machine Learning and Computational Chemistry for Predictive Insights Into Chemical Systems",
               doi="10.1021/acs.chemrev.1c00107", url=D("10.1021/acs.chemrev.1c00107"), year=2021,
               section=INTRO),
    (L, 88): P("Beware of plausible predictions of fantasy materials",
               doi="10.1038/d41586-019-00676-y", url=D("10.1038/d41586-019-00676-y"), year=2019,
               section=SCALE),
    (L, 90): P("Quantum chemistry structures and properties of 134 kilo molecules",
               doi="10.1038/sdata.2014.22", url=D("10.1038/sdata.2014.22"), year=2014, section=SCALE),
    (L, 98): P("The fineweb datasets: Decanting the web for the finest text data at scale",
               arxiv="2406.17557", doi="10.48550/arXiv.2406.17557", year=2024, section=DSC),
    (L, 123): P("CantonMT: Cantonese to English NMT Platform with Fine-Tuned Models Using Synthetic "
                "Back-Translation Data",
                arxiv="2403.11346", doi="10.48550/arXiv.2403.11346", year=2024, section=SYN),
    (L, 126): P("Collapse or Thrive? Perils and Promises of Synthetic Data in a Self-Generating World",
                arxiv="2410.16713", doi="10.48550/arXiv.2410.16713", year=2024, section=SYN),
    (L, 135): P("General protocol for the accurate prediction of molecular 13C/1H NMR chemical shifts via "
                "machine learning augmented DFT",
                url="https://pubs.acs.org/doi/full/10.1021/acs.jcim.0c00388", year=2020, section=SYN),
    (L, 136): P("A survey on image data augmentation for deep learning",
                doi="10.1186/s40537-019-0197-0", url=D("10.1186/s40537-019-0197-0"), year=2019, section=SYN),
    (L, 137): P("EDA: Easy Data Augmentation Techniques for Boosting Performance on Text Classification Tasks",
                arxiv="1901.11196", doi="10.48550/arXiv.1901.11196", year=2019, section=SYN),
    (L, 140): P("A convolutional neural network-based screening tool for X-ray serial crystallography",
                url="https://pubmed.ncbi.nlm.nih.gov/29714177/", year=2018, section=SYN),
    (L, 162): P("Group SELFIES: a robust fragment-based molecular string representation",
                doi="10.1039/D3DD00012E", url=D("10.1039/D3DD00012E"), year=2023, section=CREP),
    (L, 171): P("Self-referencing embedded strings (SELFIES): A 100% robust molecular string representation",
                doi="10.1088/2632-2153/aba947", url=D("10.1088/2632-2153/aba947"), year=2020, section=CREP),
}

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
    assert len(sample) == len(LABELS), (len(sample), len(LABELS))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for s in sample:
            lab = LABELS[(s["list"], s["line"])]
            row = {"list": s["list"], "line": s["line"], "raw": s["raw"], **lab}
            fh.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(sample), "labels written")


if __name__ == "__main__":
    main()
