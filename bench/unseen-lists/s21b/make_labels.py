"""Write labels.jsonl from hand-made labels below; `raw` is cut from the saved README by line range."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
A = 'metame-ai__awesome-llm-plaza.README.md'
B = 'dayuyang1999__Awesome-Code-Reasoning.README.md'
C = 'goodbai-nlp__Awesome-Reasoning.README.md'
D = '141forever__inductive-reasoning-papers.README.md'
NIPS = 'https://papers.nips.cc/paper_files/paper/'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary)


def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None)


# (list, first line, last line, section, fields)
L = []
# ---- A: metame-ai/awesome-llm-plaza docs/llm_reasoning.md (citation style over 4 lines)
L += [
 (A, 8, 8, None, N()),
 (A, 12, 12, None, N()),
 (A, 34, 37, 'Reasoning', P('PokerBench: Training Large Language Models to become Professional Poker Players', '2501.08328', venue='arXiv',
    authors=['Richard Zhuang', 'Akshat Gupta', 'Richard Yang', 'Zhengyu Li', 'Gopala Anumanchipalli'], code='https://github.com/pokerllm/pokerbench')),
 (A, 45, 48, 'Reasoning', P('Multiple Choice Questions: Reasoning Makes Large Language Models (LLMs) More Self-Confident Even When They Are Wrong', '2501.09775', venue='arXiv',
    authors=['Tairan Fu', 'Javier Conde', 'Gonzalo Martínez', 'María Grandury', 'Pedro Reviriego'])),
 (A, 63, 65, 'Reasoning', P('Token-Budget-Aware LLM Reasoning', '2412.18547', venue='arXiv',
    authors=['Tingxu Han', 'Chunrong Fang', 'Shiyu Zhao', 'Zhenyu Chen', 'Zhenting Wang'], code='https://github.com/GeniusHTX/TALE')),
 (A, 66, 69, 'Reasoning', P('B-STaR: Monitoring and Balancing Exploration and Exploitation in Self-Taught Reasoners', '2412.17256', venue='arXiv',
    authors=['Weihao Zeng', 'Yuzhen Huang', 'Lulu Zhao', 'Zifei Shan', 'Junxian He'])),
 (A, 120, 120, 'Reasoning', N()),
 (A, 173, 173, 'Math Reasoning', N()),
 (A, 181, 184, 'Math Reasoning', P('AceMath: Advancing Frontier Math Reasoning with Post-Training and Reward Modeling', '2412.15084', venue='arXiv',
    authors=['Zihan Liu', 'Yang Chen', 'Mohammad Shoeybi', 'Bryan Catanzaro', 'Wei Ping'])),
 (A, 239, 242, 'O1 Reasoning', P('PRMBench: A Fine-grained and Challenging Benchmark for Process-Level Reward Models', '2501.03124', venue='arXiv',
    authors=['Mingyang Song', 'Zhaochen Su', 'Xiaoye Qu', 'Jiawei Zhou', 'Yu Cheng'], code='https://github.com/ssmisya/PRMBench')),
 (A, 247, 249, 'O1 Reasoning', P('Search-o1: Agentic Search-Enhanced Large Reasoning Models', '2501.05366', venue='arXiv',
    authors=['Xiaoxi Li', 'Guanting Dong', 'Jiajie Jin', 'Peitian Zhang', 'Zhicheng Dou'], code='https://github.com/sunnynexus/Search-o1')),
 (A, 266, 268, 'O1 Reasoning', P('OpenAI o1 System Card', '2412.16720', venue='arXiv',
    authors=['Aaron Jaech', 'Zheng Shao', 'Zhuohan Li'])),
 (A, 299, 301, 'O1 Reasoning', N()),
 (A, 318, 318, 'O1 Reasoning', N()),
 (A, 327, 327, 'O1 Reasoning', N()),
 (A, 336, 336, 'O1 Reasoning', N()),
 (A, 351, 353, 'O1 Reasoning', P("A Comparative Study on Reasoning Patterns of OpenAI's o1 Model", '2410.13639', venue='arXiv',
    authors=['Siwei Wu', 'Zhongyuan Peng', 'Xinrun Du', 'Chenghua Lin', 'J. H. Liu'])),
 (A, 398, 401, 'Chain Of Thought', P('A Theoretical Understanding of Chain-of-Thought: Coherent Reasoning and Error-Aware Demonstration', '2410.16540', venue='arXiv',
    authors=['Yingqian Cui', 'Pengfei He', 'Xianfeng Tang', 'Jiliang Tang', 'Yue Xing'])),
 (A, 415, 415, 'Prompt', N()),
 (A, 442, 444, 'Planning', P('Revealing the Barriers of Language Agents in Planning', '2410.12409', venue='arXiv',
    authors=['Jian Xie', 'Kexun Zhang', 'Jiangjie Chen', 'Lei Li', 'Yanghua Xiao'])),
]
# ---- B: dayuyang1999/Awesome-Code-Reasoning (table: title | bare URL | release date)
toc = 'Table Of Contents'
gen = 'Code-aided Reasoning / Generating as Code'
trn = 'Code-aided Reasoning / Training with Code'
ess = 'Reasoning-enhanced Code Intelligence / Essential Code Intelligence'
irc = 'Reasoning-enhanced Code Intelligence / Integration of Reasoning Capabilities'
L += [(B, n, n, toc, N()) for n in (71, 79, 81, 82)]
for n, sec, t, a, y in [
    (98, gen, 'Program-Aided Reasoners (better) Know What They Know', '2311.09553', 2023),
    (105, gen, 'Gap-Filling Prompting Enhances Code-Assisted Mathematical Reasoning', '2411.05407', 2024),
    (107, gen, 'Planning-Driven Programming: A Large Language Model Programming Workflow', '2411.14503', 2024),
    (120, trn, 'Learning to Reason Through Code Examples', '2312.22222', 2023),
    (121, trn, 'Code-Augmented Training for Better Reasoning', '2311.33333', 2023),
    (143, ess, 'CodeXGLUE: A Machine Learning Benchmark Dataset for Code Understanding and Generation', '2102.04664', 2021),
    (145, ess, 'Evaluating Large Language Models Trained on Code', '2107.03374', 2021),
    (148, ess, 'InCoder: A Generative Model for Code Infilling and Synthesis', '2204.05999', 2023),
    (153, ess, 'CrossCodeEval: A Diverse and Multilingual Benchmark for Cross-File Code Completion', '2310.11248', 2023),
    (156, ess, 'DeepSeek-Coder-V2: Breaking the Barrier of Closed-Source Models in Code Intelligence', '2406.11931', 2024),
    (169, irc + ' / Reasoning for Code Generation', 'CodePlan: Repository-level Coding using LLMs and Planning', '2309.12499', 2023),
    (179, irc + ' / Reasoning Over Code', 'CodeMind: A Framework to Challenge Large Language Models for Code Reasoning', '2402.09664', 2024),
    (182, irc + ' / Reasoning Over Code', 'SelfPiCo: Self-Guided Partial Code Execution with LLMs', '2407.16974', 2024),
    (183, irc + ' / Reasoning Over Code', 'CodeMMLU: A Multi-Task Benchmark for Assessing Code Understanding Capabilities', '2410.01999', 2024),
    (194, irc + ' / Interactive Programming', 'Self-Edit: Fault-Aware Code Editor for Code Generation', '2305.04087', 2023),
    (195, irc + ' / Interactive Programming', 'LeTI: Learning to Generate from Textual Interactions', '2305.10314', 2023),
]:
    L.append((B, n, n, sec, P(t, a, year=y)))
# ---- C: goodbai-nlp/Awesome-Reasoning structured-symbolic-reasoning/README.md (7-column table)
sv, tb, gr, db, bd = 'Surveys & Roadmaps', 'Table / Spreadsheet Reasoning', 'Graph / Knowledge Graph Reasoning', 'Database / SQL Reasoning', 'Benchmarks & Datasets'
L += [(C, 9, 9, 'Bookmarks', N()), (C, 11, 11, 'Bookmarks', N())]
G = 'https://github.com/'
for n, sec, t, a, url, doi, venue, y, code, summ in [
    (20, sv, 'When Vision Meets Graphs: A Survey on Graph Reasoning and Learning', None, 'https://doi.org/10.36227/techrxiv.177004261.15861585/v1', '10.36227/techrxiv.177004261.15861585/v1', 'TechRxiv 2026', 2026, None,
     'Surveys graph reasoning and graph learning problems that require visual perception and structural reasoning.'),
    (22, sv, 'LLMs for Knowledge Graph Construction and Reasoning: Recent Capabilities and Future Opportunities', None, 'https://doi.org/10.1007/s11280-024-01297-w', '10.1007/s11280-024-01297-w', 'World Wide Web 2024', 2024, G + 'zjunlp/AutoKG',
     'Summarizes recent LLM capabilities for knowledge graph construction, completion, and reasoning.'),
    (24, sv, 'Graph Representation Learning Meets Computer Vision: A Survey', None, 'https://doi.org/10.1109/TAI.2022.3194869', '10.1109/TAI.2022.3194869', 'IEEE TAI 2023', 2023, None,
     'Surveys graph representation learning techniques for computer vision tasks and visual data structures.'),
    (53, tb, 'Beyond Rows to Reasoning: Agentic Retrieval for Multimodal Spreadsheet Understanding and Editing', '2603.06503', None, None, 'arXiv 2026', 2026, None,
     'Uses agentic retrieval to locate and edit relevant spreadsheet regions for multimodal spreadsheet tasks.'),
    (61, tb, 'Can GRPO Boost Complex Multimodal Table Understanding?', None, 'https://aclanthology.org/2025.emnlp-main.637/', None, 'EMNLP 2025', 2025, None,
     'Studies GRPO-style reinforcement learning for improving complex multimodal table understanding.'),
    (68, tb, 'TALENT: Table VQA via Augmented Language-Enhanced Natural-text Transcription', None, 'https://doi.org/10.1109/ICDMW69685.2025.00167', '10.1109/ICDMW69685.2025.00167', 'ICDMW 2025', 2025, None,
     'Converts visual tables into augmented natural-text transcriptions for table VQA.'),
    (70, tb, 'Chain-of-Table: Evolving Tables in the Reasoning Chain for Table Understanding', None, 'https://openreview.net/forum?id=4L0xnS4GQM', None, 'ICLR 2024', 2024, G + 'google-research/chain-of-table',
     'Lets LLMs iteratively transform tables as intermediate reasoning states before answering.'),
    (85, gr, 'HyperGVL: Benchmarking and Improving Large Vision-Language Models in Hypergraph Understanding and Reasoning', '2604.15648', None, None, 'arXiv 2026', 2026, None,
     'Introduces HyperGVL and WiseHyGR to evaluate and improve LVLM reasoning over visual hypergraphs.'),
    (86, gr, 'Nodes Are Early, Edges Are Late: Probing Diagram Representations in Large Vision-Language Models', '2603.02865', None, None, 'arXiv 2026', 2026, None,
     'Probes LVLM internals and finds that node information emerges earlier than edge relations in diagram representations.'),
    (96, gr, 'Knowledge Graph Large Language Model (KG-LLM) for Link Prediction', None, 'https://proceedings.mlr.press/v260/shu25a.html', None, 'ACML 2024', 2024, G + 'rutgerswiselab/KG-LLM',
     'Adapts LLMs to knowledge graph link prediction by verbalizing triples and relations.'),
    (99, gr, 'LLaGA: Large Language and Graph Assistant', None, 'https://proceedings.mlr.press/v235/chen24bh.html', None, 'ICML 2024', 2024, G + 'VITA-Group/LLaGA',
     'Aligns graph representations with LLM instruction following for graph-aware question answering and reasoning.'),
    (101, gr, 'VisionGraph: Leveraging Large Multimodal Models for Graph Theory Problems in Visual Context', None, 'https://icml.cc/virtual/2024/poster/33414', None, 'ICML 2024', 2024, G + 'HITsz-TMG/VisionGraph',
     'Benchmarks multimodal graph-theory problem solving and proposes description-program-reasoning for visual graphs.'),
    (103, gr, 'Structure-aware Knowledge Graph-to-Text Generation with Planning Selection and Similarity Distinction', None, 'https://aclanthology.org/2023.emnlp-main.536/', None, 'EMNLP 2023', 2023, None,
     'Adds planning, selection, and similarity distinction to preserve KG structure in text generation.'),
    (106, gr, 'JointGT: Graph-Text Joint Representation Learning for Text Generation from Knowledge Graphs', None, 'https://aclanthology.org/2021.findings-acl.223/', None, 'ACL 2021 Findings', 2021, G + 'thu-coai/JointGT',
     'Jointly learns graph and text representations to generate faithful text from knowledge graphs.'),
    (118, db, 'A Comprehensive Exploration on WikiSQL with Table-Aware Word Contextualization', '1902.01069', None, None, 'arXiv 2019', 2019, G + 'naver/sqlova',
     'Explores WikiSQL modeling choices and table-aware contextualization for text-to-SQL.'),
    (128, bd, 'CoMT: A Novel Benchmark for Chain of Multi-modal Thought on Large Vision-Language Models', None, 'https://ojs.aaai.org/index.php/AAAI/article/view/34538', None, 'AAAI 2025', 2025, G + 'czhhzc/CoMT',
     'Benchmarks chain-of-multimodal-thought reasoning across interleaved visual and textual steps.'),
    (132, bd, 'GraphArena: Benchmarking Large Language Models on Graph Computational Problems', None, 'https://proceedings.iclr.cc/paper_files/paper/2025/hash/77fa8253adfc8b33209639f3e9985741-Abstract-Conference.html', None, 'ICLR 2025', 2025, G + 'squareRoot3/GraphArena',
     'Benchmarks LLMs on graph computational problems with controlled graph tasks and metrics.'),
    (134, bd, 'SynTab-LLaVA: Enhancing Multimodal Table Understanding with Decoupled Synthesis', None, 'https://openaccess.thecvf.com/content/CVPR2025/html/Zhou_SynTab-LLaVA_Enhancing_Multimodal_Table_Understanding_with_Decoupled_Synthesis_CVPR_2025_paper.html', None, 'CVPR 2025', 2025, None,
     'Synthesizes table images and instructions in a decoupled way to improve table-capable MLLMs.'),
]:
    L.append((C, n, n, sec, P(t, a, url=url, venue=venue, year=y, code=code, summary=summ, doi=doi)))
# ---- D: 141forever/inductive-reasoning-papers (numbered bold title, [NIPS2024], Chinese study notes below)
bdt, mee, oth = 'Benchmarks, Datasets and Tasks', 'Methods, Explanations and Explorations', 'Others'
for n, sec, t, a, url, y in [
    (12, bdt, 'On the Transfer of Inductive Bias from Simulation to the Real World: a New Disentanglement Dataset', None, NIPS + '2019/file/d97d404b6119214e4a7018391195240a-Paper.pdf', 2019),
    (16, bdt, 'Learning abstract structure for drawing by efficient motor program induction', None, NIPS + '2020/file/1c104b9c0accfca52ef21728eaf01453-Paper.pdf', 2020),
    (34, mee, 'Neural Program Meta-Induction', '1710.04157', None, 2017),
    (38, mee, 'Adapted Deep Embeddings: A Synthesis of Methods for k-Shot Inductive Transfer Learning', '1805.08402', None, 2018),
    (54, mee, 'Discovering Symbolic Models from Deep Learning with Inductive Biases', '2006.11287', None, 2020),
    (66, mee, 'Leveraging the Inductive Bias of Large Language Models for Abstract Textual Reasoning', '2110.02370', None, 2021),
    (70, mee, 'Tailoring: encoding inductive biases by optimizing unsupervised objectives at prediction time', '2009.10623', None, 2021),
    (74, mee, 'Open Rule Induction', '2110.13577', None, 2021),
    (90, mee, 'Using Natural Language and Program Abstractions to Instill Human Inductive Biases in Machines', None, NIPS + '2022/file/0113ef4642264adc2e6924a3cbbdf532-Paper-Conference.pdf', 2022),
    (110, mee, 'C-Disentanglement: Discovering Causally-Independent Generative Factors under an Inductive Bias of Confounder', None, NIPS + '2023/file/7ca55c8276acf1f0aa996cd3622d1df4-Paper-Conference.pdf', 2023),
    (122, mee, 'Mars: Situated Inductive Reasoning in an Open\u2011World Environment', None, NIPS + '2024/file/1fb6d0b52f5e41b11392841a66dbfe7d-Paper-Datasets_and_Benchmarks_Track.pdf', 2024),
    (126, mee, 'How Far Can Transformers Reason? The Globality Barrier and Inductive Scratchpad', None, NIPS + '2024/file/3107e4bdb658c79053d7ef59cbc804dd-Paper-Conference.pdf', 2024),
    (130, mee, 'Amortized Active Causal Induction with DeepReinforcement Learning', None, NIPS + '2024/file/4e2c6423d724370b36c3a7612f25b78c-Paper-Conference.pdf', 2024),
    (142, mee, 'On the Inductive Bias of Stacking Towards Improving Reasoning', None, NIPS + '2024/file/837bc5db12f3d394d220815a7687340c-Paper-Conference.pdf', 2024),
    (146, mee, 'Diffusion Model with Cross Attention as an Inductive Bias for Disentanglement', None, NIPS + '2024/file/9647157086adf5aa2c0217fb7f82bb19-Paper-Conference.pdf', 2024),
    (161, oth, 'Inductive Quantum Embedding', None, 'https://proceedings.neurips.cc/paper_files/paper/2020/file/b87039703fe79778e9f140b78621d7fb-Paper.pdf', 2020),
    (173, oth, 'A Closer Look at Learned Optimization: Stability, Robustness, and Inductive Biases', None, NIPS + '2022/file/184c1e18d00d7752805324da48ad25be-Paper-Conference.pdf', 2022),
    (193, oth, 'PAC-Bayes Generalization Certificates for Learned Inductive Conformal Prediction', None, NIPS + '2023/file/9235c376df778f1aaf486a882afb7471-Paper-Conference.pdf', 2023),
    (201, oth, 'MOTIVE: A Drug-Target Interaction Graph For Inductive Link Prediction', None, NIPS + '2024/file/fdb3fa770c2e0ecbb4b7dc7083ef5be9-Paper-Datasets_and_Benchmarks_Track.pdf', 2024),
    (205, oth, 'Theoretical Analysis of the Inductive Biases in Deep Convolutional Networks', None, NIPS + '2023/file/eb1bad7a84ef68a64f1afd6577725d45-Paper-Conference.pdf', 2023),
]:
    L.append((D, n, n, sec, P(t, a, url=url, venue=f'NIPS {y}', year=y)))

sample = json.load(open('/tmp/s21b-work/sample.json'))
out = []
for lst, a, b, sec, f in L:
    lines = (HERE / lst).read_text(encoding='utf-8').split('\n')
    raw = '\n'.join(lines[a - 1:b])
    assert a in sample[lst]['lines'], (lst, a)
    rec = dict(list=lst, line=a, raw=raw, is_paper=f['is_paper'], title=f['title'], arxiv_id=f['arxiv_id'], doi=f['doi'],
               url=f['url'], venue=f['venue'], year=f['year'], authors=f['authors'], code=f['code'], summary=f['summary'], section=sec)
    if rec['title']:
        assert rec['title'].split(':')[0][:12] in raw.replace('\n  ', ' '), (lst, a, rec['title'])
    if rec['arxiv_id']:
        assert rec['arxiv_id'] in raw, (lst, a)
    for u in (rec['url'], rec['code']):
        if u:
            assert u in raw, (lst, a, u)
    out.append(rec)
for lst in sample:
    got = sorted(r['line'] for r in out if r['list'] == lst)
    assert got == sample[lst]['lines'], (lst, got, sample[lst]['lines'])
with open(HERE / 'labels.jsonl', 'w', encoding='utf-8') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(r['is_paper'] for r in out))
