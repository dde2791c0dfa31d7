"""Write labels.jsonl from hand-made labels; raw text is cut from the saved files.

Each label gives (first line, last line) of the entry; fields are typed by hand.
Paths are relative to this file.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
H = "PolarisRisingWar__HGNN_Collection.README.md"
G = "gzcsudo__Awesome-Hypergraph-Network.README.md"
P = "WxxShirley__Awesome-Graph-Prompt.README.md"
C = "ConanCui__Paper-List.README.md"


def E(lst, a, b=None, title=None, arxiv=None, doi=None, url=None, venue=None,
      year=None, authors=None, code=None, summary=None, section=None, paper=True):
    return dict(lst=lst, a=a, b=b or a, is_paper=paper, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=authors, code=code,
                summary=summary, section=section)


def NP(lst, a, section, b=None):
    return E(lst, a, b, section=section, paper=False)


H22, H21, H20, H19 = "论文 / 2022年", "论文 / 2021年", "论文 / 2020年", "论文 / 2019年"
TEE = "IEEE Transactions on Knowledge and Data Engineering"
GL = "Hypergraph Learning / Conference Papers / "
GT = "Hypergraph Theory / Conference Papers / "
GJ = "Hypergraph Theory / Journal Papers / IEEE Transactions on Information Theory"
SIGIR = GL + "International Conference on Research on Development in Information Retrieval"
NIPS = GL + "Annual Conference on Neural Information Processing Systems"
KDD = GL + "ACM Knowledge Discovery and Data Mining"
AAAI = GL + "AAAI Conference on Artificial Intelligence"
CIKM = GL + "ACM International Conference on Information and Knowledge Management"
IJCAI = GL + "International Joint Conference on Artificial Intelligence"
DS = "Other Resources / Datasets / "
GR = "Graph"

LABELS = [
    # ---- PolarisRisingWar / HGNN_Collection (mostly Chinese; (Venue) prefix; bold year lines)
    E(H, 24, title="MAGNN: Metapath Aggregated Graph Neural Network for Heterogeneous Graph Embedding",
      section="数据"),
    E(H, 40, title="Structure-Enhanced Heterogeneous Graph Contrastive Learning", venue="SDM 2022", year=2022,
      summary="跨视图（metapaths）+对比学习", section=H22),
    E(H, 44, title="mg2vec: Learning Relationship-Preserving Heterogeneous Graph Representations via Metagraph Embedding",
      venue=TEE + " 2022", year=2022, summary="meta graph", section=H22),
    E(H, 46, title="Explicit Message-Passing Heterogeneous Graph Neural Network", venue=TEE + " 2022", year=2022,
      summary="提出EMP模型。本文认为传统用metapaths将异质图构建为同质图的方法是隐式的，而EMP模型显式信息传递", section=H22),
    E(H, 49, title="MBHAN: Motif-Based Heterogeneous Graph Attention Network", venue="Appl. Sci. 2022", year=2022,
      summary="基于motif", section=H22),
    E(H, 54, title="Descent Steps of a Relation-Aware Energy Produce Heterogeneous Graph Neural Networks", year=2022,
      summary="关注过平滑问题", section=H22),
    E(H, 56, title="Heterogeneous Graph Contrastive Multi-view Learning", year=2022,
      summary="提出HGCML模型，关注减轻对比学习（metapaths）中的采样偏差", section=H22),
    E(H, 57, title="Heterogeneous Graph Masked Autoencoders", year=2022, summary="提出HGMAE模型，auto encoder",
      section=H22),
    E(H, 66, title="Robust Heterogeneous Graph Neural Networks against Adversarial Attacks", venue="AAAI 2022",
      year=2022, section=H22),
    E(H, 70, title="HIRE: Distilling high-order relational knowledge from heterogeneous graph neural networks",
      venue="Neurocomputing 2022", year=2022, section=H22),
    NP(H, 75, "论文"),
    E(H, 81, title="Heterogeneous graph structure learning for graph neural networks", venue="AAAI 2021", year=2021,
      section=H21),
    E(H, 101, title="Detecting Communities from Heterogeneous Graphs: A Context Path-based Graph Neural Network Model",
      venue="CIKM 2021", year=2021, summary="提出CP-GNN模型", section=H21),
    E(H, 104, title="Deep Generation of Heterogeneous Networks", venue="ICDM 2021", year=2021, summary="提出HGEN模型",
      section=H21),
    E(H, 109, title="An Attention-based Graph Neural Network for Heterogeneous Structural Learning", venue="AAAI 2020",
      year=2020, summary="提出HetSANN模型，基于关系类型，建立attention机制，实现节点信息聚合，不使用metapath", section=H20),
    E(H, 122, title="HGMF: Heterogeneous Graph-based Fusion for Multimodal Data with Incompleteness", venue="KDD 2020",
      year=2020, section=H20),
    E(H, 132, title="Representation learning for attributed multiplex heterogeneous network", venue="KDD 2019",
      year=2019, summary="提出GATNE模型", section=H19),
    E(H, 133, title="Relation Structure-Aware Heterogeneous Graph Neural Network", venue="ICDM 2019", year=2019,
      summary="提出RSHN模型，用coarsened line graph先获得边特征，然后传播节点和边特征", section=H19),
    E(H, 134, title="Heterogeneous Deep Graph Infomax", year=2019, summary="提出HDGI模型，信息论+无监督学习", section=H19),
    NP(H, 151, "论文"),

    # ---- gzcsudo / Awesome-Hypergraph-Network (title line, then "(**VENUE, YEAR**) [[paper](url)]")
    E(G, 20, 21, title="Next-item Recommendation with Sequential Hypergraphs", venue="SIGIR 2020", year=2020,
      url="https://dl.acm.org/doi/10.1145/3397271.3401133", section=SIGIR),
    E(G, 24, 25, title="SHINE: SubHypergraph Inductive Neural nEtwork", venue="NeurIPS 2022", year=2022,
      url="https://openreview.net/forum?id=IsHRUzXPqhI", section=NIPS),
    E(G, 34, 35, title="Finding Bipartite Components in Hypergraphs", venue="NeurIPS 2021", year=2021,
      url="https://proceedings.neurips.cc/paper/2021/hash/41bacf567aefc61b3076c74d8925128f-Abstract.html", section=NIPS),
    E(G, 48, 49, title="Core-periphery Models for Hypergraphs", venue="KDD 2022", year=2022,
      url="https://dl.acm.org/doi/10.1145/3534678.3539272", section=KDD),
    E(G, 50, 51, title="Self-Supervised Hypergraph Transformer for Recommender Systems", venue="KDD 2022", year=2022,
      url="https://dl.acm.org/doi/10.1145/3534678.3539473", section=KDD),
    E(G, 64, 65, title="Hypergraph Clustering Based on PageRank", venue="KDD 2020", year=2020,
      url="https://dl.acm.org/doi/10.1145/3394486.3403248", section=KDD),
    E(G, 80, 81, title="Self-Supervised Hypergraph Convolutional Networks for Session-based Recommendation",
      venue="AAAI 2021", year=2021, url="https://ojs.aaai.org/index.php/AAAI/article/view/16578", section=AAAI),
    E(G, 128, 129, title="Modeling Multi-way Relations with Hypergraph Embedding", venue="CIKM 2018", year=2018,
      url="https://dl.acm.org/doi/10.1145/3269206.3269274", section=CIKM),
    E(G, 176, 177, title="Hypertron: Explicit Social-Temporal Hypergraph Framework for Multi-Agent Forecasting",
      venue="IJCAI 2022", year=2022, url="https://www.ijcai.org/proceedings/2022/189", section=IJCAI),
    E(G, 192, 193, title="Dynamic Hypergraph Neural Networks", venue="IJCAI 2019", year=2019,
      url="https://www.ijcai.org/proceedings/2019/366", section=IJCAI),
    E(G, 198, 199, title="Synchronisation Games on Hypergraphs", venue="IJCAI 2017", year=2017,
      url="https://www.ijcai.org/proceedings/2017/57", section=IJCAI),
    E(G, 202, 203, title="Adaptive Hypergraph Learning for Unsupervised Feature Selection", venue="IJCAI 2017",
      year=2017, url="https://www.ijcai.org/Proceedings/2017/501", section=IJCAI),
    E(G, 221, 222, title="Spectral Hypergraph Sparsifiers of Nearly Linear Size", venue="FOCS 2021", year=2021,
      url="https://ieeexplore.ieee.org/document/9719873",
      section=GT + "IEEE Annual Symposium on Foundations of Computer Science"),
    E(G, 241, 242, title="Conflict-free hypergraph matchings", venue="SODA 2023", year=2023, arxiv="2205.05564",
      section=GT + "ACM-SIAM Symposium on Discrete Algorithms"),
    E(G, 273, 274, title="Computing minimum cuts in hypergraphs", venue="SODA 2017", year=2017,
      url="https://epubs.siam.org/doi/10.1137/1.9781611974782.70", section=GT + "ACM-SIAM Symposium on Discrete Algorithms"),
    E(G, 311, 312, title="Clustering in Hypergraphs to Minimize Average Edge Service Time", venue="ESA 2017", year=2017,
      url="https://drops.dagstuhl.de/opus/volltexte/2017/7877/", section=GT + "European Symposium on Algorithms"),
    E(G, 330, 331, title="Limitations on Transversal Gates for Hypergraph Product Codes", venue="TIT 2022", year=2022,
      url="https://ieeexplore.ieee.org/document/9631219", section=GJ),
    E(G, 334, 335, title="On Some Distributed Scheduling Algorithms for Wireless Networks With Hypergraph Interference Models",
      venue="TIT 2021", year=2021, url="https://ieeexplore.ieee.org/document/9354839", section=GJ),
    E(G, 340, 341, title="On the Minimax Misclassification Ratio of Hypergraph Community Detection", venue="TIT 2019",
      year=2019, url="https://ieeexplore.ieee.org/document/8760583", section=GJ),
    E(G, 342, 343, title="Centralized Coded Caching Schemes: A Hypergraph Theoretical Approach", venue="TIT 2018",
      year=2018, url="https://ieeexplore.ieee.org/document/8386806", section=GJ),

    # ---- WxxShirley / Awesome-Graph-Prompt (numbered bold title, "In **Venue'Year**, [[Paper]] [[Code]]." line)
    E(P, 15, title="Graph Prompt Learning: A Comprehensive Survey and Beyond", arxiv="2311.16534", section=None),
    NP(P, 25, "Table of Contents"),
    NP(P, 38, "Table of Contents"),
    NP(P, 43, "Table of Contents"),
    NP(P, 45, "Table of Contents"),
    E(P, 114, 115, title="ULTRA-DP:Unifying Graph Pre-training with Multi-task Graph Dual Prompt", arxiv="2310.14845",
      venue="arXiv", section="GNN Prompting Papers"),
    E(P, 124, 125, title="Enhancing Graph Neural Networks with Structure-Based Prompt", arxiv="2310.17394",
      venue="arXiv", section="GNN Prompting Papers"),
    E(P, 146, 147, title="Subgraph-level Universal Prompt Tuning", arxiv="2402.10380", venue="arXiv",
      code="https://anonymous.4open.science/r/SUPT-F7B1/", section="GNN Prompting Papers"),
    E(P, 157, 158, title="A Unified Graph Selective Prompt Learning for Graph Neural Networks", arxiv="2406.10498",
      venue="arXiv", section="GNN Prompting Papers"),
    E(P, 173, 174, title="Prompt Tuning on Graph-augmented Low-resource Text Classification", arxiv="2307.10230",
      venue="arXiv", code="https://github.com/WenZhihao666/G2P2-conditional",
      section="Multi-Modal Prompting with Graphs / Prompt in Text-Attributed Graphs"),
    E(P, 205, 206, title="GraphAdapter: Tuning Vision-Language Models With Dual Knowledge Graph", arxiv="2309.13625",
      venue="NeurIPS 2023", year=2023, code="https://github.com/lixinustc/GraphAdapter",
      section="Multi-Modal Prompting with Graphs / Multi-modal Fusion with Graph and Prompting"),
    E(P, 291, 292, title="DDIPrompt: Drug-Drug Interaction Event Prediction based on Graph Prompt Learning",
      arxiv="2402.11472", venue="CIKM 2024", year=2024, section="Application Papers / Biology"),
    E(P, 296, 297, title="A Data-centric Framework to Endow Graph Neural Networks with Out-Of-Distribution Detection Ability",
      url="https://dl.acm.org/doi/abs/10.1145/3580305.3599244", venue="KDD 2023", year=2023,
      code="https://github.com/BUPT-GAMMA/AAGOD", section="Application Papers / Others"),
    NP(P, 335, DS + "Citation Networks"),
    NP(P, 336, DS + "Citation Networks"),
    NP(P, 348, DS + "Purchase Networks"),
    NP(P, 361, DS + "Social Networks"),
    NP(P, 373, DS + "Molecular Graphs"),
    NP(P, 374, DS + "Molecular Graphs"),
    NP(P, 375, DS + "Molecular Graphs"),

    # ---- ConanCui / Paper-List (tables; bold coloured group rows inside tables)
    E(C, 44, title="DEEP GAUSSIAN EMBEDDING OF GRAPHS: UNSUPERVISED INDUCTIVE LEARNING VIA RANKING", venue="ICLR 2018",
      year=2018, section="daily read"),
    E(C, 53, title="Cluster-GCN: An Efficient Algorithm for Training Deep and Large Graph Convolutional Networks",
      venue="KDD 2019", year=2019, section="daily read"),
    E(C, 88, title="A3NCF: An Adaptive Aspect Attention Model for Rating Prediction", venue="IJCAI 2018", year=2018,
      url="https://www.comp.nus.edu.sg/~xiangnan/papers/ijcai18-A3NCF.pdf",
      authors=["Zhiyong Cheng", "Ying Ding", "Xiangnan He", "Lei Zhu", "Xuemeng Song", "Mohan Kankanhalli"],
      code="https://github.com/hustlingchen/A3NCF", section="Recomendation / Review Based Recommendation"),
    NP(C, 110, GR + " / Graph Theory"),
    E(C, 112, title="Representation Learning on Graphs with Jumping Knowledge Networks", arxiv="1806.03536",
      venue="ICML 2018", year=2018,
      authors=["Keyulu Xu", "Chengtao Li", "Yonglong Tian", "Tomohiro Sonobe", "Ken-ichi Kawarabayashi", "Stefanie Jegelka"],
      section=GR + " / Graph Theory"),
    E(C, 118, title="Semi-supervised Learning on Graphs with Generative Adversarial Nets", arxiv="1809.00130",
      venue="CIKM 2018", year=2018, authors=["Ming Ding", "Jie Tang"], code="https://github.com/dm-thu/GraphSGAN",
      section=GR + " / Graph Theory"),
    E(C, 121, title="LanczosNet: Multi-Scale Deep Graph Convolutional Networks", venue="ICLR 2019", year=2019,
      authors=["Renjie Liao"], code="https://github.com/lrjconan/LanczosNetwork", section=GR + " / Graph Theory"),
    E(C, 122, title="GeniePath: Graph Neural Networks with Adaptive Receptive Paths", arxiv="1802.00910",
      venue="AAAI 2019", year=2019, authors=["Le Song", "Yuan Qi"], section=GR + " / Graph Theory"),
    E(C, 133, title="Learning Graph Pooling and Hybrid Convolutional Operations for Text Representations",
      venue="WWW 2019", year=2019, authors=["Hongyang Gao", "Yongjun Chen", "Shuiwang Ji"],
      section=GR + " / Graph Application"),
    E(C, 138, title="Modeling Relational Data with Graph Convolutional Networks", arxiv="1703.06103", venue="ESWC 2018",
      year=2018, authors=["Michael Schlichtkrull", "Thomas N. Kipf", "Peter Bloem", "Rianne van den Berg", "Ivan Titov",
                          "Max Welling"],
      code="https://github.com/tkipf/relational-gcn", section=GR + " / Knowledge Graph"),
    NP(C, 149, GR),
    E(C, 157, title="Deep Collective Classification in Heterogeneous Information Networks",
      url="https://dl.acm.org/authorize?N655839", venue="WWW 2018", year=2018,
      code="https://github.com/zyz282994112/GraphInception.git", section=GR + " / Heterogeneous Information Network"),
    E(C, 158, title="Meta-Graph Based Recommendation Fusion over Heterogeneous Information Networks",
      url="http://www.cse.ust.hk/~hzhaoaf/data/kdd17-paper.pdf", venue="KDD 2017", year=2017,
      authors=["Huan Zhao", "anming Yao", "Jianda Li", "Yangqiu Song", "Dik Lun Lee"],
      code="https://github.com/HKUST-KnowComp/FMG", section=GR + " / Heterogeneous Information Network"),
    E(C, 164, title="A Survey on Network Embedding", arxiv="1711.08752", year=2017,
      authors=["Peng Cui", "Xiao Wang", "Jian Pei", "Wenwu Zhu"],
      section=GR + " / Network Representation Learning (unsupervised)"),
    NP(C, 175, GR + " / Other implement resource"),
    NP(C, 188, GR + " / Other reading materials"),
    NP(C, 192, GR + " / Other reading materials"),
    NP(C, 211, "Datasets / homegenerous graph dataset"),
    E(C, 219, title="Link-based classification", venue="ICML 2003", year=2003, authors=["Qing Lu", "Lise Getoor"],
      section="Datasets / homegenerous graph dataset"),
    NP(C, 232, "Datasets / heteregeneous graph datasets"),
]

KEYS = ["is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]


def main():
    sample = json.loads((HERE / "sample.json").read_text(encoding="utf-8"))
    texts = {n: (HERE / n).read_text(encoding="utf-8").split("\n") for n in sample}
    want = {(n, l) for n, r in sample.items() for l in r["lines"]}
    have = {(e["lst"], e["a"]) for e in LABELS}
    assert want == have, (sorted(want - have), sorted(have - want))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for e in LABELS:
            rec = {"list": e["lst"], "line": e["a"],
                   "raw": "\n".join(texts[e["lst"]][e["a"] - 1:e["b"]])}
            for k in KEYS:
                rec[k] = e[k]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels,", sum(e["is_paper"] for e in LABELS), "papers")


if __name__ == "__main__":
    main()
