#!/usr/bin/env python3
"""Hand labels for the 60 sampled entries (values typed by hand; raw copied from the files by line;
for the JatinThakur2 table rows the Summary cell is copied verbatim from the row and checked)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
J = 'JatinThakur2__Neurosymbolic-AI-Papers.README.md'
C = 'cuiwenyao__Awesome-Neuro-Symbolic-Scientific-Reasoning.README.md'
M = 'mattfaltyn__awesome-neuro-symbolic-ai.README.md'
KEYS = ['title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary']

def P(title, year=None, arxiv_id=None, doi=None, url=None, venue=None, authors=(), code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

def sur(s):
    return [a.strip() for a in s.split(',')]

def jrow(title, pdf, authors, year, section):
    # summary is filled below from the row's third cell
    return P(title, year=year, url=pdf, authors=sur(authors), section=section, summary='@CELL3')

Y = lambda y: 'Papers by Year / %d' % y
L = {
 (J, 29): jrow('Neuro-Symbolic Visual Reasoning: Disentangling "Visual" from "Reasoning"', "2020/Neuro-Symbolic%20Visual%20Reasoning%3A%20Disentangling%20'Visual'%20from%20'Reasoning'.pdf", 'Amizadeh, Palangi, Polozov, Huang, Koishida', 2020, Y(2020)),
 (J, 32): jrow('Temporal Logic Point Processes', '2020/Temporal%20Logic%20Point%20Processes.pdf', 'Li, Wang, Zhang, Chang, Liu, Xie, Qi, Song', 2020, Y(2020)),
 (J, 52): jrow('Neuro-Symbolic Language Modeling with Automaton-augmented Retrieval', '2022/Neuro-Symbolic%20Language%20Modeling%20with%20Automaton-augmented%20Retrieval.pdf', 'Alon, Xu, He, Sengupta, Roth, Neubig', 2022, Y(2022)),
 (J, 53): jrow('Parametric Visual Program Induction with Function Modularization', '2022/Parametric%20Visual%20Program%20Induction%20with%20Function%20Modularization.pdf', 'Duan, Wang, Zhang, Zhu', 2022, Y(2022)),
 (J, 62): jrow('Interpretable Neural-Symbolic Concept Reasoning', '2023/Interpretable%20Neural-Symbolic%20Concept%20Reasoning.pdf', 'Barbiero, Ciravegna, Giannini, Espinosa Zarlenga, Magister, Tonda, Lió, Precioso, Jamnik, Marra', 2023, Y(2023)),
 (J, 63): jrow('Neuro-Symbolic Continual Learning', '2023/Neuro-Symbolic%20Continual%20Learning.pdf', 'Marconato, Bontempo, Ficarra, Calderara, Passerini, Teso', 2023, Y(2023)),
 (J, 72): jrow('Analysis for Abductive Learning and Neural-Symbolic Reasoning Shortcuts', '2024/Analysis%20for%20Abductive%20Learning%20and%20Neural-Symbolic%20Reasoning%20Shortcuts.pdf', 'Yang, Wei, Shao, Li, Zhou', 2024, Y(2024)),
 (J, 73): jrow('Convex and Bilevel Optimization for Neural-Symbolic Inference and Learning', '2024/Convex%20and%20Bilevel%20Optimization%20for%20Neural-Symbolic%20Inference%20and%20Learning.pdf', 'Dickens, Gao, Pryor, Wright, Getoor', 2024, Y(2024)),
 (J, 75): jrow('Federated Neuro-Symbolic Learning', '2024/Federated%20Neuro-Symbolic%20Learning.pdf', 'Xing, Lu, Yu', 2024, Y(2024)),
 (J, 78): jrow('On the Independence Assumption in Neurosymbolic Learning', '2024/On%20the%20Independence%20Assumption%20in%20Neurosymbolic%20Learning.pdf', 'van Krieken, Minervini, Ponti, Vergari', 2024, Y(2024)),
 (J, 88): jrow('Dataflow-Guided Neuro-Symbolic Language Models for Type Inference', '2025/Dataflow-Guided%20Neuro-Symbolic%20Language%20Models%20for%20Type%20Inference.pdf', 'Li, Wan, Zhang, Zhao, Jiang, Shi, Jin, Wang', 2025, Y(2025)),
 (J, 89): jrow('DOLPHIN: A Programmable Framework for Scalable Neurosymbolic Learning', '2025/DOLPHIN%3A%20A%20Programmable%20Framework%20for%20Scalable%20Neurosymbolic%20Learning.pdf', 'Naik, Liu, Wang, Sethi, Dutta, Naik, Wong', 2025, Y(2025)),
 (J, 93): jrow('Pareto-Optimal Fronts for Benchmarking Symbolic Regression Algorithms', '2025/Pareto-Optimal%20Fronts%20for%20Benchmarking%20Symbolic%20Regression%20Algorithms.pdf', 'Fong, Motani', 2025, Y(2025)),
 (J, 97): jrow('STP: Self-play LLM Theorem Provers with Iterative Conjecturing and Proving', '2025/STP%3A%20Self-play%20LLM%20Theorem%20Provers%20with%20Iterative%20Conjecturing%20and%20Proving.pdf', 'Dong, Ma', 2025, Y(2025)),
 (J, 98): jrow('TeLoGraF: Temporal Logic Planning via Graph-encoded Flow Matching', '2025/TeLoGraF%3A%20Temporal%20Logic%20Planning%20via%20Graph-encoded%20Flow%20Matching.pdf', 'Meng, Fan', 2025, Y(2025)),
 (J, 108): jrow('A Deep Learning Model of Mental Rotation Informed by Interactive VR Experiments', '2026/A%20Deep%20Learning%20Model%20of%20Mental%20Rotation%20Informed%20by%20Interactive%20VR%20Experiments.pdf', 'Khazoum, Fernandes, Krylov, Li, Deny', 2026, Y(2026)),
 (J, 115): jrow('Distilling Neuro-Symbolic Programs into 3D Multi-modal LLMs', '2026/Distilling%20Neuro-Symbolic%20Programs%20into%203D%20Multi-modal%20LLMs.pdf', 'Mo, Liu', 2026, Y(2026)),
 (J, 126): N('Topics at a Glance'),
 (J, 129): N('Topics at a Glance'),
 (J, 138): N('Notes'),

 (C, 48): N('Table of Contents'),
 (C, 52): N('Table of Contents'),
 (C, 61): N('Table of Contents'),
 (C, 66): N('Table of Contents'),
 (C, 68): N('Table of Contents'),
 (C, 82): P('Multi-shot ASP solving with clingo', 2019, doi='10.1017/S1471068418000054', url='https://doi.org/10.1017/S1471068418000054', venue='Theory and Practice of Logic Programming 2019', section='Foundations of Neuro-Symbolic AI'),
 (C, 100): P('Transformers and large language models for chemistry and drug discovery', 2023, venue='arXiv 2023', section='Related Surveys & Position Papers'),
 (C, 119): P('Boltz-1: Open-source structure prediction at AlphaFold-3 quality', 2025, arxiv_id='2411.13408', venue='Nature Methods 2025', section='AI for Science Milestones'),
 (C, 120): P('Solving olympiad geometry without human demonstrations', 2024, doi='10.1038/s41586-023-06747-5', url='https://doi.org/10.1038/s41586-023-06747-5', venue='Nature 2024', section='AI for Science Milestones'),
 (C, 121): P('Mathematical discoveries from program search with large language models', 2024, doi='10.1038/s41586-023-06924-6', url='https://doi.org/10.1038/s41586-023-06924-6', venue='Nature 2024', section='AI for Science Milestones'),
 (C, 140): N('Layer 1 — Knowledge Injection'),
 (C, 190): P('Fast model editing at scale', 2022, venue='ICLR 2022', section='Layer 1 — Knowledge Injection / Knowledge Graphs & Knowledge Editing'),
 (C, 213): P('ReFT: Reasoning with reinforced fine-tuning', 2024, arxiv_id='2401.08967', venue='ACL 2024', section='Layer 1 — Knowledge Injection / Reinforcement Learning with Verifiable Rewards (RLVR)'),
 (C, 261): P('Can large language models reason about program invariants?', 2023, venue='ICML 2023', section='Layer 2 — Symbolic Reasoning & Verification / Program-Aided Reasoning'),
 (C, 273): P('Logic-LM: empowering large language models with symbolic solvers for faithful logical reasoning', 2023, venue='EMNLP 2023 Findings', section='Layer 2 — Symbolic Reasoning & Verification / Logic-Aided Reasoning'),
 (C, 290): P('Thor: wielding hammers to integrate language models and automated theorem provers', 2022, venue='NeurIPS 2022', section='Layer 2 — Symbolic Reasoning & Verification / Formal Theorem Proving'),
 (C, 294): P('Towards large language models as copilots for theorem proving in Lean', 2024, arxiv_id='2404.12534', venue='ICML 2024', section='Layer 2 — Symbolic Reasoning & Verification / Formal Theorem Proving'),
 (C, 296): P('DeepSeek-Prover-V1.5', 2024, venue='arXiv 2024', section='Layer 2 — Symbolic Reasoning & Verification / Formal Theorem Proving'),
 (C, 345): P('ReAct: synergizing reasoning and acting in language models', 2023, venue='ICLR 2023', section='Layer 3 — Reasoning Orchestration / Agents & Tool Use'),
 (C, 436): P('SymAgent', 2026, venue='EMNLP 2026', summary='Encodes solver feedback as a structured control signal driving Accept / Verify / Repair / Fallback', section='Featured Works (This Survey)'),

 (M, 11): N('Table of Contents'),
 (M, 13): N('Table of Contents'),
 (M, 25): N('NSAI Basics and Resources / Textbooks'),
 (M, 27): N('NSAI Basics and Resources / Textbooks'),
 (M, 32): P('Neuro-Symbolic Artificial Intelligence: Current Trends', 2021, arxiv_id='2105.05330', section='NSAI Basics and Resources / Overview Articles'),
 (M, 35): P('Neural-Symbolic Learning and Reasoning: Contributions and Challenges', 2015, url='https://openaccess.city.ac.uk/id/eprint/11838/', section='NSAI Basics and Resources / Overview Articles'),
 (M, 36): P('The Facets of Artificial Intelligence: A Framework to Track the Evolution of AI', 2009, url='https://www.ijcai.org/proceedings/2018/0718.pdf', section='NSAI Basics and Resources / Overview Articles'),
 (M, 37): P('Dimensions of Neural-symbolic Integration - A Structured Survey', 2005, arxiv_id='cs/0511042', section='NSAI Basics and Resources / Overview Articles'),
 (M, 54): N('NSAI Classifications / Type I: Symbolic Neural symbolic'),
 (M, 67): N('NSAI Classifications / Type III: Neural:Symbolic'),
 (M, 73): N('NSAI Classifications / Type IV: Neural:Symbolic → Neural'),
 (M, 79): N('NSAI Classifications / Type V: Neural_{Symbolic}'),
 (M, 80): N('NSAI Classifications / Type V: Neural_{Symbolic}'),
 (M, 81): N('NSAI Classifications / Type V: Neural_{Symbolic}'),
 (M, 83): N('NSAI Classifications / Type V: Neural_{Symbolic}'),
 (M, 89): N('NSAI Classifications / Type VI: Neuro[Symbolic]'),
 (M, 109): P('Extending Logical Neural Networks Using First-Order Theories', 2022, arxiv_id='2207.02978', section='Frameworks / Logical Neural Network / Media / Academic Papers'),
 (M, 110): P('Neuro-Symbolic Inductive Logic Programming with Logical Neural Networks', 2021, arxiv_id='2112.03324', section='Frameworks / Logical Neural Network / Media / Academic Papers'),
 (M, 113): P('Neuro-Symbolic Approaches for Text-Based Policy Learning', 2021, url='https://aclanthology.org/2021.emnlp-main.245/', section='Frameworks / Logical Neural Network / Media / Academic Papers'),
 (M, 117): P('LNN-EL: A Neuro-Symbolic Approach to Short-text Entity Linking', 2021, url='https://aclanthology.org/2021.acl-long.64/', section='Frameworks / Logical Neural Network / Media / Academic Papers'),
}

sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
assert len(sample) == len(L) == 60, (len(sample), len(L))
out = []
for s in sample:
    lab = L[(s['list'], s['line'])]
    if lab.get('summary') == '@CELL3':
        cells = [c.strip() for c in s['raw'].strip().strip('|').split(' | ')]
        assert len(cells) == 3
        assert cells[0].startswith('[' + lab['title'] + '](' + lab['url'] + ')'), cells[0]
        assert [a.strip() for a in cells[1].split(',')] == lab['authors']
        lab['summary'] = cells[2]
    o = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    o.update({k: lab[k] for k in ['is_paper'] + KEYS + ['section']})
    out.append(o)
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(o['is_paper'] for o in out), 'papers')
