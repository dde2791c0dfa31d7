#!/usr/bin/env python3
"""Hand labels for the s77g sample (values typed by hand from reading each entry; raw is cut from
the saved file by the hand-chosen line range of each entry). Writes labels.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
X = 'XiaoCode-er__Skeleton-Based-Action-Recognition-Papers.README.md'
A = 'artcmd__Temporal-Action-Localization.README.md'
J = 'jiaming-wang__awesome-action-recognition.README.md'
AX = 'https://arxiv.org/abs/'

def P(lst, a, b, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(list=lst, a=a, b=b, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)

def N(lst, a, b, section):
    return dict(list=lst, a=a, b=b, is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

RN, CH, G = 'RNN / NTU', 'CNN / Hikvision', 'GCN'
R2 = 'Fully-supervised Action Localization / Two-stage Localization / Region-based Detector'
B2 = 'Fully-supervised Action Localization / Two-stage Localization / Boundary-based Detector'
O1 = 'Fully-supervised Action Localization / One-stage Localization'
W = 'Weakly-supervised Action Localization'
AR = 'Action Recognition and Video Understanding'

L = [
 # XiaoCode-er: bold numbered title + "- intro/arxiv/github" detail bullets
 P(X, 5, 9, 'NTU RGB+D: A Large Scale Dataset for 3D Human Activity Analysis', '1604.02808', venue='CVPR 2016', year=2016,
   code='https://github.com/shahroudy/NTURGB-D', section=RN),
 P(X, 11, 14, 'Spatio-Temporal LSTM with Trust Gates for 3D Human Action Recognition', '1607.07043', venue='T-PAMI 2017', year=2017,
   code='https://github.com/kinect59/Spatio-Temporal-LSTM', section=RN),
 P(X, 16, 18, 'Skeleton Based Human Action Recognition with Global Context-Aware Attention LSTM Networks', '1707.05740',
   venue='CVPR 2017', year=2017, section=RN),
 P(X, 20, 24, 'NTU RGB+D 120: A Large-Scale Benchmark for 3D Human Activity Understanding', '1905.04757', venue='TPAMI 2019',
   year=2019, code='https://github.com/shahroudy/NTURGB-D', section=RN),
 P(X, 27, 30, 'Modeling Temporal Dynamics and Spatial Configurations of Actions Using Two-Stream Recurrent Neural Networks',
   '1704.02581', venue='CVPR 2017', year=2017, code='https://github.com/hongsong-wang/RNN-for-skeletons', section=RN),
 P(X, 32, 34, 'Learning content and style: Joint action recognition and person identification from human skeletons',
   venue='PR 2018', year=2018, code='https://github.com/hongsong-wang/Beyond-Joints', section=RN),
 P(X, 36, 38, 'Ensemble Deep Learning for Skeleton-based Action Recognition using Temporal Sliding LSTM networks',
   url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Lee_Ensemble_Deep_Learning_ICCV_2017_paper.pdf',
   venue='ICCV 2017', year=2017, code='https://github.com/InwoongLee/TS-LSTM', section=RN),
 P(X, 40, 42, 'View Adaptive Recurrent Neural Networks for High Performance Human Action Recognition from Skeleton Data',
   '1703.08274', venue='ICCV 2017', year=2017, section=RN),
 P(X, 55, 57, 'Skeleton-Based Action Recognition with Spatial Reasoning and Temporal Stack Learning', '1805.02335',
   venue='ECCV 2018', year=2018, section=RN),
 P(X, 59, 61, 'Adding Attentiveness to the Neurons in Recurrent Neural Networks', '1807.04445', venue='ECCV 2018', year=2018,
   section=RN),
 P(X, 66, 68, 'Skeleton-based Action Recognition with Convolutional Neural Networks', '1704.07595', venue='ICMEW 2017',
   year=2017, section=CH),
 P(X, 70, 72, 'Co-occurrence Feature Learning from Skeleton Data for Action Recognition and Detection with Hierarchical Aggregation',
   '1804.06055', venue='IJCAI 2018', year=2018, section=CH),
 P(X, 75, 77, 'Skeleton-Based Action Recognition with Synchronous Local and Non-local Spatio-temporal Learning and Frequency Attention',
   '1811.04237', section=CH),
 P(X, 80, 83, 'Spatial Temporal Graph Convolutional Networks for Skeleton-Based Action Recognition', '1802.09834',
   venue='AAAI 2018', year=2018, code='https://github.com/yysijie/st-gcn', section=G),
 P(X, 85, 86, 'Deep Progressive Reinforcement Learning for Skeleton-based Action Recognition',
   url='http://openaccess.thecvf.com/content_cvpr_2018/html/Tang_Deep_Progressive_Reinforcement_CVPR_2018_paper.html',
   venue='CVPR 2018', year=2018, section=G),
 P(X, 88, 90, 'Non-Local Graph Convolutional Networks for Skeleton-Based Action Recognition', '1805.07694', section=G),
 P(X, 92, 95, 'Actional-Structural Graph Convolutional Networks for Skeleton-based Action Recognition', '1904.12659',
   venue='CVPR 2019', year=2019, code='https://github.com/limaosen0/AS-GCN', section=G),
 P(X, 97, 99, 'An Attention Enhanced Graph Convolutional LSTM Network for Skeleton-Based Action Recognition', '1902.09130',
   venue='CVPR 2019', year=2019, section=G),
 P(X, 101, 102, 'Two-Stream Adaptive Graph Convolutional Networks for Skeleton-Based Action Recognition',
   code='https://github.com/lshiwjx/2s-AGCN', section=G),
 N(X, 105, 105, G),
 # artcmd: table-of-contents bullets and | # | conference | model | paper | code | rows
 N(A, 7, 7, 'Contents'),
 N(A, 8, 8, 'Contents'),
 P(A, 25, 25, 'Temporal Action Localization in Untrimmed Videos via Multi-stage CNNs', venue='CVPR 2016', year=2016, section=R2),
 P(A, 26, 26, 'R-C3D: Region Convolutional 3D Network for Temporal Activity Detection', venue='ICCV 2017', year=2017, section=R2),
 P(A, 29, 29, 'SST: Single-Stream Temporal Action Proposals', venue='CVPR 2017', year=2017, section=R2),
 P(A, 30, 30, 'CDC: Convolutional-De-Convolutional Networks for Precise Temporal Action Localization in Untrimmed Videos',
   venue='CVPR 2017', year=2017, section=R2),
 P(A, 46, 46, 'BMN: Boundary-Matching Network for Temporal Action Proposal Generation', venue='ICCV 2019', year=2019,
   code='https://github.com/JJBOY/BMN-Boundary-Matching-Network', section=B2),
 P(A, 55, 55, 'Temporal Action Detection Using a Statistical Language Model', venue='CVPR 2016', year=2016,
   authors=['Richard'], section=O1),
 P(A, 56, 56, 'End-To-End Learning of Action Detection From Frame Glimpses in Videos', venue='CVPR 2016', year=2016,
   authors=['Yeung'], section=O1),
 P(A, 57, 57, 'Temporal Action Localization by Structured Maximal Sums', venue='CVPR 2017', year=2017, section=O1),
 P(A, 58, 58, 'Single Shot Temporal Action Detection', venue='MM 2017', year=2017, section=O1),
 P(A, 59, 59, 'End-to-End, Single-Stream Temporal Action Detection in Untrimmed Videos', venue='BMVC 2017', year=2017,
   code='https://github.com/shyamal-b/ss-tad', section=O1),
 P(A, 60, 60, 'Gaussian Temporal Awareness Networks for Action Localization', venue='CVPR 2019', year=2019, section=O1),
 P(A, 61, 61, 'Decoupling Localization and Classification in Single Shot Temporal Action Detection', venue='ICME 2019',
   year=2019, section=O1),
 P(A, 72, 72, 'Hide-and-Seek: Forcing a Network to be Meticulous for Weakly-supervised Object and Action Localization',
   venue='ICCV 2017', year=2017, section=W),
 P(A, 73, 73, 'Weakly Supervised Action Localization by Sparse Temporal Pooling Network', venue='CVPR 2018', year=2018, section=W),
 P(A, 75, 75, 'W-TALC: Weakly-supervised Temporal Activity Localization and Classification', venue='ECCV 2018', year=2018,
   section=W),
 P(A, 76, 76, 'AutoLoc: Weakly-supervised Temporal Action Localization', venue='ECCV 2018', year=2018, section=W),
 P(A, 79, 79, 'Completeness Modeling and Context Separation for Weakly Supervised Temporal Action Localization',
   venue='CVPR 2019', year=2019, code='https://github.com/Finspire13/CMCS-Temporal-Action-Localization', section=W),
 P(A, 82, 82, '3C-Net: Category Count and Center Loss for Weakly-Supervised Action Localization', venue='ICCV 2019', year=2019,
   section=W),
 # jiaming-wang: "* [Title](link) - Authors, VenueYear. [[code]](repo)" bullets, plus repos and datasets
 P(J, 23, 23, 'Attend and Interact: Higher-Order Object Interactions for Video Understanding', '1711.06330',
   venue='CVPR 2018', year=2018, authors=['CY. Ma'], section=AR + ' / Video Representation'),
 N(J, 37, 37, AR + ' / Video Representation / Useful Code Repos on Video Representation Learning'),
 N(J, 39, 39, AR + ' / Video Representation / Useful Code Repos on Video Representation Learning'),
 N(J, 40, 40, AR + ' / Video Representation / Useful Code Repos on Video Representation Learning'),
 P(J, 47, 47, 'Temporal 3D ConvNets using Temporal Transition Layer',
   url='http://openaccess.thecvf.com/content_cvpr_2018_workshops/papers/w19/Diba_Temporal_3D_ConvNets_CVPR_2018_paper.pdf',
   venue='CVPRW 2018', year=2018, authors=['A. Diba'], section=AR + ' / Action Classification'),
 P(J, 60, 60, 'Actional-Structural Graph Convolutional Networks for Skeleton-Based Action Recognition',
   url='http://openaccess.thecvf.com/content_CVPR_2019/html/Li_Actional-Structural_Graph_Convolutional_Networks_for_Skeleton-Based_Action_Recognition_CVPR_2019_paper.html',
   venue='CVPR 2019', year=2019, authors=['M. Li'], section=AR + ' / Skeleton-Based Action Classification'),
 P(J, 72, 72, 'End-to-End, Single-Stream Temporal Action Detection in Untrimmed Videos',
   url='http://vision.stanford.edu/pdf/buch2017bmvc.pdf', venue='BMVC 2017', year=2017, authors=['Shayamal Buch'],
   code='https://github.com/shyamal-b/ss-tad', section=AR + ' / Temporal Action Detection'),
 P(J, 74, 74, 'Temporal Tessellation: A Unified Approach for Video Analysis',
   url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Kaufman_Temporal_Tessellation_A_ICCV_2017_paper.pdf',
   venue='ICCV 2017', year=2017, authors=['Kaufman'], code='https://github.com/dot27/temporal-tessellation',
   section=AR + ' / Temporal Action Detection'),
 P(J, 88, 88, 'Fast Action Proposals for Human Action Detection and Search',
   url='http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Yu_Fast_Action_Proposals_2015_CVPR_paper.pdf',
   venue='CVPR 2015', year=2015, authors=['G. Yu', 'J. Yuan'], section=AR + ' / Temporal Action Detection'),
 P(J, 106, 106, 'Incremental Tube Construction for Human Action Detection', '1704.01358', venue='arXiv 2017', year=2017,
   authors=['H. S. Behl'], section=AR + ' / Spatio-Temporal Action Detection'),
 N(J, 133, 133, AR + ' / Action Recognition Datasets'),
 N(J, 134, 134, AR + ' / Action Recognition Datasets'),
 N(J, 135, 135, AR + ' / Action Recognition Datasets'),
 N(J, 138, 138, AR + ' / Action Recognition Datasets'),
 N(J, 143, 143, AR + ' / Action Recognition Datasets'),
 N(J, 145, 145, AR + ' / Action Recognition Datasets'),
 N(J, 154, 154, AR + ' / Action Recognition Datasets'),
 P(J, 163, 163, 'Efficiently scaling up crowdsourced video annotation',
   url='http://cvrr.ucsd.edu/ece285/Spring2014/papers/Vondrick_IJCV2013.pdf', venue='IJCV 2013', year=2013,
   authors=['C. Vondrick'], code='https://github.com/cvondrick/vatic', section=AR + ' / Video Annotation'),
 P(J, 175, 175, 'YOLO', url='https://pjreddie.com/media/files/papers/yolo.pdf', venue='CVPR 2016', year=2016,
   authors=['J. Redmon'], code='https://github.com/pjreddie/darknet.git', summary='Fast object detector.',
   section='Object Recognition / Object Detection'),
 P(J, 181, 181, 'Detect to Track and Track to Detect', venue='ICCV 2017', year=2017, authors=['C. Feichtenhofer'],
   code='https://github.com/feichtenhofer/detect-track', section='Object Recognition / Video Object Detection'),
]

cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in L:
        lines = cache.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
        a, b = d.pop('a'), d.pop('b')
        out = {'list': d['list'], 'line': a, 'raw': '\n'.join(lines[a - 1:b])}
        for k in ('is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section'):
            out[k] = d[k]
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print(len(L), 'labels')
