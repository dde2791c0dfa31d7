"""Hand labels for the sampled entries (sample.json, made by sample.py) -> labels.jsonl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
J = 'Jhy1993__Representation-Learning-on-Heterogeneous-Graph.README.md'
S = 'SpaceLearner__Awesome-DynamicGraphLearning.README.md'
Z = 'zhangjihai360__Awesome-Dynamic-Graph-Neural-Networks-for-Neurological-Disorders.README.md'
W = 'zwt233__Awsome-GNN-Papers.README.md'


def P(title, venue=None, year=None, authors=None, arxiv=None, doi=None, url=None, code=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors, code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=None, code=None, summary=None, section=section)


JE = 'Heterogeneous Graph Embedding'
JG = 'Heterogeneous Graph Neural Network'
JA = 'Heterogeneous Graph Embedding based Application'
L = {
    (J, 8): N(None),
    (J, 9): N(None),
    (J, 23): P('Relation Structure-Aware Heterogeneous Information Network Embedding', 'AAAI 2019', 2019,
               ['Yuanfu Lu', 'Chuan Shi', 'Linmei Hu', 'Zhiyuan Liu'], url='http://shichuan.org/doc/63.pdf', section=JE),
    (J, 25): P('PME: Projected Metric Embedding on Heterogeneous Networks for Link Prediction', 'KDD 2018', 2018,
               ['Hongxu Chen', 'Hongzhi Yin', 'Weiqing Wang', 'Hao Wang', 'Quoc Viet Hung Nguyen', 'Xue Li'],
               url='http://net.pku.edu.cn/daim/hongzhi.yin/papers/KDD18-Hongxu.pdf', section=JE),
    (J, 26): P('Easing Embedding Learning by Comprehensive Transcription of Heterogeneous Information Networks', 'KDD 2018', 2018,
               ['Yu Shi', 'Qi Zhu', 'Fang Guo', 'Chao Zhang', 'Jiawei Han'], arxiv='1807.03490', section=JE),
    (J, 28): P('Structural Deep Embedding for Hyper-Networks', 'AAAI 2018', 2018,
               ['Ke Tu', 'Peng Cui', 'Xiao Wang', 'Fei Wang', 'Wenwu Zhu'], arxiv='1711.10146', section=JE),
    (J, 29): P('Are Meta-Paths Necessary? Revisiting Heterogeneous Graph Embeddings', 'CIKM 2018', 2018,
               ['Rana Hussein', 'Dingqi Yang', 'Philippe Cudré-Mauroux'], url='https://dl.acm.org/citation.cfm?id=3271777', section=JE),
    (J, 32): P('HIN2Vec: Explore Meta-paths in Heterogeneous Information Networks for Representation Learning', 'CIKM 2017', 2017,
               ['Tao-yang Fu', 'Wang-Chien Lee', 'Zhen Lei'],
               url='http://shichuan.org/hin/topic/Embedding/2017.%20CIKM%20HIN2Vec.pdf', section=JE),
    (J, 36): P('Multilabel classification on heterogeneous graphs with gaussian embeddings', 'ECML 2016', 2016,
               ['Ludovic Dos Santos', 'Benjamin Piwowarski', 'Patrick Gallinari'],
               url='https://link.springer.com/chapter/10.1007/978-3-319-46227-1_38', section=JE),
    (J, 39): P('MetaGraph2Vec: Complex Semantic Path Augmented Heterogeneous Network Embedding', 'PAKDD 2018', 2018,
               ['Daokun Zhang', 'Jie Yin', 'Xingquan Zhu', 'Chengqi Zhang'], arxiv='1803.02533', section=JE),
    (J, 44): P('Heterogeneous Graph Neural Network', 'KDD 2019', 2019,
               ['Chuxu Zhang', 'Dongjin Song', 'Chao Huang', 'Ananthram Swami', 'Nitesh V. Chawla'], section=JG),
    (J, 45): P('Fine-grained Event Categorization with Heterogeneous Graph Convolutional', 'IJCAI 2019', 2019,
               ['Hao Peng', 'Jianxin Li', 'Qiran Gong', 'Yangqiu Song', 'Yuanxing Ning', 'Kunfeng Lai', 'Philip S. Yu'],
               arxiv='1906.04580', section=JG),
    (J, 46): P('Heterogeneous Graph Attention Network', 'WWW 2019', 2019,
               ['Xiao Wang', 'Houye Ji', 'Chuan Shi', 'Bai Wang', 'Peng Cui', 'Philip S. Yu', 'Yanfang Ye'],
               code='https://github.com/Jhy1993/HAN', section=JG),
    (J, 47): P('Deep Collective Classification in Heterogeneous Information Networks', 'WWW 2018', 2018,
               ['Yizhou Zhang', 'Yun Xiong', 'Xiangnan Kong', 'Shanshan Li', 'Jinhong Mi', 'Yangyong Zhu'],
               url='https://dl.acm.org/citation.cfm?id=3186106', section=JG),
    (J, 48): P('Heterogeneous Graph Neural Networks for Malicious Account Detection', 'CIKM 2018', 2018,
               ['Ziqi Liu', 'Chaochao Chen', 'Xinxing Yang', 'Jun Zhou', 'Xiaolong Li', 'Le Song'],
               url='https://dl.acm.org/citation.cfm?id=3272010', section=JG),
    (J, 54): P('Heterogeneous Graph Attention Networks for Semi-supervised Short Text Classification', 'EMNLP 2019', 2019,
               ['Linmei Hu', 'Tianchi Yang', 'Chuan Shi', 'Houye Ji', 'Xiaoli Li'], url='http://shichuan.org/doc/73.pdf', section=JA),
    (J, 59): P('Gotcha - Sly Malware! Scorpion: A Metagraph2vec Based Malware Detection System', 'KDD 2018', 2018,
               ['Yujie Fan', 'Shifu Hou', 'Yiming Zhang', 'Yanfang Ye', 'Melih Abdulhayoglu'], section=JA),
    (J, 63): P('Leveraging Meta-path based Context for Top-N Recommendation with A Neural Co-Attention Model', 'KDD 2018', 2018,
               ['Binbin Hu', 'Chuan Shi', 'Wayne Xin Zhao', 'Philip S. Yu'], url='http://shichuan.org/doc/47.pdf', section=JA),
    (J, 64): P('Local and Global Information Fusion for Top-N Recommendation in Heterogeneous Information Network', 'CIKM 2018', 2018,
               ['Binbin Hu', 'Chuan Shi', 'Wayne Xin Zhao', 'Tianchi Yang'], url='http://shichuan.org/doc/61.pdf', section=JA),
    (J, 66): P('SPE_Subgraph-augmented Path Embedding for Semantic User Search on Heterogeneous Social Network', 'WWW 2018', 2018,
               ['Zemin Liu', 'Vicent W. Zheng', 'Zhou Zhao', 'Hongxia Yang', 'Kevin Chen-Chuan Chang', 'Minghui Wu', 'Jing Ying'],
               section=JA),
}

SP = 'Papers / '
L.update({
    (S, 12): P('Temporal networks', 'Physics Report 2012', 2012, url=None, section='Survey'),  # url filled below
    (S, 18): P('Towards Open Temporal Graph Neural Networks', 'ICLR 2023', 2023,
               url='https://openreview.net/pdf?id=N9Pk5iSCzAn', section=SP + '2023'),
    (S, 20): P('Do We Really Need Complicated Model Architectures For Temporal Networks?', 'ICLR 2023', 2023,
               url='https://openreview.net/pdf?id=ayPPc0SyLv1', section=SP + '2023'),
    (S, 33): P('Neural Predicting Higher-order Patterns in Temporal Networks', 'WWW 2022', 2022, arxiv='2106.06039',
               code='https://github.com/Graph-COM/Neural_Higher-order_Pattern_Prediction', section=SP + '2022'),
    (S, 37): P('Finding a Concise, Precise, and Exhaustive Set of Near Bi-Cliques in Dynamic Graphs', 'WSDM 2022', 2022,
               arxiv='2110.14875', code='https://github.com/hyeonjeong1/cutnpeel', section=SP + '2022'),
    (S, 43): P('Inductive Representation Learning in Temporal Networks via Causal Anonymous Walks', 'ICLR 2021', 2021,
               url='https://openreview.net/pdf?id=KYPz4YsCPj', code='https://github.com/snap-stanford/CAW', section=SP + '2021'),
    (S, 47): P('Learning to Walk across Time for Temporal Knowledge Graph Completion', 'KDD 2021', 2021,
               arxiv='2012.10595', section=SP + '2021'),
    (S, 48): P('Forecasting Interaction Order on Temporal Graphs', 'KDD 2021', 2021, section=SP + '2021'),
    (S, 52): P('SDG: A Simplified and Dynamic Graph Neural Network', 'SIGIR 2021 Short', 2021,
               url='https://github.com/DongqiFu/SDG/blob/main/paper/SDG_A%20Simplified%20and%20Dynamic%20Graph%20Neural%20Network.pdf',
               code='https://github.com/DongqiFu/SDG', section=SP + '2021'),
    (S, 55): P('TEDIC: Neural Modeling of Behavioral Patterns in Dynamic Social Interaction Networks', 'WWW 2021', 2021,
               url='http://snap.stanford.edu/tedic/files/www21_tedic.pdf', section=SP + '2021'),
    (S, 71): P('A Data-Driven Graph Generative Model for Temporal Interaction Networks', 'KDD 2020', 2020,
               url='https://dl.acm.org/doi/pdf/10.1145/3394486.3403082', code='https://github.com/davidchouzdw/TagGen',
               section=SP + '2020'),
    (S, 72): P('Dynamic Knowledge Graph based Multi-Event Forecasting', 'KDD 2020', 2020,
               url='https://yue-ning.github.io/docs/KDD20-glean.pdf', code='https://github.com/amy-deng/glean', section=SP + '2020'),
    (S, 76): P('Streaming Graph Neural Network', 'SIGIR 2020', 2020, arxiv='1810.10627',
               code='https://github.com/alge24/DyGNN', section=SP + '2020'),
    (S, 82): P('Learning and Updating Node Embedding on Dynamic Heterogeneous Information Network', 'WSDM 2020', 2020,
               url='https://dl.acm.org/doi/pdf/10.1145/3437963.3441745', section=SP + '2020'),
    (S, 83): P('Continuous-Time Dynamic Graph Learning via Neural Interaction Processes', 'CIKM 2020', 2020,
               url='https://dl.acm.org/doi/pdf/10.1145/3340531.3411946', section=SP + '2020'),
    (S, 90): P('GloDyNE: Global Topology Preserving Dynamic Network Embedding', 'TKDE 2020', 2020,
               url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9302718',
               code='https://github.com/houchengbin/GloDyNE', section=SP + '2020'),
    (S, 104): P('Hierarchical Temporal Convolutional Networks for Dynamic Recommender Systems', 'WWW 2019', 2019,
                arxiv='1904.04381', section=SP + '2019'),
    (S, 108): P('Temporal Network Embedding with Micro- and Macro-dynamics', 'CIKM 2019', 2019,
                url='https://par.nsf.gov/servlets/purl/10148548', code='https://github.com/rootlu/MMDNE', section=SP + '2019'),
    (S, 116): P('Continuous-Time Dynamic Network Embeddings', 'WWW 2018', 2018,
                url='https://dl.acm.org/doi/pdf/10.1145/3184558.3191526', code='https://github.com/Shubhranshu-Shekhar/ctdne',
                section=SP + '2018'),
    (S, 131): N('Tools / General Graph Learning'),
})

TOC = 'Table of Contents'
PD = 'Papers by Disease/Application / '


def DOI(d):
    return 'https://doi.org/' + d


L.update({
    (Z, 19): N(TOC), (Z, 20): N(TOC), (Z, 21): N(TOC), (Z, 30): N(TOC),
    (Z, 34): N(TOC), (Z, 37): N(TOC), (Z, 41): N(TOC), (Z, 42): N(TOC),
    (Z, 62): P('Time-series anomaly detection based on dynamic temporal graph convolutional network', None, 2024,
               doi='10.3390/bioengineering11010053', url=DOI('10.3390/bioengineering11010053'), section=PD + 'Epilepsy'),
    (Z, 85): P('Spatio-temporal attention in multi-granular brain chronnectomes for ASD detection', None, 2022,
               arxiv='2211.07360', doi='10.48550/arXiv.2211.07360', section=PD + 'Autism Spectrum Disorder'),
    (Z, 91): P('A graph transformer-based foundation model for brain functional connectivity network', None, 2026,
               doi='10.1016/j.patcog.2025.111988', url=DOI('10.1016/j.patcog.2025.111988'), section=PD + 'Depression'),
    (Z, 100): P('Dynamically weighted graph neural network for detection of early MCI', None, 2025,
                doi='10.1371/journal.pone.0323894', url=DOI('10.1371/journal.pone.0323894'), section=PD + 'Cognitive Impairment'),
    (Z, 111): P('DGAT: A dynamic graph attention neural network framework for EEG emotion recognition', None, 2025,
                doi='10.3389/fpsyt.2025.1633860', url=DOI('10.3389/fpsyt.2025.1633860'), section=PD + 'Emotion Recognition'),
    (Z, 112): P('A spatio-temporal graph neural network for EEG emotion recognition', None, 2025,
                doi='10.2298/csis250215053w', url=DOI('10.2298/csis250215053w'), section=PD + 'Emotion Recognition'),
    (Z, 124): P('Spatio-temporal graph convolution for resting-state fMRI analysis', None, 2021,
                arxiv='2003.10613', doi='10.48550/arXiv.2003.10613', section=PD + 'Brain Modeling'),
    (Z, 146): N('Papers by Architecture / RNN-based Models / GC-LSTM (Graph Convolutional LSTM)'),
    (Z, 156): N('Papers by Architecture / TCN-based Models / ST-GCN (Spatio-Temporal Graph Convolutional Network)'),
    (Z, 188): N('Datasets / fMRI Datasets'),
    (Z, 208): N('Tools and Resources / Visualization Tools'),
    (Z, 263): N('Contributing / Contribution Guidelines'),
})

NAS = 'AutoML on Graphs / Graph Neural Architecture Search / '
L.update({
    (W, 25): N('Contents'), (W, 26): N('Contents'), (W, 28): N('Contents'),
    (W, 71): P('Scalable Graph Neural Networks via Bidirectional Propagation', 'NeurIPS 2020', 2020, arxiv='2010.15421',
               code='https://github.com/chennnM/GBP', section='Scalable-GNN / Linear Model'),
    (W, 87): P('Stochastic Training of Graph Convolutional Networks with Variance Reduction', 'ICML 2018', 2018,
               arxiv='1710.10568', code='https://github.com/thu-ml/stochastic_gcn',
               section='Scalable-GNN / Sampling / Node-wise sampling'),
    (W, 101): P('Large-Scale Learnable Graph Convolutional Networks', 'KDD 2018', 2018,
                url='https://dl.acm.org/doi/abs/10.1145/3219819.3219947', code='https://github.com/divelab/lgcn',
                section='Scalable-GNN / Sampling / Graph-wise sampling'),
    (W, 118): P('Extract the Knowledge of Graph Neural Networks and Go Beyond it: An Effective Knowledge Distillation Framework',
                'WWW 2021', 2021, arxiv='2103.02885', code='https://github.com/BUPT-GAMMA/CPF',
                section='Knowledge Distillation on Graphs'),
    (W, 148): P('AutoHEnsGNN Winning Solution to AutoGraph Challenge for KDD Cup 2020', 'ICDE 2022', 2022, arxiv='2111.12952',
                code='https://github.com/aister2020/KDDCUP_2020_AutoGraph_1st_Place', section=NAS + '2022'),
    (W, 154): P('Graph Differentiable Architecture Search with Structure Learning', 'NeurIPS 2021', 2021,
                url='https://openreview.net/forum?id=kSv_AMdehh3', code='https://github.com/THUMNLab/AutoGL', section=NAS + '2021'),
    (W, 161): P('Learn Layer-wise Connections in Graph Neural Networks', 'KDD 2021 DLG Workshop', 2021, arxiv='2112.13585',
                section=NAS + '2021'),
    (W, 168): P('Search to aggregate neighborhood for graph neural network', 'ICDE 2021', 2021, arxiv='2104.06608',
                code='https://github.com/AutoML-4Paradigm/SANE', section=NAS + '2021'),
    (W, 181): P('Genetic Meta-Structure Search for Recommendation on Heterogeneous Information Network', 'CIKM 2020', 2020,
                arxiv='2102.10550', code='https://github.com/0oshowero0/GEMS', section=NAS + '2020'),
    (W, 210): P('Autonomous graph mining algorithm search with best speed/accuracy trade-off', 'ICDM 2020', 2020,
                arxiv='2011.14925', code='https://github.com/minjiyoon/ICDM20-AutoGM',
                section='AutoML on Graphs / Graph Hyper-Parameter Optimization / 2020'),
    (W, 229): P('Robust Optimization as Data Augmentation for Large-scale Graphs', 'CVPR 2022', 2022, arxiv='2010.09891',
                code='https://github.com/devnkong/FLAG', section='Graph Data Augmentation / Node-level tasks / 2022'),
    (W, 240): P('Data Augmentation for Graph Neural Networks', 'AAAI 2021', 2021, arxiv='2006.06830',
                code='https://github.com/zhao-tong/GAug', section='Graph Data Augmentation / Node-level tasks / 2021'),
    (W, 266): P('Automated Data Augmentations for Graph Classification', 'arXiv 2022', 2022, arxiv='2202.13248',
                section='Graph Data Augmentation / Graph-level tasks / 2022'),
    (W, 268): P('Graph Transplant: Node Saliency-Guided Graph Mixup with Local Structure Preservation', 'AAAI 2022', 2022,
                arxiv='2111.05639', section='Graph Data Augmentation / Graph-level tasks / 2022'),
    (W, 305): P('Contrastive Self-supervised Sequential Recommendation with Robust Augmentation', 'arXiv 2021', 2021,
                arxiv='2108.06479', code='https://github.com/YChen1993/CoSeRec',
                section='Graph Data Augmentation / Graph data augmentation with self-supervised learning objectives / Contrastive learning / 2021'),
    (W, 343): P('A Survey on Graph Structure Learning: Progress and Opportunities', 'arXiv 2022', 2022, arxiv='2103.03036',
                section='Graph Structure Learning / Survey'),
    (W, 363): P('Learning to Drop: Robust Graph Neural Network via Topological Denoising', 'WSDM 2021', 2021, arxiv='2011.07057',
                code='https://github.com/flyingdoog/PTDNet',
                section='Graph Structure Learning / Representive GSL methods / Neural'),
})


def main():
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    out = []
    for r in sample:
        lab = L[(r['list'], r['line'])]
        raw = r['text']
        if (r['list'], r['line']) == (S, 12):
            start = raw.index('[[paper](') + len('[[paper](')
            lab['url'] = raw[start:raw.rindex(')]')]
        rec = {'list': r['list'], 'line': r['line'], 'raw': raw}
        rec.update(lab)
        out.append(rec)
    assert len(out) == len(L) == 80
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()
