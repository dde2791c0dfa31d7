#!/usr/bin/env python3
"""Write labels.jsonl: the hand labels below (read by eye from each README), joined with
the exact entry text (`raw`) that sample.py cut from the file at each entry's start line."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
G = 'GeminiLight__ml4co-survey.README.md'
J = 'JY00002__Awesome-DRL4COPs.README.md'
A = 'ai4co__awesome-fm4co.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, code=None, section=None,
      authors=(), summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


RNN = 'End-to-end / RNN/Attention-based'
GNN = 'End-to-end / GNN-based'
TBC = 'Appendix / To Be Classified'
SHOP = 'Research Papers with Open-Source Code / Shop Scheduling Problems'
ROUTE = 'Research Papers with Open-Source Code / Routing Problems'
LLM = 'LLMs for Combinatorial Optimization'

LABELS = {
    # ---- GeminiLight / ml4co-survey: numbered bold title + nested `Field`: bullets ----
    (G, 94): P('A Survey on Reinforcement Learning for Combinatorial Optimization', arxiv='2008.12248',
               venue='arXiv 2020', year=2020, section='Survey'),
    (G, 113): P('Learning to Branch', arxiv='1803.10150', venue='ICML 2018', year=2018, section='Analysis'),
    (G, 136): P('Pointer Networks', arxiv='1506.03134', venue='NeurIPS 2015', year=2015, section=RNN),
    (G, 144): P('Neural Combinatorial Optimization with Reinforcement Learning', arxiv='1611.09940',
                venue='ICLR 2017', year=2017, section=RNN),
    (G, 160): P('Learning Improvement Heuristics for Solving Routing Problems', arxiv='1912.05784',
                venue='TNNLS 2021', year=2021, section=RNN),
    (G, 176): P('Matrix Encoding Networks for Neural Combinatorial Optimization', arxiv='2106.11113',
                venue='arXiv 2021', year=2021, section=RNN),
    (G, 203): P('Attention, Learn to Solve Routing Problems!', arxiv='1803.08475', venue='NeurIPS 2018',
                year=2018, section=GNN),
    (G, 228): P('End to end learning and optimization on graphs', arxiv='1905.13732', venue='NeurIPS 2019',
                year=2019, section=GNN),
    (G, 252): P('Learning to Solve Combinatorial Optimization Problems on Real-World Graphs in Linear Time',
                arxiv='2006.03750', venue='arXiv 2020', year=2020, section=GNN),
    (G, 276): P('SOLO: Search Online, Learn Offline for Combinatorial Optimization Problems',
                arxiv='2104.01646', venue='arXiv 2021', year=2021, section=GNN),
    (G, 287): P('Learning to Dispatch for Job Shop Scheduling via Deep Reinforcement Learning',
                arxiv='2010.12367', venue='NeurIPS 2020', year=2020, section='End-to-end / Other'),
    (G, 306): P('Learning to Perform Local Rewriting for Combinatorial Optimization', arxiv='1810.00337',
                venue='NeurIPS 2019', year=2019, section='Local Search'),
    (G, 314): P('A Learning-based Iterative Method for Solving Vehicle Routing Problems',
                url='https://openreview.net/forum?id=BJe1334YDH', venue='ICLR 2020', year=2020,
                section='Local Search'),
    (G, 326): P('Exploratory Combinatorial Optimization with Reinforcement Learning', arxiv='1909.04063',
                venue='AAAI 2020', year=2020, section='Local Search'),
    (G, 358): P('Learning to Branch in Mixed Integer Programming',
                url='https://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/viewPDFInterstitial/12514/11657',
                venue='AAAI 2016', year=2016, section='B&B-based'),
    (G, 365): P('Learning to Run Heuristics in Tree Search', arxiv='1803.10150', venue='IJCAI 2017',
                year=2017, section='B&B-based'),
    (G, 453): P('Improving Optimization Bounds Using Machine Learning ~ Decision Diagrams Meet Deep '
                'Reinforcement Learning', arxiv='1809.03359', venue='AAAI 2019', year=2019, section=TBC),
    (G, 461): P('A Data-Driven Approach for Multi-level Packing Problems in Manufacturing Industry',
                url='https://dl.acm.org/doi/10.1145/3292500.3330708', venue='KDD 2019', year=2019,
                section=TBC),
    (G, 465): P('Solving a New 3D Bin Packing Problem with Deep Reinforcement Learning Method',
                arxiv='1708.05930', venue='arXiv 2017', year=2017, section=TBC),
    (G, 469): P('Meta-Learning-based Deep Reinforcement Learning for Multiobjective Optimization Problems',
                arxiv='2105.02741', venue='arXiv 2017', year=2017, section=TBC),

    # ---- JY00002 / Awesome-DRL4COPs: | ID | Paper Title | Acronym | Problem | Year | Code | ----
    (J, 50): N('Introduction'),
    (J, 51): N('Introduction'),
    (J, 64): P('Matrix Encoding Networks for Neural Combinatorial Optimization', year=2021,
               code='https://github.com/yd-kwon/MatNet', section=SHOP),
    (J, 65): P('Explainable reinforcement learning in production control of job shop manufacturing system',
               year=2022, code='https://github.com/AndreasKuhnle/SimRLFab', section=SHOP),
    (J, 78): P('An actor-critic algorithm with policy gradients to solve the job shop scheduling problem '
               'using deep double recurrent agents', year=2024,
               code='https://github.com/GiorgioGrani/JSSP_actor-critic_Agasucci_Monaci_Grani', section=SHOP),
    (J, 80): P('Learning to Solve Job Shop Scheduling under Uncertainty', year=2024,
               code='https://github.com/jolibrain/wheatley', section=SHOP),
    (J, 83): P('Graph reinforcement learning for flexible job shop scheduling under industrial demand '
               'response: A production and energy nexus perspective', year=2024,
               code='https://github.com/ruizhangjie/FJS-IDR', section=SHOP),
    (J, 86): P('End-to-end Multi-Target Flexible Job Shop Scheduling with Deep Reinforcement Learning',
               year=2024, code='https://github.com/RKWin93/E2E-MAPPO-for-MT-FJSP', section=SHOP),
    (J, 113): P('H-TSP: Hierarchically Solving the Large-Scale Traveling Salesman Problem', year=2023,
                code='https://github.com/Learning4Optimization-HUST/H-TSP', section=ROUTE),
    (J, 114): P('Pointerformer: Deep Reinforced Multi-Pointer Transformer for the Traveling Salesman Problem',
                year=2023, code='https://github.com/Pointerformer/Pointerformer', section=ROUTE),
    (J, 118): P('Learning Feature Embedding Refiner for Solving Vehicle Routing Problems', year=2024,
                code='https://github.com/Demon0312/Feature-Embedding-Refiner', section=ROUTE),
    (J, 121): P('Reinforcement Learning for Solving Stochastic Vehicle Routing Problem with Time Windows',
                year=2024, code='https://github.com/Zangir/SVRP', section=ROUTE),
    (J, 124): P('Multi-Task Learning for Routing Problem with Cross-Problem Zero-Shot Generalization',
                year=2024, code='https://github.com/FeiLiu36/MTNCO', section=ROUTE),
    (J, 125): P('A comparison of reinforcement learning policies for dynamic vehicle routing problems with '
                'stochastic customer requests', year=2025,
                code='https://github.com/frakkerman/dynamic_vrp_rl', section=ROUTE),
    (J, 126): P('Attention-Enhanced Deep Reinforcement Learning for Electric Vehicle Routing Optimization',
                year=2025, code='https://github.com/forward-no/AEDRL', section=ROUTE),
    (J, 129): P('Neural Multi-Objective Combinatorial Optimization with Diversity Enhancement', year=2023,
                code='https://github.com/bill-cjb/NHDE', section=ROUTE),
    (J, 130): P('Combinatorial Optimization with Policy Adaptation using Latent Space Search', year=2023,
                code='https://github.com/instadeepai/compass', section=ROUTE),
    (J, 163): N('Benchmark & Resources / Shop Scheduling Problems (JSP/FJSP)'),
    (J, 170): N('Benchmark & Resources / Routing Problems'),
    (J, 179): N('Research Platforms'),

    # ---- ai4co / awesome-fm4co: | Date | [Title](link) | Code badge | `Problem` | *Venue* | Remark | ----
    (A, 13): P('Large Language Models for Supply Chain Optimization', arxiv='2307.03875', venue='arXiv 2023',
               year=2023, code='https://github.com/microsoft/OptiGuide', section=LLM),
    (A, 14): P('Can Language Models Solve Graph Problems in Natural Language?', arxiv='2305.10037',
               venue='NeurIPS 2023', year=2023, code='https://github.com/Arthur-Heng/NLGraph', section=LLM),
    (A, 18): P('AI-Copilot for Business Optimisation: A Framework and A Case Study in Production Scheduling',
               arxiv='2309.13218', venue='arXiv 2023', year=2023,
               code='https://github.com/pivithuruthejanamarasinghe/AI-Copilot-Data', section=LLM),
    (A, 21): P('Mathematical discoveries from program search with large language models',
               url='https://www.nature.com/articles/s41586-023-06924-6', venue='Nature', year=2023,
               code='https://github.com/google-deepmind/funsearch', section=LLM),
    (A, 23): P('ReEvo: Large Language Models as Hyper-Heuristics with Reflective Evolution', arxiv='2402.01145',
               venue='NeurIPS 2024', year=2024, code='https://github.com/ai4co/reevo', section=LLM),
    (A, 29): P('Evolution of Heuristics: Towards Efficient Automatic Algorithm Design Using Large Language Model',
               arxiv='2401.02051', venue='ICML 2024', year=2024, code='https://github.com/FeiLiu36/EoH',
               section=LLM),
    (A, 31): P('Self-Guiding Exploration for Combinatorial Problems', arxiv='2405.17950', venue='NeurIPS 2024',
               year=2024, code='https://github.com/Zangir/LLM-for-CP', section=LLM),
    (A, 32): P('Eyeballing Combinatorial Problems: A Case Study of Using Multimodal Large Language Models to '
               'Solve Traveling Salesman Problems', arxiv='2406.06865', venue='ISBCom 2024', year=2024,
               section=LLM),
    (A, 33): P('Visual Reasoning and Multi-Agent Approach in Multimodal Large Language Models (MLLMs): Solving '
               'TSP and mTSP Combinatorial Challenges', arxiv='2407.00092', venue='MDPI MAKE 2024', year=2024,
               code='https://github.com/ahmed-abdulhuy/Solving-TSP-and-mTSP-Combinatorial-Challenges-using-'
                    'Visual-Reasoning-and-Multi-Agent-Approach-MLLMs-', section=LLM),
    (A, 35): P('Diagnosing Infeasible Optimization Problems Using Large Language Models', arxiv='2308.12923',
               venue='INFOR', year=2024, section=LLM),
    (A, 37): P('Multi-objective Evolution of Heuristic Using Large Language Model', arxiv='2409.16867',
               venue='AAAI 2025', year=2025, section=LLM),
    (A, 41): P('OptiBench Meets ReSocratic: Measure and Improve LLMs for Optimization Modeling',
               url='https://openreview.net/forum?id=fsDZwS49uY', venue='ICLR 2025', year=2025, section=LLM),
    (A, 42): P('DRoC: Elevating Large Language Models for Complex Vehicle Routing via Decomposed Retrieval of '
               'Constraints', url='https://openreview.net/forum?id=s9zoyICZ4k', venue='ICLR 2025', year=2025,
               section=LLM),
    (A, 44): P('LLM4Solver: Large Language Model for Efficient Algorithm Design of Combinatorial Optimization '
               'Solver', url='https://openreview.net/forum?id=XTxdDEFR6D', venue=None, year=2024, section=LLM),
    (A, 50): P('Evaluating LLM Reasoning in the Operations Research Domain with ORQA', arxiv='2412.17874',
               venue='AAAI 2025', year=2025, code='https://github.com/nl4opt/ORQA', section=LLM),
    (A, 53): P('Bridging Visualization and Optimization: Multimodal Large Language Models on Graph-Structured '
               'Combinatorial Optimization', arxiv='2501.11968', venue='arXiv 2025', year=2025, section=LLM),
    (A, 60): P('Text2Zinc: A Cross-Domain Dataset for Modeling Optimization and Satisfaction Problems in '
               'MiniZinc', arxiv='2503.10642', venue='arXiv 2025', year=2025, section=LLM),
    (A, 64): P('Combinatorial Optimization for All: Using LLMs to Aid Non-Experts in Improving Optimization '
               'Algorithms', arxiv='2503.10968', venue='Inteligencia Artificial 2026', year=2026,
               code='https://github.com/camilochs/comb-opt-for-all', section=LLM),
    (A, 65): P('Automatic MILP Model Construction for Multi-Robot Task Allocation and Scheduling Based on Large '
               'Language Models', arxiv='2503.13813', venue='IROS 2025', year=2025, section=LLM),
    (A, 68): P('Algorithm Discovery With LLMs: Evolutionary Search Meets Reinforcement Learning',
               arxiv='2504.05108', venue='COLM 2025', year=2025, section=LLM),
}

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']


def main():
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
    seen = set()
    out = []
    for s in sample:
        k = (s['list'], s['line'])
        lab = LABELS[k]
        seen.add(k)
        row = dict(list=s['list'], line=s['line'], raw=s['raw'], **lab)
        out.append({key: row[key] for key in KEYS})
    extra = set(LABELS) - seen
    assert not extra, extra
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()
