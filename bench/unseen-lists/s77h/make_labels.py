import json
S = [json.loads(l) for l in open('/work/main/bench/unseen-lists/s77h/sample.jsonl')]
raw = {(o['list'][:6], o['line']): (o['list'], o['raw']) for o in S}
C, U, X = 'chrisj', 'tongyu', 'tongyx'

def P(key, line, title, section, arxiv=None, url=None, venue=None, year=None, code=None, summary=None, authors=None):
    lst, r = raw[(key, line)]
    return dict(list=lst, line=line, raw=r, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section)

def N(key, line, section):
    lst, r = raw[(key, line)]
    return dict(list=lst, line=line, raw=r, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

s2 = '2. Self-consistency and TTC'
s3 = '3. Reasoning path pool / strategy selection'
s4 = '4. Verifier / PRM / reranker'
s5 = '5. Search / reflection / RL'
s6 = '6. Structured / graph reasoning'
L = [
 P(C, 29, 'Self-Consistency', s2, url='https://openreview.net/forum?id=1PL1NIMMrw', venue='ICLR 2023', year=2023, summary='canonical SC baseline'),
 P(C, 30, 'Reasoning-Aware Self-Consistency', s2, url='https://aclanthology.org/2025.naacl-long.184/', venue='NAACL 2025', year=2025, summary='rationale-aware SC'),
 P(C, 31, 'Confidence Improves Self-Consistency in LLMs', s2, url='https://aclanthology.org/2025.findings-acl.1030/', venue='ACL 2025 Findings', year=2025, summary='confidence-weighted voting'),
 P(C, 33, 'Learning How Hard to Think', s2, url='https://openreview.net/forum?id=6qUUgw9bAZ', venue='ICLR 2025', year=2025, summary='input-adaptive compute allocation'),
 P(C, 34, 'Scaling LLM Test-Time Compute Optimally', s2, url='https://openreview.net/forum?id=4FWAwZtd2n', venue='ICLR 2025', year=2025, summary='compute-optimal TTC framing'),
 P(C, 45, 'Self-Discover', s3, url='https://openreview.net/forum?id=BROvXhmzYK', year=2024, summary='reasoning structure composition'),
 P(C, 49, 'ToRA', s3, arxiv='2309.17452', venue='arXiv 2023', year=2023, summary='tool-integrated path family'),
 N(C, 53, s3),
 P(C, 60, "Let's Verify Step by Step", s4, url='https://openreview.net/forum?id=v8L0pN6EOi', venue='ICLR 2024', year=2024, summary='process supervision canonical'),
 P(C, 61, 'Math-Shepherd', s4, url='https://aclanthology.org/2024.acl-long.510/', venue='ACL 2024', year=2024, summary='automatic PRM'),
 P(C, 62, 'Process Reward Models That Think', s4, arxiv='2504.16828', venue='arXiv 2025', year=2025, summary='generative verifier'),
 N(C, 67, s4),
 P(C, 75, 'RAP', s5, url='https://openreview.net/forum?id=VTWWvYtF1R', year=2023, summary='planning with world model'),
 P(C, 76, 'ReST-MCTS*', s5, arxiv='2406.03816', venue='arXiv 2024', year=2024, summary='PRM-guided tree search self-training'),
 P(C, 77, 'Reflexion', s5, url='https://openreview.net/forum?id=vAElhFcKW6', year=2023, summary='reflection / verbal RL'),
 P(C, 89, 'MAGDi', s6, url='https://openreview.net/forum?id=ffLblkoCw8', venue='ICLR 2025 Spotlight', year=2025, summary='graph distillation'),
 P(C, 91, 'Think-on-Graph', s6, arxiv='2307.07697', venue='arXiv 2023', year=2023, summary='KG-guided graph reasoning'),
 N(C, 95, s6),
 N(C, 108, '7. NFM / telco reasoning bridge'),
 P(C, 122, 'Phased Instruction Fine-Tuning', '8. Long-term / background / lower priority', url='https://aclanthology.org/2024.findings-acl.341/', venue='ACL 2024 Findings', year=2024, summary='curriculum background'),
 # tongyu0924
 N(U, 25, '1. Perception'),
 P(U, 33, 'MAVIS', '1. Perception / 1.2 Math-Specific Visual Encoding'),
 N(U, 37, '1. Perception / 1.3 Diagram & Geometry Perception'),
 N(U, 41, '1. Perception / 1.4 Chart & Table Perception'),
 N(U, 63, '2. Representation & Alignment'),
 N(U, 81, '2. Representation & Alignment / 2.4 Region / Symbol Grounding'),
 N(U, 97, '2. Representation & Alignment / 2.8 Layout-Aware Representation'),
 N(U, 111, '3. Reasoning / 3.1 Direct Multimodal Reasoning'),
 P(U, 123, 'CodePlot-CoT', '3. Reasoning / 3.4 Program / Code Reasoning'),
 N(U, 135, '3. Reasoning / 3.7 Search-Based Reasoning'),
 N(U, 153, '4. Learning & Optimization'),
 N(U, 195, '5. Evaluation & Reliability'),
 N(U, 199, '5. Evaluation & Reliability / 5.1 Final-Answer Evaluation'),
 N(U, 207, '5. Evaluation & Reliability / 5.3 Visual Grounding Evaluation'),
 N(U, 216, '5. Evaluation & Reliability / 5.5 Error Detection & Diagnosis'),
 N(U, 225, '5. Evaluation & Reliability / 5.7 Self-Correction'),
 N(U, 250, '6. Benchmarks & Datasets / 6.2 Geometry'),
 N(U, 253, '6. Benchmarks & Datasets / 6.3 Charts & Tables'),
 P(U, 259, 'HC-M3D', '6. Benchmarks & Datasets / 6.5 Visual Reliance'),
 N(U, 311, '7. Surveys & Resources / 7.4 PRM / Verification Surveys'),
 # tongyx361
 N(X, 13, None),
]
D = '(Training) Datasets'
for ln in (27, 42, 49, 55, 64, 71, 86, 99, 106, 114, 122, 129, 136, 141):
    L.append(N(X, ln, D))
CP = 'Continual Pre-Training: Methods / Models / Corpora'
L += [
 P(X, 163, 'OpenWebMath', CP, arxiv='2310.06786'),
 P(X, 166, 'MathPile', CP, arxiv='2312.17120'),
 P(X, 188, 'MAmmoTH', 'SFT: Methods / Models / Datasets / Code integration', arxiv='2309.05653', summary='SFT on CoT&PoT-mixing data is effective.'),
 P(X, 210, 'Language Models are Multilingual Chain-of-Thought Reasoners', 'Evaluation: Benchmarks / OpenAI simple-evals - Math', arxiv='2210.03057', code='https://github.com/google-research/url-nlp'),
 N(X, 220, 'Curations, collections and surveys'),
]
assert len(L) == 60, len(L)
assert len({(o['list'], o['line']) for o in L}) == 60
order = {(o['list'], o['line']): i for i, o in enumerate(S)}
L.sort(key=lambda o: order[(o['list'], o['line'])])
with open('/work/main/bench/unseen-lists/s77h/labels.jsonl', 'w', encoding='utf-8') as f:
    for o in L:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print('papers', sum(o['is_paper'] for o in L))
