#!/usr/bin/env python3
# Hand labels (values typed by hand below); this script only cuts each entry's raw text
# from its file by line range and writes labels.jsonl.
import json, re
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
def extent(lines, n):
    i = n - 1
    s = lines[i]
    if s.startswith('#'):
        j = i + 1
        while j < len(lines) and not lines[j].startswith('#') and lines[j].strip() != '---':
            j += 1
        while lines[j-1].strip() == '':
            j -= 1
        return '\n'.join(lines[i:j])
    if s.lstrip().startswith('|'):
        return s
    j = i + 1
    while j < len(lines) and lines[j].strip() and lines[j].startswith(' ') and not LIST_RE.match(lines[j]):
        j += 1
    return '\n'.join(lines[i:j])

C = 'cengc13__papers-agentic-system-for-scientific-discovery.README.md'
D = 'du-nlp-lab__LLM4SR.README.md'
H = 'hflyzju__Awesome-AI-Scientist-Benchmarks.README.md'
TA = 'Top Papers (cited, ordered by recency) / Articles'
TR = 'Top Papers (cited, ordered by recency) / Reviews & Surveys'
RA = 'Recent Highlights (last 90 days) / Articles'
RR = 'Recent Highlights (last 90 days) / Reviews & Surveys'
def P(lst, line, title, section, arxiv=None, doi=None, url=None, venue=None, year=None, authors=None, code=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=authors or [], code=code, summary=summary, section=section)
def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)
def dl(d): return dict(doi=d, url='https://doi.org/' + d)
L = [
 P(C, 50, 'From AI for Science to Agentic Science: A Survey on Autonomous Scientific Discov…', TR, arxiv='2508.14111', venue='arXiv 2025', year=2025),
 P(C, 75, 'An Agentic Active-Learning Framework for Simulation-Driven Optimization of Energ…', RA, year=2026, **dl('10.1109/ICTMIM68190.2026.11506731')),
 P(C, 29, 'Self-Driving Laboratory for Accelerated On-Surface Synthesis under Ultrahigh Vac…', TA, venue='Nano Letters 2025', year=2025, **dl('10.1021/acs.nanolett.5c02445')),
 P(C, 84, 'Accelerating Discovery of Organic Molecular Crystals via Materials Informatics a…', RR, year=2026, **dl('10.1002/aidi.70124')),
 P(C, 23, '“DIVE” into hydrogen storage materials discovery with AI agents', TA, arxiv='2508.13251', venue='Chem. Sci. 2025', year=2025, code='https://github.com/gtex-hydrogen-storage/DIVE'),
 P(C, 32, 'Science acceleration and accessibility with self-driving labs', TA, venue='Nat. Commun. 2025', year=2025, **dl('10.1038/s41467-025-59231-1')),
 P(C, 30, 'A Self-Driving Lab for Nano- and Advanced Materials Synthesis', TA, venue='ACS Nano 2025', year=2025, **dl('10.1021/acsnano.4c17504')),
 P(C, 72, 'ARES OS 2.0: An Orchestration Software Suite for Autonomous Experimentation Syst…', RA, arxiv='2604.03440', venue='arXiv 2026', year=2026, code='https://github.com/AFRL-ARES/ARES/releases'),
 P(C, 39, 'SciToolAgent: a knowledge-graph-driven scientific agent for multitool integratio…', TA, arxiv='2507.20280', venue='Nat. Comput. Sci. 2025', year=2025, code='https://github.com/hicai-zju/scitoolagent'),
 P(C, 88, 'AUTONOMOUS POLYMER MATERIALS DISCOVERY: ARTIFICIAL INTELLIGENCE ARCHITECTURES FO…', RR, year=2026, **dl('10.36868/ejmse.2026.11.01.003')),
 P(C, 58, 'AIMBio-Mat: An AI-Native FAIR Platform for Closed-Loop Materials Discovery and B…', RA, arxiv='2605.21083', venue='arXiv 2026', year=2026),
 P(C, 77, 'Smart Exploration of Perovskite Photovoltaics: From AI Driven Discovery to Auton…', RA, year=2026, **dl('10.1002/aenm.202506803')),
 P(C, 24, 'A Grassroots Network and Community Roadmap for Interconnected Autonomous Science…', TA, arxiv='2506.17510', venue='ICPP Workshops 2025', year=2025, code='https://github.com/AD-SDL/MADSci'),
 P(C, 76, 'Multi-Agent Collaboration for Automated Design Exploration on High Performance C…', RA, arxiv='2603.11515', year=2026, code='https://github.com/CEED/Laghos'),
 P(C, 31, 'Flow-driven data intensification to accelerate autonomous inorganic materials di…', TA, venue='Nat. Chem. Eng. 2025', year=2025, **dl('10.1038/s44286-025-00249-z')),
 P(C, 47, 'Synthetic organic chemistry driven by artificial intelligence', TR, url='https://www.nature.com/articles/s41570-019-0124-0.pdf', venue='Nat. Rev. Chem. 2019', year=2019),
 P(C, 73, 'Exploring self-driving labs for optoelectronic materials', RA, arxiv='2603.21704', venue='arXiv 2026', year=2026),
 P(C, 87, 'Artificial Intelligence in Chemistry: A Comprehensive Review of Methods, Applica…', RR, year=2026, **dl('10.62643/ijerst.2026.v22.i1(s).2074')),
 P(C, 22, 'ChemGraph as an agentic framework for computational chemistry workflows', TA, venue='Communications Chemist… 2026', year=2026, code='https://github.com/argonne-lcf/ChemGraph', **dl('10.1038/s42004-025-01776-9')),
 P(C, 59, 'Harnessing Autonomous AI Agents for the Next Generation of Scientific Discovery', RA, year=2026, **dl('10.1002/smm2.70068')),
]
HD = 'LLMs for Scientific Hypothesis Discovery'
EP = 'LLMs for Experiment Planning and Implementation'
EX = EP + ' / Automating Experimental Processes / Experiment Execution and Workflow Automation'
EB = EP + ' / Benchmarks'
PR = 'LLMs for Peer Reviewing'
APR = PR + ' / Automated Peer Reviewing Generation'
TOC = 'Table of Contents'
L += [
 N(D, 38, TOC),
 P(D, 380, 'ReviewRobot: Explainable Paper Review Generation Based on Knowledge Synthesis', APR, arxiv='2010.06119', venue='INLG 2020', year=2020, code='https://github.com/EagleW/Review'),
 N(D, 30, TOC),
 N(D, 28, TOC),
 P(D, 176, 'DrugAssist: A Large Language Model for Molecule Optimization', EX, arxiv='2401.10334', year=2023),
 P(D, 157, 'Controllable protein design with language models', EX, arxiv='2201.07338', year=2022),
 P(D, 217, 'MLE-bench: Evaluating Machine Learning Agents on Machine Learning Engineering', EB, arxiv='2410.07095', year=2023),
 P(D, 50, 'SciMON: Scientific Inspiration Machines Optimized for Novelty', HD, arxiv='2305.14259', venue='ACL 2024', year=2024),
 N(D, 40, TOC),
 P(D, 361, 'Can large language models provide useful feedback on research papers? A large-scale empirical analysis', PR, arxiv='2310.01783', year=2023, code='https://github.com/weixin-liang/llm-scientific-feedback'),
 N(D, 391, APR + ' / Peer Reviewing Tools'),
 P(D, 420, 'Scientific Opinion Summarization: Paper Meta-Review Generation Dataset, Methods, and Evaluation', PR + ' / Benchmarks', arxiv='2305.14647', year=2024, code='https://github.com/mankeerat/orsum-meta-review-generation'),
 P(D, 85, 'MOOSE-Chem: Large Language Models for Rediscovering Unseen Chemistry Scientific Hypotheses', HD, arxiv='2410.07076', venue='ICLR 2025', year=2025, code='https://github.com/ZonglinY/MOOSE-Chem'),
 P(D, 279, 'Leveraging Large Language Models for Literature Review Tasks - A Case Study Using ChatGPT', 'LLMs for Scientific Paper Writing / Related Work Generation', url='https://link.springer.com/chapter/10.1007/978-3-031-48858-0_25', year=2023),
 P(D, 354, 'Emerging Plagiarism in Peer-Review Evaluation Reports: A Tip of the Iceberg?', PR, url='https://link.springer.com/article/10.1007/s11192-024-04960-1', year=2024),
 P(D, 374, 'Prompting LLMs to Compose Meta-Review Drafts from Peer-Review Narratives of Scholarly Manuscripts', APR, arxiv='2402.15589', year=2024),
 N(D, 39, TOC),
 P(D, 259, 'Explaining Relationships Among Research Papers', 'LLMs for Scientific Paper Writing / Citation Text Generation', arxiv='2402.13426', year=2024),
 P(D, 344, 'The Emergence of Large Language Models (LLM) as a Tool in Literature Reviews: An LLM Automated Systematic Review', PR, arxiv='2409.04600', year=2024),
 P(D, 220, 'ScienceAgentBench: Toward Rigorous Assessment of Language Agents for Data-Driven Scientific Discovery', EB, arxiv='2410.05080', year=2024),
]
TBL = 'Benchmark Comparison Table'
CORE = 'Core AI-Scientist Benchmarks'
L += [
 N(H, 24, TBL),
 P(H, 99, 'MLGym', CORE, arxiv='2502.14499', summary='A gym for ML research agents'),
 P(H, 143, 'Benchmarking AI scientists in omics / BaisBench', 'Domain-specific AI-scientist benchmarks', arxiv='2505.08341',
   summary='Data-driven biological discovery (cell type annotation tasks + domain question answering). Highlights how data + domain knowledge are essential and how current agents underperform domain experts.'),
 N(H, 9, 'Purpose'),
 N(H, 167, 'How to use this catalog (practical suggestions)'),
 N(H, 34, TBL),
 N(H, 38, TBL),
 N(H, 21, TBL),
 N(H, 39, TBL),
 N(H, 23, TBL),
 P(H, 135, 'AlphaGo Moment for Model Architecture Discovery', 'Large-scale / architecture discovery', arxiv='2507.18074'),
 P(H, 58, 'ResearchCodeBench', CORE, arxiv='2506.02314', summary='Implementing novel ML research code'),
 P(H, 67, 'MLR-Bench', CORE, arxiv='2505.19955', summary='Open-ended machine learning research evaluation'),
 P(H, 91, 'CORE-Bench', CORE, arxiv='2409.11363', summary='Computational reproducibility at scale'),
 P(H, 75, 'ML-Bench', CORE, arxiv='2311.09835', summary='Repository-level ML tasks'),
 P(H, 103, 'SciCode', CORE, arxiv='2407.13168', summary='Scientist-curated coding benchmark (natural sciences)'),
 N(H, 175, 'How to use this catalog (practical suggestions)'),
 N(H, 181, 'Contributions & license'),
 N(H, 43, TBL),
 N(H, 33, TBL),
]
files = {}
with open('labels.jsonl', 'w', encoding='utf-8') as out:
    for o in L:
        lines = files.setdefault(o['list'], open(o['list'], encoding='utf-8').read().split('\n'))
        o['raw'] = extent(lines, o['line'])
        keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
        out.write(json.dumps({k: o[k] for k in keys}, ensure_ascii=False) + '\n')
print(len(L))
