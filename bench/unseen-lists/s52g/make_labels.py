"""Write labels.jsonl from hand-written labels (below) and the entry spans in sample.jsonl.

Every value below was read by eye from the README; `raw` is copied from the file's lines at the
entry's span (sample.py's entry start and end), so it is the entry's exact source text.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
HB = 'HKUSTDial__NL2SQL_Handbook.README.md'
EO = 'eosphoros-ai__Awesome-Text2SQL.README.md'
XL = 'xlang-ai__xlang-paper-reading.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None,
      section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


PL = 'Text-to-SQL Paper List'
LABELS = {
    # ---------------- HKUSTDial / NL2SQL_Handbook ----------------
    (HB, 56): N('Text-to-SQL Lifecycle'),
    (HB, 72): N('Module-based Text-to-SQL Methods'),
    (HB, 98): P('A Deep Dive into Deep Learning Approaches for Text-to-SQL Systems',
                url='https://dl.acm.org/doi/10.1145/3448016.3457543', venue='SIGMOD 2021', year=2021,
                section='Text-to-SQL Survey & Tutorial'),
    (HB, 119): P('SNAILS: Schema Naming Assessments for Improved LLM-Based SQL Inference',
                 url='https://dl.acm.org/doi/10.1145/3709727', venue='SIGMOD 2025', year=2025, section=PL),
    (HB, 146): P('MAC-SQL: A Multi-Agent Collaborative Framework for Text-to-SQL', arxiv='2312.11242',
                 venue='COLING 2025', year=2025, code='https://github.com/wbbeyourself/MAC-SQL', section=PL),
    (HB, 167): P('Distill-C: Enhanced NL2SQL via Distilled Customization with LLMs', arxiv='2504.00048',
                 venue='arXiv 2025', year=2025, section=PL),
    (HB, 169): P('SQL-Factory: A Multi-Agent Framework for High-Quality and Large-Scale SQL Generation',
                 arxiv='2504.14837', venue='arXiv 2025', year=2025, section=PL),
    (HB, 176): P('SQL-o1: A Self-Reward Heuristic Dynamic Search Method for Text-to-SQL', arxiv='2502.11741',
                 venue='arXiv 2025', year=2025, section=PL),
    (HB, 177): P('FEATHER-SQL: A Lightweight NL2SQL Framework with Dual-Model Collaboration Paradigm for '
                 'Small Language Models', arxiv='2503.17811', venue='arXiv 2025', year=2025, section=PL),
    (HB, 179): P('FI-NL2PY2SQL: Financial Industry NL2SQL Innovation Model Based on Python and Large '
                 'Language Model', url='https://www.mdpi.com/1999-5903/17/1/12', venue='arXiv 2025',
                 year=2025, section=PL),
    (HB, 207): P('I Need Help! Evaluating LLM’s Ability to Ask for Users’ Support: A Case Study on '
                 'Text-to-SQL Generation', arxiv='2407.14767', venue='EMNLP 2024', year=2024,
                 code='https://github.com/appier-research/i-need-help', section=PL),
    (HB, 231): P('Research on Large Model Text-to-SQL Optimization Method for Intelligent Interaction in '
                 'the Field of Construction Safety', url='https://ieeexplore.ieee.org/abstract/document/10810146',
                 venue='arXiv 2024', year=2024, section=PL),
    (HB, 233): P('SQLh-GEN: Bridging the Dialect Gap for Text-to-SQL Via Synthetic Data And Model Merging',
                 arxiv='2408.12733', venue='arXiv 2024', year=2024, section=PL),
    (HB, 244): P('CHESS: Contextual Harnessing for Efficient SQL Synthesis', arxiv='2405.16755',
                 venue='arXiv 2024', year=2024, code='https://github.com/ShayanTalaei/CHESS', section=PL),
    (HB, 264): P('Selective Demonstrations for Cross-domain Text-to-SQL', arxiv='2310.06302',
                 venue='EMNLP 2023', year=2023, code='https://github.com/shuaichenchang/ODIS-Text-to-SQL',
                 section=PL),
    (HB, 266): P('RESDSQL: Decoupling Schema Linking and Skeleton Parsing for Text-to-SQL', arxiv='2302.05965',
                 venue='AAAI 2023', year=2023, code='https://github.com/RUCKBReasoning/RESDSQL', section=PL),
    (HB, 280): P('SQLformer: Deep Auto-Regressive Query Graph Generation for Text-to-SQL Translation',
                 arxiv='2310.18376', venue='arXiv 2023', year=2023,
                 code='https://github.com/AdrianBZG/SQLformer', section=PL),
    (HB, 292): N('Where Are We Going?'),
    (HB, 294): N('Where Are We Going?'),
    (HB, 334): N('Practical Guide for Novice / How to evaluate your model:'),

    # ---------------- eosphoros-ai / Awesome-Text2SQL ----------------
    (EO, 28): N('Leaderboard'),
    (EO, 38): N('Contents'),
    (EO, 39): N('Contents'),
    (EO, 76): P('DB-GPT-Hub: Towards Open Benchmarking Text-to-SQL Empowered by Large Language Models',
                arxiv='2406.11434', venue='arXiv 2024', year=2024,
                code='https://github.com/eosphoros-ai/DB-GPT-Hub', section='Classic Model'),
    (EO, 154): P('Few-shot Text-to-SQL Translation using Structure and Content Prompt Learning',
                 url='http://iir.ruc.edu.cn/~fanj/papers/sigmod2023-scprompt.pdf', venue='SIGMOD 2023', year=2023,
                 code='https://github.com/ruc-datalab/SC-prompt', section='Classic Model'),
    (EO, 199): P('Importance of Synthesizing High-quality Data for Text-to-SQL Parsing', arxiv='2212.08785',
                 venue='arXiv 2022', year=2022, section='Classic Model'),
    (EO, 230): P('PICARD:Parsing Incrementally for Constrained Auto-Regressive Decoding from Language Models',
                 arxiv='2109.05093', venue='EMNLP 2021', year=2021, code='https://github.com/ServiceNow/picard',
                 section='Classic Model'),
    (EO, 247): P('Bridging Textual and Tabular Data for Cross-Domain Text-to-SQL Semantic Parsing',
                 arxiv='2012.12627', venue='EMNLP 2020', year=2020,
                 code='https://github.com/salesforce/TabularSemanticParsing', section='Classic Model'),
    (EO, 259): P('RAT-SQL: Relation-Aware Schema Encoding and Linking for Text-to-SQL Parsers',
                 arxiv='1911.04942', venue='ACL 2020', year=2020, code='https://github.com/Microsoft/rat-sql',
                 section='Classic Model'),
    (EO, 311): P('TypeSQL: Knowledge-based Type-Aware Neural Text-to-SQL Generation', arxiv='1804.09769',
                 venue='NAACL 2018', year=2018, code='https://github.com/taoyds/typesql', section='Classic Model'),
    (EO, 326): N('Base Model'),
    (EO, 329): N('Base Model'),
    (EO, 360): P('Qwen', url='https://qianwen-res.oss-cn-beijing.aliyuncs.com/QWEN_TECHNICAL_REPORT.pdf',
                 year=2023, code='https://github.com/QwenLM/Qwen',
                 summary='2023/08, Alibaba Cloud proposes the 7b-parameter version of the large language model '
                         'series Qwen-7B (abbr. Tongyi Qianwen), is pretrained on a large volume of data, '
                         'including web texts, books, codes, etc, which has open sourced two models with Qwen-7B '
                         'and Qwen-7B-Chat. 2023/09, Alibaba Cloud updated the Qwen-7B and Qwen-7B-Chat and open '
                         'sourced Qwen-14B and Qwen-14B-Chat. 2023/11, they open sourced Qwen-1.8B, '
                         'Qwen-1.8B-Chat, Qwen-72B and Qwen-72B-Chat.',
                 section='Base Model'),
    (EO, 394): N('Base Model'),
    (EO, 400): N('Base Model'),
    (EO, 417): P('LoRA', arxiv='2106.09685', year=2021, code='https://github.com/microsoft/LoRA',
                 summary='2021/06, Microsoft proposes the Low-Rank Adaptation method for fine-tuning LLM by '
                         'freezing the pre-training weights.',
                 section='Fine-tuning'),
    (EO, 457): P('CoSQL', arxiv='1909.05378', year=2019,
                 summary='2019/09, Yale University and Salesforce Research propose a cross-domain database CoSQL, '
                         'which consists of 30k+ turns plus 10k+ annotated SQL queries, obtained from a '
                         'Wizard-of-Oz (WOZ) collection of 3k dialogues querying 200 complex DBs spanning 138 '
                         'domains.',
                 section='Dataset'),
    (EO, 477): N('Dataset'),
    (EO, 485): N('Evaluation Index'),
    (EO, 495): N('Libraries'),

    # ---------------- xlang-ai / xlang-paper-reading ----------------
    (XL, 37): P('JARVIS: A Neuro-Symbolic Commonsense Reasoning Framework for Conversational Embodied Agents',
                arxiv='2208.13266', venue='SoCal NLP 2022', year=2022,
                authors=['Kaizhi Zheng', 'Kaiwen Zhou', 'Jing Gu', 'Yue Fan', 'Jialu Wang', 'Zonglin Di',
                         'Xuehai He', 'Xin Eric Wang'], section='Papers'),
    (XL, 45): P('Code as Policies: Language Model Programs for Embodied Control', arxiv='2209.07753',
                venue='ICRA 2023', year=2023,
                authors=['Jacky Liang', 'Wenlong Huang', 'Fei Xia', 'Peng Xu', 'Karol Hausman', 'Brian Ichter',
                         'Pete Florence', 'Andy Zeng'], section='Papers'),
    (XL, 65): P('Code4Struct: Code Generation for Few-Shot Event Structure Prediction', arxiv='2210.12810',
                venue='ACL 2023', year=2023, authors=['Xingyao Wang', 'Sha Li', 'Heng Ji'], section='Papers'),
    (XL, 81): P('Planning with Large Language Models via Corrective Re-prompting', arxiv='2211.09935',
                venue='Neurips 2023 workshop', year=2023,
                authors=['Shreyas Sundara Raman', 'Vanya Cohen', 'Eric Rosen', 'Ifrah Idrees', 'David Paulius',
                         'Stefanie Tellex'], section='Papers'),
    (XL, 101): P('Large language models are versatile decomposers: Decompose evidence and questions for '
                 'table-based reasoning', arxiv='2301.13808', venue='SIGIR 2023', year=2023,
                 authors=['Yunhu Ye', 'Binyuan Hui', 'Min Yang', 'Binhua Li', 'Fei Huang', 'Yongbin Li'],
                 section='Papers'),
    (XL, 109): P('Collaborating with language models for embodied reasoning', arxiv='2302.00763',
                 venue='NeurIPS 2022 LaReL workshop', year=2022,
                 authors=['Ishita Dasgupta', 'Christine Kaeser-Chen', 'Kenneth Marino', 'Arun Ahuja',
                          'Sheila Babayan', 'Felix Hill', 'Rob Fergus'], section='Papers'),
    (XL, 129): P('Visual ChatGPT: Talking, Drawing and Editing with Visual Foundation Models', arxiv='2303.04671',
                 venue='arXiv 2023', year=2023,
                 authors=['Chenfei Wu', 'Shengming Yin', 'Weizhen Qi', 'Xiaodong Wang', 'Zecheng Tang', 'Nan Duan'],
                 section='Papers'),
    (XL, 137): P('ART: Automatic multi-step reasoning and tool-use for large language models', arxiv='2303.09014',
                 venue='arXiv 2023', year=2023,
                 authors=['Bhargavi Paranjape', 'Scott Lundberg', 'Sameer Singh', 'Hannaneh Hajishirzi',
                          'Luke Zettlemoyer', 'Marco Tulio Ribeiro'], section='Papers'),
    (XL, 161): P('Tool Learning with Foundation Models', arxiv='2304.08354', venue='arXiv 2023', year=2023,
                 authors=['Yujia Qin', 'Shengding Hu', 'Yankai Lin', 'Weize Chen', 'Ning Ding', 'Ganqu Cui',
                          'Zheni Zeng', 'Yufei Huang', 'Chaojun Xiao', 'Chi Han', 'Yi Ren Fung', 'Yusheng Su',
                          'Huadong Wang', 'Cheng Qian', 'Runchu Tian', 'Kunlun Zhu', 'Shihao Liang', 'Xingyu Shen',
                          'Bokai Xu', 'Zhen Zhang', 'Yining Ye', 'Bowen Li', 'Ziwei Tang', 'Jing Yi', 'Yuzhang Zhu',
                          'Zhenning Dai', 'Lan Yan', 'Xin Cong', 'Yaxi Lu', 'Weilin Zhao', 'Yuxiang Huang',
                          'Junxi Yan', 'Xu Han', 'Xian Sun', 'Dahai Li', 'Jason Phang', 'Cheng Yang',
                          'Tongshuang Wu', 'Heng Ji', 'Zhiyuan Liu', 'Maosong Sun'], section='Papers'),
    (XL, 181): P('Search-in-the-Chain: Towards Accurate, Credible and Traceable Large Language Models for '
                 'Knowledge-intensive Tasks', arxiv='2304.14732', venue='arXiv 2023', year=2023,
                 authors=['Shicheng Xu', 'Liang Pang', 'Huawei Shen', 'Xueqi Cheng', 'Tat-Seng Chua'],
                 section='Papers'),
    (XL, 221): P('PEARL: Prompting Large Language Models to Plan and Execute Actions Over Long Documents',
                 arxiv='2305.14564', venue='arXiv 2023', year=2023,
                 authors=['Simeng Sun', 'Yang Liu', 'Shuohang Wang', 'Chenguang Zhu', 'Mohit Iyyer'],
                 section='Papers'),
    (XL, 225): P('ReWOO: Decoupling Reasoning from Observations for Efficient Augmented Language Models',
                 arxiv='2305.18323', venue='arXiv 2023', year=2023,
                 authors=['Binfeng Xu', 'Zhiyuan Peng', 'Bowen Lei', 'Subhabrata Mukherjee', 'Yuchen Liu',
                          'Dongkuan Xu'], section='Papers'),
    (XL, 237): P('Leveraging Pre-trained Large Language Models to Construct and Utilize World Models for '
                 'Model-based Task Planning', arxiv='2305.14909', venue='arXiv 2023', year=2023,
                 authors=['Lin Guan', 'Karthik Valmeekam', 'Sarath Sreedharan', 'Subbarao Kambhampati'],
                 section='Papers'),
    (XL, 253): P('Mindstorms in Natural Language-Based Societies of Mind', arxiv='2305.17066', venue='arXiv 2023',
                 year=2023,
                 authors=['Mingchen Zhuge', 'Haozhe Liu', 'Francesco Faccio', 'Dylan R. Ashley', 'Róbert Csordás',
                          'Anand Gopalakrishnan', 'Abdullah Hamdi', 'Hasan Abed Al Kader Hammoud',
                          'Vincent Herrmann', 'Kazuki Irie', 'Louis Kirsch', 'Bing Li', 'Guohao Li', 'Shuming Liu',
                          'Jinjie Mai', 'Piotr Piękos', 'Aditya Ramesh', 'Imanol Schlag', 'Weimin Shi',
                          'Aleksandar Stanić', 'Wenyi Wang', 'Yuhui Wang', 'Mengmeng Xu', 'Deng-Ping Fan',
                          'Bernard Ghanem', 'Jürgen Schmidhuber'], section='Papers'),
    (XL, 257): P('Large Language Models as Tool Makers', arxiv='2305.17126', venue='arXiv 2023', year=2023,
                 authors=['Tianle Cai', 'Xuezhi Wang', 'Tengyu Ma', 'Xinyun Chen', 'Denny Zhou'], section='Papers'),
    (XL, 265): P('SheetCopilot: Bringing Software Productivity to the Next Level through Large Language Models',
                 arxiv='2305.19308', venue='arXiv 2023', year=2023,
                 authors=['Hongxin Li', 'Jingran Su', 'Yuntao Chen', 'Qing Li', 'Zhaoxiang Zhang'],
                 section='Papers'),
    (XL, 277): P('From Pixels to UI Actions: Learning to Follow Instructions via Graphical User Interfaces',
                 arxiv='2306.00245', venue='arXiv 2023', year=2023,
                 authors=['Peter Shaw', 'Mandar Joshi', 'James Cohan', 'Jonathan Berant', 'Panupong Pasupat',
                          'Hexiang Hu', 'Urvashi Khandelwal', 'Kenton Lee', 'Kristina Toutanova'],
                 section='Papers'),
    (XL, 281): P('Modular Visual Question Answering via Code Generation', arxiv='2306.05392', venue='ACL 2023',
                 year=2023,
                 authors=['Sanjay Subramanian', 'Medhini Narasimhan', 'Kushal Khangaonkar', 'Kevin Yang',
                          'Arsha Nagrani', 'Cordelia Schmid', 'Andy Zeng', 'Trevor Darrell', 'Dan Klein'],
                 section='Papers'),
    (XL, 285): P('ToolAlpaca: Generalized Tool Learning for Language Models with 3000 Simulated Cases',
                 arxiv='2306.05301', venue='arXiv 2023', year=2023,
                 authors=['Qiaoyu Tang', 'Ziliang Deng', 'Hongyu Lin', 'Xianpei Han', 'Qiao Liang', 'Le Sun'],
                 section='Papers'),
    (XL, 325): P('Robots That Ask For Help: Uncertainty Alignment for Large Language Model Planners',
                 arxiv='2307.01928', venue='arXiv 2023', year=2023,
                 authors=['Allen Z. Ren', 'Anushri Dixit', 'Alexandra Bodrova', 'Sumeet Singh', 'Stephen Tu',
                          'Noah Brown', 'Peng Xu', 'Leila Takayama', 'Fei Xia', 'Jake Varley', 'Zhenjia Xu',
                          'Dorsa Sadigh', 'Andy Zeng', 'Anirudha Majumdar'], section='Papers'),
}

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']


def main():
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
    assert {(s['list'], s['line']) for s in sample} == set(LABELS), 'labels and sample differ'
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for s in sample:
            lab = dict(list=s['list'], line=s['line'], raw=s['text'], **LABELS[(s['list'], s['line'])])
            f.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(sample), 'labels written')


if __name__ == '__main__':
    main()
