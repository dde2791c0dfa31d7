#!/usr/bin/env python3
"""Hand labels for the 60 sampled entries (raw text is taken from sample.jsonl, i.e. from
the saved files; every other field below was read by eye from the entry)."""
import json

L = 'LiuTingWed__Neural-Architecture-Search-PaperAndCode-Sunmary.README.md'
P = 'pzhren__Awesome-NAS.README.md'
T = 't-harden__LLM4AutoML.README.md'


def np(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


def pp(title, arxiv_id=None, url=None, venue=None, year=None, authors=(), code=None,
       summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)


OC22 = '2022 / Object Classfication/Detection'
OC21 = '2021 / Object Classfication/Detection'
TV = '思路 / 初代网络 / 特征与评价'
WS = '思路 / 优化策略 / 加速搜索阶段训练过程 / 参数共享(weight sharing)'
PRED = '思路 / 优化策略 / 加速搜索阶段训练过程 / 性能预测'
STOP = '思路 / 优化策略 / 加速搜索阶段训练过程 / 早期停止'

XU = ['Jinglue Xu', 'Zhen Liu', 'Nagar Anthel Venkatesh Suryanarayanan', 'Hitoshi Iba']
LUO = ['Daqin Luo', 'Chengjian Feng', 'Yuxuan Nong', 'Yiqing Shen']
YANG = ['Zekang Yang', 'Wang Zeng', 'Sheng Jin', 'Chen Qian', 'Ping Luo', 'Wentao Liu']
ZHANG = ['Shujian Zhang', 'Chengyue Gong', 'Lemeng Wu', 'Xingchao Liu', 'Mingyuan Zhou']


def xu(section):
    return pp('Large language models synergize with automated machine learning', '2405.03727',
              venue='arXiv 2024', year=2024, authors=XU, section=section)


def luo(section):
    return pp('Autom3l: An automated multimodal machine learning framework with large language models',
              '2408.00665', venue='arXiv 2024', year=2024, authors=LUO, section=section)


def yang(section):
    return pp('Autommlab: Automatically generating deployable models from language instructions for computer vision tasks',
              '2402.15351', venue='arXiv 2024', year=2024, authors=YANG, section=section)


def zhang(section):
    return pp('Automl-gpt: Automatic machine learning with gpt', '2305.02499', venue='arXiv 2023',
              year=2023, authors=ZHANG, section=section)


LABELS = {
    # ---------------- LiuTingWed: tables Name | Pub. | Title | Links under year / task headings
    (L, 8): np('Content'),
    (L, 9): np('Content / 2022'),
    (L, 28): np('Content / 2021'),
    (L, 33): np('Content'),
    (L, 35): np('Content / 2020'),
    (L, 38): np('Content / 2020'),
    (L, 39): np('Content / 2020'),
    (L, 47): np('Content / 2020'),
    (L, 57): np('Content / 2019'),
    (L, 80): pp('Global Convergence of MAML and Theory-Inspired Neural Architecture Search for Few-Shot Learning',
                url='https://openaccess.thecvf.com/content/CVPR2022/papers/Wang_Global_Convergence_of_MAML_and_Theory-Inspired_Neural_Architecture_Search_for_CVPR_2022_paper.pdf',
                venue='CVPR 2022', year=2022, code='https://github.com/YiteWang/MetaNTK-NAS', section=OC22),
    (L, 81): pp('Greedier Search with a Greedy Path Filter',
                url='https://openaccess.thecvf.com/content/CVPR2022/papers/Huang_GreedyNASv2_Greedier_Search_With_a_Greedy_Path_Filter_CVPR_2022_paper.pdf',
                venue='CVPR 2022', year=2022, section=OC22),
    (L, 89): pp('Generalizing Few-Shot NAS with Gradient Matching', url='https://openreview.net/pdf?id=_jMtny3sMKU',
                venue='ICLR 2022', year=2022, code='https://github.com/skhu101/GM-NAS', section=OC22),
    (L, 90): pp('Searching for the Model to Scale', '2207.07267', venue='ECCV 2022', year=2022,
                code='https://github.com/luminolx/ScaleNet', section=OC22),
    (L, 97): pp('Efficient Two-stage Evolutionary Architecture Search for GANs', '2111.15097', venue='ECCV 2022',
                year=2022, code='https://github.com/marsggbo/EAGAN', section=OC22),
    (L, 119): pp('Bridging One-Shot Neural Architecture Search with 3D Medical Image Segmentation using HyperNet',
                 url='https://openaccess.thecvf.com/content/CVPR2022/papers/Peng_HyperSegNAS_Bridging_One-Shot_Neural_Architecture_Search_With_3D_Medical_Image_CVPR_2022_paper.pdf',
                 venue='CVPR 2022', year=2022, section='2022 / Medical'),
    (L, 146): pp('Landmark Regularization: Ranking Guided Super-Net Training in Neural Architecture Search',
                 '2104.05309', venue='CVPR 2021', year=2021, section=OC21),
    (L, 152): pp('One-Shot Path Aggregation Network Architecture Search for Object Detection', '2103.04507',
                 venue='CVPR 2021', year=2021, code='https://github.com/VDIGPKU/OPANAS', section=OC21),
    (L, 154): pp('Relativistic Evaluation of Neural Architecture Search', '1910.01523', venue='CVPR 2021',
                 year=2021, section=OC21),
    (L, 156): pp('Inception Convolution with Efficient Dilation Search', '2012.13587', venue='CVPR 2021',
                 year=2021, code='https://github.com/yifan123/IC-Conv', section=OC21),
    (L, 166): pp('Direct Differentiable A', venue='ICCV 2021', year=2021, section=OC21),

    # ---------------- pzhren: Chinese note tables (Title | Venue | Type | Idea), local PDF links
    (P, 10): np(TV + ' / 特征'),
    (P, 18): np(TV + ' / 对EA和RL的评价'),
    (P, 19): np(TV + ' / 对EA和RL的评价'),
    (P, 25): pp('Neural Architecture Search with Reinforcement Learning',
                url='./17-iclr-Neural Architecture Search with Reinforcement Learning.pdf', venue='ICLR 2017',
                year=2017,
                summary='将模型的框架视为一系列变长的string，使用RNN作为控制器来生成string作为对应的architecture，把acc作为奖励，通过更新RNN的参数θ来调整最优模型的选择。对整个architecture进行搜索，24000 GPU days',
                section=TV + ' / 对EA和RL的评价'),
    (P, 26): pp('DESIGNING NEURAL NETWORK ARCHITECTURES USING REINFORCEMENT LEARNING',
                url='./17-iclr-Designing_Neural_Network_Architectures_using_Reinf.pdf', venue='ICLR 2017', year=2017,
                summary='将框架的选择视为一个马尔卡弗决策过程，通过使用Q-learning来选择框架，100 GPU days',
                section=TV + ' / 对EA和RL的评价'),
    (P, 27): pp('Large-Scale Evolution of Image Classifiers',
                url='./17-icml-Large-Scale Evolution of Image Classifiers.pdf', venue='ICML 2017', year=2017,
                summary='需要注意的是该算法对于变异后的子代weight形状没有改变的框架可以继承父代框架的权重',
                section=TV + ' / 对EA和RL的评价'),
    (P, 70): pp('Discovering Neural Wirings', url='./19-NeurIPS-Discovering Neural Wirings.pdf',
                venue='NeurIPS 2019', year=2019,
                summary='提出了一种发现神经线路的方法。我们放松了层的典型概念，使通道能够形成相互独立的连接。',
                section='思路 / 优化策略 / 重构搜索空间 / 其他设计'),
    (P, 72): pp('Densely Connected Search Space for More Flexible Neural Architecture Search',
                url='Densely Connected Search Space for More Flexible Neural Architecture Search.pdf',
                venue='CVPR 2020', year=2020,
                summary='重构搜索空间。构建密集连接的搜索空间，能够自动搜索网络的宽度',
                section='思路 / 优化策略 / 重构搜索空间 / 其他设计'),
    (P, 88): pp('HYPERNETWORKS', url='./HYPERNETWORKS.pdf', year=2017, section=WS),
    (P, 89): pp('SMASH: One-Shot Model Architecture Search through HyperNetworks',
                url='./18-iclr-SMASH One-Shot Model Architecture Searchthrough HyperNetworks.pdf',
                venue='ICLR 2018', year=2018,
                summary='将节点之间的操作视为一种内存读取机制，将编码向框架结构之间建立映射（没看懂），为上面一篇论文的one-shot模型做铺垫',
                section=WS),
    (P, 91): pp('Understanding and Simplifying One-Shot Architecture Search',
                url='./18-icml-Understanding and Simplifying One-Shot Architecture Search.pdf', venue='ICML 2018',
                year=2018, summary='理解weight sharing的机制和原理', section=WS),
    (P, 93): pp('Continual and Multi-Task Architecture Search',
                url='./19-acl-Continual and Multi-Task Architecture Search.pdf', venue='ACL 2019', year=2019,
                summary='基于ENAS的多任务框架搜索', section=WS),
    (P, 94): pp('One-Shot Neural Architecture Search via Self-Evaluated Template Network',
                url='./Dong_One-Shot_Neural_Architecture_Search_via_Self-Evaluated_Template_Network_ICCV_2019_paper.pdf',
                venue='ICCV 2019', year=2019, summary='权重共享G', section=WS),
    (P, 97): pp('Evaluating The Search Phase of Neural Architecture Search',
                url='./20-iclr-evaluating_the_search_phase_of_neural_architecture_search.pdf', venue='ICLR 2020',
                year=2020,
                summary='提出权重共享策略降低候选NAS框架的排名，导致不能反映它们真实的性能，降低了搜索过程的效率 还提出当前的NAS搜索的框架平均性能与随机的搜索性能近似。',
                section=WS),
    (P, 109): pp('Peephole: Predicting network performance before training', year=2017, section=PRED),
    (P, 113): pp('Neural Architecture Optimization', url='18-NeurIPS-neural-architecture-optimization.pdf',
                 venue='NeurIPS 2018', year=2018, section=PRED),
    (P, 114): pp('Multinomial Distribution Learning for Effective Neural Architecture Search',
                 url='19-ICCV-Zheng_Multinomial_Distribution_Learning_for_Effective_Neural_Architecture_Search_ICCV_2019_paper.pdf',
                 year=2019, section=PRED),
    (P, 120): pp('Hyperband: Bandit-based configuration evaluation for hyperparameter optimization',
                 url='hyperband.pdf', venue='ICLR 2017', year=2017,
                 summary='通过采用自适应的早期停止策略，有效地探索超参数空间', section=STOP),
    (P, 122): pp('Speeding up hyper-parameter optimization by extrapolation of learning curves using previous builds',
                 section=STOP),
    (P, 143): pp('Efficient Architectur', section='思路 / 优化策略 / 模型重用'),

    # ---------------- t-harden: plain-text citations, one bullet each, [_[paper]_] link
    (T, 14): luo('Data Preprocessing'),
    (T, 16): yang('Data Preprocessing'),
    (T, 18): pp('Jarvix: A llm no code platform for tabular data analysis and optimization',
                url='https://aclanthology.org/2023.emnlp-industry.59/',
                venue='Conference on Empirical Methods in Natural Language Processing 2023 Industry Track', year=2023,
                authors=['Shang-Ching Liu', 'ShengKun Wang', 'Tsungyao Chang', 'Wenqi Lin', 'Chung-Wei Hsiung',
                         'Yi-Chen Hsieh', 'Yu-Ping Cheng', 'Sian-Hong Luo', 'Jianwei Zhang'],
                section='Data Preprocessing'),
    (T, 20): zhang('Data Preprocessing'),
    (T, 27): pp('A versatile graph learning approach through llm-based agent', '2309.04565', year=2024,
                authors=['Lanning Wei', 'Huan Zhao', 'Xiaohan Zheng', 'Zhiqiang He', 'Quanming Yao'],
                section='Feature Engineering'),
    (T, 29): xu('Feature Engineering'),
    (T, 31): pp('Lmpriors: Pre-trained language models as task-specific priors', '2210.12530',
                venue='NeurIPS 2022 Foundation Models for Decision Making Workshop', year=2022,
                authors=['Kristy Choi', 'Chris Cundy', 'Sanjari Srivastava', 'Stefano Ermon'],
                section='Feature Engineering'),
    (T, 38): pp('Modelgpt: Unleashing llm’s capabilities for tailored model generation', '2402.12408',
                venue='arXiv 2024', year=2024,
                authors=['Zihao Tang', 'Zheqi Lv', 'Shengyu Zhang', 'Fei Wu', 'Kun Kuang'], section='Model Selection'),
    (T, 41): xu('Model Selection'),
    (T, 42): luo('Model Selection'),
    (T, 44): yang('Model Selection'),
    (T, 47): pp('Mlcopilot: Unleashing the power of large language models in solving machine learning tasks',
                '2304.14979', venue='arXiv 2023', year=2023,
                authors=['Lei Zhang', 'Yuge Zhang', 'Kan Ren', 'Dongsheng Li', 'Yuqing Yang'], section='Model Selection'),
    (T, 48): zhang('Model Selection'),
    (T, 49): pp('Zero-shot automl with pretrained models', url='https://proceedings.mlr.press/v162/ozturk22a.html',
                venue='International Conference on Machine Learning 2022', year=2022,
                authors=['Ekrem Öztürk', 'Fabio Ferreira', 'Hadi Jomaa', 'Lars Schmidt-Thieme', 'Josif Grabocka',
                         'Frank Hutter'], section='Model Selection'),
    (T, 56): pp('Large language models to enhance bayesian optimization', '2402.03921', year=2024,
                authors=['Tennison Liu', 'Nicolás Astorga', 'Nabeel Seedat', 'Mihaela van der Schaar'],
                section='Hyperparameter Optimization'),
    (T, 58): pp('Llm guided evolution-the automation of models advancing models', '2403.11446',
                venue='Genetic and Evolutionary Computation Conference 2024', year=2024,
                authors=['Clint Morris', 'Michael Jurado', 'Jason Zutty'], section='Hyperparameter Optimization'),
    (T, 61): yang('Hyperparameter Optimization'),
    (T, 62): pp('Gpt-nas: Evolutionary neural architecture search with the generative pre-trained model',
                '2305.05351', venue='arXiv 2023', year=2023,
                authors=['Caiyang Yu', 'Xianggen Liu', 'Wentao Feng', 'Chenwei Tang', 'Jiancheng Lv'],
                section='Hyperparameter Optimization'),
    (T, 72): pp('Verbalized machine learning: Revisiting machine learning with language models', '2406.04344',
                venue='arXiv 2024', year=2024,
                authors=['Tim Z Xiao', 'Robert Bamler', 'Bernhard Schölkopf', 'Weiyang Liu'],
                section='Workflow Evaluation'),
    (T, 74): zhang('Workflow Evaluation'),
}

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']

sample = [json.loads(l) for l in open('sample.jsonl', encoding='utf-8')]
assert len(sample) == len(LABELS), (len(sample), len(LABELS))
with open('labels.jsonl', 'w', encoding='utf-8') as out:
    for s in sample:
        lab = dict(list=s['list'], line=s['line'], raw=s['raw'], **LABELS[(s['list'], s['line'])])
        out.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + '\n')
print('wrote', len(sample))
