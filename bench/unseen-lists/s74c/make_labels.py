#!/usr/bin/env python3
"""Hand labels (values typed by eye from the files); raw is copied from the file at the given line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = 'GSL-Benchmark__Awesome-Graph-Structure-Learning.README.md'
H = 'Hou-WJ__Graph-Pooling-Operators-and-Bioinformatics-Applications.README.md'
Z = 'zepengzhang__awesome-graph-structure-learning.README.md'

def P(lst, line, title, venue, year, section, arxiv=None, url=None, code=None, authors=(), doi=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)

def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

L = [
 # GSL-Benchmark
 P(G, 18, 'Curriculum Learning for Graph Neural Networks: Which Edges Should We Learn First', 'NeurIPS 2023', 2023, '2023', arxiv='2310.18735', code='https://github.com/rollingstonezz/Curriculum_learning_for_GNNs'),
 P(G, 21, 'Time-aware Graph Structure Learning via Sequence Prediction on Temporal Graphs', 'CIKM 2023', 2023, '2023', url='https://dl.acm.org/doi/10.1145/3583780.3615081', code='https://github.com/ViktorAxelsen/TGSL'),
 P(G, 24, 'Beyond Homophily: Robust Graph Anomaly Detection via Neural Sparsification', 'IJCAI 2023', 2023, '2023', url='https://www.ijcai.org/proceedings/2023/0234.pdf', code='https://github.com/KellyGong/SparseGAD'),
 P(G, 25, 'PROSE: Graph Structure Learning via Progressive Strategy', 'KDD 2023', 2023, '2023', url='https://dl.acm.org/doi/10.1145/3580305.3599476', code='https://github.com/tigerbunny2023/PROSE'),
 P(G, 26, 'Transferable Graph Structure Learning for Graph-based Traffic Forecasting Across Cities', 'KDD 2023', 2023, '2023', url='https://kl4805.github.io/files/KDD23.pdf', code='https://github.com/KL4805/TransGTR/'),
 P(G, 28, 'Homophily-Enhanced Self-Supervision for Graph Structure Learning: Insights and Directions', 'TNNLS 2023', 2023, '2023', url='https://ieeexplore.ieee.org/abstract/document/10106110', code='https://github.com/LirongWu/Homophily-Enhanced-Self-supervision'),
 P(G, 29, 'Homophily-oriented Heterogeneous Graph Rewiring', 'WWW 2023', 2023, '2023', arxiv='2302.06299'),
 P(G, 30, 'SE-GSL: A General and Effective Graph Structure Learning Framework through Structural Entropy Optimization', 'WWW 2023', 2023, '2023', arxiv='2303.09778', code='https://github.com/RingBDStack/SE-GSL'),
 P(G, 34, 'Self-organization Preserved Graph Structure Learning with Principle of Relevant Information', 'AAAI 2023', 2023, '2023', arxiv='2301.00015', code='https://github.com/RingBDStack/PRI-GSL'),
 P(G, 35, 'USER: Unsupervised Structural Entropy-based Robust Graph Neural Network', 'AAAI 2023', 2023, '2023', arxiv='2302.05889', code='https://github.com/wangyifeibeijing/USER'),
 P(G, 36, 'Spatio-Temporal Meta-Graph Learning for Traffic Forecasting', 'AAAI 2023', 2023, '2023', arxiv='2211.14701', code='https://github.com/deepkashiwa20/MegaCRN'),
 P(G, 41, 'Reverse graph learning for graph neural network', 'TNNLS 2022', 2022, '2022', url='https://ieeexplore.ieee.org/abstract/document/9749776'),
 P(G, 53, 'GPN: A Joint Structural Learning Framework for Graph Neural Networks', 'AAAI 2022', 2022, '2022', arxiv='2205.05964'),
 P(G, 54, 'Graph Structure Learning with Variational Information Bottleneck', 'AAAI 2022', 2022, '2022', url='https://ojs.aaai.org/index.php/AAAI/article/view/20335', code='https://github.com/RingBDStack/VIB-GSL'),
 P(G, 58, 'Understanding over-squashing and bottlenecks on graphs via curvature', 'ICLR 2022', 2022, '2022', arxiv='2111.14522'),
 P(G, 65, 'Speedup Robust Graph Structure Learning with Low-Rank Information', 'CIKM 2021', 2021, '2021', url='https://dl.acm.org/doi/pdf/10.1145/3459637.3482299?casa_token=Wm1gGo5XvoUAAAAA:YOnSmTKmVxGWoxzQSuHZ6522cSdKLq3yJpaVp1kCtuvtXtxLcyk6qA_E8uGuevH0sJjUsVCbsQ'),
 P(G, 70, 'A General Unified Graph Neural Network Framework Against Adversarial Attacks', 'arXiv 2021', 2021, '2021', url='https://openreview.net/pdf?id=bpUHBc9HCU8'),
 P(G, 84, 'All You Need Is Low (Rank): Defending Against Adversarial Attacks on Graphs', 'WSDM 2020', 2020, '2020', url='https://dl.acm.org/doi/pdf/10.1145/3336191.3371789'),
 P(G, 90, 'Learning Discrete Structures for Graph Neural Networks', 'ICML 2019', 2019, 'Before 2020', url='http://proceedings.mlr.press/v97/franceschi19a/franceschi19a.pdf', code='https://github.com/lucfra/LDS-GNN'),
 P(G, 95, 'Adaptive Graph Convolutional Neural Networks', 'AAAI 2018', 2018, 'Before 2020', url='https://ojs.aaai.org/index.php/AAAI/article/view/11691'),
 # Hou-WJ
 N(H, 22, 'Table of Contents'),
 N(H, 25, 'Table of Contents'),
 N(H, 26, 'Table of Contents'),
 P(H, 35, 'Diffusion-Convolutional Neural Networks', 'Advances in Neural Information Processing Systems 2016', 2016, 'Global Pooling', url='https://proceedings.neurips.cc/paper_files/paper/2016/hash/390e982518a50e280d8e2b535462ec1f-Abstract.html', code='https://github.com/jcatw/dcnn', authors=['Atwood J', 'Towsley D']),
 P(H, 41, 'Weisfeiler and Leman Go Neural: Higher-Order Graph Neural Networks', 'Proceedings of the AAAI Conference on Artificial Intelligence 2019', 2019, 'Global Pooling', doi='10.1609/aaai.v33i01.33014602', url='https://doi.org/10.1609/aaai.v33i01.33014602', code='https://github.com/chrsmrrs/k-gnn', authors=['Morris C', 'Ritzert M', 'Fey M']),
 P(H, 62, 'Can Graph Neural Networks Count Substructures?', 'Advances in Neural Information Processing Systems 2020', 2020, 'Global Pooling', url='https://proceedings.neurips.cc/paper/2020/hash/75877cb75154206c4e65e76b88a12712-Abstract.html', code='https://github.com/leichen2018/GNN-Substructure-Counting', authors=['Chen Z', 'Chen L', 'Villar S', 'Bruna J']),
 P(H, 64, 'Structured self-attention architecture for graph-level representation learning', 'Pattern Recognit 2020', 2020, 'Global Pooling', doi='10.1016/j.patcog.2019.107084', url='https://doi.org/10.1016/j.patcog.2019.107084', authors=['Fan X', 'Gong M', 'Xie Y']),
 P(H, 72, 'Learnable Structural Semantic Readout for Graph Classification', 'IEEE International Conference on Data Mining (ICDM) 2021', 2021, 'Global Pooling', doi='10.1109/ICDM51629.2021.00142', url='https://doi.org/10.1109/ICDM51629.2021.00142', code='https://github.com/donalee/SSRead', authors=['Lee D', 'Kim S', 'Lee S']),
 P(H, 76, 'Structure-Aware Hierarchical Graph Pooling using Information Bottleneck', 'International Joint Conference on Neural Networks (IJCNN) 2021', 2021, 'Global Pooling', doi='10.1109/IJCNN52387.2021.9533778', url='https://doi.org/10.1109/IJCNN52387.2021.9533778', code='https://github.com/forkkr/HIBPool', authors=['Roy KK', 'Roy A', 'Mahbubur Rahman AKM']),
 P(H, 80, 'Representing Long-Range Context for Graph Neural Networks with Global Attention', 'Advances in Neural Information Processing Systems 2021', 2021, 'Global Pooling', url='https://proceedings.neurips.cc/paper/2021/hash/6e67691b60ed3e4a55935261314dd534-Abstract.html', code='https://github.com/ucbrise/graphtrans', authors=['Wu Z', 'Jain P', 'Wright M']),
 P(H, 82, 'Learning Graph Convolutional Networks based on Quantum Vertex Information Propagation', 'IEEE Trans Knowl Data Eng 2021', 2021, 'Global Pooling', doi='10.1109/TKDE.2021.3106804', url='https://doi.org/10.1109/TKDE.2021.3106804', authors=['Bai L', 'Jiao Y', 'Cui L']),
 P(H, 84, 'Learning the Relevant Substructures for Tasks on Graph Data', 'ICASSP 2021', 2021, 'Global Pooling', doi='10.1109/ICASSP39728.2021.9414377', url='https://doi.org/10.1109/ICASSP39728.2021.9414377', authors=['Chen L', 'Chen Z', 'Bruna J']),
 P(H, 88, 'Multi-level attention pooling for graph neural networks: Unifying graph representations with multiple localities', 'Neural Networks 2022', 2022, 'Global Pooling', doi='10.1016/j.neunet.2021.11.001', url='https://doi.org/10.1016/j.neunet.2021.11.001', authors=['Itoh TD', 'Kubo T', 'Ikeda K']),
 P(H, 115, 'Multi-Channel Graph Neural Networks', 'IJCAI 2020', 2020, 'Hierarchical Pooling / Clustering Pooling', url='https://dl.acm.org/doi/abs/10.5555/3491440.3491628', authors=['Zhou K', 'Song Q', 'Huang X']),
 P(H, 123, 'Spectral Clustering with Graph Neural Networks for Graph Pooling', 'Proceedings of the 37th International Conference on Machine Learning 2020', 2020, 'Hierarchical Pooling / Clustering Pooling', url='https://proceedings.mlr.press/v119/bianchi20a.html', code='https://github.com/FilippoMB/Spectral-Clustering-with-Graph-Neural-Networks-for-Graph-Pooling', authors=['Maria Bianchi F', 'Grattarola D', 'Alippi C']),
 P(H, 152, 'Hierarchical Graph Pooling With Self-Adaptive Cluster Aggregation', 'IEEE Trans Cogn Dev Syst 2022', 2022, 'Hierarchical Pooling / Clustering Pooling', doi='10.1109/TCDS.2021.3100883', url='https://doi.org/10.1109/TCDS.2021.3100883', authors=['Li ZP', 'Su HL', 'Zhu XB']),
 P(H, 154, 'Structural Entropy Guided Graph Hierarchical Pooling', 'Proceedings of the 39th International Conference on Machine Learning 2022', 2022, 'Hierarchical Pooling / Clustering Pooling', url='https://proceedings.mlr.press/v162/wu22b.html', code='https://github.com/Wu-Junran/SEP', authors=['Wu J', 'Chen X', 'Xu K', 'Li S']),
 P(H, 189, 'Hierarchical Triplet Attention Pooling for Graph Classification', 'IEEE 33rd International Conference on Tools with Artificial Intelligence (ICTAI) 2021', 2021, 'Hierarchical Pooling / Selection Pooling', doi='10.1109/ICTAI52525.2021.00100', url='https://doi.org/10.1109/ICTAI52525.2021.00100', authors=['Bi L', 'Sun X', 'Zhou F', 'Dong J']),
 P(H, 203, 'Maximal Independent Vertex Set Applied to Graph Pooling', 'Structural, Syntactic, and Statistical Pattern Recognition 2022', 2022, 'Hierarchical Pooling / Selection Pooling', url='https://link.springer.com/chapter/10.1007/978-3-031-23028-8_2', authors=['Stanovic Stevan', 'Gaüzère B', 'BL']),
 P(H, 234, 'Not all edges are peers: Accurate structure-aware graph pooling networks', 'Neural Networks 2022', 2022, 'Hierarchical Pooling / Hybrid Pooling', doi='10.1016/j.neunet.2022.09.004', url='https://doi.org/10.1016/j.neunet.2022.09.004', authors=['Yu H', 'Yuan J', 'Yao Y', 'Wang C']),
 # zepengzhang
 P(Z, 11, 'Towards an Optimal Asymmetric Graph Structure for Robust Semi-supervised Node Classification', 'KDD 2022', 2022, '2022', url='https://dl.acm.org/doi/abs/10.1145/3534678.3539332'),
 P(Z, 12, 'Boosting graph structure learning with dummy nodes', 'ICML 2022', 2022, '2022', url='https://proceedings.mlr.press/v162/liu22d.html', code='https://github.com/HKUST-KnowComp/DummyNode4GraphLearning'),
 P(Z, 14, 'Compact Graph Structure Learning via Mutual Information Compression', 'WWW 2022', 2022, '2022', url='https://dl.acm.org/doi/pdf/10.1145/3485447.3512206?casa_token=lyWPk8kyFzwAAAAA:HLmbgpzrKe17LbnQqNh2zI_6WOvNgm_VqfNAgEoqLSXR7rRm_Bzro1oNzETTQb63W9vcVlijNw', code='https://github.com/liun-online/CoGSL'),
 P(Z, 18, 'GPN: A Joint Structural Learning Framework for Graph Neural Networks', 'AAAI 2022', 2022, '2022', arxiv='2205.05964'),
 P(Z, 21, 'Hypergraph Structure Learning for Hypergraph Neural Networks', 'IJCAI 2022', 2022, '2022', url='https://www.ijcai.org/Proceedings/2022/267'),
 P(Z, 23, 'Understanding over-squashing and bottlenecks on graphs via curvature', 'ICLR 2022', 2022, '2022', arxiv='2111.14522'),
 P(Z, 28, 'SLAPS: Self-Supervision Improves Structure Learning for Graph Neural Networks', 'NeurIPS 2021', 2021, '2021', url='https://proceedings.neurips.cc/paper/2021/file/bf499a12e998d178afd964adf64a60cb-Paper.pdf', code='https://github.com/BorealisAI/SLAPS-GNN'),
 P(Z, 32, 'Learning to Drop: Robust Graph Neural Network via Topological Denoising', 'WSDM 2021', 2021, '2021', url='https://dl.acm.org/doi/pdf/10.1145/3437963.3441734', code='https://github.com/flyingdoog/PTDNet'),
 P(Z, 35, 'Understanding Structural Vulnerability in Graph Convolutional Networks', 'IJCAI 2021', 2021, '2021', arxiv='2108.06280', code='https://github.com/EdisonLeeeee/MedianGCN'),
 P(Z, 36, 'Graph-Revised Convolutional Network', 'ECML-PKDD 2021', 2021, '2021', arxiv='1911.07123', code='https://github.com/PlusRoss/GRCN'),
 P(Z, 37, 'A General Unified Graph Neural Network Framework Against Adversarial Attacks', 'arXiv 2021', 2021, '2021', url='https://openreview.net/pdf?id=bpUHBc9HCU8'),
 P(Z, 41, 'Robust Graph Representation Learning via Neural Sparsification', 'ICML 2020', 2020, '2020', url='http://proceedings.mlr.press/v119/zheng20d/zheng20d.pdf', code='https://github.com/flyingdoog/PTDNet'),
 P(Z, 42, 'Iterative Deep Graph Learning for Graph Neural Networks: Better and Robust Node Embeddings', 'NeurIPS 2020', 2020, '2020', url='https://proceedings.neurips.cc/paper/2020/file/e05c7ba4e087beea9410929698dc41a6-Paper.pdf', code='https://github.com/hugochan/IDGL'),
 P(Z, 46, 'All You Need Is Low (Rank): Defending Against Adversarial Attacks on Graphs', 'WSDM 2020', 2020, '2020', url='https://dl.acm.org/doi/pdf/10.1145/3336191.3371789'),
 P(Z, 47, 'Provably Robust Node Classification via Low-Pass Message Passing', 'ICDM 2020', 2020, '2020', url='https://shenghua-liu.github.io/papers/icdm2020-provablerobust.pdf'),
 P(Z, 51, 'Learning Discrete Structures for Graph Neural Networks', 'ICML 2019', 2019, 'Before 2020', url='http://proceedings.mlr.press/v97/franceschi19a/franceschi19a.pdf', code='https://github.com/lucfra/LDS-GNN'),
 P(Z, 53, 'Adversarial Attacks on Neural Networks for Graph Data', 'KDD 2018', 2018, 'Before 2020', url='https://dl.acm.org/doi/pdf/10.1145/3219819.3220078?casa_token=NvByIo5CJcYAAAAA:mgvVVbv3KA0HWJpo_c5af36QBFfqSZBhTfZsGabdJ226UFEFqHK03JX-3yTAb8eULfUbop2Kjw', code='https://github.com/danielzuegner/nettack'),
 P(Z, 56, 'Adversarial Examples for Graph Data: Deep Insights into Attack and Defense', 'IJCAI 2019', 2019, 'Before 2020', arxiv='1903.01610'),
 P(Z, 57, 'Semi-supervised Learning with Graph Learning-Convolutional Networks', 'CVPR 2019', 2019, 'Before 2020', url='https://openaccess.thecvf.com/content_CVPR_2019/papers/Jiang_Semi-Supervised_Learning_With_Graph_Learning-Convolutional_Networks_CVPR_2019_paper.pdf'),
 P(Z, 58, 'Adaptive Graph Convolutional Neural Networks', 'AAAI 2018', 2018, 'Before 2020', url='https://ojs.aaai.org/index.php/AAAI/article/view/11691'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
files = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for d in L:
        lines = files.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
        d['raw'] = lines[d['line'] - 1]
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L))
