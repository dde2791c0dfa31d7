"""Write labels.jsonl for s54g from hand-written labels.

Every field below was read by eye from the README; `raw` is copied from the
file at `line` (all 60 sampled entries are one line long) and checked.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
Z = 'Zilize__CRSPapers.README.md'
D = 'dengyang17__ProactiveDialogues.README.md'
E = 'emrecanacikgoz__awesome-conversational-agents.README.md'


def P(lst, line, title, venue, year, arxiv=None, doi=None, url=None,
      authors=(), code=None, section=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title,
                arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary,
                section=section)


def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None,
                arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


ZO = 'Model / Others'
ZA = 'Model / Attribute-based'
ZG = 'Model / Generation-based'
ZD = 'Toolkit and Dataset / Dataset'
L = [
    # ---------------- Zilize / CRSPapers ----------------
    P(Z, 170, 'A Socially-Aware Conversational Recommender System for Personalized Recipe Recommendations',
      'HAI 2020', 2020,
      url='https://www.researchgate.net/profile/Florian-Pecune/publication/346716927_A_Socially-Aware_Conversational_Recommender_System_for_Personalized_Recipe_Recommendations/links/5fcf621045851568d149d95e/A-Socially-Aware-Conversational-Recommender-System-for-Personalized-Recipe-Recommendations.pdf',
      section=ZO),
    P(Z, 164, 'Converse-Et-Impera: Exploiting Deep Learning and Hierarchical Reinforcement Learning for Conversational Recommender Systems',
      'AI*IA 2017', 2017,
      url='https://www.researchgate.net/profile/Alessandro-Suglia/publication/320875588_Converse-Et-Impera_Exploiting_Deep_Learning_and_Hierarchical_Reinforcement_Learning_for_Conversational_Recommender_Systems/links/5bf6ad1592851c6b27d27324/Converse-Et-Impera-Exploiting-Deep-Learning-and-Hierarchical-Reinforcement-Learning-for-Conversational-Recommender-Systems.pdf',
      section=ZO),
    P(Z, 50, 'A survey on conversational recommender systems', 'arXiv 2020', 2020,
      arxiv='2004.00646', section='Survey and Tutorial / Survey'),
    N(Z, 23, 'Contents'),
    P(Z, 110, 'Unified Conversational Recommendation Policy Learning via Graph-based Reinforcement Learning',
      'SIGIR 2021', 2021, arxiv='2105.09710', code='https://github.com/dengyang17/unicorn', section=ZA),
    P(Z, 142, 'Category Aware Explainable Conversational Recommendation', 'arXiv 2021', 2021,
      arxiv='2103.08733', section=ZG),
    P(Z, 76, 'Estimation-Action-Reflection: Towards Deep Interaction Between Conversational and Recommender Systems',
      'WSDM 2020', 2020, arxiv='2002.09102', section=ZD),
    P(Z, 89, 'DuRecDial 2.0: A Bilingual Parallel Corpus for Conversational Recommendation',
      'EMNLP 2021', 2021, arxiv='2109.08877', code='https://github.com/liuzeming01/DuRecDial', section=ZD),
    P(Z, 188, 'A Comparison of Explicit and Implicit Proactive Dialogue Strategies for Conversational Recommendation',
      'LREC 2020', 2020, url='https://www.aclweb.org/anthology/2020.lrec-1.54.pdf', section='Other'),
    P(Z, 105, 'Estimation-Action-Reflection: Towards Deep Interaction Between Conversational and Recommender Systems',
      'WSDM 2020', 2020, arxiv='2002.09102', section=ZA),
    N(Z, 11, 'Contents'),
    P(Z, 107, 'CRSAL: Conversational Recommender Systems with Adversarial Learning', 'TOIS 2020', 2020,
      url='https://repository.kaust.edu.sa/bitstream/handle/10754/665725/TOIS.pdf?sequence=1&isAllowed=y',
      code='https://github.com/XuhuiRen/CRSAL', section=ZA),
    P(Z, 120, 'Meta Policy Learning for Cold-Start Conversational Recommendation', 'WSDM 2023', 2023,
      arxiv='2205.11788', section=ZA),
    P(Z, 168, 'IAI MovieBot: A Conversational Movie Recommender System', 'CIKM 2020', 2020,
      arxiv='2009.03668', code='https://github.com/iai-group/moviebot', section=ZO),
    N(Z, 19, 'Contents'),
    N(Z, 13, 'Contents'),
    P(Z, 128, 'Towards Knowledge-Based Recommender Dialog System', 'EMNLP-IJCNLP 2019', 2019,
      arxiv='1908.05391', code='https://github.com/THUDM/KBRD', section=ZG),
    P(Z, 139, 'Bridging the Gap between Conversational Reasoning and Interactive Recommendation', 'arXiv 2020', 2020,
      arxiv='2010.10333', code='https://github.com/truthless11/CR-Walker', section=ZG),
    N(Z, 16, 'Contents'),
    P(Z, 79, 'OpenDialKG: Explainable Conversational Reasoning with Attention-based Walks over Knowledge Graphs',
      'ACL 2019', 2019, url='https://www.aclweb.org/anthology/P19-1081.pdf',
      code='https://github.com/facebookresearch/opendialkg', section=ZD),
]

DT = 'Proactive Open-domain Dialogue Systems / Target-guided Open-domain Dialogues'
DE = 'Proactive Open-domain Dialogue Systems / Emotional Support Dialogues'
DP = 'Proactive Open-domain Dialogue Systems / Prosocial Dialogues'
DN = 'Proactive Task-oriented Dialogue Systems / Non-collaborative Dialogues'
DC = 'Proactive Conversational Information-Seeking Systems / Asking Clarification Questions'
DU = 'Proactive Conversational Information-Seeking Systems / User Preference Elicitation'
L += [
    # ---------------- dengyang17 / ProactiveDialogues ----------------
    P(D, 69, 'PACIFIC: Towards Proactive Conversational Question Answering over Tabular and Textual Data in Finance',
      'EMNLP 2022', 2022, url='https://aclanthology.org/2022.emnlp-main.469/',
      code='https://github.com/dengyang17/PACIFIC/', section=DC),
    P(D, 29, 'Proactive Human-Machine Conversation with Explicit Conversation Goal', 'ACL 2019', 2019,
      doi='10.18653/v1/p19-1369', url='https://doi.org/10.18653/v1/p19-1369',
      code='https://ai.baidu.com/broad/introduction?dataset=duconv', section=DT),
    P(D, 48, 'KETOD: Knowledge-enriched Task-oriented Dialogue', 'NAACL 2022 Findings', 2022,
      arxiv='2205.05589', code='https://github.com/facebookresearch/ketod',
      section='Proactive Task-oriented Dialogue Systems / Enriched Task-oriented Dialogues'),
    P(D, 57, 'End-to-End Trainable Non-Collaborative Dialog System', 'AAAI 2020', 2020,
      arxiv='1911.10742', code='https://gitlab.com/ucdavisnlp/antiscam', section=DN),
    P(D, 31, 'TopKG: Target-oriented Dialog via Global Planning on Knowledge Graph', 'COLING 2022', 2022,
      url='https://aclanthology.org/2022.coling-1.62', code='https://github.com/yyyyyyzt/topkgchat', section=DT),
    N(D, 7, None),
    N(D, 10, None),
    N(D, 14, None),
    P(D, 54, 'Deal or No Deal? End-to-End Learning for Negotiation Dialogues', 'EMNLP 2017', 2017,
      url='https://aclanthology.org/D17-1259/', code='https://github.com/facebookresearch/end-to-end-negotiator',
      section=DN),
    P(D, 32, 'Interacting with Non-Cooperative User: A New Paradigm for Proactive Dialogue Policy', 'SIGIR 2022', 2022,
      arxiv='2204.07433', doi='10.48550/arXiv.2204.07433', section=DT),
    P(D, 56, 'Persuasion for Good: Towards a Personalized Persuasive Dialogue System for Social Good', 'ACL 2019', 2019,
      url='https://aclanthology.org/P19-1566/', code='https://gitlab.com/ucdavisnlp/persuasionforgood', section=DN),
    P(D, 21, 'A Survey on Proactive Dialogue Systems: Problems, Methods, and Prospects', 'IJCAI 2023 Survey Track', 2023,
      section='Survey'),
    P(D, 43, 'The MORAL INTEGRITY CORPUS: A Benchmark for Ethical Dialogue Systems', 'ACL 2022', 2022,
      arxiv='2204.03021', code='https://github.com/SALT-NLP/mic', section=DP),
    P(D, 37, 'Improving Multi-turn Emotional Support Dialogue Generation with Lookahead Strategy Planning', 'EMNLP 2022', 2022,
      arxiv='2210.04242', code='https://github.com/lwgkzl/MultiESC', section=DE),
    P(D, 58, 'DialoGraph: Incorporating Interpretable Strategy-Graph Networks into Negotiation Dialogues', 'ICLR 2021', 2021,
      arxiv='2106.00920', code='https://github.com/rishabhjoshi/DialoGraph_ICLR21', section=DN),
    P(D, 36, 'MISC: A Mixed Strategy-Aware Model integrating COMET for Emotional Support Conversation', 'ACL 2022', 2022,
      doi='10.18653/v1/2022.acl-long.25', url='https://doi.org/10.18653/v1/2022.acl-long.25',
      code='https://github.com/morecry/MISC', section=DE),
    P(D, 22, 'How to Approach Ambiguous Queries in Conversational Search: A Survey of Techniques, Approaches, Tools, and Challenges',
      'ACM Computing Surveys 2022', 2022, doi='10.1145/3534965', url='https://doi.org/10.1145/3534965', section='Survey'),
    N(D, 11, None),
    N(D, 13, None),
    P(D, 73, 'Estimation-Action-Reflection: Towards Deep Interaction Between Conversational and Recommender Systems',
      'WSDM 2020', 2020, url='https://dl.acm.org/doi/abs/10.1145/3336191.3371769',
      code='https://ear-conv-rec.github.io/', section=DU),
]

T = 'Taxonomy and Related Works'
E11 = T + ' / 1. Reasoning / 1.1 General Reasoning'
E12 = T + ' / 1. Reasoning / 1.2 Agentic Prompting'
E212 = T + ' / 2. Monitor / 2.1 Self Awareness / 2.1.2 Self-Correction'
E221 = T + ' / 2. Monitor / 2.2 User and Interaction Monitoring / 2.2.1 User State Tracking'
E222 = T + ' / 2. Monitor / 2.2 User and Interaction Monitoring / 2.2.2 Personalization and Persona'
E223 = T + ' / 2. Monitor / 2.2 User and Interaction Monitoring / 2.2.3 Emotion and Sentiment'
E311 = T + ' / 3. Control / 3.1 Tool Utilization / 3.1.1 Tool Selection'
E32 = T + ' / 3. Control / 3.2 Policy Learning and Following'
L += [
    # ---------------- emrecanacikgoz / awesome-conversational-agents ----------------
    P(E, 97, 'Towards Empathetic Open-domain Conversation Models: a New Benchmark and Dataset', 'ACL 2019', 2019,
      arxiv='1811.00207', authors=['Hannah Rashkin'],
      code='https://github.com/facebookresearch/EmpatheticDialogues', section=E223),
    P(E, 68, 'Trial and Error: Exploration-Based Trajectory Optimization for LLM Agents', 'ACL 2024', 2024,
      arxiv='2403.02502', authors=['Yifan Song'], code='https://github.com/Yifan-Song793/ETO', section=E212),
    P(E, 86, 'Can a Single Model Master Both Multi-turn Conversations and Tool Use? CoALM: A Unified Conversational Agentic Language Model',
      'arXiv 2025', 2025, arxiv='2502.08820', authors=['Emre Can Acikgoz'],
      code='https://github.com/oumi-ai/oumi/tree/main/configs/projects/coalm', section=E221),
    P(E, 83, 'STaR-GATE: Teaching Language Models to Ask Clarifying Questions', 'COLM 2024', 2024,
      arxiv='2403.19154', authors=['Chinmaya Andukuri'], code='https://github.com/scandukuri/assistant-gate',
      section=E221),
    P(E, 48, 'ChatCoT: Tool-Augmented Chain-of-Thought Reasoning on Chat-based Large Language Models',
      'EMNLP 2023 Findings', 2023, arxiv='2305.14323', authors=['Zhipeng Chen'],
      code='https://github.com/RUCAIBox/ChatCoT', section=E12),
    N(E, 31, T),
    P(E, 115, 'Hammer: Robust Function-Calling for On-Device Language Models via Function Masking', 'ICLR 2025', 2025,
      arxiv='2410.04587', authors=['Qiqiang Lin'], code='https://github.com/MadeAgents/Hammer', section=E311),
    P(E, 37, 'Self-Consistency Improves Chain of Thought Reasoning in Language Models', 'ICLR 2023', 2023,
      arxiv='2203.11171', authors=['Xuezhi Wang'], section=E11),
    P(E, 84, 'Unsupervised End-to-End Task-Oriented Dialogue with LLMs: The Power of the Noisy Channel', 'EMNLP 2024', 2024,
      arxiv='2404.15219', authors=['Brendan King'], code='https://github.com/jlab-nlp/nc_latent_tod', section=E221),
    P(E, 94, 'Personalized Pieces: Efficient Personalized Large Language Models through Collaborative Efforts',
      'EMNLP 2024', 2024, arxiv='2406.10471', authors=['Zhaoxuan Tan'],
      code='https://github.com/TamSiuhin/Per-Pcs', section=E222),
    P(E, 81, 'Large Language Models as Zero-shot Dialogue State Tracker through Function Calling', 'ACL 2024', 2024,
      arxiv='2402.10466', authors=['Zekun Li'], code='https://github.com/facebookresearch/FnCTOD', section=E221),
    P(E, 39, 'Graph of thoughts: Solving elaborate problems with large language models', 'AAAI 2024', 2024,
      arxiv='2308.09687', authors=['Maciej Besta'], code='https://github.com/spcl/graph-of-thoughts', section=E11),
    P(E, 44, 'Art: Automatic multi-step reasoning and tool-use for large language models', 'arXiv', 2023,
      arxiv='2303.09014', authors=['Bhargavi Paranjape'],
      code='https://github.com/bhargaviparanjape/language-programmes/', section=E12),
    P(E, 129, 'SGP-TOD: Building Task Bots Effortlessly via Schema-Guided LLM Prompting', 'EMNLP 2023 Findings', 2023,
      arxiv='2305.09067', authors=['Xiaoying Zhang'], code='https://github.com/zhangxy-2019/sgp-tod', section=E32),
    P(E, 127, 'Deep Dyna-Q: Integrating Planning for Task-Completion Dialogue Policy Learning', 'ACL 2018', 2018,
      arxiv='1801.06176', authors=['Baolin Peng'], code='https://github.com/MiuLab/DDQ', section=E32),
    N(E, 29, T),
    P(E, 109, 'Toolformer: Language Models Can Teach Themselves to Use Tools', 'NeurIPS 2023', 2023,
      arxiv='2302.04761', authors=['Timo Schick'], section=E311),
    P(E, 46, 'Tree of Thoughts: Deliberate Problem Solving with Large Language Models', 'NeurIPS 2023', 2023,
      arxiv='2305.10601', authors=['Shunyu Yao'], code='https://github.com/princeton-nlp/tree-of-thought-llm',
      section=E12),
    P(E, 36, 'Chain-of-thought prompting elicits reasoning in large language models', 'NeurIPS 2022', 2022,
      arxiv='2201.11903', authors=['Jason Wei'], section=E11),
    P(E, 100, 'Reasoning before Responding: Integrating Commonsense-based Causality Explanation for Empathetic Response Generation',
      'SIGDIAL 2023', 2023, arxiv='2308.00085', authors=['Yahui Fu'], section=E223),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']

with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in L:
        lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
        d['raw'] = lines[d['line'] - 1]
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L), 'labels')
