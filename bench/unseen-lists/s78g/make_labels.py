#!/usr/bin/env python3
"""Hand labels for the s78g sample; raw is cut from the saved file by (first, last) line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
U = 'UNKNOWN__id41599954559.README.md'
H = 'hyintell__awesome-refreshing-llms.README.md'
K = 'pillowsofwind__Knowledge-Conflicts-Survey.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary)

def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None)

U1 = '目录 / 修改模型原始参数'
U2 = '目录 / 保留模型原始参数：'
U3 = '目录 / 模型知识编辑相关数据集'
KE = 'Papers / Knowledge Editing'
CP = 'Papers / Continual Learning / Continual Pre-training'
T1 = 'Type I: Context-memory conflict'
T2 = 'Type II: Inter-context conflict'
T3 = 'Type III: Intra-memory conflict'

L = [
 # ---- UNKNOWN ModelEdit (Chinese tables + "●" entries)
 (U, 4, 4, N(), '目录'),
 (U, 5, 5, N(), '目录'),
 (U, 6, 6, N(), '目录'),
 (U, 12, 12, P('Locating and Editing Factual Associations in GPT', '2202.05262', None, 'NeurIPS 2022', 2022,
              ['Kevin Meng'], 'https://rome.baulab.info'), U1),
 (U, 14, 14, P('BadEdit: Backdooring large language models by model editing', '2403.13355', None, 'ICLR 2024', 2024,
              ['Yanzhou Li'], None, '《Mass-Editing Memory in a Transformer》方法技术应用到模型后门攻击领域'), U1),
 (U, 15, 15, P('ALPHAEDIT: NULL-SPACE CONSTRAINEDKNOWLEDGE EDITING FOR LANGUAGE MODELS', '2410.04045', None, 'ICLR 2025', 2025,
              ['王翔'], 'https://github.com/jianghoucheng/AlphaEdit', '用零空间特性优化模型原有知识分布偏移问题'), U1),
 (U, 18, 18, P('Modifying Memories in Transformer Models', '2012.00363', None, 'CL 2020', 2020, ['Chen Zhu'], None,
              '将模型知识编辑看作一种学习任务，微调模型参数，只是在损失函数里加入‖θ − θ0‖ ≤ δ限制，以此来保留模型原有能力'), U1),
 (U, 20, 20, P('Uncovering Overfitting in Large Language Model Editing', '2410.07819', None, 'ICLR 2025', 2025,
              ['Pengjie Ren']), U1),
 (U, 28, 28, P('Memory-Based Model Editing at Scale', '2206.06520', None, 'ICML 2022', 2022, ['Eric Mitchell'],
              'https://sites.google.com/view/serac-editing'), U2),
 (U, 29, 29, P('Memory-assisted prompt editing to improve GPT-3 after deployment', '2201.06009', None, 'EMNLP 2022', 2022,
              ['Aman Madaan'], 'https://memprompt.com/'), U2),
 (U, 30, 30, P('Can We Edit Factual Knowledge by In-Context Learning?', '2305.12740', None, None, None, ['Ce Zheng'],
              'https://github.com/Zce1112zslx/IKE'), U2),
 (U, 31, 31, P('MQuAKE: Assessing Knowledge Editing in Language Models via Multi-Hop Questions', '2305.14795', None,
              'EMNLP 2023', 2023, ['Zexuan Zhong'], 'https://github.com/princeton-nlp/MQuAKE'), U2),
 (U, 38, 38, P('Mass-Editing Memory in a Transformer', '2210.07229', summary=
              'knowledge as triples（s,r,o）,数据集中包含人为制造反事实数据，可用于评测模型其他知识是否受到编辑答案干扰'), U3),
 (U, 39, 39, P('Zero-Shot Relation Extraction via Reading Comprehension', None,
              'http://nlp.cs.washington.edu/zeroshot/zeroshot.pdf', summary='knowledge as triples(s,r,0),包含多个相同语义的问题'), U3),
 (U, 57, 59, P('Memory-Based Model Editing at Scale', None, None, 'ICML 2022', 2022,
              ['Eric Mitchell', 'Charles Lin', 'Antoine Bosselut', 'Christopher D Manning', 'Chelsea Finn'],
              'https://sites.google.com/view/serac-editing'), 'Memory Based'),
 (U, 61, 62, P('Memory-assisted prompt editing to improve GPT-3 after deployment', '2201.06009', None, 'EMNLP 2022', 2022,
              ['Aman Madaan', 'Niket Tandon', 'Peter Clark', 'Yiming Yang'], 'https://memprompt.com'), 'Memory Based'),
 (U, 64, 65, P('Can We Edit Factual Knowledge by In-Context Learning?', '2305.12740', None, 'arXiv', None,
              ['Ce Zheng', 'Lei Li', 'Qingxiu Dong', 'Yuxuan Fan', 'Zhiyong Wu', 'Jingjing Xu', 'Baobao Chang'],
              'https://github.com/Zce1112zslx/IKE'), 'Memory Based'),
 (U, 67, 68, P('MQuAKE: Assessing Knowledge Editing in Language Models via Multi-Hop Questions', '2305.14795', None,
              'EMNLP 2023', 2023, ['Zexuan Zhong', 'Zhengxuan Wu', 'Christopher D. Manning', 'Christopher Potts', 'Danqi Chen'],
              'https://github.com/princeton-nlp/MQuAKE'), 'Memory Based'),
 (U, 72, 74, P('FAST MODEL EDITING AT SCALE', '2110.11309', None, 'ICLR 2022', 2022,
              ['Eric Mitchell', 'Charles Lin', 'Antoine Bosselut', 'Chelsea Finn', 'Christopher D. Manning'],
              'https://sites.google.com/view/mend-editing',
              '通过梯度更新MLP矩阵权重w，并对梯度w的偏导进行低秩近似处理，实现高效且稳定的模型编辑。'), 'meta-learning'),
 (U, 76, 77, P('Modifying Memories in Transformer Models', '2012.00363', None, 'arXiv 2020', 2020,
              ['Chen Zhu', 'Ankit Singh Rawat', 'Manzil Zaheer', 'Srinadh Bhojanapalli', 'Daliang Li', 'Felix Yu', 'Sanjiv Kumar'],
              None, '将模型知识编辑视作学习任务，通过微调模型参数，并在损失函数中加入‖θ − θ0‖ ≤ δ的限制，确保模型原有能力得以保留。'),
  'meta-learning'),
 # ---- hyintell/awesome-refreshing-llms (partial; tables Year | Venue | Paper | badge links)
 (H, 28, 28, N(), 'Table of Contents'),
 (H, 32, 32, N(), 'Table of Contents'),
 (H, 33, 33, N(), 'Table of Contents'),
 (H, 36, 36, N(), 'Table of Contents'),
 (H, 38, 38, N(), 'Table of Contents'),
 (H, 40, 40, N(), 'Table of Contents'),
 (H, 41, 41, N(), 'Table of Contents'),
 (H, 43, 43, N(), 'Table of Contents'),
 (H, 44, 44, N(), 'Table of Contents'),
 (H, 79, 79, P('RECKONING: Reasoning through Dynamic Knowledge Encoding', '2305.06349', None, 'arXiv 2023', 2023),
  KE + ' / Meta-learning'),
 (H, 95, 95, P('Editing Commonsense Knowledge in GPT', '2305.14956', None, 'arXiv 2023', 2023, (),
              'https://github.com/anshitag/memit_csk'), KE + ' / Locate and Edit'),
 (H, 96, 96, P('Mass-Editing Memory in a Transformer', None, 'https://openreview.net/forum?id=MkbcAHIYgyS', 'ICLR 2023', 2023, (),
              'https://github.com/kmeng01/memit'), KE + ' / Locate and Edit'),
 (H, 97, 97, P('Knowledge Neurons in Pretrained Transformers', None, 'https://aclanthology.org/2022.acl-long.581/', 'ACL 2022', 2022, (),
              'https://github.com/hunter-ddm/knowledge-neurons'), KE + ' / Locate and Edit'),
 (H, 98, 98, P('Fast Model Editing at Scale', None,
              'https://proceedings.neurips.cc/paper_files/paper/2022/hash/6f1d43d5a82a37e89b0665b33bf3a182-Abstract-Conference.html',
              'NeurIPS 2022', 2022, (), 'https://github.com/kmeng01/rome'), KE + ' / Locate and Edit'),
 (H, 109, 109, P('KILM: Knowledge Injection into Encoder-Decoder Language Models', '2302.09170', None, 'arXiv 2023', 2023, (),
                'https://github.com/alexa/kilm'), CP),
 (H, 111, 111, P('Meta-Learning Online Adaptation of Language Models', '2305.15076', None, 'arXiv 2023', 2023), CP),
 (H, 112, 112, P('Continual Pre-training of Language Models', None, 'https://openreview.net/forum?id=m_GDIItaI3o', 'ICLR 2023', 2023, (),
                'https://github.com/UIC-Liu-Lab/ContinualLM'), CP),
 (H, 113, 113, P('Lifelong Language Pretraining with Distribution-Specialized Experts', '2305.12281', None, 'ICML 2023', 2023), CP),
 (H, 115, 115, P('Fine-tuned Language Models are Continual Learners', None, 'https://aclanthology.org/2022.emnlp-main.410/',
                'EMNLP 2022', 2022, (), 'https://github.com/ThomasScialom/T0_continual_learning'), CP),
 (H, 119, 119, P('Towards Continual Knowledge Learning of Language Models', None, None, 'ICLR 2022', 2022), CP),
 # ---- pillowsofwind/Knowledge-Conflicts-Survey (numbered "Title, _Author et al._, **Venue Year**, [[Paper](url)]")
 (K, 19, 19, N(), None),
 (K, 39, 39, N(), 'Recap'),
 (K, 58, 58, N(), 'Table of Contents'),
 (K, 71, 71, P('Mind the gap: Assessing temporal generalization in neural language models', None,
              'https://proceedings.neurips.cc/paper/2021/hash/f5bf0ba0a17ef18f9607774722f5698c-Abstract.html?ref=ruder.io',
              'Neurips 2021', 2021, ['Lazaridou']), T1 + ' / I-i: Causes / Temporal Misalignment'),
 (K, 98, 98, P('Blinded by Generated Contexts: How Language Models Merge Generated and Retrieved Contexts When Knowledge Conflicts',
              '2401.11911', None, 'arXiv 2024', 2024, ['Tan']), T1 + ' / I-ii: (Behavior) Analysis / ODQA'),
 (K, 102, 102, P('Adaptive chameleon or stubborn sloth: Unraveling the behavior of large language models in knowledge conflicts',
                '2305.13300', None, 'ICLR 2024', 2024, ['Xie']), T1 + ' / I-ii: (Behavior) Analysis / General'),
 (K, 149, 149, P('Rich Knowledge Sources Bring Complex Knowledge Conflicts: Recalibrating Models to Reflect Conflicting Evidence',
                None, 'https://aclanthology.org/2022.emnlp-main.146.pdf', 'EMNLP 2022', 2022, ['Chen']),
  T2 + ' / II-ii: (Behavior) Analysis / Performance impact'),
 (K, 155, 155, P('What Evidence Do Language Models Find Convincing?', '2402.11782', None, 'ACL 2024', 2024, ['Wan']),
  T2 + ' / II-ii: (Behavior) Analysis / Detection ability'),
 (K, 188, 188, P('A survey on hallucination in large language models: Principles, taxonomy, challenges, and open questions',
                '2311.05232', None, 'arXiv 2023', 2023, ['Huang']), T3 + ' / III-i: Causes / Decoding Strategy'),
 (K, 201, 201, P('Knowing what llms do not know: A simple yet effective self-detection method', None,
                'https://aclanthology.org/2024.naacl-long.390.pdf', 'NAACL 2024', 2024, ['Zhao']),
  T3 + ' / III-ii: (Behavior) Analysis / Self-Inconsistency'),
 (K, 203, 203, P('Benchmarking and improving generator-validator consistency of language models', None,
                'https://openreview.net/pdf?id=phBS6YpTzC', 'ICLR 2024', 2024, ['Li']),
  T3 + ' / III-ii: (Behavior) Analysis / Self-Inconsistency'),
 (K, 204, 204, P('How pre-trained language models capture factual knowledge? a causal-inspired analysis', None,
                'https://aclanthology.org/2022.findings-acl.136.pdf', 'ACL 2022', 2022, ['Li']),
  T3 + ' / III-ii: (Behavior) Analysis / Self-Inconsistency'),
 (K, 205, 205, P('Impact of co-occurrence on factual knowledge of large language models', None,
                'https://aclanthology.org/2023.findings-emnlp.518.pdf', 'EMNLP 2023', 2023, ['Kang', 'Choi']),
  T3 + ' / III-ii: (Behavior) Analysis / Self-Inconsistency'),
 (K, 209, 209, P('Dola: Decoding by contrasting layers improves factuality in large language models', '2309.03883', None,
                'ICLR 2024', 2024, ['Chuang']), T3 + ' / III-ii: (Behavior) Analysis / Latent Representation of Knowledge'),
 (K, 215, 215, P('Cross-lingual consistency of factual knowledge in multilingual language models', None,
                'https://aclanthology.org/2023.emnlp-main.658.pdf', 'EMNLP 2023', 2023, ['Qi']),
  T3 + ' / III-ii: (Behavior) Analysis / Cross-lingual Inconsistency'),
 (K, 222, 222, P('Benchmarking and improving generator-validator consistency of language models', None,
                'https://openreview.net/pdf?id=phBS6YpTzC', 'ICLR 2024', 2024, ['Li']),
  T3 + ' / III-iii: (Mitigating) Solutions / Improving Consistency'),
 (K, 224, 224, P('Enhancing selfconsistency and performance of pre-trained language models through natural language inference', None,
                'https://aclanthology.org/2022.emnlp-main.115.pdf', 'EMNLP 2022', 2022, ['Mitchell']),
  T3 + ' / III-iii: (Mitigating) Solutions / Improving Consistency'),
 (K, 225, 225, P('Knowing what llms do not know: A simple yet effective self-detection method', None,
                'https://aclanthology.org/2024.naacl-long.390.pdf', 'NAACL 2024', 2024, ['Zhao']),
  T3 + ' / III-iii: (Mitigating) Solutions / Improving Consistency'),
 (K, 229, 229, P('Decoding by contrasting layers improves factuality in large language models', '2309.03883', None,
                'ICLR 2024', 2024, ['Chuang']), T3 + ' / III-iii: (Mitigating) Solutions / Improving Factuality'),
 (K, 230, 230, P('Inferencetime intervention: Eliciting truthful answers from a language model', '2306.03341', None,
                'NeurIPS 2023', 2023, ['Li']), T3 + ' / III-iii: (Mitigating) Solutions / Improving Factuality'),
]

out = []
for name, a, b, d, sec in L:
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    rec = {'list': name, 'line': a, 'raw': '\n'.join(lines[a - 1:b])}
    rec.update(d)
    rec['section'] = sec
    out.append({k: rec[k] for k in ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
                                    'year', 'authors', 'code', 'summary', 'section']})
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
