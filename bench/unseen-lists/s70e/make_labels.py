#!/usr/bin/env python3
"""Hand labels for the entries drawn by sample.py (read by eye from the files)."""
import json

S = json.load  # unused
samples = [json.loads(l) for l in open('sample.jsonl', encoding='utf-8')]
raw = {(o['list'], o['line']): o['raw'] for o in samples}

def P(title, arxiv=None, url=None, venue=None, year=None, authors=None, code=None, section=None, doi=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

H = 'HKUDS__SSLRec.README.md'
GCF = 'General Collaborative Filtering'; SEQ = 'Sequential Recommendation'; SOC = 'Social Recommendation'
KG = 'Knowledge-aware Recommendation'; MB = 'Multi-behavior Recommendation'
L = {}
L[(H, 4)] = P('LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation', '2002.02126', None, 'SIGIR 2020', 2020, section=GCF)
L[(H, 5)] = P('Self-supervised Graph Learning for Recommendation', '2010.10783', None, 'SIGIR 2021', 2021, section=GCF)
L[(H, 7)] = P('Are Graph Augmentations Necessary? Simple Graph Contrastive Learning for Recommendation', '2112.08679', None, 'SIGIR 2022', 2022, section=GCF)
L[(H, 9)] = P('Towards Representation Alignment and Uniformity in Collaborative Filtering', None, 'https://dl.acm.org/doi/pdf/10.1145/3534678.3539253', 'KDD 2022', 2022, section=GCF)
L[(H, 10)] = P('LightGCL: Simple yet Effective Graph Contrastive Learning for Recommendation', '2302.08191', None, 'ICLR 2022', 2022, section=GCF)
L[(H, 11)] = P('Automated Self-Supervised Learning for Recommendation', '2303.07797', None, 'WWW 2023', 2023, section=GCF)
L[(H, 12)] = P('Disentangled Contrastive Collaborative Filtering', '2305.02759', None, 'SIGIR 2023', 2023, section=GCF)
L[(H, 14)] = P('Adaptive Graph Contrastive Learning for Recommendation', '2305.10837', None, 'KDD 2023', 2023, section=GCF)
L[(H, 22)] = P('Contrastive learning for sequential recommendation', '2010.14395', None, 'ICDE 2022', 2022, section=SEQ)
L[(H, 23)] = P('Contrastive learning for representation degeneration problem in sequential recommendation', '2110.05730', None, 'WSDM 2022', 2022, section=SEQ)
L[(H, 24)] = P('Intent contrastive learning for sequential recommendation', '2202.02519', None, 'WWW 2022', 2022, section=SEQ)
L[(H, 25)] = P('Debiased Contrastive Learning for Sequential Recommendation', '2303.11780', None, 'WWW 2023', 2023, section=SEQ)
L[(H, 26)] = P('Graph Masked Autoencoder for Sequential Recommendation', '2305.04619', None, 'SIGIR 2023', 2023, section=SEQ)
L[(H, 32)] = P('Knowledge-aware Coupled Graph Neural Network for Social Recommendation', None, 'https://par.nsf.gov/servlets/purl/10220297', 'AAAI 2021', 2021, section=SOC)
L[(H, 33)] = P('Social Recommendation with Self-Supervised Metagraph Informax Network', '2110.03958', None, 'CIKM 2021', 2021, section=SOC)
L[(H, 40)] = P('Knowledge Graph Contrastive Learning for Recommendation', '2205.00976', None, 'SIGIR 2022', 2022, section=KG)
L[(H, 41)] = P('Knowledge Graph Self-Supervised Rationalization for Recommendation', '2307.02759', None, 'KDD 2023', 2023, section=KG)
L[(H, 46)] = P('Graph meta network for multi-behavior recommendation', '2110.03969', None, 'SIGIR 2021', 2021, section=MB)
L[(H, 49)] = P('Contrastive Meta Learning with Behavior Multiplicity for Recommendation', '2202.08523', None, 'WSDM 2022', 2022, section=MB)
L[(H, 50)] = P('Knowledge Enhancement for Contrastive Multi-Behavior Recommendation', '2301.05403', None, 'WSDM 2023', 2023, section=MB)

S_ = 'SukwonYun__RecSys-Papers.README.md'
M = 'Models'
F = 'https://github.com/SukwonYun/RecSys-Papers/files/'
L[(S_, 4)] = N('Laborartory')
L[(S_, 17)] = P('Matrix Factorization Techniques for Recommender Systems', None, 'https://datajobs.com/data-science-repo/Recommender-Systems-[Netflix].pdf', None, 2009, section=M)
L[(S_, 18)] = P('Factorization Meets the Neighborhood: a Multifaceted Collaborative Filtering Model', None, 'https://dl.acm.org/doi/pdf/10.1145/1401890.1401944', None, 2008, code='https://github.com/SukwonYun/RecSys-Papers/tree/master/SVD', section=M)
L[(S_, 19)] = P('Probabilistic Matrix Factorization', None, 'https://papers.nips.cc/paper/2007/file/d7322ed717dedf1eb4e6e52a37ea7bcd-Paper.pdf', None, 2008, section=M)
L[(S_, 20)] = P('Collaborative Filtering for Implicit Feedback Datasets', None, F + '5835861/OCCF.pdf', None, 2008, section=M)
L[(S_, 21)] = P('BPR: Bayesian Personalized Ranking from Implicit Feedback', None, F + '5835858/BPR.pdf', None, 2012, section=M)
L[(S_, 22)] = P('Collaborative Metric Learning', None, F + '5835860/CML.pdf', None, 2017, section=M)
L[(S_, 23)] = P('Neural Collaborative Filtering', None, F + '5835857/NCF.pdf', None, 2017, section=M)
L[(S_, 24)] = P('AutoRec: Autoencoders Meet Collaborative Filtering', None, F + '5835876/Autorec.pdf', None, 2015, section=M)
L[(S_, 25)] = P('Collaborative Deep Learning for Recommender Systems', None, F + '5835846/CDL.pdf', None, 2015, section=M)
L[(S_, 26)] = P('Factorization Machines', None, F + '5835853/FM.pdf', None, 2010, code='https://github.com/SukwonYun/RecSys-Papers/tree/master/FM', section=M)
L[(S_, 27)] = P('Wide & Deep Learning for Recommender Systems', None, F + '5835879/wide.deep.pdf', None, 2016, section=M)
L[(S_, 28)] = P('SoRec: Social Recommendation Using Probabilistic Matrix Factorization', None, F + '5835855/SoRec.pdf', None, 2008, section=M)
L[(S_, 30)] = P('Deep Neural Networks for YouTube Recommendations', None, F + '5865100/Youtube.pdf', None, 2016, section=M)
L[(S_, 32)] = P('node2vec: Scalable Feature Learning for Networks', None, F + '5865104/node2vec.pdf', None, 2016, section=M)
L[(S_, 35)] = P('LINE: Large-scale Information Network Embedding', None, F + '5865108/LINE.pdf', None, 2015, section=M)
L[(S_, 38)] = P('Inductive Representation Learning on Large Graphs', None, F + '5865113/GraphSAGE.pdf', None, 2017, section=M)
R = 'Library or Useful Resources'
L[(S_, 47)] = N(R)
L[(S_, 48)] = N(R)
L[(S_, 49)] = N(R)

W = 'wubinzzu__Multimodal-Recommendation-Papers.README.md'
MM = 'Multi-Modal Recommendation System'
L[(W, 8)] = P('A holistic view on positive and negative implicit feedback for micro-video recommendation', None, 'https://www.sciencedirect.com/science/article/pii/S095070512301047X', 'KBS 2023', 2023, code='https://github.com/gupanz/HMNet', section=MM)
L[(W, 20)] = P('Empowering neural collaborative filtering with contextual features for multimedia recommendation', None, 'https://link.springer.com/article/10.1007/s00530-023-01107-9', 'MULTIMEDIA SYSTEMS 2023', 2023, section=MM)
L[(W, 22)] = P('Enhancing Dyadic Relations with Homogeneous Graphs for Multimodal Recommendation', '2301.12097', 'https://ebooks.iospress.nl/doi/10.3233/FAIA230631', 'ECAI 2023', 2023, code='https://github.com/hongyurain/DRAGON', section=MM)
L[(W, 26)] = P('LightGT: A Light Graph Transformer for Multimedia Recommendation', None, 'http://dl.acm.org/doi/10.1145/3539618.3591716', 'SIGIR 2023', 2023, code='https://github.com/Liuwq-bit/LightGT', section=MM)
L[(W, 27)] = P('MEGCF: Multimodal Entity Graph Collaborative Filtering for Personalized Recommendation', None, 'http://dl.acm.org/doi/10.1145/3544106', 'TOIS 2023', 2023, code='https://github.com/kangliu1225/MEGCF', section=MM)
L[(W, 28)] = P('MEMER - Multimodal Encoder for Multi-signal Early-stage Recommendations', None, 'http://dl.acm.org/doi/10.1145/3543873.3587679', 'WWW 2023', 2023, section=MM)
L[(W, 46)] = P('Multi-Modal Self-Supervised Learning for Recommendation', '2302.10632', 'http://dl.acm.org/doi/10.1145/3543507.3583206', 'WWW 2023', 2023, code='https://github.com/HKUDS/MMSSL', section=MM)
L[(W, 56)] = P('Binary multi-modal matrix factorization for fast item cold-start recommendation', None, 'https://linkinghub.elsevier.com/retrieve/pii/S0925231222009870', 'NEUROCOMPUTING 2022', 2022, code='https://github.com/pcm1217/BMMF', section=MM)
L[(W, 82)] = P('A deep learning based multi-modal approach for images and texts recommendation', None, 'https://link.springer.com/chapter/10.1007/978-3-030-77772-2_23', 'AI-HCI 2021', 2021, section=MM)
L[(W, 85)] = P('Enhancing Personalised Recommendations with the Use of Multimodal Information', None, 'http://ieeexplore.ieee.org/document/9666124', 'ISM 2021', 2021, section=MM)
L[(W, 111)] = P('Complementary Recommendations Using Deep Multi-modal Embeddings For Online Retail', None, 'https://ieeexplore.ieee.org/document/9378363', 'IEEE BIG DATA 2020', 2020, section=MM)
L[(W, 114)] = P('Graph-Refined Convolutional Network for Multimedia Recommendation with Implicit Feedback', '2111.02036', 'https://dl.acm.org/doi/10.1145/3394171.3413556', 'MM 2020', 2020, code='https://github.com/weiyinwei/GRCN', section=MM)
L[(W, 115)] = P('Hashtag our stories: Hashtag recommendation for micro-videos via harnessing multiple modalities', None, 'https://www.sciencedirect.com/science/article/pii/S0950705120303798', 'KBS 2020', 2020, section=MM)
L[(W, 116)] = P('Learning and fusing multiple user interest representations for micro-video and movie recommendations', None, 'https://ieeexplore.ieee.org/abstract/document/9025233', 'TMM 2020', 2020, code='https://github.com/Ocxs/MUIR', section=MM)
L[(W, 117)] = P('MGAT: Multimodal Graph Attention Network for Recommendation', None, 'https://www.sciencedirect.com/science/article/abs/pii/S0306457320300182', 'IPM 2020', 2020, code='https://github.com/zltao/MGAT', section=MM)
L[(W, 132)] = P('MMM: Multi-source Multi-net Micro-video Recommendation with Clustered Hidden Item Representation Learning', None, 'https://link.springer.com/article/10.1007/s41019-019-00101-4', 'DSE 2019', 2019, section=MM)
L[(W, 138)] = P('Personalized Micro-video Recommendation Based on Multi-modal Features and User Interest Evolution', None, 'http://link.springer.com/chapter/10.1007/978-3-030-34110-7_51', 'ICIG 2019', 2019, section=MM)
L[(W, 140)] = P('User Diverse Preference Modeling by Multimodal Attentive Metric Learning', '1908.07738', 'https://dl.acm.org/doi/10.1145/3343031.3350953', 'MM 2019', 2019, code='https://github.com/liufancs/MAML', section=MM)
L[(W, 146)] = P('A deep multimodal approach for cold-start music recommendation', '1706.09739', 'https://dl.acm.org/doi/abs/10.1145/3125486.3125492', 'DLRS 2017', 2017, code='https://github.com/sergiooramas/tartarus', section=MM)
L[(W, 147)] = P('Attentive Collaborative Filtering: Multimedia Recommendation with Item- and Component-Level Attention', None, 'https://dl.acm.org/doi/abs/10.1145/3077136.3080797', 'SIGIR 2017', 2017, section=MM)

assert set(L) == set(raw), (set(L) ^ set(raw))
with open('labels.jsonl', 'w', encoding='utf-8') as fh:
    for o in samples:
        k = (o['list'], o['line'])
        rec = {'list': o['list'], 'line': o['line'], 'raw': o['raw']}
        rec.update(L[k])
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L), 'labels;', sum(v['is_paper'] for v in L.values()), 'papers')
