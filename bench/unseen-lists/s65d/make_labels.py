#!/usr/bin/env python3
"""Write labels.jsonl: raw text comes from sample.jsonl (exact source lines); every other field
was read by eye from the README and typed here by hand."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
D = 'DLUTElvis__GNN4Rec-Papers.README.md'
E = 'effrosyni-papanastasiou__GNNPapers.README.md'
M = 'mingli-ai__GNN-based-Recommendation.README.md'
UI = 'General Recommendation / User-Item Bipartite Graph Models'
SG = 'General Recommendation / Social Graph Enhanced Models'
KG = 'General Recommendation / Knowledge Graph Enhanced Models'

def P(title, venue=None, year=None, authors=(), arxiv=None, url=None, code=None, section=None, doi=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 (D, 99): P('Inductive Matrix Completion Based on Graph Neural Networks', 'ICLR 2020', 2020,
            ['Muhan Zhang', 'Yixin Chen'], url='https://openreview.net/pdf?id=ByxxgCEYDS',
            code='https://github.com/muhanzhang/IGMC', section=UI),
 (D, 136): P('Self-Supervised Multi-Channel Hypergraph Convolutional Network for Social Recommendation', 'WWW 2021', 2021,
             ['Junliang Yu', 'Hongzhi Yin', 'Jundong Li', 'Qinyong Wang', 'Nguyen Quoc Viet Hung', 'Xiangliang Zhang'],
             url='https://dl.acm.org/doi/pdf/10.1145/3442381.3449844', code='https://github.com/Coder-Yu/RecQ', section=SG),
 (D, 151): P('Multi-Graph Convolution Collaborative Filtering', 'ICDM 2019', 2019,
             ['Jianing Sun', 'Yingxue Zhang', 'Chen Ma', 'Mark Coates', 'Huifeng Guo', 'Ruiming Tang', 'Xiuqiang He'],
             arxiv='2001.00267', section=SG),
 (D, 197): P('Rethinking the Item Order in Session-based Recommendation with Graph Neural Networks', 'CIKM 2019', 2019,
             ['Ruihong Qiu', 'Jingjing Li', 'Zi Huang', 'Hongzhi Yin'], arxiv='1911.11942',
             code='https://github.com/RuihongQiu/FGNN', section='Sequential Recommendation / RNN-based Models'),
 (D, 235): P('GraphSAIL: Graph Structure Aware Incremental Learning for Recommender Systems', 'CIKM 2020', 2020,
             ['Yishi Xu', 'Yingxue Zhang', 'Wei Guo', 'Huifeng Guo', 'Ruiming Tang', 'Mark Coates'],
             url='https://dl.acm.org/doi/10.1145/3340531.3412754', section='Related Technology / Knowledge Distillation'),
 (D, 155): P('Drug Package Recommendation via Interaction-aware Graph Induction', 'WWW 2021', 2021,
             ['Zhi Zheng', 'Chao Wang', 'Dazhong Shen', 'Baoxing Huai', 'Tongzhu Liu', 'Enhong Chen'],
             url='https://dl.acm.org/doi/10.1145/3442381.3449962', section=KG),
 (D, 126): P('Binarized Collaborative Filtering with Distilling Graph Convolutional Networks', 'IJCAI 2019', 2019,
             ['Haoyu Wang', 'Defu Lian', 'Yong Ge'], arxiv='1906.01829', section=UI),
 (D, 142): P('Modelling High-Order Social Relations for Item Recommendation', 'TKDE 2020', 2020,
             ['Yang Liu', 'Liang Chen', 'Xiangnan He', 'Jiaying Peng', 'Zibin Zheng', 'Jie Tang'], arxiv='2003.10149', section=SG),
 (D, 173): P('Bayes EMbedding (BEM): Refining Representation by Integrating Knowledge Graphs and Behavior-specific Networks', 'CIKM 2019', 2019,
             ['Yuting Ye', 'Xuwu Wang', 'Jiangchao Yao', 'Kunyang Jia', 'Jingren Zhou', 'Yanghua Xiao', 'Hongxia Yang'],
             arxiv='1908.10611', section=KG),
 (D, 102): P('MultiSage: Empowering GCN with Contextualized Multi-Embeddings on Web-Scale Multipartite Networks', 'KDD 2020', 2020,
             ['Carl Yang', 'Aditya Pal', 'Andrew Zhai', 'Nikil Pancha', 'Jiawei Han', 'Charles Rosenberg', 'Jure Leskovec'],
             url='https://dl.acm.org/doi/pdf/10.1145/3394486.3403293', section=UI),
 (D, 252): P('Bayes EMbedding (BEM): Refining Representation by Integrating Knowledge Graphs and Behavior-specific Networks', 'CIKM 2019', 2019,
             ['Yuting Ye', 'Xuwu Wang', 'Jiangchao Yao', 'Kunyang Jia', 'Jingren Zhou', 'Yanghua Xiao', 'Hongxia Yang'],
             arxiv='1908.10611', section='Related Technology / Variational Inference'),
 (D, 238): P('Distilling Structured Knowledge into Embeddings for Explainable and Accurate Recommendation', 'WSDM 2020', 2020,
             ['Yuan Zhang', 'Xiaoran Xu', 'Hanning Zhou', 'Yan Zhang'], arxiv='1912.08422',
             code='https://github.com/yuan-pku/Distilling-Structured-Knowledge-into-Embeddings-for-Explainable-and-Accurate-Recommendation',
             section='Related Technology / Knowledge Distillation'),
 (D, 111): P('M2GRL: A Multi-task Multi-view Graph Representation Learning Framework for Web-scale Recommender Systems', 'KDD 2020', 2020,
             ['Menghan Wang', 'Yujie Lin', 'Guli Lin', 'Keping Yang', 'Xiao-Ming Wu'], arxiv='2005.10110',
             code='https://github.com/99731/M2GRL', section=UI),
 (D, 84): P('Graph Embedding for Recommendation against Attribute Inference Attacks', 'WWW 2021', 2021,
            ['Shijie Zhang', 'Hongzhi Yin', 'Tong Chen', 'Zi Huang', 'Lizhen Cui', 'Xiangliang Zhang'],
            url='https://dl.acm.org/doi/10.1145/3442381.3449813', section=UI),
 (D, 129): P('MMGCN: Multi-modal Graph Convolution Network for Personalized Recommendation of Micro-video', 'MM 2019', 2019,
             ['Yinwei Wei', 'Xiang Wang', 'Liqiang Nie', 'Xiangnan He', 'Richang Hong', 'Tat-Seng Chua'],
             url='https://dl.acm.org/doi/10.1145/3343031.3351034', code='https://github.com/weiyinwei/MMGCN', section=UI),
 (D, 139): P('DiffNet++: A Neural Influence and Interest Diffusion Network for Social Recommendation', 'TKDE 2020', 2020,
             ['Le Wu', 'Junwei Li', 'Peijie Sun', 'Richang Hong', 'Yong Ge', 'Meng Wang'], arxiv='2002.00844',
             code='https://github.com/PeiJieSun/diffnet', section=SG),
 (D, 108): P('An Efficient Neighborhood-based Interaction Model for Recommendation on Heterogeneous Graph', 'KDD 2020', 2020,
             ['Jiarui Jin', 'Jiarui Qin', 'Yuchen Fang', 'Kounianhua Du', 'Weinan Zhang', 'Yong Yu', 'Zheng Zhang', 'Alexander J. Smola'],
             arxiv='2007.00216', code='https://github.com/Jinjiarui/GraphHINGE', section=UI),
 (D, 225): P('Self-Supervised Learning on Graphs: Deep Insights and New Directions', 'arXiv 2021', 2021,
             ['Wei Jin', 'Tyler Derr', 'Haochen Liu', 'Yiqi Wang', 'Suhang Wang', 'Zitao Liu', 'Jiliang Tang'],
             arxiv='2006.10141', section='Related Technology / Self-Supervised Learning'),
 (D, 261): P('Drug Package Recommendation via Interaction-aware Graph Induction', 'WWW 2021', 2021,
             ['Zhi Zheng', 'Chao Wang', 'Dazhong Shen', 'Baoxing Huai', 'Tongzhu Liu', 'Enhong Chen'],
             url='https://dl.acm.org/doi/10.1145/3442381.3449962', section='Application Scenarios / Package Recommendation'),
 (D, 81): P('DGCN: Diversified Recommendation with Graph Convolutional Networks', 'WWW 2021', 2021,
            ['Yu Zheng', 'Chen Gao', 'Liang Chen', 'Depeng Jin', 'Yong Li'],
            url='https://dl.acm.org/doi/10.1145/3442381.3449835', code='https://github.com/tsinghua-fib-lab/DGCN', section=UI),

 (E, 220): P('Learning sequential features for cascade outbreak prediction', 'Knowledge and Information System 2018', 2018,
             ['Chengcheng Gou', 'Huawei Shen', 'Pan Du', 'Dayong Wu', 'Yue Liu', 'Xueqi Cheng'],
             url='https://link.springer.com/article/10.1007/s10115-017-1143-0', section='2018'),
 (E, 269): N('2017'),
 (E, 138): P('Predicting Future Participants of Information Propagation Trees',
             'IEEE/WIC/ACM International Conference on Web Intelligence 2019', 2019,
             ['Hsing-Huan Chung', 'Hen-Hsen Huang', 'Hsin-Hsi Chen'], url='https://dl.acm.org/citation.cfm?id=3352540', section='2019'),
 (E, 33): N('2021'),
 (E, 199): N('2018'),
 (E, 191): N('2018'),
 (E, 25): P('Information Cascades Prediction With Graph Attention', 'Frontiers in Physics 2021', 2021,
            ['Chen Zhihao', 'Wei Jingjing', 'Liang Shaobin', 'Cai Tiecheng', 'Liao Xiangwen'],
            url='https://www.frontiersin.org/article/10.3389/fphy.2021.739202', section='2021'),
 (E, 28): N('2021'),
 (E, 27): N('2021'),
 (E, 50): N('2020'),
 (E, 70): P('A Heterogeneous Dynamical Graph Neural Networks Approach to Quantify Scientific Impact', 'arXiv 2020', 2020,
            ['Fan Zhou', 'Xovee Xu', 'Ce Li', 'Goce Trajcevski', 'Ting Zhong', 'Kunpeng Zhang'],
            url='https://xovee.cn/archive/paper/arXiv_20_HDGNN_Xovee.pdf', code='https://github.com/Xovee/hdgnn', section='2020'),
 (E, 148): P('Community structure enhanced cascade prediction', 'Neurocomputing 2019', 2019,
             ['Chaochao Liu', 'Wenjun Wang', 'Yueheng Sun'],
             url='https://www.sciencedirect.com/science/article/pii/S0925231219307751', section='2019'),
 (E, 109): P('NPP: A neural popularity prediction model for social media content', 'Neurocomputing 2019', 2019,
             ['Guandan Chen', 'Qingchao Kong', 'Nan Xu', 'Wenji Mao'],
             url='https://www.sciencedirect.com/science/article/pii/S0925231218314942', section='2019'),
 (E, 128): P('A Recurrent Neural Cascade-based Model for Continuous-Time Diffusion', 'ICML 2019', 2019,
             ['Sylvain Lamprier'], url='http://proceedings.mlr.press/v97/lamprier19a.html', section='2019'),
 (E, 7): N('2022'),
 (E, 159): N('2018'),
 (E, 272): N('2017'),
 (E, 264): P('DeepCas: An end-to-end predictor of information cascades', 'WWW 2017', 2017,
             ['C. Li', 'J. Ma', 'X. Guo', 'Q. Mei'], arxiv='1611.05373', section='2017'),
 (E, 185): N('2018'),
 (E, 22): N('2021'),

 (M, 25): P('A Survey on Neural Recommendation: From Collaborative Filtering to Content and Context Enriched Recommendation',
            None, 2021, url='https://www.zhuanzhi.ai/paper/cbf33028b44f85138520717fd1d72792', section='Surveys'),
 (M, 36): P('Geometric Matrix Completion with Recurrent Multi-Graph Neural Networks', None, 2017, arxiv='1704.06803', section='Papers'),
 (M, 24): P('Graph Neural Networks in Recommender Systems: A Survey', None, 2021, arxiv='2011.02260', section='Surveys'),
 (M, 101): P('Self-supervised Graph Learning for Recommendation', None, 2020, arxiv='2010.10783',
             code='https://github.com/wujcan/SGL', section='Papers'),
 (M, 42): P('STAR-GCN: Stacked and Reconstructed Graph Convolutional Networks for Recommender Systems', None, 2019,
            arxiv='1905.13129', section='Papers'),
 (M, 145): N('Tutorials'),
 (M, 107): P('Contrastive Learning for Debiased Candidate Generation in Large-Scale Recommender Systems', None, 2021,
             arxiv='2005.12964', section='Papers'),
 (M, 83): P('Memory Augmented Graph Neural Networks for Sequential Recommendation', None, 2020, arxiv='1912.11730', section='Papers'),
 (M, 13): N('Datasets'),
 (M, 16): N('Datasets'),
 (M, 31): P('MMGCN: Multi-modal Graph Convolution Network for Personalized Recommendation of Micro-video', None, 2019,
            url='http://staff.ustc.edu.cn/~hexn/papers/mm19-MMGCN.pdf', code='https://github.com/weiyinwei/MMGCN', section='Papers'),
 (M, 68): P('KGAT: Knowledge Graph Attention Network for Recommendation', None, 2019, arxiv='1905.07854', section='Papers'),
 (M, 32): P('MGAT: Multimodal Graph Attention Network for Recommendation', None, 2020,
            url='https://www.researchgate.net/profile/Zhulin-Tao/publication/341324971_MGAT_Multimodal_Graph_Attention_Network_for_Recommendation/links/60535c5d299bf17367521ac4/MGAT-Multimodal-Graph-Attention-Network-for-Recommendation.pdf',
            code='https://github.com/zltao/MGAT', section='Papers'),
 (M, 89): P('Inductive Matrix Completion Based on Graph Neural Networks', None, 2020,
            url='https://openreview.net/pdf?id=ByxxgCEYDS', section='Papers'),
 (M, 76): P('Dual Graph Attention Networks for Deep Latent Representation of Multifaceted Social Effects in Recommender Systems',
            None, 2019, arxiv='1903.10433', section='Papers'),
 (M, 60): P('Knowledge-aware Graph Neural Networks with Label Smoothness Regularization for Recommender Systems', None, 2019,
            arxiv='1905.04413', section='Papers'),
 (M, 72): P('Knowledge Graph Convolutional Networks for Recommender Systems', None, 2019, arxiv='1904.12575', section='Papers'),
 (M, 97): P('Disentangling User Interest and Conformity for Recommendation with Causal Embeddings', None, 2020,
            arxiv='2006.11011', section='Papers'),
 (M, 141): P('A Graph Neural Network Framework for Social Recommendations', None, 2020,
             url='https://ieeexplore.ieee.org/abstract/document/9139346', section='Papers'),
 (M, 19): N('Datasets'),
}

out = []
for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'):
    s = json.loads(l)
    lab = L.pop((s['list'], s['line']))
    rec = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    rec.update(lab)
    out.append(rec)
assert not L, L
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(r['is_paper'] for r in out))
