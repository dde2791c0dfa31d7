"""Build labels.jsonl from sample.json plus hand judgements below.

Authors/titles for the two citation-style lists are copied out of the raw text
by small regexes (to avoid typing errors) and were checked by eye; every other
field is written by hand.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))

L = 'LAMDASZ-ML__Awesome-LLM-Reasoning-with-NeSy.README.md'
B = 'bruno686__Awesome-RL-based-LLM-Reasoning.README.md'
U = 'luban-agi__Awesome-LLM-reasoning.README.md'
T = 'tue09__awesome-reasoning-generalization.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=None, code=None,
      summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=authors or [], code=code, summary=summary, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


LP = 'Awesome Papers / '
H = {}
# ---- LAMDASZ-ML (tables: Title | Venue | Date | Code) ----
H[(L, 15)] = N('Table of Contents')
H[(L, 26)] = N('Awesome Tutorials & Workshops')
H[(L, 27)] = N('Awesome Tutorials & Workshops')
H[(L, 29)] = N('Awesome Tutorials & Workshops')
H[(L, 34)] = P('From Statistical Relational to Neuro-Symbolic Artificial Intelligence: a Survey',
               arxiv='2108.11451', section='Awesome Survey')
H[(L, 42)] = P('MRKL Systems: A modular, neuro-symbolic architecture that combines large language models, external knowledge sources and discrete reasoning',
               arxiv='2205.00445', venue='arXiv 2022', year=2022,
               section=LP + 'LLM for Neural-Symbolic Learning')
H[(L, 44)] = P('Large Language Models Are Neurosymbolic Reasoners', arxiv='2401.09334',
               venue='AAAI 2024', year=2024, code='https://github.com/hyintell/LLMSymbolic',
               section=LP + 'LLM for Neural-Symbolic Learning')
H[(L, 51)] = P('PTR: Prompt Tuning with Rules for Text Classification', arxiv='2105.11259',
               venue='arXiv 2021', year=2021, code='https://github.com/thunlp/PTR',
               section=LP + 'Nesy for LLM Reasoning & Planning')
H[(L, 53)] = P('PAL: Program-aided Language Models', arxiv='2211.10435', venue='ICML 2023',
               year=2023, code=None,  # [Github] points to project page reasonwithpal.com
               section=LP + 'Nesy for LLM Reasoning & Planning')
H[(L, 60)] = P('Binding Language Models in Symbolic Languages',
               url='https://openreview.net/forum?id=lH1PV42cbF', venue='ICLR 2023', year=2023,
               code=None,  # [Github] points to project page lm-code-binder.github.io
               section=LP + 'Nesy for LLM Reasoning & Planning')
H[(L, 75)] = P('An Interpretable Neuro-Symbolic Reasoning Framework for Task-Oriented Dialogue Generation',
               arxiv='2203.05843', venue='ACL 2022', year=2022,
               code='https://github.com/shiquanyang/NS-Dial',
               section=LP + 'Nesy for the Explainable & Trustworthy')
H[(L, 84)] = P('Visual Concept-MetaConcept Learning', arxiv='2002.01464', venue='NeurIPS 2019',
               year=2019, code='https://github.com/Glaciohound/VCML',
               section=LP + 'Application / Nesy for Visual Reasoning')
H[(L, 96)] = P('AlphaIntegrator: Transformer Action Search for Symbolic Integration Proofs',
               arxiv='2410.02666', venue='arXiv 2024', year=2024,
               section=LP + 'Application / Nesy for Math')
H[(L, 97)] = P('Proving Olympiad Algebraic Inequalities without Human Demonstrations',
               arxiv='2406.14219', venue='arXiv 2024', year=2024,
               section=LP + 'Application / Nesy for Math')
H[(L, 116)] = P('PDSketch: Integrated Domain Programming, Learning, and Planning',
                url='https://pdsketch.csail.mit.edu/data/papers/2022NeurIPS-PDSketch.pdf',
                venue='NeurIPS 2022', year=2022,
                code='https://github.com/vacancy/PDSketch-Alpha-Release',
                section=LP + 'Application / Nesy for Embodied AI')
H[(L, 118)] = P('Learning Neuro-Symbolic Skills for Bilevel Planning', arxiv='2206.10680',
                venue='COIL 2022', year=2022,
                code='https://github.com/Learning-and-Intelligent-Systems/predicators/releases/tag/skill-learning-june-2022',
                section=LP + 'Application / Nesy for Embodied AI')
H[(L, 124)] = P('Learning Adaptive Planning Representations with Natural Language Guidance',
                arxiv='2312.08566', venue='ICLR 2024', year=2024,
                section=LP + 'Application / Nesy for Embodied AI')
H[(L, 127)] = P('Learning Neuro-Symbolic Abstractions for Robot Planning and Learning',
                url='https://ojs.aaai.org/index.php/AAAI/article/view/30409', venue='AAAI 2024',
                year=2024, section=LP + 'Application / Nesy for Embodied AI')
H[(L, 135)] = P('On the Hardness of Probabilistic Neurosymbolic Learning',
                url='https://proceedings.mlr.press/v235/maene24a.html', venue='ICML 2024',
                year=2024, section=LP + 'Misc')
H[(L, 138)] = P('Convex and Bilevel Optimization for Neural-Symbolic Inference and Learning',
                url='https://openreview.net/pdf?id=6NQ77Vj3DT', venue='ICML 2024', year=2024,
                section=LP + 'Misc')

# ---- bruno686 ([YYMM] [Title](link) (notes) (affiliation)) ----
BP = 'Papers / '
H[(B, 16)] = P('SFT Memorizes, RL Generalizes: A Comparative Study of Foundation Model Post-training',
               arxiv='2501.17161', year=2025, section=BP + 'Outcome Reward Model')
H[(B, 18)] = P('Kimi k1.5: Scaling Reinforcement Learning with LLMs', arxiv='2501.12599', year=2025,
               section=BP + 'Outcome Reward Model')
H[(B, 22)] = P('QLASS: Boosting Language Agent Inference via Q-Guided Stepwise Search',
               arxiv='2502.02584', year=2025, section=BP + 'Process-based Reward Models')
H[(B, 24)] = P("Let's verify step by step", arxiv='2305.20050', year=2023,
               section=BP + 'Process-based Reward Models')
H[(B, 25)] = P('Solving math word problems with process-and outcome-based feedback',
               arxiv='2211.14275', year=2022, section=BP + 'Process-based Reward Models')
H[(B, 29)] = P('On the Emergence of Thinking in LLMs I: Searching for the Right Intuition',
               arxiv='2502.06773', year=2025, summary='Reinforcement Learning via Self-Play',
               section=BP + 'Reinforcement learning')
H[(B, 32)] = P('Training Language Models to Self-Correct via Reinforcement Learning',
               arxiv='2409.12917', year=2024, section=BP + 'Reinforcement learning')
SA = BP + 'Search algorithms (Monte Carlo Tree Search or Beam Search)'
H[(B, 36)] = P('Don’t Get Lost in the Trees: Streamlining LLM Reasoning by Overcoming Tree Search Exploration Pitfalls',
               arxiv='2502.11183', year=2025, section=SA)
H[(B, 37)] = P('Deepseek-prover-v1. 5: Harnessing proof assistant feedback for reinforcement learning and monte-carlo tree search',
               arxiv='2408.08152', year=2024, section=SA)
H[(B, 38)] = P('Solving olympiad geometry without human demonstrations',
               url='https://www.nature.com/articles/s41586-023-06747-5.pdf', year=2023, section=SA)
ON = BP + 'Other Newest Interesting Papers about LLM Reasoning'
H[(B, 42)] = P('When More is Less: Understanding Chain-of-Thought Length in LLMs', arxiv='2502.07266',
               year=2025, summary='I think is also about overthinking', section=ON)
H[(B, 47)] = P('Scaling up Test-Time Compute with Latent Reasoning: A Recurrent Depth Approach',
               arxiv='2502.05171', year=2025,
               summary='Current approaches to improving LM capabilities rely heavily on increasing model size or specialized prompting',
               section=ON)
H[(B, 54)] = P('LLMs Can Teach Themselves to Better Predict the Future', arxiv='2502.05253', year=2025,
               summary='self-play generate data', section=ON)
H[(B, 65)] = N('Slides and Discussion')
H[(B, 69)] = N('Slides and Discussion')
H[(B, 78)] = N('Video')
H[(B, 79)] = N('Video')
H[(B, 82)] = N('Video')
H[(B, 89)] = N('Open-Source Project')
H[(B, 99)] = N('Cloud GPU')

# ---- luban-agi (- **Title**, YYYY.MM <br />\n*Authors* [[abs](link)]) ----
for ln in (22, 24, 25, 26):
    H[(U, ln)] = N('Table of Contents')
USEC = {37: 'Papers / Survey', 50: 'Papers / Graph of Thought', 56: 'Papers / Graph of Thought',
        59: 'Papers / Graph of Thought', 62: 'Papers / With Graph',
        70: 'Papers / Backward Reasoning / Backward Chaining',
        76: 'Papers / Backward Reasoning / Backward Chaining',
        80: 'Papers / Backward Reasoning / Question Decomposition',
        92: 'Papers / Backward Reasoning / Question Decomposition',
        98: 'Papers / Backward Reasoning / Question Decomposition',
        105: 'Papers / Reasoning Enhancement for Small LM / Distillation',
        114: 'Papers / Reasoning Enhancement for Small LM / Distillation',
        117: 'Papers / Reasoning Enhancement for Small LM / Distillation',
        123: 'Papers / Reasoning Enhancement for Small LM / Distillation',
        127: 'Papers / Reasoning Enhancement for Small LM / Step-aware Reasoning',
        133: 'Papers / Reasoning Enhancement for Small LM / Step-aware Reasoning'}

# ---- tue09 (- **Title**. *Authors*. [[paper](abs)] [[pdf](pdf)], YYYY-MM.) ----
H[(T, 38)] = N('Contents')
H[(T, 47)] = N('Taxonomy')
TG = 'Paper list / '
TSEC = {76: 'Training for Generalization / Post-training: supervised adaptation',
        78: 'Training for Generalization / Post-training: supervised adaptation',
        82: 'Training for Generalization / Post-training: supervised adaptation',
        93: 'Training for Generalization / Post-training: RL and reward design',
        99: 'Training for Generalization / Post-training: RL and reward design',
        102: 'Training for Generalization / Post-training: RL and reward design',
        109: 'Training for Generalization / Post-training: hybrid and self-improvement',
        113: 'Training for Generalization / Post-training: hybrid and self-improvement',
        146: 'Architecture for Generalization / Recurrent depth and adaptive computation',
        183: 'Analysis of Generalization / Behavioral observations',
        191: 'Analysis of Generalization / Behavioral observations',
        207: 'Analysis of Generalization / Behavioral observations',
        208: 'Analysis of Generalization / Behavioral observations',
        226: 'Analysis of Generalization / Empirical mechanisms and explanations',
        230: 'Analysis of Generalization / Empirical mechanisms and explanations',
        242: 'Analysis of Generalization / Empirical mechanisms and explanations',
        251: 'Analysis of Generalization / Theoretical analysis',
        254: 'Analysis of Generalization / Theoretical analysis'}


def luban(raw, line):
    m = re.match(r'- \*\*(.+?)\*\*,? (\d{4})\.\d\d <br />\n\s*\*(.+?)\*\s+\[\[abs\]\((.+?)\)\]$', raw)
    title, year, auth, link = m.groups()
    authors = [a.strip() for a in auth.split(',') if a.strip()]
    if line == 114:  # '*Shridhar K, Stolfo A, Sachan M. Distilling *' -> trailing word is debris
        authors = ['Shridhar K', 'Stolfo A', 'Sachan M']
    a = re.search(r'arxiv\.org/abs/(\d{4}\.\d{4,5})', link)
    return P(title, arxiv=a.group(1) if a else None, url=None if a else link, year=int(year),
             authors=authors, section=USEC[line])


def tue(raw, line):
    m = re.match(r'- \*\*(.+?)\*\*\. \*(.+?)\*\. \[\[paper\]\(https://arxiv\.org/abs/(\d{4}\.\d{5})\)\] '
                 r'\[\[pdf\]\(https://arxiv\.org/pdf/\3\)\], (\d{4})-\d\d\.$', raw)
    title, auth, aid, year = m.groups()
    return P(title, arxiv=aid, year=int(year), authors=[a.strip() for a in auth.split(',')],
             section=TG + TSEC[line])


out = []
for s in S:
    k = (s['list'], s['line'])
    if k in H:
        lab = H[k]
    elif s['list'] == U:
        lab = luban(s['raw'], s['line'])
    elif s['list'] == T:
        lab = tue(s['raw'], s['line'])
    else:
        raise SystemExit('no label for %r' % (k,))
    rec = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    rec.update(lab)
    out.append(rec)

keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')
