"""Hand labels for the s142g sample; raw is taken from the file (start line + its continuation lines)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T = 'TLESORT__Automatic_Awesome_Bibliography.README.md'
U = 'UNKNOWN__id41194247918.README.md'
E = 'ewanlee__NAS-Papers.README.md'

def P(lst, line, title, nlines=1, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None):
    return dict(list=lst, line=line, n=nlines, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)

def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, n=nlines, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

S19, S18, S17 = 'Papers in 2019', 'Papers in 2018', 'Papers in 2017'
L = [
 N(T, 2, 'Outline', 3),
 N(T, 29, 'Outline', 3),
 P(T, 43, 'Continual lifelong learning with neural networks: A review', url='http://www.sciencedirect.com/science/article/pii/S0893608019300231', year=2019,
   authors=['German I. Parisi', 'Ronald Kemker', 'Jose L. Part', 'Christopher Kanan', 'Stefan Wermter'], section=S19),
 P(T, 47, 'Uncertainty-based Continual Learning with Adaptive Regularization', url='http://papers.nips.cc/paper/8690-uncertainty-based-continual-learning-with-adaptive-regularization.pdf', year=2019,
   authors=['Hongjoon Ahn', 'Sungmin Cha', 'Donggyu Lee', 'Taesup Moon'], section=S19),
 P(T, 61, 'Online Continual Learning with Maximal Interfered Retrieval', url='http://papers.nips.cc/paper/9357-online-continual-learning-with-maximal-interfered-retrieval.pdf', year=2019,
   authors=['Rahaf Aljundi', 'Eugene Belilovsky', 'Tinne Tuytelaars', 'Laurent Charlin', 'Massimo Caccia', 'Min Lin', 'Lucas Page-Caccia'], section=S19),
 P(T, 63, 'Meta-Learning Representations for Continual Learning', url='http://papers.nips.cc/paper/8458-meta-learning-representations-for-continual-learning.pdf', year=2019,
   authors=['Khurram Javed', 'Martha White'], section=S19),
 P(T, 69, 'Generative Models from the perspective of Continual Learning', url='https://hal.archives-ouvertes.fr/hal-01951954', year=2019,
   authors=['Timothée Lesort', 'Hugo Caselles-Dupré', 'Michael Garcia-Ortiz', 'Jean-François Goudou', 'David Filliat'], section=S19),
 P(T, 72, 'Continuous Meta-Learning without Tasks', year=2019,
   authors=['James Harrison', 'Apoorva Sharma', 'Chelsea Finn', 'Marco Pavone'], section=S19),
 P(T, 86, 'Closed-loop Memory GAN for Continual Learning', url='http://dl.acm.org/citation.cfm?id=3367471.3367504', year=2019,
   authors=['Amanda Rios', 'Laurent Itti'], section=S19),
 P(T, 93, 'Towards Robust Evaluations of Continual Learning', year=2018,
   authors=['Sebastian Farquhar', 'Yarin Gal'], section=S18),
 P(T, 96, 'Overcoming Catastrophic Forgetting with Hard Attention to the Task', url='http://proceedings.mlr.press/v80/serra18a.html', year=2018,
   authors=['Joan Serra', 'Didac Suris', 'Marius Miron', 'Alexandros Karatzoglou'], section=S18),
 P(T, 100, 'Generative replay with feedback connections as a general strategy for continual learning', year=2018,
   authors=['Michiel van der Ven', 'Andreas S. Tolias'], section=S18),
 P(T, 102, 'Lifelong learning via progressive distillation and retrospection', year=2018,
   authors=['Saihui Hou', 'Xinyu Pan', 'Chen Change Loy', 'Zilei Wang', 'Dahua Lin'], section=S18),
 P(T, 103, 'End-to-end incremental learning', year=2018,
   authors=['Francisco M Castro', 'Manuel J Marín-Jiménez', 'Nicolás Guil', 'Cordelia Schmid', 'Karteek Alahari'], section=S18),
 P(T, 104, 'Packnet: Adding multiple tasks to a single network by iterative pruning', year=2018,
   authors=['Arun Mallya', 'Svetlana Lazebnik'], section=S18),
 P(T, 107, 'FearNet: Brain-Inspired Model for Incremental Learning', url='https://openreview.net/forum?id=SJ1Xmf-Rb', year=2018,
   authors=['Ronald Kemker', 'Christopher Kanan'], section=S18),
 P(T, 115, 'Overcoming catastrophic forgetting in neural networks', year=2017,
   authors=['James Kirkpatrick', 'Razvan Pascanu', 'Neil Rabinowitz', 'Joel Veness', 'Guillaume Desjardins', 'Andrei A Rusu',
            'Kieran Milan', 'John Quan', 'Tiago Ramalho', 'Agnieszka Grabska-Barwinska'], section=S17),
 P(T, 119, 'Continual Learning Through Synaptic Intelligence', url='http://proceedings.mlr.press/v70/zenke17a.html', year=2017,
   authors=['Friedeman Zenke', 'Ben Poole', 'Surya Ganguli'], section=S17),
 P(T, 124, 'Model-agnostic meta-learning for fast adaptation of deep networks', year=2017,
   authors=['Chelsea Finn', 'Pieter Abbeel', 'Sergey Levine'], section=S17),
 P(T, 150, 'Lifelong robot learning', year=1995,
   authors=['Sebastian Thrun', 'Tom M Mitchell'], section='Papers in 1995'),
 # ---- multi-fidelity tables
 P(U, 54, 'Multilevel variable fidelity optimization of a morphing UAV', year=2004,
   section='1. Multi-Fidelity Surrogate Model / 1.2 Correction-Based Methods / 1.2.2 Second-Order Taylor Series'),
 P(U, 79, 'Hierarchical regression framework for multi-fidelity modeling', year=2021, section='1.5 Nonlinear Hierarchical Methods'),
 P(U, 82, 'The Gaussian process autoregressive regression model (GPAR)', arxiv='1802.07182', year=2019,
   code='https://github.com/wesselb/gpar', section='1.5 Nonlinear Hierarchical Methods'),
 P(U, 119, 'Accelerated microwave design optimization with tuning space mapping', year=2009, section='1.7 Space Mapping Methods'),
 P(U, 151, 'Supervising the Multi-Fidelity Race of Hyperparameter Configurations', arxiv='2202.09774', year=2022,
   code='https://github.com/releaunifreiburg/DyHPO', section='2. Bayesian Optimization for MFO / 2.4 MTGP-Based MFBO'),
 P(U, 152, 'Fast Bayesian Optimization of Machine Learning Hyperparameters on Large Datasets', arxiv='1605.07079', year=2017,
   code='https://github.com/automl/RoBO', section='2. Bayesian Optimization for MFO / 2.4 MTGP-Based MFBO'),
 P(U, 164, 'Multi-Fidelity Bayesian Optimization via Deep Neural Networks', arxiv='2007.03117', year=2020,
   code='https://www.notion.soCode-Python', section='2. Bayesian Optimization for MFO / 2.5 Nonlinear Hierarchical-Based MFBO'),
 P(U, 182, 'Almost Optimal Exploration in Multi-Armed Bandits', venue='PMLR 2013', year=2013, section='4. Bandit-Based MF Algorithm'),
 P(U, 183, 'Non-Stochastic Best Arm Identification and Hyperparameter Optimization', arxiv='1502.07943', year=2016,
   code='https://github.com/mlr-org/mlr3hyperband', section='4. Bandit-Based MF Algorithm'),
 P(U, 188, 'A System for Massively Parallel Hyperparameter Tuning', arxiv='1810.05934', year=2020,
   code='https://paperswithcode.com/paper/massively-parallel-hyperparameter-tuning', section='4. Bandit-Based MF Algorithm'),
 P(U, 210, 'Nas-bench-101: Towards Reproducible Neural Architecture Search', venue='ICML 2019', year=2019,
   section='6. Benchmark Problems in MFO / 6.2 NAS Benchmark'),
 P(U, 223, 'A System for Massively Parallel Hyperparameter Tuning', arxiv='1810.05934', year=2020, section='7.1.1 CNN (HPO in MF Optimization)'),
 P(U, 241, 'Supervising the Multi-fidelity Race of Hyperparameter Configurations', arxiv='2202.09774', year=2022, section='7.1.2 NLP (HPO in MF Optimization)'),
 P(U, 247, 'PASHA: Efficient HPO with Progressive Resource Allocation', arxiv='2207.06940', year=2022, section='7.1.3 MLP (HPO in MF Optimization)'),
 P(U, 249, 'DEHB: Evolutionary Hyperband for Scalable, Robust and Efficient Hyperparameter Optimization', arxiv='2105.09821', year=2021,
   section='7.1.3 MLP (HPO in MF Optimization)'),
 P(U, 267, 'BOHB: Robust and Efficient Hyperparameter Optimization at Scale', arxiv='1807.01774', year=2018, section='7.1.5 SVM (HPO in MF Optimization)'),
 P(U, 283, 'BOHB: Robust and Efficient Hyperparameter Optimization at Scale', arxiv='1807.01774', year=2018, section='7.1.7 RL (HPO in MF Optimization)'),
 P(U, 291, 'MFES-HB: Efficient Hyperband with Multi-fidelity Quality Measurements', arxiv='2012.03011', year=2021, section='7.1.8 AutoML (HPO in MF Optimization)'),
 P(U, 292, 'Hyperband: Bandit-based Configuration Evaluation for Hyperparameter Optimization', url='https://liamcli.com/assets/pdf/hyperband_iclr.pdf', year=2017,
   section='7.1.8 AutoML (HPO in MF Optimization)'),
 P(U, 307, 'Physics-Informed Multi-Fidelity Learning-Driven Imaging Method for Electrical Capacitance Tomography',
   url='https://www.sciencedirect.com/science/article/pii/S0952197622001463', year=2022, section='7.1.10 PINN (HPO in MF Optimization)'),
 # ---- ewanlee citation style
 P(E, 8, 'DARTS: Differentiable Architecture Search', arxiv='1806.09055', venue='arXiv 2018', year=2018,
   authors=['Hanxiao Liu', 'Karen Simonyan', 'Yiming Yang'], section='Research Papers'),
 P(E, 9, 'Efficient Neural Architecture Search via Parameter Sharing', arxiv='1802.03268', venue='arXiv 2018', year=2018,
   authors=['Hieu Pham'], section='Research Papers'),
 P(E, 10, 'Learning transferable architectures for scalable image recognition', arxiv='1707.07012',
   url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Zoph_Learning_Transferable_Architectures_CVPR_2018_paper.pdf', venue='arXiv 2017', year=2017,
   authors=['B Zoph', 'V Vasudevan', 'J Shlens'], section='Research Papers'),
 P(E, 11, 'Large-scale evolution of image classifiers', arxiv='1703.01041', venue='arXiv 2017', year=2017,
   authors=['E Real', 'S Moore', 'A Selle'], section='Research Papers'),
 P(E, 12, 'Designing neural network architectures using reinforcement learning', arxiv='1611.02167', venue='arXiv 2016', year=2016,
   authors=['B Baker', 'O Gupta', 'N Naik'], section='Research Papers'),
 P(E, 13, 'Neural architecture search with reinforcement learning', arxiv='1611.01578', venue='arXiv 2016', year=2016,
   authors=['B Zoph', 'Q V Le'], section='Research Papers'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in L:
        lines = cache.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
        d['raw'] = '\n'.join(lines[d['line'] - 1: d['line'] - 1 + d['n']])
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L), 'labels')
