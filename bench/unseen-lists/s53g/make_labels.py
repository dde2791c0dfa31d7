#!/usr/bin/env python3
"""Write labels.jsonl: raw text taken from sample.jsonl, every other value typed here by hand."""
import json

G = 'godaai__llm-table-survey.README.md'
L = 'lyc61c__Awesome-RL-Table-Understanding.README.md'
T = 'tanfiona__LLM-on-Tabular-Data-Prediction-Table-Understanding-Data-Generation.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, code=None, section=None, authors=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

GM = 'Methods'
GD = 'Dataset & Benchmark'
LT = '文本表格理解'
LM = '多模态表格理解'
TQ = 'Taxonomy / Table understanding / Question Answering'
TS = 'Taxonomy / Table understanding / Text2SQL'

H = {
 # ---- godaai: Methods table (Name | Tittle | Keywords | Artifact | Paper) ----
 (G, 35): P('Enhancing Text-to-SQL Capabilities of Large Language Models: A Study on Prompt Design Strategies',
            url='https://aclanthology.org/2023.findings-emnlp.996.pdf', venue='EMNLP 2023', year=2023,
            code='https://github.com/linyongnan/STRIKE', section=GM),
 (G, 29): P('ReAct: Synergizing Reasoning and Acting in Language Models', arxiv='2210.03629', venue='ICLR 2023', year=2023,
            code='https://react-lm.github.io/', section=GM),
 (G, 30): P('Large Language Models are Versatile Decomposers: Decompose Evidence and Questions for Table-based Reasoning',
            arxiv='2301.13808', venue='SIGIR 2023', year=2023, code='https://github.com/AlibabaResearch/DAMO-ConvAI', section=GM),
 (G, 15): P('Language Models are Few-Shot Learners',
            url='https://proceedings.neurips.cc/paper/2020/file/1457c0d6bfcb4967418bfb8ac142f64a-Paper.pdf',
            venue='NeurIPS 2020', year=2020, section=GM),
 (G, 33): P('C3: Zero-shot Text-to-SQL with ChatGPT', arxiv='2307.07306', venue='arXiv 2023', year=2023, section=GM),
 (G, 18): P('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', arxiv='1810.04805',
            venue='NAACL 2019', year=2019, section=GM),
 (G, 23): P('TABBIE: Pretrained Representations of Tabular Data', url='https://aclanthology.org/2021.naacl-main.270',
            venue='ACL 2021', year=2021, code='https://github.com/SFIG611/tabbie', section=GM),
 (G, 28): P('UnifiedSKG: Unifying and Multi-Tasking Structured Knowledge Grounding with Text-to-Text Language Models',
            url='https://aclanthology.org/2022.emnlp-main.39/', venue='EMNLP 2022', year=2022,
            code='https://github.com/xlang-ai/UnifiedSKG', section=GM),
 (G, 19): P('TURL: Table Understanding through Representation Learning', url='https://www.vldb.org/pvldb/vol14/p307-deng.pdf',
            venue='VLDB 2020', year=2020, code='https://github.com/sunlab-osu/TURL', section=GM),
 (G, 38): P('SheetCopilot: Bringing Software Productivity to the Next Level through Large Language Models', arxiv='2305.19308',
            venue='NeurIPS 2023', year=2023, code='https://sheetcopilot.github.io/', section=GM),
 (G, 27): P('TableLlama: Towards Open Large Generalist Models for Tables', arxiv='2311.09206', venue='arXiv 2023', year=2023,
            section=GM),
 (G, 41): P('Dense Passage Retrieval for Open-Domain Question Answering', arxiv='2004.04906', venue='EMNLP 2020', year=2020,
            code='https://github.com/facebookresearch/DPR', section=GM),
 (G, 4): N('Table of Contents'),
 # ---- godaai: Dataset & Benchmark table (Name | Keywords | Artifact | Paper): rows with their own Paper column ----
 (G, 65): P('GPT4Table', arxiv='2305.13062', venue='WSDM 2024', year=2024, code='https://github.com/Y-Sui/GPT4Table', section=GD),
 (G, 50): P('HumanEval', arxiv='2107.03374', venue='arXiv 2021', year=2021, code='https://github.com/openai/human-eval', section=GD),
 (G, 52): P('TabFact', arxiv='1909.02164', venue='ICLR 2020', year=2020, section=GD),
 (G, 57): P('DS-1000', arxiv='2211.11501', venue='ICML 2023', year=2023, section=GD),
 (G, 59): P('BIRD', arxiv='2305.03111', venue='NeurIPS 2023', year=2023, section=GD),
 (G, 60): P('DART', url='https://aclanthology.org/2021.naacl-main.37/', venue='NAACL 2021', year=2021,
            code='https://github.com/Yale-LILY/dart', section=GD),
 (G, 54): P('AnaMeta', arxiv='2209.00946', venue='ACL 2023', year=2023, code='https://github.com/microsoft/AnaMeta', section=GD),

 # ---- lyc61c: one H3 heading a paper, a bold date line "**date** · venue · `tasks` · [GitHub](...)" below ----
 (L, 170): P('TableGPT-R1: Advancing Tabular Reasoning Through Reinforcement Learning', arxiv='2512.20312',
             venue='arXiv 2025', year=2025, section=LT),
 (L, 255): P('TaTToo: Tool-Grounded Thinking PRM for Test-Time Scaling in Tabular Reasoning',
             url='https://openreview.net/forum?id=zc1ezBrr5m', venue='ICLR 2026', year=2026, section=LT),
 (L, 238): P('Imbalanced Gradients in RL Post-Training of Multi-Task LLMs', url='https://aclanthology.org/2026.findings-eacl.164/',
             venue='EACL 2026 Findings', year=2026, section=LT),
 (L, 357): P('OpenTable-R1: A Reinforcement Learning Augmented Tool Agent for Open-Domain Table Question Answering',
             arxiv='2507.03018', venue='arXiv 2025', year=2025, code='https://github.com/TabibitoQZP/OpenTableR1', section=LT),
 (L, 204): P('STaR: Towards Effective and Stable Table Reasoning via Slow-Thinking Large Language Models', arxiv='2511.11233',
             venue='The Web Conference 2026', year=2026, code='https://github.com/ustc-table-mining/STaR', section=LT),
 (L, 700): P('DocR1: Evidence Page-Guided GRPO for Multi-Page Document Understanding',
             url='https://ojs.aaai.org/index.php/AAAI/article/view/38097', venue='AAAI 2026', year=2026, section=LM),
 (L, 527): P('Question Answering with Texts and Tables through Deep Reinforcement Learning', arxiv='2407.04858',
             venue='BRACIS 2024', year=2024, code='https://github.com/MMenonJ/DRL_QA_TT', section=LT),
 (L, 632): P('CoReTab: Improving Multimodal Table Understanding with Code-driven Reasoning',
             url='https://aclanthology.org/2026.eacl-long.306/', venue='EACL 2026 Long', year=2026, section=LM),
 (L, 408): P('Table-R1: Inference-Time Scaling for Table Reasoning Tasks', url='https://aclanthology.org/2025.emnlp-main.1040/',
             venue='EMNLP 2025', year=2025, code='https://github.com/Table-R1/Table-R1', section=LT),
 (L, 649): P('Towards Efficient Multimodal Unified Reasoning Model via Model Merging',
             url='https://openaccess.thecvf.com/content/CVPR2026F/html/Yin_Towards_Efficient_Multimodal_Unified_Reasoning_Model_via_Model_Merging_CVPRF_2026_paper.html',
             venue='CVPR 2026 Findings', year=2026, code='https://github.com/buptyqx/Tiny-R1V', section=LM),
 (L, 221): P('Mixture-of-Minds: Multi-Agent Reinforcement Learning for Table Understanding',
             url='https://aclanthology.org/2026.acl-long.112/', venue='ACL 2026 Main', year=2026,
             code='https://github.com/Tonyzhou98/mixture-of-minds', section=LT),
 (L, 547): P('Think with Structured Grounding: Perceptual Reinforcement Learning for Chart and Visual-Tabular Understanding',
             arxiv='2608.22429', venue='arXiv 2026', year=2026, section=LM),
 (L, 340): P('M3TQA: Massively Multilingual Multitask Table Question Answering',
             url='https://aclanthology.org/2026.findings-acl.1134/', venue='ACL 2026 Findings', year=2026,
             code='https://github.com/sdxvv/m3TQA', section=LT),
 (L, 306): P('Enhancing Numerical Reasoning in Vietnamese Financial Question Answering through Program-Centric Policy Optimization',
             url='https://aclanthology.org/2025.vlsp-1.26/', venue='VLSP 2025', year=2025,
             code='https://github.com/duccd4/vlsp2025-financial-numerical-reasoning', section=LT),
 (L, 510): P('Fin-R1: A Large Language Model for Financial Reasoning through Reinforcement Learning', arxiv='2503.16252',
             venue='arXiv 2025', year=2025, code='https://github.com/SUFE-AIFLM-Lab/Fin-R1', section=LT),
 (L, 34): P('When LLMs Read Tables Carelessly: Measuring and Reducing Data Referencing Errors',
            url='https://aclanthology.org/2026.acl-long.762/', venue='ACL 2026 Main', year=2026,
            code='https://github.com/ayyyq/table-referencing', section=LT),
 (L, 425): P('Formula-R1: Incentivizing LLM Reasoning over Complex Tables with Numerical Computation via Formula-Driven Reinforcement Learning',
             arxiv='2505.23667', venue='arXiv 2025', year=2025, code='https://github.com/microsoft/Fortune', section=LT),
 (L, 476): P('Sparks of Tabular Reasoning via Text2SQL Reinforcement Learning', url='https://aclanthology.org/2025.trl-1.20/',
             venue='ACL 2025 TRL Workshop', year=2025,
             code='https://github.com/josefastoisser/sparks_of_tabular_reasoning', section=LT),
 (L, 7): N('Overview'),
 (L, 289): P('MoFin: A Small Vietnamese Language Model for Financial Reasoning via Reinforcement Learning',
             url='https://aclanthology.org/2025.vlsp-1.27/', venue='VLSP 2025', year=2025, section=LT),

 # ---- tanfiona: bold title links, "**[[code](...)]**" on the next line ----
 (T, 258): P('Towards Generalizable and Robust Text-to-SQL Parsing', arxiv='2210.12674', section=TS),
 (T, 22): N(None),
 (T, 143): P('FinGPT: Open-Source Financial Large Language Models', arxiv='2306.06031', code='https://github.com/YuweiYin/FinPT',
             section='Taxonomy / Prediction task / Application Specific'),
 (T, 164): P('TabMT: Generating tabular data with masked transformers', arxiv='2312.06089', section='Taxonomy / Data Generation task'),
 (T, 318): N('Datasets / Table Understanding Tasks'),
 (T, 36): N('Table of content'),
 (T, 201): P('Large Language Models are Complex Table Parsers', url='https://aclanthology.org/2023.emnlp-main.914/', section=TQ),
 (T, 190): P('PACIFIC: Towards Proactive Conversational Question Answering over Tabular and Textual Data in Finance',
             arxiv='2210.08817', code='https://github.com/dengyang17/PACIFIC', section=TQ),
 (T, 237): P('Text-to-SQL Empowered by Large Language Models: A Benchmark Evaluation', arxiv='2308.15363', section=TS),
 (T, 193): P('Large Language Models are few(1)-shot Table Reasoners', url='https://aclanthology.org/2023.findings-eacl.83/',
             code='https://github.com/wenhuchen/tablecot', section=TQ),
 (T, 203): P('Rethinking Tabular Data Understanding with Large Language Models', arxiv='2312.16702',
             code='https://github.com/Leolty/tablellm', section=TQ),
 (T, 199): P('Table Meets LLM: Can Large Language Models Understand Structured Table Data? A Benchmark and Empirical Study',
             arxiv='2305.13062', section=TQ),
 (T, 256): P('SUN: Exploring Intrinsic Uncertainties in Text-to-SQL Parsers', arxiv='2209.06442', section=TS),
 (T, 171): P('Plan-then-Seam: Towards Efficient Table-to-Text Generation', arxiv='2302.05138', section='Taxonomy / Data Generation task'),
 (T, 327): P('A Survey on Text-to-SQL Parsing: Concepts, Methods, and Future Directions', arxiv='2208.13629', section='Survey'),
 (T, 223): P('JarviX: A LLM No code Platform for Tabular Data Analysis and Optimization', arxiv='2312.02213', section=TQ),
 (T, 233): P('Querying Large Language Models with SQL', arxiv='2304.00472', section=TQ),
 (T, 184): P('TableGPT: Towards Unifying Tables, Nature Language and Commands into One GPT', arxiv='2307.08674',
             section='Taxonomy / Table understanding / Numeric Question Answering'),
 (T, 42): N('Table of content'),
 (T, 239): P('DIN-SQL: Decomposed In-Context Learning of Text-to-SQL with Self-Correction', arxiv='2304.11015',
             code='https://github.com/mohammadrezapourreza/few-shot-nl2sql-with-prompting', section=TS),
}

out = []
used = set()
for l in open('sample.jsonl', encoding='utf-8'):
    s = json.loads(l)
    key = (s['list'], s['line'])
    lab = H[key]
    used.add(key)
    out.append(dict(list=s['list'], line=s['line'], raw=s['raw'], **lab))
assert used == set(H), set(H) - used
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(o['is_paper'] for o in out), 'papers')
