#!/usr/bin/env python3
"""Join the drawn entries (sample.jsonl) with the hand labels below into labels.jsonl."""
import json
RK = "RS-KR__GNN-RS-Beginner.README.md"; RU = "RUCAIBox__Awesome-RSPapers.README.md"; SG = "sgyta__memo.README.md"
TOC = "Table of Contents"; SCH = "Schedule"
S2 = "Schedule / 2. Why GNN for RS? & Survey"; S9 = "Schedule / 9. Cross Domain & Session based Recommendation"
S10 = "Schedule / 10. Pytorch Geometric & Bundle Recommendation"
RB = "https://github.com/RUCAIBox/RecBole/blob/master/recbole/model/general_recommender/"
G1 = "グラフベースの多様性を考慮した推薦システム"; G2 = "グラフベース以外の多様性を考慮した推薦システム"
G3 = "対照学習を用いた推薦システム(精度)"; G4 = "対照学習を用いた推薦システム(人気バイアス、新規性、頑健性等)"
CF = "Task / Collaborative Filtering"

def P(title, arxiv=None, url=None, venue=None, code=None, section=None):
    year = int(venue.split()[1]) if venue and len(venue.split()) > 1 and venue.split()[1].isdigit() else None
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=[], code=code, summary=None, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 (RK, 11): N(TOC), (RK, 13): N(TOC), (RK, 14): N(TOC), (RK, 15): N(TOC), (RK, 17): N(TOC),
 (RK, 18): N(TOC), (RK, 20): N(TOC), (RK, 29): N("진행방식"),
 (RK, 46): N(S2),
 (RK, 50): P("Graph Neural Networks for Recommender Systems: Challenges, Methods, and Directions", "2109.12843",
             code="https://github.com/tsinghua-fib-lab/GNN-Recommender-Systems", section=S2),
 (RK, 56): P("Neural Graph Collaborative Filtering", "1905.08108", venue="SIGIR 2019", code=RB + "ngcf.py", section=SCH),
 (RK, 64): P("LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation", "2002.02126",
             venue="SIGIR 2020", code=RB + "lightgcn.py", section=SCH),
 (RK, 74): P("Inductive Representation Learning on Large Graphs", "1706.02216", section=SCH),
 (RK, 83): P("Graph Convolutional Neural Networks for Web-Scale Recommender Systems", "1806.01973", section=SCH),
 (RK, 95): P("Graph Attention Networks", "1710.10903", section=SCH),
 (RK, 104): P("KGAT: Knowledge Graph Attention Network for Recommendation", "1905.07854",
              code="https://github.com/xiangwang1223/knowledge_graph_attention_network", section=SCH),
 (RK, 113): N(S9),
 (RK, 117): P("Session-based Recommendation with Graph Neural Networks", "1811.00855", section=S9),
 (RK, 122): P("Bundle Recommendation with Graph Convolutional Networks", "2005.03475", section=S10),
 (RK, 129): P("Semi-Supervised Classification with Graph Convolutional Networks",
              url="https://openreview.net/forum?id=SJU4ayYgl", section="Furthermore"),
 (RU, 5): P("LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation", venue="SIGIR 2020", section=CF),
 (RU, 8): P("Deep Critiquing for VAE-based Recommender Systems", venue="SIGIR 2020", section=CF),
 (RU, 11): P("Neighbor Interaction Aware Graph Convolution Networks for Recommendation", venue="SIGIR 2020", section=CF),
 (RU, 14): P("A Framework for Recommending Accurate and Diverse Items Using Bayesian Graph Convolutional Neural Networks", venue="KDD 2020", section=CF),
 (RU, 17): P("Dual Channel Hypergraph Collaborative Filtering", venue="KDD 2020", section=CF),
 (RU, 20): P("Probabilistic Metric Learning with Adaptive Margin for Top-K Recommendation", venue="KDD 2020", section=CF),
 (RU, 23): P("Content-Collaborative Disentanglement Representation Learning for Enhanced Recommendation", venue="RecSys 2020", section=CF),
 (RU, 26): P("Neural Collaborative Filtering vs. Matrix Factorization Revisited", venue="RecSys 2020", section=CF),
 (RU, 29): P("Bilateral Variational Autoencoder for Collaborative Filtering", venue="WSDM 2021", section=CF),
 (RU, 32): P("Learning User Representations with Hypercuboids for Recommender Systems", venue="WSDM 2021", section=CF),
 (RU, 35): P("Local Collaborative Autoencoders", venue="WSDM 2021", section=CF),
 (RU, 38): P("A Scalable, Adaptive and Sound Nonconvex Regularizer for Low-rank Matrix Completion", venue="WWW 2021", section=CF),
 (RU, 41): P("HGCF: Hyperbolic Graph Convolution Networks for Collaborative Filtering", venue="WWW 2021", section=CF),
 (RU, 44): P("High-dimensional Sparse Embeddings for Collaborative Filtering", venue="WWW 2021", section=CF),
 (RU, 47): P("Collaborative Filtering with Preferences Inferred from Brain Signals", venue="WWW 2021", section=CF),
 (RU, 50): P("Interest-aware Message-Passing GCN for Recommendation", venue="WWW 2021", section=CF),
 (RU, 53): P("Neural Collaborative Reasoning", venue="WWW 2021", section=CF),
 (RU, 56): P("Sinkhorn Collaborative Filtering", venue="WWW 2021", section=CF),
 (RU, 59): P("Disentangling User Interest and Conformity for Recommendation with Causal Embedding", venue="WWW 2021", section=CF),
 (SG, 1): N(G1), (SG, 27): N(G2), (SG, 48): N(G3), (SG, 79): N(G4),
 (SG, 2): P("DGCN: Diversified Recommendation with Graph Convolutional Networks", url="https://dl.acm.org/doi/abs/10.1145/3442381.3449835",
            venue="WWW 2021", code="https://github.com/tsinghua-fib-lab/DGCN", section=G1),
 (SG, 8): P("DGRec: Graph Neural Network for Recommendation with Diversified Embedding Generation", "2211.10486",
            venue="WSDM 2023", code="https://github.com/YangLiangwei/DGRec", section=G1),
 (SG, 16): P("Contrastive Co-training for Diversified Recommendation",
             url="https://www.amazon.science/publications/contrastive-so-training-for-diversified-recommendation", venue="IJCNN 2022", section=G1),
 (SG, 28): P("The use of MMR, diversity-based reranking for reordering documents and producing summaries",
             url="https://dl.acm.org/doi/10.1145/290941.291025", venue="SIGIR 1998", section=G2),
 (SG, 37): P("Fast Greedy MAP Inference for Determinantal Point Process to Improve Recommendation Diversity", "1709.05135",
             venue="NeurIPS 2018", section=G2),
 (SG, 50): P("Self-supervised Graph Learning for Recommendation", "2010.10783", venue="SIGIR 2021",
             code="https://github.com/wujcan/SGL-Torch", section=G3),
 (SG, 61): P("Are Graph Augmentations Necessary?: Simple Graph Contrastive Learning for Recommendation", "2112.08679",
             venue="SIGIR 2022", code="https://github.com/Coder-Yu/QRec", section=G3),
 (SG, 69): P("Adap-τ: Adaptively Modulating Embedding Magnitude for Recommendation", "2302.04775", venue="WWW 2023",
             code="https://github.com/junkangwu/Adap_tau", section=G3),
 (SG, 81): P("Investigating Accuracy-Novelty Performance for Graph-based Collaborative Filtering", "2204.12326",
             venue="SIGIR 2022", section=G4),
 (SG, 89): P("Invariant Collaborative Filtering to Popularity Distribution Shift", "2302.05328", venue="WWW 2023",
             code="https://github.com/anzhang314/InvCF", section=G4),
 (SG, 97): P("Incorporating Bias-aware Margins into Contrastive Loss for Collaborative Filtering", "2210.11054",
             venue="NeurIPS 2022", code="https://github.com/anzhang314/BC-Loss", section=G4),
 (SG, 105): P("Learning to Denoise Unreliable Interactions for Graph Collaborative Filtering",
              url="https://dl.acm.org/doi/abs/10.1145/3477495.3531889", venue="SIGIR 2022",
              code="https://github.com/ChangxinTian/RGCF", section=G4),
 (SG, 113): P("Towards Robust Neural Graph Collaborative Filtering via Structure Denoising and Embedding Perturbation",
              url="https://dl.acm.org/doi/10.1145/3568396", section=G4),
 (SG, 124): P("Countering Popularity Bias by Regularizing Score Differences", url="https://dl.acm.org/doi/abs/10.1145/3523227.3546757",
              venue="RecSys 2022", code="https://github.com/stillpsy/popbias", section=G4),
 (SG, 130): P("LightGCL: Simple Yet Effective Graph Contrastive Learning for Recommendation", "2302.08191", venue="ICLR 2023",
              code="https://github.com/HKUDS/LightGCL", section=G4),
 (SG, 135): P("Disentangled Representation for Diversified Recommendations", "2301.05492", venue="WSDM 2023",
              code="https://github.com/Xiaoyinggit/DCRS", section=G4),
}
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
out = []
used = set()
for l in open("sample.jsonl", encoding="utf-8"):
    d = json.loads(l)
    k = (d["list"], d["line"])
    lab = L[k]; used.add(k)
    d.update(lab)
    out.append({key: d[key] for key in KEYS})
assert used == set(L), set(L) - used
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), sum(d["is_paper"] for d in out))
