"""Write labels.jsonl from hand-made labels below; raw is cut from the saved lists.

Each label: (list, first_line, last_line, fields). Paths relative to this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
J = "JBoRu__Awesome-KBQA.README.md"
C = "cdhx__KBQA-paper.README.md"
Y = "yajingyang__Data-to-text_Generation_Papers.README.md"
T = "yilunzhao__Awsome-Table-Reasoning.README.md"


def P(title, venue=None, year=None, authors=(), arxiv=None, doi=None, url=None, code=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


def dx(d):
    return "http://dx.doi.org/" + d


JS = "Paper List / Simple KBQA / "
JC = "Paper List / Complex KBQA / "
LABELS = [
    # ---- JBoRu / Awesome-KBQA
    (J, 31, 31, P("Evaluating question answering over linked data",
                  "Web Semantics Science Services And Agents On The World Wide Web 2013", 2013,
                  url="https://www.researchgate.net/publication/241166948_Evaluating_Question_Answering_over_Linked_Data",
                  section="Datasets And Leaderboard")),
    (J, 32, 32, P("Lc-quad: A corpus for complex question answering over knowledge graphs", "ISWC 2017", 2017,
                  url="https://jens-lehmann.org/files/2017/iswc_lcquad.pdf", section="Datasets And Leaderboard")),
    (J, 44, 44, P("A Survey of Question Answering over Knowledge Base", "CCIS 2019", 2019,
                  ["Peiyun Wu", "Xiaowang Zhang", "Zhiyong Feng"],
                  url="https://link.springer.com/chapter/10.1007/978-981-15-1956-7_8", section="Paper List / Survey")),
    (J, 46, 46, P("Introduction to Neural Network based Approaches for Question Answering over Knowledge Graphs",
                  "WIDM 2021", 2021,
                  ["Nilesh Chakraborty", "Denis Lukovnikov", "Gaurav Maheshwari", "Priyansh Trivedi", "Jens Lehmann", "Asja Fischer"],
                  url="https://onlinelibrary.wiley.com/doi/epdf/10.1002/widm.1389", section="Paper List / Survey")),
    (J, 62, 62, P("Knowledge base question answering with a matching-aggregation model and question-specific contextual relations",
                  "TASLP 2019", 2019, ["Yunshi Lan", "Shuohang Wang", "Jing Jiang"],
                  url="https://ink.library.smu.edu.sg/cgi/viewcontent.cgi?article=5904&context=sis_research",
                  section=JS + "Semantic Parsing-based Methods")),
    (J, 65, 65, P("Open question answering with weakly supervised embedding models",
                  "Machine Learning and Knowledge Discovery in Databases 2014", 2014,
                  ["Antoine Bordes", "Jason Weston", "Nicolas Usunier"], arxiv="1404.4326",
                  section=JS + "Information retrieval-based Methods")),
    (J, 68, 68, P("Question answering over freebase with multi-column convolutional neural networks", "ACL 2015", 2015,
                  ["Li Dong", "Furu Wei", "Ming Zhou", "Ke Xu"], url="https://www.aclweb.org/anthology/P15-1026.pdf",
                  section=JS + "Information retrieval-based Methods")),
    (J, 76, 76, P("Improved neural relation detection for knowledge base question answering", "ACL 2017", 2017,
                  ["Mo Yu", "Wenpeng Yin", "Kazi Saidul Hasan", "Cicero dos Santos", "Bing Xiang", "Bowen Zhou"],
                  url="https://www.aclweb.org/anthology/P17-1053.pdf", section=JS + "Other Methods")),
    (J, 78, 78, P("Knowledge base question answering with topic units", "IJCAI 2019", 2019,
                  ["Yunshi Lan", "Shuohang Wang", "Jing Jiang"], url="https://www.ijcai.org/proceedings/2019/0701.pdf",
                  section=JS + "Other Methods")),
    (J, 85, 85, P("Automated template generation for question answering over knowledge graphs", "WWW 2017", 2017,
                  ["Abdalghani Abujabal", "Mohamed Yahya", "Mirek Riedewald", "G. Weikum"],
                  url="http://papers.www2017.com.au.s3-website-ap-southeast-2.amazonaws.com/proceedings/p1191.pdf",
                  section=JC + "Semantic Parsing-based Methods")),
    (J, 90, 90, P("Question answering over knowledge graphs: Question understanding via template decomposition", "VLDB 2018", 2018,
                  ["Weiguo Zheng", "Jeffrey Xu Yu", "Lei Zou", "Hong Cheng"],
                  url="http://www.vldb.org/pvldb/vol11/p1373-zheng.pdf", section=JC + "Semantic Parsing-based Methods")),
    (J, 92, 92, P("UHop: An unrestricted-hop relation extraction framework for knowledge-based question answering", "NAACL 2019", 2019,
                  ["Zi-Yuan Chen", "Chih-Hung Chang", "Yi-Pei Chen", "Jijnasa Nayak", "Lun-Wei Ku"], arxiv="1904.01246",
                  section=JC + "Semantic Parsing-based Methods")),
    (J, 93, 93, P("Multi-hop knowledge base question answering with an iterative sequence matching model", "ICDM 2019", 2019,
                  ["Yunshi Lan", "Shuohang Wang", "Jing Jiang"],
                  url="https://ink.library.smu.edu.sg/cgi/viewcontent.cgi?article=5939&context=sis_research",
                  section=JC + "Semantic Parsing-based Methods")),
    (J, 96, 96, P("Leveraging Frequent Query Substructures to Generate Formal Queries for Complex Question Answering", "EMNLP 2019", 2019,
                  ["Jiwei Ding", "Wei Hu", "Qixin Xu", "Yuzhong Qu"], arxiv="1908.11053",
                  section=JC + "Semantic Parsing-based Methods")),
    (J, 101, 101, P("Answering Complex Questions by Combining Information from Curated and Extracted Knowledge Bases", "ACL 2020", 2020,
                    ["Nikita Bhutani", "Xinyi Zheng", "Kun Qian", "Yunyao Li", "H. Jagadish"],
                    url="https://www.aclweb.org/anthology/2020.nli-1.1.pdf", section=JC + "Semantic Parsing-based Methods")),
    (J, 111, 111, P("Improving question answering over incomplete kbs with knowledge-aware reader", "ACL 2019", 2019,
                    ["Wenhan Xiong", "Mo Yu", "Shiyu Chang", "Xiaoxiao Guo", "William Yang Wang"],
                    url="https://www.aclweb.org/anthology/P19-1417.pdf", code="https://github.com/xwhan/Knowledge-Aware-Reader",
                    section=JC + "Information retrieval-based Methods")),
    (J, 114, 114, P("Improving multi-hop question answering over knowledge graphs using knowledge base embeddings", "ACL 2020", 2020,
                    ["Apoorv Saxena", "Aditay Tripathi", "Partha Talukdar"],
                    url="https://www.aclweb.org/anthology/2020.acl-main.412.pdf", code="https://github.com/malllabiisc/EmbedKGQA",
                    section=JC + "Information retrieval-based Methods")),
    (J, 116, 116, P("Modeling Long-distance Node Relations for KBQA with Global Dynamic Graph", "COLING 2020", 2020,
                    ["Xu Wang", "Shuai Zhao", "Jiale Han", "Bo Cheng", "Hao Yang", "Jianchang Ao", "Zhenzi Li"],
                    url="https://www.aclweb.org/anthology/2020.coling-main.231.pdf",
                    section=JC + "Information retrieval-based Methods")),
    (J, 121, 121, P("Modeling Semantics with Gated Graph Neural Networks for Knowledge Base Question Answering", "COLING 2018", 2018,
                    ["Daniil Sorokin", "Iryna Gurevych"], url="https://www.aclweb.org/anthology/C18-1280.pdf",
                    code="https://github.com/UKPLab/coling2018-graph-neural-networks-question-answering?utm_source=catalyzex.com",
                    section=JC + "Other Methods")),
    (J, 122, 122, P("PERQ: Predicting, Explaining, and Rectifying Failed Questions in KB-QA Systems", "WSDM 2020", 2020,
                    ["Zhiyong Wu", "Ben Kao", "Tien-Hsuan Wu", "Pengcheng Yin", "Qun Liu"],
                    url="https://dl.acm.org/doi/abs/10.1145/3336191.3371782", section=JC + "Other Methods")),
    # ---- cdhx / KBQA-paper (both H1s, "论文仓库" and "KBQA-paper", treated as title headings)
    (C, 30, 30, P("Case-based Reasoning for Natural Language Queries over Knowledge Bases", None, 2021,
                  section="KBQA系统 / 其他方法")),
    (C, 37, 37, P("Leveraging frequent query substructures to generate formal queries for complex question answering",
                  "EMNLP 2019", 2019, section="KBQA系统 / 模板")),
    (C, 38, 38, P("Automated template generation for question answering over knowledge graphs", "WWW 2017", 2017,
                  section="KBQA系统 / 模板")),
    (C, 42, 42, P("Constraint-based question answering with knowledge graph", "COLING 2016", 2016, section="KBQA系统 / Seq2Seq")),
    (C, 46, 46, P("Learning a neural semantic parser from user feedback", "ACL 2017", 2017, section="KBQA系统 / Seq2Seq")),
    (C, 55, 55, P("EDG-based Question Decomposition for ComplexQuestion Answering over Knowledge Bases", "ISWC 2021", 2021,
                  section="KBQA系统 / 复杂问题分解")),
    (C, 61, 61, P("Multi-hop reading comprehension through question decomposition and rescoring", "ACL 2019", 2019,
                  section="KBQA系统 / 复杂问题分解")),
    (C, 75, 75, N("综述")),  # SIGIR 2020 tutorial with slides
    (C, 89, 89, P("Learning Representation Mapping for Relation Detection in Knowledge Base Question Answering", "ACL 2019", 2019,
                  section="子任务 / Relation Linking/Detection")),
    (C, 99, 99, P("PNEL: Pointer Network based End-To-End Entity Linking over Knowledge Graphs", "ISWC 2020", 2020,
                  section="子任务 / Entity Linking")),
    (C, 134, 138, P("Semantic Parsing via Staged Query Graph Generation: Question Answering with Knowledge Base", "ACL 2015", 2015,
                    section="数据集")),
    (C, 170, 170, N("数据集")),  # dataset homepage only
    (C, 208, 210, P("ReClor: A Reading Comprehension Dataset Requiring Logical Reasoning", "ICLR 2020", 2020, section="数据集")),
    (C, 214, 217, P("Cosmos QA: Machine Reading Comprehension with Contextual Commonsense Reasoning", section="数据集")),
    (C, 221, 224, P("MuTual: A Dataset for Multi-Turn Dialogue Reasoning", arxiv="2004.04494",
                    code="https://github.com/Nealcly/MuTual", section="数据集")),  # sampled line 224 continues item 20 (line 221)
    (C, 231, 232, P("Stanza: A Python NLP Library for Many Human Languages", "ACL 2020 demo", 2020, section="优秀开源工具")),
    (C, 250, 250, N("讲习班 Slide")),
    (C, 264, 264, N("讲习班 Slide")),
    (C, 272, 272, N("讲习班 Slide")),
    (C, 278, 278, N("讲习班 Slide")),
    # ---- yajingyang / Data-to-text_Generation_Papers (entry = title line, blank line, authors line)
    (Y, 43, 45, P("Challenges in Data-to-Document Generation", "EMNLP 2017", 2017,
                  ["Sam Wiseman", "Stuart M. Shieber", "Alexander M. Rush"], doi="10.18653/v1/d17-1239",
                  url=dx("10.18653/v1/d17-1239"), section="Datasets / Public Datasets")),
    (Y, 53, 55, P("Creating a Corpus for Russian Data-to-Text Generation Using Neural Machine Translation and Post-Editing",
                  "BSNLP@ACL 2019", 2019, ["Anastasia Shimorina", "Elena Khasanova", "Claire Gardent"],
                  doi="10.18653/v1/w19-3706", url=dx("10.18653/v1/w19-3706"), section="Datasets / Public Datasets")),
    (Y, 126, 128, P("Sequence-to-Sequence Models for Data-to-Text Natural Language Generation:Word- vs. Character-based Processing and Output Diversity",
                    "INLG 2018", 2018, ["Glorianna Jagfeld", "Sabrina Jenne", "Ngoc Thang Vu"],
                    doi="10.18653/v1/w18-6529", url=dx("10.18653/v1/w18-6529"), section="Analysis")),
    (Y, 131, 133, P("A Closer Look at Recent Results of Verb Selection for Data-to-Text NLG", "INLG 2019", 2019,
                    ["Guanyi Chen", "Jin-Ge Yao"], doi="10.18653/v1/w19-8622", url=dx("10.18653/v1/w19-8622"),
                    section="Analysis")),
    (Y, 155, 157, P("Table-to-text Generation by Structure-aware Seq2seq Learning", "arXiv 2017", 2017,
                    ["Tianyu Liu", "Kexiang Wang", "Lei Sha", "Baobao Chang", "Zhifang Sui"],
                    url="https://ui.adsabs.harvard.edu/abs/2017arXiv171109724L/abstract",
                    section="Models / Data Representation")),
    (Y, 210, 212, P("TABBIE: Pretrained Representations of Tabular Data", "NAACL-HLT 2021", 2021,
                    ["Hiroshi Iida", "Dung Thai", "Varun Manjunatha", "Mohit Iyyer"],
                    doi="10.18653/v1/2021.naacl-main.270", url=dx("10.18653/v1/2021.naacl-main.270"),
                    section="Models / Data Representation")),
    (Y, 260, 262, P("A case-based approach to data-to-text generation", "ICCBR 2021", 2021,
                    ["Ashish Upadhyay", "Stewart Massie", "Ritwik Kumar Singh", "Garima Gupta", "Muneendra Ojha"],
                    doi="10.1007/978-3-030-86957-1_16", url=dx("10.1007/978-3-030-86957-1_16"),
                    section="Models / Content Generation / Semantic-accuracy")),
    (Y, 270, 272, P("Control Prefixes for Text Generation", "arXiv 2021", 2021, ["Jordan Clive", "Kris Cao", "Marek Rei"],
                    arxiv="2110.08329", section="Models / Content Generation / Semantic-accuracy")),
    (Y, 322, 324, P("Sentence generation for entity description with content-plan attention", "AAAI 2020", 2020,
                    ["Bayu Distiawan Trisedya", "Jianzhong Qi", "Rui Zhang"],
                    url="https://aaai.org/ojs/index.php/AAAI/article/download/6439/6295",
                    section="Models / Content Generation / Content Planning")),
    (Y, 397, 399, P("Template-Based Multi-solution Approach for Data-to-Text Generation", "ADBIS 2020", 2020,
                    ["Abelardo Vieira Mota", "Ticiana L. Coelho da Silva", "José Antônio Fernandes de Macêdo"],
                    doi="10.1007/978-3-030-54832-2_13", url=dx("10.1007/978-3-030-54832-2_13"),
                    section="Models / Surface Realization / Text Quality")),
    (Y, 424, 426, P("Data-to-Text Generation with Style Imitation", "arXiv 2019", 2019,
                    ["Shuai Lin", "Wentao Wang", "Zichao Yang", "Xiaodan Liang", "Frank F. Xu", "Eric P. Xing", "Zhiting Hu"],
                    url="https://ui.adsabs.harvard.edu/abs/2019arXiv190109501L/abstract",
                    section="Models / Surface Realization / Writing Style")),
    (Y, 439, 441, P("Data-to-Text Generation with Style Imitation", "EMNLP 2020", 2020,
                    ["Shuai Lin", "Wentao Wang", "Zichao Yang", "Xiaodan Liang", "Frank F. Xu", "Eric P. Xing", "Zhiting Hu"],
                    doi="10.18653/v1/2020.findings-emnlp.144", url=dx("10.18653/v1/2020.findings-emnlp.144"),
                    section="Models / Surface Realization / Writing Style")),
    (Y, 482, 484, P("Select and Attend: Towards Controllable Content Selection in Text Generation", "EMNLP/IJCNLP 2019", 2019,
                    ["Xiaoyu Shen", "Jun Suzuki", "Kentaro Inui", "Hui Su", "Dietrich Klakow", "Satoshi Sekine"],
                    doi="10.18653/v1/d19-1054", url=dx("10.18653/v1/d19-1054"),
                    section="Models / Other Directions / Interpretability and Controlability")),
    (Y, 492, 494, P("Data-to-text Generation by Splicing Together Nearest Neighbors", "EMNLP 2021", 2021,
                    ["Sam Wiseman", "Arturs Backurs", "Karl Stratos"], url="https://aclanthology.org/2021.emnlp-main.352/",
                    section="Models / Other Directions / Interpretability and Controlability")),
    (Y, 532, 534, P("Bootstrapping Generators from Noisy Data", "NAACL-HLT 2018", 2018,
                    ["Laura Perez-Beltrachini", "Mirella Lapata"], doi="10.18653/v1/n18-1137", url=dx("10.18653/v1/n18-1137"),
                    section="Models / Training Methods")),
    (Y, 557, 559, P("Prefix-Tuning: Optimizing Continuous Prompts for Generation", "ACL/IJCNLP 2021", 2021,
                    ["Xiang Lisa Li", "Percy Liang"], doi="10.18653/v1/2021.acl-long.353",
                    url=dx("10.18653/v1/2021.acl-long.353"), section="Models / Training Methods")),
    (Y, 581, 583, P("A Gold Standard Methodology for Evaluating Accuracy in Data-To-Text Systems", "arXiv 2020", 2020,
                    ["Craig Thomson", "Ehud Reiter"], arxiv="2011.03992", section="Evaluation")),
    (Y, 624, 626, P("Fact-based Text Editing", "ACL 2020", 2020, ["Hayate Iso", "Chao Qiao", "Hang Li"],
                    doi="10.18653/v1/2020.acl-main.17", url=dx("10.18653/v1/2020.acl-main.17"), section="Applications")),
    (Y, 662, 664, N("Thesis")),
    (Y, 667, 669, N("Thesis")),
    # ---- yilunzhao / Awsome-Table-Reasoning
    (T, 11, 11, N("Table of Contents")),
    (T, 12, 12, N("Table of Contents")),
    (T, 17, 17, P("Retrieving Complex Tables with Multi-Granular Graph Representation Learning", "SIGIR 2021", 2021,
                  arxiv="2105.01736", code="https://github.com/FeiWang96/GTR",
                  section="Table Representation Learning / Graph Representation")),
    (T, 25, 25, P("TABBIE: Pretrained Representations of Tabular Data", "NAACL 2021", 2021,
                  url="https://aclanthology.org/2021.naacl-main.270/", code="https://github.com/SFIG611/tabbie",
                  section="Table Representation Learning / Transformer-Based / 2021")),
    (T, 27, 27, P("GraPPa: Grammar-Augmented Pre-Training for Table Semantic Parsing", "ICLR 2021", 2021,
                  url="https://openreview.net/forum?id=kyaIeYj4zZ",
                  section="Table Representation Learning / Transformer-Based / 2021")),
    (T, 28, 28, P("TUTA: Tree-based Transformers for Generally Structured Table Pre-training", "KDD 2021", 2021,
                  arxiv="2010.12537", section="Table Representation Learning / Transformer-Based / 2021")),
    (T, 30, 30, P("Understanding tables with intermediate pre-training", "EMNLP 2021 Findings", 2021,
                  url="https://aclanthology.org/2020.findings-emnlp.27/", code="https://github.com/google-research/tapas",
                  section="Table Representation Learning / Transformer-Based / 2021")),
    (T, 31, 31, P("UnifiedSKG: Unifying and Multi-Tasking Structured Knowledge Grounding with Text-to-Text Language Models",
                  "EMNLP 2022", 2022, arxiv="2201.05966", code="https://github.com/HKUNLP/UnifiedSKG",
                  section="Table Representation Learning / Transformer-Based / 2021")),
    (T, 32, 32, P("TAPEX: Table Pre-training via Learning a Neural SQL Executor", "ICLR 2022", 2022,
                  url="https://openreview.net/pdf?id=O50443AsCP", code="https://github.com/microsoft/Table-Pretraining",
                  section="Table Representation Learning / Transformer-Based / 2021")),
    (T, 45, 45, P("SciGen: a Dataset for Reasoning-Aware Text Generation from Scientific Tables", "NIPS 2021", 2021,
                  url="https://openreview.net/forum?id=Jul-uX7EV_I", code="https://github.com/UKPLab/SciGen",
                  section="Logical Text Generation over Tabular Data / Datasets/Benchmark / 2021")),
    (T, 47, 47, P("TWT: Table with Written Text for Controlled Data-to-Text Generation", "EMNLP 2021 Findings", 2021,
                  url="https://aclanthology.org/2021.findings-emnlp.107/", code="https://github.com/tonyliangli/TWT",
                  section="Logical Text Generation over Tabular Data / Datasets/Benchmark / 2021")),
    (T, 52, 52, P("De-Confounded Variational Encoder-Decoder for Logical Table-to-Text Generation", "ACL 2021", 2021,
                  url="https://aclanthology.org/2021.acl-long.430/",
                  section="Logical Text Generation over Tabular Data / Models / 2021")),
    (T, 53, 53, P("Few-Shot Table-to-Text Generation with Prototype Memory", "EMNLP 2021 Findings", 2021,
                  url="https://aclanthology.org/2021.findings-emnlp.77/",
                  section="Logical Text Generation over Tabular Data / Models / 2021")),
    (T, 54, 54, P("Attend, Memorize and Generate: Towards Faithful Table-to-Text Generation in Few Shots", "EMNLP 2021 Findings", 2021,
                  url="https://aclanthology.org/2021.findings-emnlp.77/",
                  code="https://github.com/google-research-datasets/totto",
                  section="Logical Text Generation over Tabular Data / Models / 2021")),
    (T, 57, 57, P("Robust (Controlled) Table-to-Text Generation with Structure-Aware Equivariance Learning", "NAACL 2022", 2022,
                  url="https://aclanthology.org/2022.naacl-main.371.pdf", code="https://github.com/luka-group/Lattice",
                  section="Logical Text Generation over Tabular Data / Models / 2022")),
    (T, 58, 58, P("R2D2: Robust Data-to-Text with Replacement Detection", "EMNLP 2022", 2022, arxiv="2205.12467",
                  code="https://github.com/Yale-LILY/r2d2",
                  section="Logical Text Generation over Tabular Data / Models / 2022")),
    (T, 68, 68, P("HiTab: A Hierarchical Table Dataset for Question Answering and Natural Language Generation", "arXiv 2021", 2021,
                  arxiv="2108.06712", section="Reasoning over Tabular Data / Datasets/Benchmark / 2021")),
    (T, 83, 83, P("HybridQA: A Dataset of Multi-Hop Question Answering over Tabular and Textual Data", "EMNLP 2020 Findings", 2020,
                  url="https://aclanthology.org/2020.findings-emnlp.91/", code="https://github.com/wenhuchen/HybridQA",
                  section="Reasoning over Tabular and Textual Data (Hybrid Data) / Datasets/Benchmark / 2020")),
    (T, 100, 100, P("Open Domain Question Answering over Tables via Dense Retrieval", "NAACL 2021", 2021,
                    url="https://aclanthology.org/2021.naacl-main.43/", code="https://github.com/google-research/tapas",
                    section="Reasoning over Tabular and Textual Data (Hybrid Data) / Models / 2021")),
    (T, 114, 114, N("Tutorials / 2021")),
]


def main():
    cache = {}
    out = []
    for name, a, b, fields in LABELS:
        if name not in cache:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                cache[name] = f.read().split("\n")
        lines = cache[name]
        raw = "\n".join(lines[a - 1:b])
        rec = {"list": name, "line": a, "raw": raw}
        rec.update(fields)
        keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
                "authors", "code", "summary", "section"]
        out.append({k: rec[k] for k in keys})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "labels,", sum(r["is_paper"] for r in out), "papers")


if __name__ == "__main__":
    main()
