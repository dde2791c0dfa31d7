import json, os
D = '/work/wt-lead/bench/unseen-lists/s21h'
EDL = 'MengyuanChen21__Awesome-Evidential-Deep-Learning.README.md'
SPN = 'arranger1044__awesome-spn.README.md'
NF = 'janosh__awesome-normalizing-flows.README.md'
BO = 'yiminzme__awesome-bayesian-optimization.README.md'
cache = {}
def lines(f):
    if f not in cache:
        cache[f] = open(os.path.join(D, f), encoding='utf-8').read().split('\n')
    return cache[f]
out = []
def L(f, start, end=None, paper=True, title=None, arxiv=None, doi=None, url=None, venue=None,
      year=None, authors=None, code=None, summary=None, section=None):
    end = end or start
    raw = '\n'.join(lines(f)[start-1:end])
    if not paper:
        title = arxiv = doi = url = venue = year = authors = code = summary = None
    out.append(dict(list=f, line=start, raw=raw, is_paper=paper, title=title, arxiv_id=arxiv, doi=doi,
                    url=url, venue=venue, year=year, authors=authors or ([] if paper else None) if False else authors,
                    code=code, summary=summary, section=section))

# ---------------- MengyuanChen21 (tables) ----------------
S1 = 'Theoretical Explorations / '
S2 = 'EDL Enhanced Machine Learning / '
S3 = 'EDL in Downstream Applications / '
L(EDL, 26, paper=False, section='Table of Contents')
L(EDL, 32, paper=False, section='Table of Contents')
L(EDL, 60, title='Uncertainty-aware deep classifiers using generative models', url='https://aaai.org/ojs/index.php/AAAI/article/view/6015/5871', venue='AAAI 2020', year=2020, section=S1+'Improving uncertainty estimation via OOD samples')
L(EDL, 61, title='Multidimensional uncertainty-aware evidential neural networks', url='https://ojs.aaai.org/index.php/AAAI/article/download/16954/16761', venue='AAAI 2021', year=2021, code='https://github.com/snowood1/wenn', section=S1+'Improving uncertainty estimation via OOD samples')
L(EDL, 84, title='Multivariate deep evidential regression', arxiv='2104.06135', venue='arXiv 2021', year=2021, section=S1+'Deep evidential regression')
L(EDL, 90, title='Uncertainty regularized evidential regression', url='https://ojs.aaai.org/index.php/AAAI/article/download/29583/30981', venue='AAAI 2024', year=2024, section=S1+'Deep evidential regression')
L(EDL, 99, title='Towards open set video anomaly detection', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136940387.pdf', venue='ECCV 2022', year=2022, code='https://github.com/YUZ128pitt/Towards-OpenVAD', section=S2+'Weakly Supervised Learning')
L(EDL, 102, title='Vectorized Evidential Learning for Weakly-supervised Temporal Action Localization', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10238828', venue='TPAMI 2023', year=2023, section=S2+'Weakly Supervised Learning')
L(EDL, 109, title='Modeling Unknown Semantic Labels as Uncertainty in the Prediction: Evidential Deep Learning for Class-Incremental Semantic Segmentation', url='https://openreview.net/pdf?id=-BBL3b4Tqfo', venue='OpenReview 2022', year=2022, section=S2+'Transfer Learning')
L(EDL, 114, title='Evidential Multi-Source-Free Unsupervised Domain Adaptation', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10420513', venue='TPAMI 2024', year=2024, code='https://github.com/SPIresearch/EAAF', section=S2+'Transfer Learning')
L(EDL, 116, title='Uncertainty-Guided Alignment for Unsupervised Domain Adaptation in Regression', arxiv='2401.13721', venue='arXiv 2024', year=2024, section=S2+'Transfer Learning')
L(EDL, 122, title='Consistency-based semi-supervised evidential active learning for diagnostic radiograph classification', arxiv='2209.01858', venue='MICCAI 2022', year=2022, section=S2+'Active Learning')
L(EDL, 126, title='Deal: Deep evidential active learning for image classification', arxiv='2007.11344', venue='Deep Learning Applications 2023', year=2023, section=S2+'Active Learning')
L(EDL, 168, title='Quantifying and leveraging classification uncertainty for chest radiograph assessment', url='https://link.springer.com/content/pdf/10.1007/978-3-030-32226-7.pdf', venue='MICCAI 2019', year=2019, section=S3+'Computer Vision')
L(EDL, 172, title='Opental: Towards open set temporal action localization', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Bao_OpenTAL_Towards_Open_Set_Temporal_Action_Localization_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, code='https://github.com/Cogito2012/OpenTAL', section=S3+'Computer Vision')
L(EDL, 175, title='Tbrats: Trusted brain tumor segmentation', url='https://link.springer.com/content/pdf/10.1007/978-3-031-16452-1.pdf', venue='MICCAI 2022', year=2022, section=S3+'Computer Vision')
L(EDL, 179, title='ELFNet: Evidential Local-global Fusion for Stereo Matching', url='https://openaccess.thecvf.com/content/ICCV2023/papers/Lou_ELFNet_Evidential_Local-global_Fusion_for_Stereo_Matching_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/jimmy19991222/ELFNet', section=S3+'Computer Vision')
L(EDL, 188, title='E-NER: Evidential Deep Learning for Trustworthy Named Entity Recognition', arxiv='2305.17854', venue='ACL 2023 Findings', year=2023, code='https://github.com/zhzhengit/ENER', section=S3+'Natural Language Processing')
L(EDL, 189, title='Uncertainty-guided Boundary Learning for Imbalanced Social Event Detection', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10285435', venue='IEEE Trans Knowl Data Eng 2024', year=2024, code='https://github.com/RingBDStack/UCL_SED', section=S3+'Natural Language Processing')
L(EDL, 200, title='Integrating Large Pre-trained Models into Multimodal Named Entity Recognition with Evidential Fusion', arxiv='2306.16991', venue='arXiv 2023', year=2023, section=S3+'Cross-modal Learning')

# ---------------- arranger1044/awesome-spn ----------------
Y = 'Papers / Year / '
T = 'Papers / Topics / '
R = 'References'
L(SPN, 77, 79, title='Collapsed Variational Inference for Sum-Product Networks', url='http://jmlr.org/proceedings/papers/v48/zhaoa16.pdf', venue='ICML 2016', year=2016, section=Y+'2016')
L(SPN, 112, 113, title='Greedy Structure Search for Sum-Product Networks', url='http://www.ijcai.org/Proceedings/15/Papers/136.pdf', venue='IJCAI 2015', year=2015, section=Y+'2015')
L(SPN, 129, 131, title='Learning Relational Sum-Product Networks', url='http://homes.cs.washington.edu/~pedrod/papers/aaai15.pdf', venue='AAAI 2015', year=2015, section=Y+'2015')
L(SPN, 162, 164, title='Online Incremental Structure Learning of Sum-Product Networks', url='https://bi.snu.ac.kr/Publications/Conferences/International/ICONIP2013_SWLee.pdf', venue='ICONIP 2013', year=2013, section=Y+'2013')
L(SPN, 181, 183, title='Dynamic Programming Algorithm for Inference in Recursive Probabilistic Programs', arxiv='1206.3555', venue='StaRAI 2012', year=2012, section=Y+'2012')
L(SPN, 192, 194, title='Shallow vs. Deep Sum-Product Networks', url='http://papers.nips.cc/paper/4350-shallow-vs-deep-sum-product-networks.pdf', venue='NIPS 2011', year=2011, section=Y+'2011')
L(SPN, 207, 208, title='Online Algorithms for Sum-Product Networks with Continuous Variables', url='http://jmlr.org/proceedings/papers/v52/jaini16.pdf', section=T+'Weight Learning')
L(SPN, 215, 217, title='Online and Distributed Bayesian Moment Matching for Parameter Learning in Sum-Product Networks', url='http://www.jmlr.org/proceedings/papers/v51/rashwan16.pdf', section=T+'Weight Learning')
L(SPN, 260, 261, title='Sum-Product-Max Networks for Tractable Decision Making', url='http://trust.sce.ntu.edu.sg/aamas16/pdfs/p1419.pdf', section=T+'Modeling')
L(SPN, 268, 269, title='Learning Relational Sum-Product Networks', url='http://homes.cs.washington.edu/~pedrod/papers/aaai15.pdf', section=T+'Modeling')
L(SPN, 288, 289, title='Hierarchical Spatial Sum-Product Networks for action recognition in Still Images', arxiv='1511.05292', section=T+'Applications')
L(SPN, 302, 304, title='Sum-product Networks for Modeling Activities with Stochastic Structure', url='http://web.engr.oregonstate.edu/~sinisa/research/publications/cvpr12_SPN.pdf', section=T+'Applications')
L(SPN, 321, 322, title='On the Expressive Efficiency of Sum Product Networks', arxiv='1411.7717', section=T+'Theory')
L(SPN, 429, 434, title='Learning the Architecture of Sum-Product Networks Using Clustering on Varibles', venue='Advances in Neural Information Processing Systems 25', authors=['Aaron Dennis', 'Dan Ventura'], section=R)
L(SPN, 552, 557, title='Learning Tractable Probabilistic Models for Fault Localization', venue='AAAI 2016', year=2016, authors=['Aniruddh Nath', 'Pedro Domingos'], section=R)
L(SPN, 564, 569, title='Greedy Part-Wise Learning of Sum-Product Networks', venue='ECML-PKDD 2013', year=2013, authors=['Robert Peharz', 'Bernhard Geiger', 'Franz Pernkopf'], section=R)
L(SPN, 594, 599, title='On the Latent Variable Interpretation in Sum-Product Networks', arxiv='1601.06180', venue='arXiv', authors=['Robert Peharz', 'Robert Gens', 'Franz Pernkopf', 'Pedro Domingos'], section=R)
L(SPN, 613, 618, title='Online and Distributed Bayesian Moment Matching for Parameter Learning in Sum-Product Networks', venue='Proceedings of the 19th International Conference on Artificial Intelligence and Statistics', authors=['Abdullah Rashwan', 'Han Zhao', 'Pascal Poupart'], section=R)
L(SPN, 637, 642, title='A Dynamic Programming Algorithm for Inference in Recursive Probabilistic Programs', venue='StaRAI 2012', year=2012, authors=['Andreas Stuhlmuller', 'Noah D. Goodman'], section=R)
L(SPN, 673, 678, title='Collapsed Variational Inference for Sum-Product Networks', venue='ICML 2016', year=2016, authors=['Han Zhao', 'Tameem Adel', 'Geoff Gordon', 'Brandon Amos'], section=R)

# ---------------- janosh/awesome-normalizing-flows ----------------
P = 'Publications'
L(NF, 22, paper=False, section='Table of Contents')
L(NF, 29, paper=False, section='Table of Contents')
L(NF, 51, 53, title='Variational Inference with Normalizing Flows', arxiv='1505.05770', year=2015, authors=['Danilo Rezende', 'Shakir Mohamed'], summary='They show how to go beyond mean-field variational inference by using flows to increase the flexibility of the variational family.', section=P)
L(NF, 55, 57, title='Density estimation using Real NVP', arxiv='1605.08803', year=2016, authors=['Laurent Dinh', 'Jascha Sohl-Dickstein', 'Samy Bengio'], summary='They introduce the affine coupling layer (RNVP), a major improvement in terms of flexibility over the additive coupling layer (NICE) with unit Jacobian while keeping a single-pass forward and inverse transformation for fast sampling and density estimation, respectively.', section=P)
L(NF, 73, 75, title='Neural Autoregressive Flows', arxiv='1804.00779', year=2018, authors=['Chin-Wei Huang', 'David Krueger', 'Alexandre Lacoste', 'Aaron Courville'], code='https://github.com/CW-Huang/NAF', summary='Unifies and generalize autoregressive and normalizing flow approaches, replacing the (conditionally) affine univariate transformations of MAF/IAF with a more general class of invertible univariate transformations expressed as monotonic neural networks. Also demonstrates that the proposed neural autoregressive flows (NAF) are universal approximators for continuous probability distributions.', section=P)
L(NF, 85, 87, title='FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models', arxiv='1810.01367', year=2018, authors=['Grathwohl', 'Chen'], summary='Uses Neural ODEs as a solver to produce continuous-time normalizing flows (CNF)', section=P)
L(NF, 99, 101, title='Graph Normalizing Flows', arxiv='1905.13177', year=2019, authors=['Jenny Liu'], summary='A new, reversible graph network for prediction and generation.', section=P)
L(NF, 111, 113, title='Neural Spline Flows', arxiv='1906.04032', year=2019, authors=['Conor Durkan'], summary='Uses monotonic ration splines as a coupling layer. This is currently one of the state of the art.', section=P)
L(NF, 115, 117, title='Normalizing Flows for Probabilistic Modeling and Inference', arxiv='1912.02762', year=2019, authors=['Papamakarios'], summary='A thorough and very readable review article by some of the guys at DeepMind involved in the development of flows. Highly recommended.', section=P)
L(NF, 119, 121, title='Invertible Generative Modeling using Linear Rational Splines', arxiv='2001.05168', year=2020, authors=['Dolatabadi'], summary='A successor to the Neural spline flows which features an easy-to-compute inverse.', section=P)
L(NF, 127, 129, title='Stochastic Normalizing Flows', arxiv='2002.06707', year=2020, authors=['Hao Wu', 'Jonas Köhler', 'Frank Noé'], summary='Introduces SNF, an arbitrary sequence of deterministic invertible functions (the flow) and stochastic processes such as MCMC or Langevin Dynamics. The aim is to increase expressiveness of the chosen deterministic invertible function, while the trainable flow improves sampling efficiency over pure MCMC', section=P)
L(NF, 159, 161, title='Why Normalizing Flows Fail to Detect Out-of-Distribution Data', url='https://proceedings.neurips.cc//paper/2020/hash/ecb9fe2fbb99c31f567e9823e884dbec-Abstract.html', year=2020, authors=['Kirichenko'], code='https://github.com/PolinaKirichenko/flows_ood', summary='This study how traditional normalizing flow models can suffer from out-of-distribution data. They offer a solution to combat this issue by modifying the coupling layers.', section=P)
L(NF, 163, 165, title='SurVAE Flows: Surjections to Bridge the Gap between VAEs and Flows', arxiv='2007.02731', year=2020, authors=['Didrik Nielsen'], code='https://github.com/didriknielsen/survae_flows', summary='They present a generalized framework that encompasses both Flows (deterministic maps) and VAEs (stochastic maps). By seeing deterministic maps `x = f(z)` as limiting cases of stochastic maps `x ~ p(x|z)`, the ELBO is reinterpreted as a change of variables formula for the stochastic maps. Moreover, they present a few examples of surjective layers using stochastic maps, which can be composed together with flow layers.', section=P)
L(NF, 171, 172, title='Haar Wavelet based Block Autoregressive Flows for Trajectories', arxiv='2009.09878', year=2020, authors=['Bhattacharyya'], summary='Introduce a Haar wavelet-based block autoregressive model.', section=P)
L(NF, 186, 188, title='SRFlow: Learning the Super-Resolution Space with Normalizing Flow', arxiv='2006.14200', year=2020, authors=['Lugmayr'], summary='Uses normalizing flows for super-resolution.', section=P+' / Applications')
L(NF, 197, 199, title='Normalizing Kalman Filters for Multivariate Time Series Analysis', url='https://proceedings.neurips.cc/paper/2020/hash/1f47cef5e38c952f94c5d61726027439-Abstract.html', year=2020, summary='Augments state space models with normalizing flows and thereby mitigates imprecisions stemming from idealized assumptions. Aimed at forecasting real world data and handling varying levels of missing data.', section=P+' / Applications')
L(NF, 215, 217, paper=False, section='Videos')
L(NF, 223, 225, paper=False, section='Videos')
L(NF, 275, 277, paper=False, section='Packages / JAX Packages')
L(NF, 295, 297, paper=False, section='Code / PyTorch Repos')

# ---------------- yiminzme/awesome-bayesian-optimization ----------------
EI = 'Papers / Sorted by acquisition functions / Expected Improvement'
ES = 'Papers / Sorted by acquisition functions / Entropy Search'
MO = 'Papers / Sorted by settings / multi-objective'
PA = 'Papers / Sorted by settings / parallel'
def B(line, year, title, section):
    L(BO, line, title=title, year=year, section=section)
L(BO, 34, paper=False, section='Table of Contents')
B(68, 2012, 'Practical bayesian optimization of machine learning algorithms', 'Tutorials')
B(112, 2008, 'The computation of the expected improvement in dominated hypervolume of Pareto front approximations', EI)
B(113, 2019, 'Constrained Bayesian optimization with noisy experiments', EI)
B(123, 2020, 'Noisy-Input Entropy Search for Efficient Robust Bayesian Optimization', ES)
B(129, 2014, 'Predictive entropy search for efficient global optimization of black-box functions', ES)
L(BO, 132, paper=False, section='Papers / Sorted by acquisition functions / Knowledge Gradient')
B(135, 2016, 'The parallel knowledge gradient method for batch bayesian optimization', 'Papers / Sorted by acquisition functions / Knowledge Gradient')
B(138, 2009, 'Gaussian process optimization in the bandit setting: No regret and experimental design', 'Papers / Sorted by acquisition functions / Upper Confidence Bound')
B(201, 2019, 'Max-value Entropy Search for Multi-Objective Bayesian Optimization', MO)
B(203, 2016, 'Predictive entropy search for multi-objective bayesian optimization', MO)
B(205, 2019, 'Multi-objective Bayesian global optimization using expected hypervolume improvement gradient', MO)
B(209, 2010, 'Multiobjective optimization of expensive black-box functions via expected maximin improvement', MO)
B(227, 2019, 'Balancing exploration and exploitation in multiobjective batch bayesian optimization', PA)
B(231, 2017, 'An efficient batch expensive multi-objective evolutionary algorithm based on Decomposition', PA)
B(234, 2016, 'Batched gaussian process bandit optimization via determinantal point processes', PA)
B(238, 2015, 'Differentiating the multipoint expected improvement for optimal batch design', PA)
B(243, 2013, 'Parallel Gaussian process optimization with upper confidence bound and pure exploration', PA)
B(244, 2012, 'Hybrid batch Bayesian optimization', PA)
B(251, 2015, 'Predictive entropy search for bayesian optimization with unknown constraints', 'Papers / Sorted by settings / constraints')

keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open(os.path.join(D, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        if r['authors'] is None:
            r['authors'] = []
        f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + '\n')
print(len(out))
from collections import Counter
print(Counter(r['list'] for r in out))
