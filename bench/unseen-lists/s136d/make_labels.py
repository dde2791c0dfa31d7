#!/usr/bin/env python3
"""Write labels.jsonl from hand-decided fields; raw is cut from the saved files (line .. end)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LF = "LiFei121__paper_learning.README.md"
ZH = "ZihengZZH__awesome-multimodal-knowledge-graph.README.md"
NG = "neuralgraphdatabases__awesome-logical-query.README.md"
HEAD = re.compile(r"^\s{0,3}#{1,6}\s")


def lines_of(name):
    return open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")


def raw_of(name, line, block=False):
    ls = lines_of(name)
    if not block:
        return ls[line - 1]
    # a paper written as a heading: the heading and its lines up to the last non-blank
    # line before the next heading
    end = line
    j = line
    while j < len(ls) and not HEAD.match(ls[j]):
        if ls[j].strip():
            end = j + 1
        j += 1
    return "\n".join(ls[line - 1:end])


def P(name, line, title, *, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      section=None, block=False):
    return dict(list=name, line=line, raw=raw_of(name, line, block), is_paper=True, title=title,
                arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year, authors=list(authors),
                code=code, summary=None, section=section)


def N(name, line, section, block=False):
    return dict(list=name, line=line, raw=raw_of(name, line, block), is_paper=False, title=None,
                arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=[], code=None,
                summary=None, section=section)


TS = "2025 / Tackling Sparse Facts for Temporal Knowledge Graph Completion"
L = [
    # ---- LiFei121: papers as level-3 headings, "conference: AAAI2025" lines, Chinese notes
    P(LF, 7, "LLM-DR: A Novel LLM-Aided Diffusion Model for Rule Generation on Temporal Knowledge Graphs",
      url="https://ojs.aaai.org/index.php/AAAI/article/view/33249", venue="AAAI 2025", year=2025,
      section="2025", block=True),
    P(LF, 15, "DPCL-Diff: Temporal Knowledge Graph Reasoning Based on Graph NodeDiffusion Model with Dual-Domain Periodic Contrastive Learning",
      arxiv="2411.01477", venue="AAAI 2025", year=2025, section="2025", block=True),
    P(LF, 23, "Tackling Sparse Facts for Temporal Knowledge Graph Completion",
      venue="WWW 2025", year=2025, section="2025", block=True),
    N(LF, 33, TS), N(LF, 34, TS), N(LF, 35, TS), N(LF, 36, TS), N(LF, 37, TS), N(LF, 38, TS),
    P(LF, 44, "Large Language Models-guided Dynamic Adaptation for Temporal Knowledge Graph Reasoning",
      url="https://proceedings.neurips.cc/paper_files/paper/2024/file/0fd17409385ab9304e5019c6a6eb327a-Paper-Conference.pdf",
      venue="NIPS 2024", year=2024, section="2024", block=True),
    P(LF, 52, "ONSEP: A Novel Online Neural-Symbolic Framework for Event Prediction Based on Large Language Model",
      url="https://aclanthology.org/2024.findings-acl.378/", venue="ACL 2024", year=2024, section="2024", block=True),
    P(LF, 60, "LLM4DyG: Can Large Language Models Solve Spatial-Temporal Problems on Dynamic Graphs?",
      url="https://dl.acm.org/doi/pdf/10.1145/3637528.3671709", venue="KDD 2024", year=2024, section="2024", block=True),
    P(LF, 68, "AUnified Temporal Knowledge Graph Reasoning Model Towards Interpolation and Extrapolation",
      url="https://aclanthology.org/2024.acl-long.8.pdf", venue="ACL 2024", year=2024, section="2024", block=True),
    P(LF, 76, "Temporal Knowledge Graph Forecasting Without Knowledge Using In-Context Learning",
      url="https://aclanthology.org/2023.emnlp-main.36/", venue="EMNLP 2023", year=2023, section="2023", block=True),
    P(LF, 88, "Graph Hawkes Transformer for Extrapolated Reasoning on Temporal Knowledge Graphs",
      url="https://aclanthology.org/2022.emnlp-main.507.pdf", venue="EMNLP 2022", year=2022, section="2022", block=True),
    P(LF, 96, "Search to Pass Messages for Temporal Knowledge Graph Completion",
      url="https://aclanthology.org/2022.findings-emnlp.458.pdf", venue="EMNLP 2022", year=2022, section="2022", block=True),
    P(LF, 104, "Towards Event Prediction in Temporal Graphs",
      url="https://www.vldb.org/pvldb/vol15/p1861-tian.pdf", venue="VLDB 2022", year=2022, section="2022", block=True),
    P(LF, 112, "TLogic: Temporal Logical Rules for Explainable Link Forecasting on Temporal Knowledge Graphs",
      url="https://ojs.aaai.org/index.php/AAAI/article/view/20330", venue="AAAI 2022", year=2022, section="2022", block=True),

    # ---- ZihengZZH: table | YYYY.MM | Surname et al. | Conf'YY | Title | [[pdf]] [[repo]] [[github]] |
    P(ZH, 19, "Image-embodied Knowledge Representation Learning", url="https://www.ijcai.org/Proceedings/2017/0438.pdf",
      venue="IJCAI 2017", year=2017, authors=["Xie"], section="multimodal knowledge graph"),
    P(ZH, 39, "Is Visual Context Really Helpful for Knowledge Graph? A Representation Learning Perspective",
      url="https://dl.acm.org/doi/pdf/10.1145/3474085.3475470", venue="ACM-MM 2021", year=2021, authors=["Wang"],
      section="multimodal knowledge graph"),
    P(ZH, 44, "MuKEA: Multimodal Knowledge Extraction and Accumulation for Knowledge-based Visual Question Answering",
      url="https://openaccess.thecvf.com/content/CVPR2022/papers/Ding_MuKEA_Multimodal_Knowledge_Extraction_and_Accumulation_for_Knowledge-Based_Visual_Question_CVPR_2022_paper.pdf",
      venue="CVPR 2022", year=2022, authors=["Ding"], section="multimodal knowledge graph"),
    P(ZH, 48, "Relation-enhanced Negative Sampling for Multimodal Knowledge Graph Completion",
      url="https://dl.acm.org/doi/pdf/10.1145/3503161.3548388", venue="ACM-MM 2022", year=2022, authors=["Xu"],
      section="multimodal knowledge graph"),
    P(ZH, 49, "OTKGE: Multi-modal Knowledge Graph Embeddings via Optimal Transport",
      url="https://openreview.net/pdf?id=gbXqMdxsZIP", venue="NeurIPS 2022", year=2022, authors=["Cao"],
      section="multimodal knowledge graph"),
    P(ZH, 50, "REVIVE: Regional Visual Representation Matters in Knowledge-Based Visual Question Answering",
      url="https://openreview.net/pdf?id=wwyiEyK-G5D", venue="NeurIPS 2022", year=2022, authors=["Lin"],
      section="multimodal knowledge graph"),
    P(ZH, 51, "Contrastive Language-Image Pre-Training with Knowledge Graphs",
      url="https://openreview.net/pdf?id=4T3kbrzfeR", venue="NeurIPS 2022", year=2022, authors=["Pan"],
      section="multimodal knowledge graph"),
    P(ZH, 56, "Attribute-Consistent Knowledge Graph Representation Learning for Multi-Modal Entity Alignment",
      url="https://dl.acm.org/doi/10.1145/3543507.3583328", venue="WWW 2023", year=2023, authors=["Li"],
      section="multimodal knowledge graph"),
    P(ZH, 58, "Combo of Thinking and Observing for Outside-Knowledge VQA",
      url="https://aclanthology.org/2023.acl-long.614.pdf", venue="ACL 2023", year=2023, authors=["Si"],
      section="multimodal knowledge graph"),
    P(ZH, 67, "Self-Supervised Multi-Modal Knowledge Graph Contrastive Hashing for Cross-Modal Search",
      url="https://ojs.aaai.org/index.php/AAAI/article/view/29280", venue="AAAI 2024", year=2024, authors=["Liang"],
      section="multimodal knowledge graph"),
    P(ZH, 83, "Aligning Linguistic Words and Visual Semantic Units for Image Captioning", arxiv="1908.02127",
      venue="ACM-MM 2019", year=2019, authors=["Guo"], code="https://github.com/ltguo19/VSUA-Captioning",
      section="multimodal representation learning"),
    P(ZH, 84, "A New Benchmark and Approach for Fine-grained Cross-media Retrieval", arxiv="1907.04476",
      venue="ACM-MM 2019", year=2019, authors=["He"], code="https://github.com/PKU-ICST-MIPL/FGCrossNet_ACMMM2019",
      section="multimodal representation learning"),
    P(ZH, 90, "Modality to Modality Translation: An Adversarial Representation Learning and Graph Fusion Network for Multimodal Fusion",
      arxiv="1911.07848", venue="AAAI 2020", year=2020, authors=["Mai"], section="multimodal representation learning"),
    P(ZH, 105, "Are Vision-Language Transformers Learning Multimodal Representations? A Probing Perspective",
      url="https://hal.archives-ouvertes.fr/hal-03521715/document", venue="AAAI 2022", year=2022, authors=["Salin"],
      section="multimodal representation learning"),
    P(ZH, 110, "ITA: Image-Text Alignments for Multi-Modal Named Entity Recognition", arxiv="2112.06482",
      venue="NAACL 2022", year=2022, authors=["Wang"], section="multimodal representation learning"),
    P(ZH, 112, "Query Prior Matters: A MRC Framework for Multimodal Named Entity Recognition",
      url="https://dl.acm.org/doi/pdf/10.1145/3503161.3548427", venue="ACM-MM 2022", year=2022, authors=["Jia"],
      section="multimodal representation learning"),
    P(ZH, 133, "Relation Classification via Convolutional Deep Neural Network",
      url="https://www.aclweb.org/anthology/C14-1220.pdf", venue="COLING 2014", year=2014, authors=["Zeng"],
      section="information extraction"),
    P(ZH, 134, "Distance Supervision for Relation Extraction via Piecewise Convolutional Neural Networks",
      url="http://www.emnlp2015.org/proceedings/EMNLP/pdf/EMNLP203.pdf", venue="EMNLP 2015", year=2015, authors=["Zeng"],
      section="information extraction"),
    P(ZH, 136, "Knowledge Graph Completion with Adaptive Sparse Transfer Matrix",
      url="https://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/download/11982/11693", venue="AAAI 2016", year=2016,
      authors=["Ji"], section="information extraction"),
    P(ZH, 139, "Interactive Machine Comprehension with Dynamic Knowledge Graphs", arxiv="2109.00077",
      venue="EMNLP 2021", year=2021, authors=["Yuan"], section="information extraction"),
]

C = "Categorization of papers"
NEURIPS20_BETAE = "https://proceedings.neurips.cc/paper/2020/file/e43739bba7cdb577e9e3e4e42447f5a5-Paper.pdf"
FUZZ = "https://ojs.aaai.org/index.php/AAAI/article/view/20310"
MLP = "https://openreview.net/forum?id=tgcAoUVHRIB"
FLEX = "FLEX: Feature-Logic Embedding Framework for CompleX Knowledge Graph Reasoning"
L += [
    # ---- neuralgraphdatabases: numbered "[Short name](link), Venue Year" inside <details><summary> groups
    P(NG, 26, "NewLook", url="http://tonghanghang.org/pdfs/kdd21_newlook.pdf", venue="KDD 2021", year=2021,
      section=f"{C} / Modalities / Triple-based KGs"),
    P(NG, 70, "BetaE", url=NEURIPS20_BETAE, venue="NeurIPS 2020", year=2020,
      section=f"{C} / Reasoning Domain / Discrete (Entities only)"),
    P(NG, 79, "ConE", url="https://proceedings.neurips.cc/paper/2021/hash/a0160709701140704575d499c997b6ca-Abstract.html",
      venue="NeurIPS 2021", year=2021, section=f"{C} / Reasoning Domain / Discrete (Entities only)"),
    P(NG, 94, FLEX, arxiv="2205.11039", venue="arXiv 2022", year=2022,
      section=f"{C} / Reasoning Domain / Discrete (Entities only)"),
    P(NG, 126, "GQE", url="https://proceedings.neurips.cc/paper/2018/file/ef50c335cca9f340bde656363ebd02fd-Paper.pdf",
      venue="NeurIPS 2018", year=2018, section=f"{C} / Logical Expressiveness / EPFO"),
    P(NG, 133, "Knowledge Sheaves: A Sheaf-Theoretic Framework for Knowledge Graph Embedding", arxiv="2110.03789",
      venue="arXiv 2021", year=2021, section=f"{C} / Logical Expressiveness / EPFO"),
    P(NG, 243, "StarQE", arxiv="2106.08166", venue="ICLR 2022", year=2022,
      section=f"{C} / Modeling / Neuro-Symbolic / GNN-based"),
    P(NG, 263, "CQD", url="https://openreview.net/forum?id=Mos9F9kDwkz", venue="ICLR 2021", year=2021,
      section=f"{C} / Modeling / Neuro-Symbolic / Entity-centric or T-norms"),
    P(NG, 265, "FuzzQE", url=FUZZ, venue="AAAI 2022", year=2022,
      section=f"{C} / Modeling / Neuro-Symbolic / Entity-centric or T-norms"),
    P(NG, 291, "Regex Queries over Incomplete Knowledge Bases", arxiv="2005.00480", venue="AKBC 2021", year=2021,
      section=f"{C} / Training / End-to-end trainable"),
    P(NG, 294, "HypE",
      url="https://dl.acm.org/doi/abs/10.1145/3442381.3449974?casa_token=tQx20rBUtMwAAAAA:GRqp4JBze6ybzZzeSdCc9cNGlqN0wkAP0BVBPctAgtUVviVSoNiUQcNxBbEuGVGZxnCzJyLqfMmiYg",
      venue="WWW 2021", year=2021, section=f"{C} / Training / End-to-end trainable"),
    P(NG, 301, "MLPMix", url=MLP, venue="ICLR 2022", year=2022, section=f"{C} / Training / End-to-end trainable"),
    P(NG, 342, "MLPMix", url=MLP, venue="ICLR 2022", year=2022,
      section=f"{C} / Query Patterns / Fixed patterns from specific datasets"),
    P(NG, 351, FLEX, arxiv="2205.11039", venue="arXiv 2022", year=2022,
      section=f"{C} / Query Patterns / Fixed patterns from specific datasets"),
    P(NG, 416, "TAR: Neural Logical Reasoning across TBox and ABox", arxiv="2205.14591", venue="arXiv 2022", year=2022,
      section=f"{C} / Query Operators / + UNION"),
    P(NG, 423, "BetaE", url=NEURIPS20_BETAE, venue="NeurIPS 2020", year=2020,
      section=f"{C} / Query Operators / + NOT (negation)"),
    P(NG, 428, "FuzzQE", url=FUZZ, venue="AAAI 2022", year=2022, section=f"{C} / Query Operators / + NOT (negation)"),
    P(NG, 429, "GNN-QE", arxiv="2205.10128", venue="ICML 2022", year=2022,
      section=f"{C} / Query Operators / + NOT (negation)"),
    P(NG, 434, FLEX, arxiv="2205.11039", venue="arXiv 2022", year=2022,
      section=f"{C} / Query Operators / + NOT (negation)"),
    P(NG, 512, "Approximate knowledge graph query answering: from ranking to binary classification",
      url="https://library.oapen.org/bitstream/handle/20.500.12657/48251/9783030723088.pdf?sequence=1#page=114",
      section=f"{C} / Metrics"),
]

with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for lab in L:
        f.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(L), "labels,", sum(l["is_paper"] for l in L), "papers")
