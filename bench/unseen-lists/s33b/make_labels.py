#!/usr/bin/env python3
"""Write labels.jsonl from hand-made labels below; `raw` is cut from the README
itself (lines start..end, joined with \\n) so it is byte-exact."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
T = 'Trae1ounG__Awesome-Parametric-Knowledge-in-LLMs.README.md'
D = 'duguodong7__Awesome-Knowledge-Fusion.README.md'
J = 'junchenzhi__Awesome-LLM-Ensemble.README.md'
Y = 'ymoslem__awesome-llm-routing-cascading.README.md'

KEYS = ['title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']


def P(lst, start, end, title, arxiv_id=None, url=None, venue=None, year=None, authors=(),
      code=None, summary=None, section=None, doi=None):
    return dict(list=lst, start=start, end=end, is_paper=True, title=title, arxiv_id=arxiv_id,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, start, section, end=None):
    return dict(list=lst, start=start, end=end or start, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


# ---------------------------------------------------------------- Trae1ounG
TD = 'Prametric Knowledge Detection'
TA = 'Parametric Knowledge Application'
AN = TD + ' / Knowledge in Transformer-based Model——Analysis'
LABELS = [
    P(T, 21, 23, 'Decoding specialised feature neurons in LLMs with the final projection layer',
      arxiv_id='2501.02688', year=2025, section=AN + ' / 2025'),
    P(T, 37, 39, 'Linguistic collapse: Neural collapse in (large) language models', arxiv_id='2405.17767',
      venue='NIPS 2024', year=2024, authors=['Robert Wu', 'Vardan Papyan'],
      code='https://github.com/rhubarbwu/linguistic-collapse', section=AN + ' / 2024'),
    P(T, 45, 47, 'Evaluating the External and Parametric Knowledge Fusion of Large Language Models',
      arxiv_id='2405.19010', venue='arXiv 2024', year=2024,
      authors=['Hao Zhang', 'Yuyang Zhang', 'Xiaoguang Li', 'Wenxuan Shi', 'Haonan Xu', 'Huanshuo Liu',
               'Yasheng Wang', 'Lifeng Shang', 'Qun Liu', 'Yong Liu', 'Ruiming Tang'],
      section=AN + ' / 2024'),
    P(T, 53, 55, 'Knowledge entropy decay during language model pretraining hinders new knowledge acquisition',
      arxiv_id='2410.01380', venue='arXiv 2024', year=2024,
      authors=['Jiyeon Kim', 'Hyunji Lee', 'Hyowon Cho', 'Joel Jang', 'Hyeonbin Hwang', 'Seungpil Won',
               'Youbin Ahn', 'Dohaeng Lee', 'Minjoon Seo'],
      section=AN + ' / 2024'),
    P(T, 65, 67, 'Dissecting recall of factual associations in auto-regressive language models',
      arxiv_id='2304.14767', venue='EMNLP 2023', year=2023,
      authors=['Mor Geva', 'Jasmijn Bastings', 'Katja Filippova', 'Amir Globerson'],
      code='https://github.com/google-research/google-research/tree/master/dissecting_factual_predictions',
      section=AN + ' / 2024'),
    P(T, 70, 72, 'Transformer Feed-Forward Layers Are Key-Value Memories', arxiv_id='2012.14913',
      venue='EMNLP 2021', year=2021, authors=['Mor Geva', 'Roei Schuster', 'Jonathan Berant', 'Omer Levy'],
      section=AN + ' / 2021'),
    P(T, 74, 76, 'Does knowledge localization hold true? Surprising differences between entity and relation '
      'perspectives in language models', arxiv_id='2409.00617', venue='CIKM 2024', year=2024,
      authors=['Yifan Wei', 'Xiaoyan Yu', 'Yixuan Weng', 'Huanhuan Ma', 'Yuanzhe Zhang', 'Jun Zhao', 'Kang Liu'],
      section=TD + ' / Knowledge in Transformer-based Model——Causal Tracing'),
    P(T, 85, 87, 'Identifying query-relevant neurons in large language models for long-form texts',
      arxiv_id='2406.10868', venue='arXiv 2024', year=2024,
      authors=['Lihu Chen', 'Adam Dejl', 'Francesca Toni'],
      section=TD + ' / Knowledge in Transformer-based Model——Gradient Attribution'),
    P(T, 110, 112, 'From yes-men to truth-tellers Addressing sycophancy in large language models with pinpoint tuning',
      arxiv_id='2409.01658', venue='ICML 2024', year=2024,
      authors=['Wei Chen', 'Zhen Huang', 'Liang Xie', 'Binbin Lin', 'Houqiang Li', 'Le Lu', 'Xinmei Tian',
               'Deng Cai', 'Yonggang Zhang', 'Wenxiao Wang', 'Xu Shen', 'Jieping Ye'],
      section=TD + ' / Knowledge in Transformer-based Model——Activation / 2024'),
    P(T, 133, 136, 'Deja vu: Contextual sparsity for efficient LLMs at inference time', arxiv_id='2310.17157',
      venue='ICML 2023', year=2023,
      authors=['Zichang Liu', 'Jue Wang', 'Tri Dao', 'Tianyi Zhou', 'Binhang Yuan', 'Zhao Song',
               'Anshumali Shrivastava', 'Ce Zhang', 'Yuandong Tian', 'Christopher Re', 'Beidi Chen'],
      section=TD + ' / Knowledge in Transformer-based Model——Activation / 2023'),
    P(T, 175, 177, 'Inspecting and Editing Knowledge Representations in Language Models', arxiv_id='2304.00740',
      venue='COLM 2024', year=2024, authors=['Evan Hernandez', 'Belinda Z. Li', 'Jacob Andreas'],
      code='https://github.com/evandez/REMEDI', section=TA + ' / Knowledge Editing / 2024'),
    P(T, 194, 196, 'Locating and Editing Factual Associations in GPT', arxiv_id='2202.05262', venue='NIPS 2022',
      year=2022, authors=['Kevin Meng', 'David Bau', 'Alex Andonian', 'Yonatan Belinkov'],
      section=TA + ' / Knowledge Editing / 2022'),
    P(T, 297, 301, 'Composing parameter-efficient modules with arithmetic operations', arxiv_id='2306.14870',
      venue='NIPS 2023', year=2023, section=TA + ' / Knowledge Transfer / 2023'),
    P(T, 345, 348, 'OneBit: Towards extremely low-bit large language models', arxiv_id='2402.11295',
      venue='NIPS 2024', year=2024,
      authors=['Yuzhuang Xu', 'Xu Han', 'Zonghan Yang', 'Shuo Wang', 'Qingfu Zhu', 'Zhiyuan Liu', 'Weidong Liu',
               'Wanxiang Che'],
      code='https://github.com/xuyuzhuang11/OneBit', section=TA + ' / Pramatric Quantization / 2024'),
    P(T, 376, 378, 'IN-PARAMETER KNOWLEDGE INJECTION: INTEGRATING TEMPORARY CONTEXTUAL INFORMATION INTO  MODEL '
      'PARAMETERS', url='https://openreview.net/forum?id=sl4hOq9wm9', year=2023,
      section=TA + ' / Knowledge Injection / 2023'),
    P(T, 380, 382, 'Kformer: Knowledge injection in transformer feed-forward layers', arxiv_id='2201.05742',
      venue='NLPCC 2022', year=2022,
      authors=['Yunzhi Yao', 'Shaohan Huang', 'Li Dong', 'Furu Wei', 'Huajun Chen', 'Ningyu Zhang'],
      code='https://github.com/zjunlp/Kformer', section=TA + ' / Knowledge Injection / 2022'),
    P(T, 412, 414, 'Learn more, but bother less: Parameter efficient continual learning',
      url='https://neurips.cc/virtual/2024/poster/94599', venue='NIPS 2024', year=2024,
      section=TA + ' / Continual Learning / 2024'),
    P(T, 416, 418, 'What will my model forget? Forecasting forgotten examples in language model refinement',
      arxiv_id='2402.01865', venue='ICML 2024 Spotlight', year=2024, section=TA + ' / Continual Learning / 2024'),
    P(T, 460, 462, 'Train short, test long: Attention with linear biases enables input length extrapolation',
      arxiv_id='2108.12409', venue='ICLR 2022', year=2022, section=TA + ' / Long Context Extend / 2022'),
    P(T, 465, 467, 'RoFormer: Enhanced Transformer with Rotary Position Embedding', arxiv_id='2104.09864',
      year=2021, section=TA + ' / Long Context Extend / 2021'),
]

# ---------------------------------------------------------------- duguodong7
LABELS += [N(D, ln, 'Framework') for ln in (23, 31, 35, 39, 45, 47, 48, 53)]
LABELS += [
    P(D, 71, 71, 'The role of permutation invariance in linear mode connectivity of neural networks',
      url='https://openreview.net/pdf?id=dNigytemkL', venue='ICLR 2022', year=2022,
      code='https://github.com/rahimentezari/PermutationInvariance',
      section='1. Connectivity and Alignment / 1.1 Model Connectivity'),
    P(D, 87, 87, 'Training-Free Pretrained Model Merging',
      url='https://openaccess.thecvf.com/content/CVPR2024/papers/Xu_Training-Free_Pretrained_Model_Merging_CVPR_2024_paper.pdf',
      venue='CVPR 2024', year=2024, code='https://github.com/zju-vipa/training_free_model_merging',
      section='1. Connectivity and Alignment / 1.2 Weight Alignment'),
    P(D, 111, 111, 'SMILE: Zero-Shot Sparse Mixture of Low-Rank Experts Construction From Pre-Trained Foundation Models',
      arxiv_id='2408.10174', venue='arXiv 2024', year=2024, code='https://github.com/tanganke/fusion_bench',
      section='2. Parameter Merging / 2.1 Merging Methods / Optimization based'),
    P(D, 184, 184, 'FuseChat: Knowledge Fusion of Chat Models', arxiv_id='2408.07990', venue='arXiv 2024', year=2024,
      code='https://github.com/fanqiwan/FuseAI', section='2. Parameter Merging / 2.3 For LLMs and MLLMs / For LLMs'),
    P(D, 208, 208, 'Jointly training large autoregressive multimodal models',
      url='https://openreview.net/pdf?id=5jcav5RcKw', venue='ICLR 2024', year=2024,
      code='https://github.com/kyegomez/MultiModalCrossAttn',
      section='2. Parameter Merging / 2.3 For LLMs and MLLMs / For Multimodal Language Models'),
    P(D, 237, 237, 'Diverse Ensemble Evolution: Curriculum Data-Model Marriage',
      url='https://proceedings.neurips.cc/paper/2018/hash/3070e6addcd702cb58de5d7897bfdae1-Abstract.html',
      venue='NeurIPS 2018', year=2018, section='3. Model Ensemble / 3.2 Ensemble Object / Entire Model'),
    P(D, 257, 257, 'Model Reprogramming: Resource-Efficient Cross-Domain Machine Learning',
      url='https://ojs.aaai.org/index.php/AAAI/article/view/30267', venue='AAAI 2024', year=2024,
      section='4. Decouple and Reuse / 4.1 Reprogramming'),
    P(D, 260, 260, 'From English to More Languages: Parameter-Efficient Model Reprogramming for Cross-Lingual '
      'Speech Recognition', url='https://ieeexplore.ieee.org/abstract/document/10094903', venue='ICASSP 2023',
      year=2023, section='4. Decouple and Reuse / 4.1 Reprogramming'),
    P(D, 293, 293, 'Data-Free Knowledge Amalgamation via Group-Stack Dual-GAN',
      url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Ye_Data-Free_Knowledge_Amalgamation_via_Group-Stack_Dual-GAN_CVPR_2020_paper.pdf',
      venue='CVPR 2020', year=2020, section='5. Distillation / 5.2 CNN'),
    P(D, 296, 296, 'Knowledge Amalgamation from Heterogeneous Networks by Common Feature Learning',
      arxiv_id='1906.10546', venue='IJCAI 2019', year=2019,
      code='https://github.com/zju-vipa/CommonFeatureLearning', section='5. Distillation / 5.2 CNN'),
    P(D, 312, 312, 'Towards Personalized Federated Learning via Heterogeneous Model Reassembly',
      url='https://openreview.net/forum?id=zpVCITHknd&noteId=CnjuhgyoZi', venue='NeurIPS 2023', year=2023,
      section='6. Model Reassemble'),
    P(D, 346, 346, 'Knowledge Fusion and Semantic Knowledge Ranking for Open Domain Question Answering',
      arxiv_id='2004.03101', venue='arXiv 2020', year=2020, section='7. Others / 7.1 External Data Retrieval'),
]

# ---------------------------------------------------------------- junchenzhi
JB = '2. Papers / 2.1 Ensemble Before Inference / 2.1.1 (a,1) Discrete utility methods'
JO = '2. Papers / 2.4 Others: Benchmarks, Applications, Systems and Related Surveys'
J4 = '2. Papers / 4 Others: Some other related interesting papers / 4.2 LLM Collaboration and Others'
LABELS += [N(J, ln, 'Notices / Citation') for ln in (144, 152, 156, 160, 166, 168)]
LABELS += [N(J, 178, '1. LLM Ensemble and Taxonomy / 1.1 LLM Ensemble')]
LABELS += [N(J, ln, '1. LLM Ensemble and Taxonomy / 1.2 Taxonomy') for ln in (200, 210, 227)]
LABELS += [
    P(J, 268, 268, 'Route to Reason: Adaptive Routing for LLM and Reasoning Strategy Selection', arxiv_id='2505.19435',
      year=2025, code='https://github.com/goodmanpzh/Route-To-Reason', section=JB),
    P(J, 279, 279, 'Routing to the Expert: Efficient Reward-guided Ensemble of Large Language Models',
      arxiv_id='2311.08692', year=2023, section=JB),
    P(J, 323, 323, 'Token-level Ensembling of Models with Different Vocabularies', arxiv_id='2502.21265', year=2025,
      code='https://github.com/mjpost/abe',
      section='2. Papers / 2.2 Ensemble During Inference / 2.2.1 (b,1) Token-Level Ensemble'),
    P(J, 338, 338, 'RLAE: Reinforcement Learning-Assisted Ensemble for LLMs', arxiv_id='2506.00439', year=2025,
      section='2. Papers / 2.2 Ensemble During Inference / 2.2.2 (b,2) Span-Level Ensemble'),
    P(J, 418, 418, 'Large Language Model Cascades with Mixture of Thoughts Representations for Cost-efficient '
      'Reasoning', arxiv_id='2310.03094', year=2023, code='https://github.com/MurongYue/LLM_MoT_cascade',
      section='2. Papers / 2.3 Ensemble After Inference / 2.3.2 (c,2) Cascade'),
    P(J, 435, 435, 'Scoring, Reasoning, and Selecting the Best! Ensembling Large Language Models via a Peer-Review '
      'Process', arxiv_id='2512.23213', year=2025, code='https://github.com/zeyuji/LLM-PeerReview',
      section=JO + ' / 2.4.1 Benchmarks'),
    P(J, 439, 439, 'RouterBench: A Benchmark for Multi-LLM Routing System', arxiv_id='2403.12031', year=2024,
      code='https://github.com/withmartian/routerbench', section=JO + ' / 2.4.1 Benchmarks'),
    P(J, 478, 478, 'A Survey on Collaborative Mechanisms Between Large and Small Language Models',
      arxiv_id='2505.07460', year=2025, section=JO + ' / 2.4.4 Related Surveys'),
    P(J, 526, 526, 'Nature-Inspired Population-Based Evolution of Large Language Models', arxiv_id='2503.01155',
      year=2025, code='https://github.com/ZhangYiqun018/GENOME', section=J4),
    P(J, 527, 527, 'LLM-Forest: Ensemble Learning of LLMs with Graph-Augmented Prompts for Data Imputation',
      arxiv_id='2410.21520', year=2024, code='https://github.com/Xinrui17/LLM-Forest', section=J4),
]

# ---------------------------------------------------------------- ymoslem
LABELS += [N(Y, ln, 'Design-Space Framework') for ln in (32, 41, 43, 45)]
LABELS += [N(Y, ln, 'Contents') for ln in (51, 52, 53, 55, 58)]
LABELS += [
    P(Y, 68, 68, 'BEST-Route', url='https://openreview.net/forum?id=tFBIbCVXkG', venue='ICML 2025', year=2025,
      code='https://github.com/microsoft/best-route-llm',
      summary='DeBERTa-v3-small multi-head router selects both the model and a best-of-n sampling budget under a '
              'user-set cost/accuracy threshold.', section='Difficulty-aware Routing'),
    P(Y, 73, 73, 'LLM Routing with Benchmark Datasets', url='https://openreview.net/forum?id=Zb0ajZ7vAt',
      venue='COLM 2024', year=2024,
      summary='recasts router training as per-model binary correctness classification via k-NN.',
      section='Difficulty-aware Routing'),
    P(Y, 87, 87, 'Causal LLM Routing', url='https://openreview.net/forum?id=iZC5xoQQkX', venue='NeurIPS 2025',
      year=2025, summary='learns from observational (single-model-per-query) data via a doubly-robust causal '
                         'estimator and end-to-end regret minimization.',
      section='Human Preference-aligned Routing'),
    P(Y, 91, 91, 'GMTRouter', arxiv_id='2511.08590', doi='10.48550/arXiv.2511.08590', venue='arXiv 2025', year=2025,
      summary='heterogeneous graph over multi-turn user-LLM interaction histories for inductive, per-user '
              'personalization.', section='Human Preference-aligned Routing'),
    P(Y, 128, 128, 'Leveraging Uncertainty Estimation for Efficient LLM Routing',
      url='https://openreview.net/forum?id=DJpEIwKJt7', venue='ICML 2025 Workshop', year=2025,
      summary='pre-generation classifier trained on semantic-entropy-derived preference labels between a strong '
              'and weak model.', section='Uncertainty-based Routing'),
    P(Y, 136, 136, 'Cascade Routing', url='https://openreview.net/forum?id=AAl89VNNy1', venue='ICML 2025', year=2025,
      summary='unifies routing and cascading into one framework that iteratively selects the best model at each '
              'step.', section='Cascades'),
    P(Y, 138, 138, 'SATER', url='https://aclanthology.org/2025.emnlp-main.531/', venue='EMNLP 2025', year=2025,
      summary='fine-tunes the pool models directly with shortest-response preference optimization and a built-in '
              'rejection mechanism.', section='Cascades'),
    P(Y, 141, 141, 'LLM-Blender', url='https://aclanthology.org/2023.acl-long.792/', venue='ACL 2023', year=2023,
      summary='ensembles multiple LLM outputs via pairwise ranking (PairRanker) and generative fusion (GenFuser).',
      section='Cascades'),
    P(Y, 148, 148, 'ReLope', arxiv_id='2603.24787', doi='10.48550/arXiv.2603.24787', venue='arXiv 2026', year=2026,
      summary='KL-regularized LoRA probes recover correctness signals that degrade in multimodal LLM hidden states.',
      section='Multimodal Model Routing'),
    P(Y, 163, 163, 'LLMRouterBench', url='https://aclanthology.org/2026.findings-acl.1881/',
      venue='ACL 2026 Findings', year=2026,
      summary='400k+ instances across 21 datasets and 33 models with a standardized collector/evaluator/adaptor '
              'framework.', section='Benchmarks'),
    P(Y, 166, 166, 'Who Routes the Router', url='https://openreview.net/forum?id=EEPostHMtF',
      venue='NeurIPS 2025 Workshop', year=2025,
      summary="critiques existing benchmarks' task diversity and model-pool balance; proposes 68 categories × 85 "
              "models.", section='Benchmarks'),
]


def main():
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    want = {(e['list'], e['line']) for e in sample}
    have = {(l['list'], l['start']) for l in LABELS}
    assert want == have, (sorted(want - have), sorted(have - want))
    files = {}
    out = []
    order = {k: i for i, k in enumerate((e['list'], e['line']) for e in sample)}
    for lab in sorted(LABELS, key=lambda l: order[(l['list'], l['start'])]):
        name = lab['list']
        if name not in files:
            files[name] = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        lines = files[name]
        raw = '\n'.join(lines[lab['start'] - 1:lab['end']])
        row = {'list': name, 'line': lab['start'], 'raw': raw, 'is_paper': lab['is_paper']}
        for k in KEYS:
            row[k] = lab[k]
        out.append(row)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(len(out), 'labels,', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()
