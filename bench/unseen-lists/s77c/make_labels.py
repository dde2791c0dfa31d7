# Hand-written labels; raw text is copied from the file by line number (nlines lines).
import json
C="Clayygou__Long-tailed-Learning.README.md"
X="XuZhengzhuo__Long-tailed-Visual-Recognition-Paper-List.README.md"
Y="yanliang3612__awesome-imbalanced-learning-on-graphs.README.md"
def P(lst,line,nl,title,venue=None,year=None,authors=None,arxiv=None,url=None,code=None,section=None,doi=None,summary=None):
    return dict(list=lst,line=line,nl=nl,is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
def N(lst,line,nl,section):
    return dict(list=lst,line=line,nl=nl,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L=[]
# ---- Clayygou
S1="Ensemble Learning(Mixture-of-Experts)"; S2="Contrastive Learning"; S3="Decouple"; S4="Multi-Label Text Classification"
L+= [
P(C,5,1,"LONG-TAILED RECOGNITION BY ROUTING DIVERSE DISTRIBUTION-AWARE EXPERTS",year=2020,section=S1),
P(C,13,1,"Nested Collaborative Learning for Long-Tailed Visual Recognition",year=2022,section=S1),
P(C,17,1,"Balanced Contrastive Learning for Long-Tailed Visual Recognition",year=2023,section=S2),
P(C,20,1,"Contrastive Learning based Hybrid Networks for Long-Tailed Image Classification",year=2021,section=S2),
P(C,23,1,"Self Supervision to Distillation for Long-Tailed Visual Recognition",year=2021,section=S2),
P(C,32,1,"Prototype calibration for long tailed recognition",year=2023,section=S2),
P(C,37,1,"Improving Calibration for Long-Tailed Recognition",year=2021,section=S3),
P(C,48,1,"Label-aware Document Representation via Hybrid Attention for Extreme Multi-Label Text Classification",year=2019,section=S4),
P(C,52,1,"Does Head Label Help for Long-Tailed Multi-Label Text Classification",year=2021,section=S4),
P(C,55,1,"Balancing Methods for Multi-label Text Classification with Long-Tailed Class Distribution",year=2021,section=S4),
P(C,59,1,"Meta-LMTC: Meta-Learning for Large-Scale Multi-Label Text Classification",year=2021,section=S4),
P(C,73,1,"Learning Prototype Classifiers for Long-Tailed Recognition",year=2023,section="Classifiers"),
P(C,78,1,"Curricular-balanced long-tailed learning",year=2024,section="Re-weighting(Loss)"),
P(C,86,1,"Long-Tailed Recognition by Mutual Information Maximization between Latent Features and Ground-Truth Labels",section="Mutual Information"),
P(C,92,1,"Learning Relation Prototype from Unlabeled Texts for Long-tail Relation Extraction",year=2023,section="Relation Extraction"),
P(C,97,1,"Towards Long-Tailed Recognition for Graph Classification via Collaborative Experts",year=2023,section="Graph Classification"),
P(C,99,1,"Characterizing Long-Tail Categories on Graphs",year=2023,section="Graph Classification"),
P(C,103,1,"Improving Scene Text Recognition for Character-Level Long-Tailed Distribution",year=2023,section="Scene Text Recognition"),
P(C,107,1,"Empowering Long-tail Item Recommendation through Cross Decoupling Network",venue="KDD 2023",year=2023,section="Recommend"),
P(C,122,1,"Escaping Saddle Points for Effective Generalization on Class-Imbalanced Data",section="plug and play"),
]
# ---- XuZhengzhuo: venue and year from the venue headings
def XP(line,title,sec):
    v = sec if sec not in ("Others","Still on arxiv") else None
    y = int(sec.split()[-1]) if v else None
    return P(X,line,1,title,venue=v,year=y,section=sec)
L+= [
XP(7,"Bag of Tricks for Long-Tailed Visual Recognition with Deep Convolutional Neural Networks","AAAI 2021"),
XP(11,"Natural World Distribution via Adaptive Confusion Energy Regularization","ICLR 2021"),
XP(14,"Balanced Meta-Softmax for Long-Tailed Visual Recognition","NIPS 2020"),
XP(15,"Long-Tailed Classification by Keeping the Good and Removing the Bad Momentum Causal Effect","NIPS 2020"),
XP(16,"Rethinking the Value of Labels for Improving Class-Imbalanced Learning","NIPS 2020"),
XP(19,"Distribution-Balanced Loss for Multi-Label Classification in Long-Tailed Datasets","ECCV 2020"),
XP(21,"Learning From Multiple Experts- Self-paced Knowledge Distillation for Long-tailed Classification","ECCV 2020"),
XP(23,"The Devil is in Classification- A Simple Framework for Long-tail Instance Segmentation","ECCV 2020"),
XP(27,"Deep Representation Learning on Long-tailed Data - A Learnable Embedding Augmentation Perspective","CVPR 2020"),
XP(28,"Deep Generative Model for Robust Imbalance Classification","CVPR 2020"),
XP(29,"Domain Balancing- Face Recognition on Long-Tailed Domains","CVPR 2020"),
XP(32,"Overcoming Classifier Imbalance for Long-tail Object Detection with Balanced Group Softmax","CVPR 2020"),
XP(33,"Inflated Episodic Memory with Region Self-Attention for Long-Tailed Visual Recognition","CVPR 2020"),
XP(34,"Large-Scale Object Detection in the Wild from Imbalanced Multi-Labels","CVPR 2020"),
XP(35,"M2m: Imbalanced Classification via Major-to-minor Translation","CVPR 2020"),
XP(36,"Rethinking Class-Balanced Methods for Long-Tailed Visual Recognition from a Domain Adaptation Perspective","CVPR 2020"),
XP(45,"Class-Balanced Loss Based on Effective Number of Samples","CVPR 2019"),
XP(46,"Libra R-CNN: Towards Balanced Learning for Object Detection","CVPR 2019"),
XP(50,"Focal Loss for Dense Object Detection","Others"),
XP(52,"LVIS: A Dataset for Large Vocabulary Instance Segmentation","Others"),
]
# ---- yanliang3612
QO="Papers / Quantity Imbalance / Over-Sampling"; QL="Papers / Quantity Imbalance / Loss Function Engineering"
DS="Papers / Degree Imbalance / Semi-Supervised Learning"
L+= [
N(Y,16,1,"Contents"), N(Y,17,1,"Contents"), N(Y,21,1,"Contents"), N(Y,23,1,"Contents"),
P(Y,36,4,"INS-GNN: Improving graph imbalance learning with self-supervision",venue="Information Sciences",year=2023,
  authors=["Xin Juan","Fengfeng Zhou","Wentao Wang","Wei Jin","Jiliang Tang","Xin Wang"],
  url="https://www.sciencedirect.com/science/article/abs/pii/S0020025523005042",section=QO),
P(Y,41,4,"GraphSHA: Synthesizing Harder Samples for Class-Imbalanced Node Classification",venue="KDD 2023",year=2023,
  authors=["Wen-Zhi Li","Chang-Dong Wang","Hui Xiong","Jian-Huang Lai"],arxiv="2306.09612",section=QO),
P(Y,47,4,"GraphSR: A Data Augmentation Algorithm for Imbalanced Node Classification",venue="AAAI 2023",year=2023,
  authors=["Mengting Zhou","Zhiguo Gong"],arxiv="2302.12814",section=QO),
P(Y,67,4,"ImGAGN:Imbalanced Network Embedding via Generative Adversarial Graph Networks",venue="KDD 2021",year=2021,
  authors=["Liang Qu","Huaisheng Zhu","Ruiqi Zheng","Yuhui Shi","Hongzhi Yin"],arxiv="2106.02817",
  code="https://github.com/Leo-Q-316/ImGAGN",section=QO),
P(Y,91,4,"Minority-Weighted Graph Neural Network for Imbalanced Node Classification in Social Networks of Internet of People",
  venue="IEEE Internet of Things Journal",year=2022,
  authors=["Kefan Wang","Jing An","Mengchu Zhou","Zhe Shi","Xudong Shi","Qi Kang"],
  url="https://ieeexplore.ieee.org/abstract/document/9875203",section=QL),
P(Y,109,4,"FRAUDRE: Fraud Detection Dual-Resistant to Graph Inconsistency and Imbalance",venue="ICDM 2021",year=2021,
  authors=["Ge Zhang","Jia Wu","Jian Yang","Amin Beheshti","Shan Xue","Chuan Zhou","Quan Z. Sheng"],
  url="https://ieeexplore.ieee.org/document/9679178",code="https://github.com/FraudDetection/FRAUDRE",section=QL),
P(Y,119,4,"LTE4G: Long-Tail Experts for Graph Neural Networks",venue="CIKM 2021",year=2021,
  authors=["Sukwon Yun","Kibum Kim","Kanghoon Yoon","Chanyoung Park"],arxiv="2208.10205",
  code="https://github.com/SukwonYun/LTE4G",section="Papers / Quantity Imbalance / Knowledge Distillation Technique"),
P(Y,133,4,"Distance-wise Prototypical Graph Neural Network in Node Imbalance Classification",venue="arXiv 2021",year=2021,
  authors=["Yu Wang","Charu Aggarwal","Tyler Derr"],arxiv="2110.12035",code="https://github.com/YuWVandy/DPGNN",
  section="Papers / Quantity Imbalance / Self-Supervised Learning"),
P(Y,140,4,"AUC-oriented Graph Neural Network for Fraud Detection",venue="WWW 2022",year=2022,
  authors=["Mengda Huang","Yang Liu","Xiang Ao","Kuan Li","Jianfeng Chi","Jinghua Feng","Hao Yang","Qing He"],
  url="https://dl.acm.org/doi/10.1145/3485447.3512178",section="Papers / Quantity Imbalance / Reinforcement Learning"),
P(Y,150,4,"Toward Degree Bias in Embedding-Based Knowledge Graph Completion",venue="WWW 2023",year=2023,
  authors=["Harry Shomer","Wei Jin","Wentao Wang","Jiliang Tang"],arxiv="2302.05044",section=DS),
P(Y,171,4,"RawlsGCN: Towards Rawlsian Difference Principle on Graph Convolutional Network",venue="WWW 2022",year=2022,
  authors=["Jian Kang","Yan Zhu","Yinglong Xia","Jiebo Luo","Hanghang Tong"],arxiv="2202.13547",
  code="https://github.com/jiank2/RawlsGCN",section=DS),
P(Y,176,4,"Bilateral Filtering Graph Convolutional Network for Multi-relational Social Recommendation in the Power-law Networks",
  venue="TOIS 2021",year=2021,
  authors=["Minghao Zhao","Qilin Deng","Kai Wang","Runze Wu","Jianrong Tao","Changjie Fan","Liang Chen","Peng Cui"],
  url="https://dl.acm.org/doi/10.1145/3469799",section=DS),
P(Y,187,4,"Towards locality-aware meta-learning of tail node embeddings on networks",venue="CIKM 2020",year=2020,
  authors=["Zemin Liu","Wentao Zhang","Yuan Fang","Xinming Zhang","Steven C.H. Hoi"],
  url="https://dl.acm.org/doi/10.1145/3340531.3411910",code="https://github.com/smufang/meta-tail2vec",section=DS),
P(Y,206,4,"Uncovering the Structural Fairness in Graph Contrastive Learning",venue="NeurIPS 2022",year=2022,
  authors=["Ruijia Wang","Xiao Wang","Chuan Shi","Le Song"],arxiv="2210.03011",
  code="https://github.com/BUPT-GAMMA/Uncovering-the-Structural-Fairness-in-Graph-Contrastive-Learning",
  section="Papers / Degree Imbalance / Unsupervised Learning"),
P(Y,217,4,"Topology Uncertainty Modeling For Imbalanced Node Classification on Graphs",venue="ICASSP 2023",year=2023,
  authors=["Jiayi Gao","Jiaxing Li","Ke Zhang","Youyong Kong"],url="https://ieeexplore.ieee.org/abstract/document/10094813",
  section="Papers / Topology Imbalance"),
P(Y,222,4,"Position-aware Structure Learning for Graph Topology-imbalance by Relieving Under-reaching and Over-squashing",
  venue="CIKM 2022",year=2022,
  authors=["Qingyun Sun","Jianxin Li","Haonan Yuan","Xingcheng Fu","Hao Peng","Cheng Ji","Qian Li","Philip S. Yu"],
  arxiv="2208.08302",section="Papers / Topology Imbalance"),
]
KEYS=["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
files={}
with open("labels.jsonl","w",encoding="utf-8") as out:
    for d in L:
        lines=files.setdefault(d["list"],open(d["list"],encoding="utf-8").read().split("\n"))
        d["raw"]="\n".join(lines[d["line"]-1:d["line"]-1+d.pop("nl")])
        out.write(json.dumps({k:d[k] for k in KEYS},ensure_ascii=False)+"\n")
print(len(L))
