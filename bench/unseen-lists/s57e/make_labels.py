#!/usr/bin/env python3
"""Write labels.jsonl from hand labels (read by eye from the README files).

The raw text of each entry is taken from the sampled lines (sample.py output,
re-run here) and checked against the file; everything else below is typed by
hand.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAR = 'NarcissusUse__reading-list-for-generative-recommendation-about-sequence.README.md'
TSI = 'tsinghua-fib-lab__LLM-Agent-for-Recommendation-and-Search.README.md'
WES = 'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.README.md'


def P(title, arxiv=None, doi=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)


def NP(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


TOC = 'Table of Contents'
N_SURV = 'Surveys'
N_SEQ = 'use LLM as recommender / LLM as SequentialRecommender'
N_SIM = 'use LLM as recommender / LLM as User Simulator'
N_SEMARCH = 'Semantic ID / SemID-based Generative Recommendation Model Architecture'
N_DIFF = 'Use diffusion in Reccommender / Diffusion as enhancer'
N_PLAN = 'Use diffusion in Reccommender / Benchmarks / Planning Benchmarks'

T_REC = 'Recommendation'
T_SEA = 'Search'

W_TUNE = 'Paper List / Large Language Models for Recommendation （LLM4Rec） / Tuning LLM'
W_FREEZE = 'Paper List / Large Language Models for Recommendation （LLM4Rec） / Freezing LLM'
W_PROMPT = 'Paper List / Large Language Models for Recommendation （LLM4Rec） / Prompt with LLM'
W_CHAT = 'Paper List / Large Language Models for Recommendation （LLM4Rec） / ChatGPT'
W_MM = 'Paper List / Multimodal Recommender System'
W_FOUND = 'Paper List / Foundation and Transferable Recommender models'
W_UNIV = 'Paper List / Universal One4all Representation Learning'
W_LIFE = 'Paper List / Lifelong User Representation Learning'
W_DATA = 'Paper List / Dataset'

LABELS = {
    # ---- NarcissusUse: bold titles, (Abbrev) prefixes, italic author line after a blank line
    (NAR, 9): NP(TOC),
    (NAR, 13): NP(TOC),
    (NAR, 14): NP(TOC),
    (NAR, 15): NP(TOC),
    (NAR, 19): NP(TOC),
    (NAR, 21): NP(TOC),
    (NAR, 23): NP(TOC),
    (NAR, 26): NP(TOC),
    (NAR, 27): NP(TOC),
    (NAR, 32): P('Diffusion Models in Recommendation Systems: A Survey', arxiv='2501.10548',
                 authors=['Ting-Ruen Wei'], section=N_SURV),
    (NAR, 33): P('A Survey on Sequential Recommendation', arxiv='2412.12770',
                 authors=['Liwei Pan'], section=N_SURV),
    (NAR, 46): P('Zero-Shot Next-Item Recommendation using Large Pretrained Language Models',
                 arxiv='2304.03153', venue='arXiv',
                 authors=['Lei Wang', 'Ee-Peng Lim'],
                 code='https://github.com/AGI-Edgerunners/LLM-Next-Item-Rec', section=N_SEQ),
    (NAR, 66): P("Uncovering ChatGPT's Capabilities in Recommender Systems", arxiv='2305.02182',
                 venue='RecSys 2023', year=2023,
                 authors=['Sunhao Dai', 'Ninglu Shao', 'Haiyuan Zhao', 'Weijie Yu', 'Zihua Si',
                          'Chen Xu', 'Zhongxiang Sun', 'Xiao Zhang', 'Jun Xu'],
                 code='https://github.com/rainym00d/LLM4RS', section=N_SEQ),
    (NAR, 96): P('HuggingGPT: Solving AI Tasks with ChatGPT and its Friends in Hugging Face',
                 url='https://openreview.net/forum?id=yHdTscY6Ci', venue='NeurIPS 2023', year=2023,
                 code='https://github.com/microsoft/JARVIS/tree/main/hugginggpt', section=N_SIM),
    (NAR, 97): P('Least-to-Most Prompting Enables Complex Reasoning in Large Language Models',
                 url='https://openreview.net/forum?id=WZH7099tgfM', venue='NeurIPS 2023', year=2023,
                 section=N_SIM),
    (NAR, 105): P('LLM+P: Empowering Large Language Models with Optimal Planning Proficiency',
                  arxiv='2304.11477', doi='10.48550/arXiv.2304.11477', venue='arXiv',
                  section=N_SEMARCH),
    (NAR, 109): P('Self-Refine: Iterative Refinement with Self-Feedback', arxiv='2303.17651',
                  doi='10.48550/arXiv.2303.17651', venue='NeurIPS 2023', year=2023, section=N_DIFF),
    (NAR, 110): P('SelfCheck: Using LLMs to Zero-Shot Check Their Own Step-by-Step Reasoning',
                  arxiv='2308.00436', venue='ICLR 2024', year=2024,
                  code='https://github.com/ningmiao/selfcheck', section=N_DIFF),
    (NAR, 113): P('LLM-based Rewriting of Inappropriate Argumentation using Reinforcement Learning '
                  'from Machine Feedback', arxiv='2406.03363', venue='ACL 2024', year=2024,
                  section=N_DIFF),
    (NAR, 124): P("Large Language Models Still Can't Plan (A Benchmark for LLMs on Planning and "
                  "Reasoning about Change)", arxiv='2206.10498', doi='10.48550/arXiv.2206.10498',
                  venue='NeurIPS 2023', year=2023, section=N_PLAN),

    # ---- tsinghua-fib-lab: table | Domain | Paper [[paper]](link) | What agents can do |
    (TSI, 22): P('RAH! RecSys--Assistant--Human: A Human-Centered Recommendation Framework With LLM Agents',
                 url='https://ieeexplore.ieee.org/abstract/document/10572486/',
                 summary='Assist users in receiving customized recommendations and provide feedback',
                 section=T_REC),
    (TSI, 23): P('Let Me Do It For You: Towards LLM Empowered Recommendation via Tool Learning',
                 url='https://dl.acm.org/doi/abs/10.1145/3626772.3657828',
                 summary='Use tools for specific recommendation tasks', section=T_REC),
    (TSI, 24): P('RecAI: Leveraging Large Language Models for Next-Generation Recommender Systems',
                 url='https://dl.acm.org/doi/abs/10.1145/3589335.3651242',
                 summary='Utilize LLMs as an interface for traditional recommendation tools',
                 section=T_REC),
    (TSI, 25): P('Agentcf: Collaborative learning with autonomous language agents for recommender systems',
                 url='https://dl.acm.org/doi/abs/10.1145/3589334.3645537',
                 summary='Collaborative learning with user and item agents', section=T_REC),
    (TSI, 26): P('Prospect Personalized Recommendation on Large Language Model-based Agent Platform',
                 arxiv='2402.18240',
                 summary='Collaboration between intelligent agent projects and recommender agents',
                 section=T_REC),
    (TSI, 27): P('Recmind: Large language model powered agent for recommendation', arxiv='2308.14296',
                 summary='Introduce a self-inspiring algorithm for decision-making', section=T_REC),
    (TSI, 28): P('Recommender ai agent: Integrating large language models for interactive recommendations',
                 arxiv='2308.16505',
                 summary='Integrate LLMs and RSs for interactive recommendations', section=T_REC),
    (TSI, 31): P('A multi-agent conversational recommender system', arxiv='2402.01135',
                 summary='Tackle dialog control and user feedback integration with multi-agent framework',
                 section=T_REC),
    (TSI, 33): P('On Generative Agents in Recommendation',
                 url='https://dl.acm.org/doi/abs/10.1145/3626772.3657844',
                 summary='Train LLM agents to simulate real users for evaluation', section=T_REC),
    (TSI, 35): P('Evaluating Large Language Models as Generative User Simulators for Conversational Recommendation',
                 arxiv='2403.09738',
                 summary='Use LLMs to simulate users for conversational recommendation tasks',
                 section=T_REC),
    (TSI, 37): P('A LLM-based Controllable, Scalable, Human-Involved User Simulator Framework for '
                 'Conversational Recommender Systems', arxiv='2405.08035',
                 summary='Propose a framework for LLM-based user simulators in conversational RSs',
                 section=T_REC),
    (TSI, 39): P('How Reliable is Your Simulator? Analysis on the Limitations of Current LLM-based User '
                 'Simulators for Conversational Recommendation',
                 url='https://dl.acm.org/doi/abs/10.1145/3589335.3651955',
                 summary='Examine reliability and limitations of current LLM-based simulators',
                 section=T_REC),
    (TSI, 46): P('Laser: Llm agent with state-space exploration for web navigation', arxiv='2309.08172',
                 summary='Use state-space exploration for web navigation tasks', section=T_SEA),
    (TSI, 53): P('CoSearchAgent: A Lightweight Collaborative Search Agent with Large Language Models',
                 url='https://dl.acm.org/doi/abs/10.1145/3626772.3657672',
                 summary='Enable collaborative search through plug-ins that understand and refine queries',
                 section=T_SEA),
    (TSI, 56): P('AvaTaR: Optimizing LLM Agents for Tool-Assisted Knowledge Retrieval', arxiv='2406.11200',
                 summary='Present a tool-assisted framework for precise knowledge retrieval',
                 section=T_SEA),
    (TSI, 57): P('Openagents: An open platform for language agents in the wild', arxiv='2310.10634',
                 summary='Incorporate over 200 daily API for diverse tasks', section=T_SEA),
    (TSI, 58): P('ToolRerank: Adaptive and Hierarchy-Aware Reranking for Tool Retrieval', arxiv='2403.06551',
                 summary='A Self-Adaptation and hierarchical awareness rearrangement method for improving '
                         'tool retrieval', section=T_SEA),
    (TSI, 59): P('Walert: Putting Conversational Information Seeking Knowledge into Action by Building and '
                 'Evaluating a Large Language Model-Powered Chatbot',
                 url='https://dl.acm.org/doi/abs/10.1145/3627508.3638309',
                 summary='Retrieving Information from the Knowledge Base to get better results',
                 section=T_SEA),
    (TSI, 63): P('Analysing utterances in llm-based user simulation for conversational search',
                 url='https://dl.acm.org/doi/abs/10.1145/3650041',
                 summary='Explore user emulators in conversation search systems for multi-round '
                         'clarification', section=T_SEA),
    (TSI, 64): P('Usimagent: Large language models for simulating search users',
                 url='https://dl.acm.org/doi/abs/10.1145/3626772.3657963',
                 summary='Simulate user query, click, and stop behavior in search tasks', section=T_SEA),

    # ---- westlake-repl: "- Title, venue YYYY/MM, [[paper]](link) [[code]](link)"
    (WES, 36): P('Recommendation as Language Processing (RLP): A Unified Pretrain, Personalized Prompt & '
                 'Predict Paradigm (P5)', arxiv='2203.13366', venue='RecSys 2022', year=2022,
                 section=W_TUNE),
    (WES, 38): P('TALLRec: An Effective and Efficient Tuning Framework to Align Large Language Model with '
                 'Recommendation', arxiv='2305.00447', venue='arXiv 2023', year=2023, section=W_TUNE),
    (WES, 40): P('CTR-BERT: Cost-effective knowledge distillation for billion-parameter teacher models',
                 url='https://neurips2021-nlp.github.io/papers/20/CameraReady/camera_ready_final.pdf',
                 venue='arXiv 2022', year=2022, section=W_FREEZE),
    (WES, 41): P('Towards Unified Conversational Recommender Systems via Knowledge-Enhanced Prompt Learning',
                 arxiv='2206.09363', venue='arXiv 2022', year=2022, section=W_FREEZE),
    (WES, 42): P('Generative Recommendation: Towards Next-generation Recommender Paradigm',
                 arxiv='2304.03516', venue='arXiv 2023', year=2023, section=W_FREEZE),
    (WES, 44): P('Leveraging Large Language Models in ConversationalRecommender Systems',
                 arxiv='2305.07961', venue='arXiv 2023', year=2023, section=W_FREEZE),
    (WES, 45): P('A First Look at LLM-Powered Generative News Recommendation', arxiv='2305.06566',
                 venue='arXiv 2023', year=2023, section=W_FREEZE),
    (WES, 54): P('Language Models as Recommender Systems: Evaluations and Limitations',
                 url='https://openreview.net/pdf?id=hFx3fY7-m9b', venue='NeurIPS 2021 Workshop ICBINB',
                 year=2021, section=W_PROMPT),
    (WES, 55): P('Prompt Learning for News Recommendation', arxiv='2304.05263', venue='SIGIR 2023',
                 year=2023, section=W_PROMPT),
    (WES, 57): P('Is ChatGPT a Good Recommender A Preliminary Study', arxiv='2304.10149',
                 venue='arXiv 2023', year=2023, section=W_CHAT),
    (WES, 58): P('Is ChatGPT Good at Search? Investigating Large Language Models as Re-Ranking Agent',
                 arxiv='2304.09542', venue='arXiv 2023', year=2023, section=W_CHAT),
    (WES, 68): P('PALR: Personalization Aware LLMs for Recommendation', arxiv='2305.07622',
                 venue='arXiv 2023', year=2023, section=W_CHAT),
    (WES, 70): P('CTRL: Connect Tabular and Language Model for CTR Prediction', arxiv='2306.02841',
                 venue='arXiv 2023', year=2023, section=W_CHAT),
    (WES, 74): P('Multi-modal Knowledge Graphs for Recommender Systems',
                 url='https://zheng-kai.com/paper/cikm_2020_sun.pdf', venue='CIKM 2020', year=2020,
                 section=W_MM),
    (WES, 79): P('Towards Universal Sequence Representation Learning for Recommender Systems',
                 arxiv='2206.05941', venue='KDD 2022', year=2022, section=W_FOUND),
    (WES, 84): P('OpenP5: Benchmarking Foundation Models for Recommendation', arxiv='2306.11134',
                 venue='arXiv 2023', year=2023, section=W_FOUND),
    (WES, 91): P('Scaling Law for Recommendation Models: Towards General-purpose User Representations',
                 arxiv='2111.11294', venue='AAAI 2023', year=2023, section=W_UNIV),
    (WES, 95): P('Tenrec: A Large-scale Multipurpose Benchmark Dataset for Recommender Systems',
                 url='https://proceedings.neurips.cc/paper_files/paper/2022/file/'
                     '4ad4fc1528374422dd7a69dea9e72948-Paper-Datasets_and_Benchmarks.pdf',
                 venue='NeurIPS 2022', year=2022, section=W_LIFE),
    (WES, 96): P('STAN: Stage-Adaptive Network for Multi-Task Recommendation by Learning User '
                 'Lifecycle-Based Representationg', arxiv='2306.12232', venue='arXiv 2023', year=2023,
                 section=W_LIFE),
    (WES, 108): P('Tenrec: A Large-scale Multipurpose Benchmark Dataset for Recommender Systems',
                  url='https://proceedings.neurips.cc/paper_files/paper/2022/file/'
                      '4ad4fc1528374422dd7a69dea9e72948-Paper-Datasets_and_Benchmarks.pdf',
                  venue='NeurIPS 2022', year=2022, section=W_DATA),
}

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    out = subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True,
                         text=True, check=True).stdout
    sampled = [json.loads(l) for l in out.splitlines() if l.strip()]
    keys = {(s['list'], s['line']) for s in sampled}
    assert keys == set(LABELS), (sorted(keys - set(LABELS)), sorted(set(LABELS) - keys))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for s in sampled:
            rec = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
            rec.update(LABELS[(s['list'], s['line'])])
            f.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(sampled), 'labels written')


if __name__ == '__main__':
    main()
