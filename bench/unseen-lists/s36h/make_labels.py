"""Hand labels for the 80 sampled entries (see FINDINGS.md for judgement calls).
raw is taken from the saved README: lines start..end, line terminators (\n, and the
\r of the CRLF file) removed, joined with \n.  Writes labels.jsonl next to this file."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = 'qyhou__curated-table-structure-recognition.README.md'
C = 'coffee3699__Awesome-Chart-Comprehension.README.md'
S = 'cv-small-snails__Awesome-Table-Recognition.README.md'
V = 'vibhum-phd__awesome-chart-axis-hallucination.README.md'


def P(lst, line, end, title, section, arxiv=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None, doi=None):
    return dict(list=lst, line=line, end=end, is_paper=True, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, line, section, end=None):
    return dict(list=lst, line=line, end=end or line, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


Q1 = '1. Survey'
Q21 = '2. Methodology / 2.1 Top-Down'
Q221 = '2. Methodology / 2.2 Bottom-Up / 2.2.1 Cell based / Grid based'
Q222 = '2. Methodology / 2.2 Bottom-Up / 2.2.2 Word based / Text-Line based'
Q23 = '2. Methodology / 2.3 Image-to-Sequence / End-to-End'
Q31 = '3. Data / 3.1 Dataset'
Q32 = '3. Data / 3.2 Data Synthesis / Data Generation / Data Augmentation'
SP = 'https://link.springer.com/chapter/'
IE = 'https://ieeexplore.ieee.org/document/'

L = [
    # ---- qyhou: `ABBR` [Title](link), (affiliations), YYYY-MM, VENUE-YEAR
    P(Q, 18, 18, 'ICDAR 2019 Competition on Table Detection and Recognition (cTDaR)', Q1, url=IE + '8978120', venue='ICDAR 2019', year=2019),
    P(Q, 32, 32, 'PyramidTabNet: Transformer based Table Recognition in Image-based Documents', Q21, url=SP + '10.1007/978-3-031-41734-4_26', venue='ICDAR 2023', year=2023),
    P(Q, 56, 56, 'Rethinking Semantic Segmentation for Table Structure Recognition in Documents', Q21, url=IE + '8978088', venue='ICDAR 2019', year=2019),
    P(Q, 60, 60, 'Deep Learning for Recognizing the Anatomy of Tables on Datasheets', Q21, url=IE + '8969683', venue='ISCC 2019', year=2019),
    P(Q, 69, 69, 'End to End Table Transformer', Q221, url=SP + '10.1007/978-3-031-70533-5_20', venue='ICDAR 2024', year=2024),
    P(Q, 78, 78, 'Handling big tabular data of ICT supply chains: a multi-task, machine-interpretable approach', Q221, arxiv='2208.06031', venue='GLOBECOM 2022', year=2022),
    P(Q, 88, 88, 'Image-based Table Cell Detection: a Novel Table Structure Decomposition Method with New Dataset', Q221, url=IE + '9413122', venue='ICPR 2020', year=2020),
    P(Q, 93, 93, 'ReS2TIM: Reconstruct Syntactic Structures from Table Images', Q221, url=IE + '8978027', venue='ICDAR 2019', year=2019),
    P(Q, 102, 102, 'Image-Based Relation Classification Approach for Table Structure Recognition', Q222, url=SP + '10.1007/978-3-030-86331-9_41', venue='ICDAR 2021', year=2021),
    P(Q, 111, 111, 'Multi-Modal Attention Based on 2D Structured Sequence for Table Recognition', Q23, url=SP + '10.1007/978-981-97-8511-7_27', venue='PRCV 2024', year=2024),
    P(Q, 112, 112, 'Enhancing Transformer-Based Table Structure Recognition for Long Tables', Q23, url=SP + '10.1007/978-981-97-8511-7_16', venue='PRCV 2024', year=2024),
    P(Q, 116, 116, 'TabPedia: Towards Comprehensive Visual Table Understanding with Concept Synergy', Q23, arxiv='2406.01326', venue='NeurIPS 2024', year=2024),
    P(Q, 122, 122, 'An End-to-End Local Attention Based Model for Table Recognition', Q23, url=SP + '10.1007/978-3-031-41679-8_2', venue='ICDAR 2023', year=2023),
    P(Q, 126, 126, 'Rethinking Image-based Table Recognition Using Weakly Supervised Methods', Q23, arxiv='2303.07641', venue='ICPRAM 2023', year=2023),
    P(Q, 128, 128, 'Complex Table Structure Recognition in the Wild Using Transformer and Identity Matrix-Based Augmentation', Q23, url=SP + '10.1007/978-3-031-21648-0_37', venue='ICFHR 2022', year=2022),
    P(Q, 131, 131, 'TableFormer: Table Structure Understanding with Transformers', Q23, arxiv='2203.01017', venue='CVPR 2022', year=2022),
    P(Q, 159, 159, 'Benchmarking table recognition performance on biomedical literature on neurological disorders', Q31, url='https://academic.oup.com/bioinformatics/article/38/6/1624/6478270', venue='Bioinformatics 2022', year=2022),
    P(Q, 160, 160, 'Visual Understanding of Complex Table Structures from Document Images', Q31, arxiv='2111.07129', venue='WACV 2022', year=2022),
    P(Q, 161, 161, 'PubTables-1M: Towards comprehensive table extraction from unstructured documents', Q31, arxiv='2110.00061', venue='CVPR 2022', year=2022),
    P(Q, 182, 182, 'Uncertainty Quantification in Table Structure Recognition', Q32, arxiv='2407.01731', venue='IRI 2024', year=2024),
]

CPT = 'Pre-training Tasks for Chart Comprehension'
CTOC = 'Table of Contents'
C2S = 'Models and Methods / Two-Stage Paradigm: First Recognize, Then Understand'
CE2E = 'Models and Methods / End-to-End Models: Supervised Fine-Tuning at Scale'
CINN = 'Models and Methods / Innovations in Training and Architecture'
CRL = 'Models and Methods / Beyond SFT: Reinforcement Learning and Agentic Systems'
CEST = 'Benchmarks and Datasets / Establishing the Task: Synthetic & Template-Based'
CGEN = 'Benchmarks and Datasets / The Generative Evaluation'
CPUSH = 'Benchmarks and Datasets / Pushing for Complexity and Diversity'
GH = 'https://github.com/'

L += [
    # ---- coffee3699: - __Title.__ / _authors._ <venue badge> <PDF link> / <Code|Model|Dataset badges>
    N(C, 17, CPT), N(C, 22, CPT), N(C, 30, 'Downstream Tasks'),
    N(C, 36, CTOC), N(C, 38, CTOC), N(C, 40, CTOC), N(C, 41, CTOC), N(C, 42, CTOC), N(C, 43, CTOC),
    P(C, 57, 59, 'MatCha: Enhancing Visual Language Pretraining with Math Reasoning and Chart Derendering', C2S,
      url='https://aclanthology.org/2023.acl-long.714/', venue='ACL 2023', year=2023,
      authors=['Fangyu Liu', 'Francesco Piccinno', 'Syrine Krichene', 'Chenxi Pang', 'Kenton Lee', 'Mandar Joshi', 'Yasemin Altun', 'Nigel Collier', 'Julian Eisenschlos']),
    P(C, 72, 74, 'ChartLlama: A Multimodal LLM for Chart Understanding and Generation', CE2E,
      arxiv='2311.16483', venue='arXiv 2023', year=2023, code=GH + 'tingxueronghua/ChartLlama-code',
      authors=['Yucheng Han', 'Chi Zhang', 'Xin Chen', 'Xu Yang', 'Zhibin Wang', 'Gang Yu', 'Bin Fu', 'Hanwang Zhang']),
    P(C, 84, 86, 'ChartX & ChartVLM: A Versatile Benchmark and Foundation Model for Complicated Chart Reasoning', CE2E,
      arxiv='2402.12185', venue='arXiv 2024', year=2024, code=GH + 'UniModal4Reasoning/ChartVLM',
      authors=['Renqiu Xia', 'Bo Zhang', 'Hancheng Ye', 'Xiangchao Yan', 'Qi Liu', 'Hongbin Zhou', 'Zijun Chen', 'Min Dou', 'Botian Shi', 'Junchi Yan', 'Yu Qiao']),
    P(C, 88, 90, 'ChartInstruct: Instruction Tuning for Chart Comprehension and Reasoning', CE2E,
      arxiv='2403.09028', venue='ACL 2024 Findings', year=2024, code=GH + 'vis-nlp/ChartInstruct',
      authors=['Ahmed Masry', 'Mehrad Shahmohammadi', 'Md Rizwan Parvez', 'Enamul Hoque', 'Shafiq Joty']),
    P(C, 110, 111, 'EvoChart: A Self-Training Framework for Chart Data Synthesis and Model Co-Evolution', CINN,
      arxiv='2409.01577', venue='AAAI 2025', year=2025, code=GH + 'MuyeHuang/EvoChart',
      authors=['Muye Huang', 'Han Lai', 'Xinyu Zhang', 'Wenjun Wu', 'Jie Ma', 'Lingling Zhang', 'Jun Liu']),
    P(C, 124, 126, 'ChartSketcher: Reasoning with Multimodal Feedback and Reflection for Chart Understanding', CRL,
      arxiv='2505.19076', venue='arXiv 2025', year=2025, code=GH + 'MuyeHuang/ChartSketcher',
      authors=['Muye Huang', 'Lingling Zhang', 'Jie Ma', 'Han Lai', 'Fangzhi Xu', 'Yifei Li', 'Wenjun Wu', 'Yaqiang Wu', 'Jun Liu']),
    P(C, 139, 140, 'Do MLLMs Really Understand the Charts?', CRL,
      arxiv='2509.04457', venue='arXiv 2025', year=2025,
      authors=['Xiao Zhang', 'Dongyuan Li', 'Liuyu Xiang', 'Yao Zhang', 'Cheng Zhong', 'Zhaofeng He']),
    P(C, 163, 165, 'FigureQA: An Annotated Figure Dataset for Visual Reasoning', CEST,
      arxiv='1710.07300', venue='ICLR 2018 Workshop', year=2018,
      authors=['Samira Ebrahimi Kahou', 'Vincent Michalski', 'Adam Atkinson', 'Akos Kadar', 'Adam Trischler', 'Yoshua Bengio']),
    P(C, 174, 176, 'ChartSumm: A Comprehensive Benchmark for Automatic Chart Summarization of Long and Short Summaries', CGEN,
      arxiv='2304.13620', venue='CANAI 2023', year=2023, code=GH + 'pranonrahman/ChartSumm',
      authors=['Raian Rahman', 'Rizvi Hasan', 'Abdullah Al Farhad', 'Md Tahmid Rahman Laskar', 'Md. Hamjajul Ashmafee', 'Abu Raihan Mostofa Kamal']),
    P(C, 190, 192, 'ChartQA: A Benchmark for Question Answering about Charts with Visual and Logical Reasoning', CPUSH,
      url='https://aclanthology.org/2022.findings-acl.177/', venue='ACL 2022 Findings', year=2022, code=GH + 'vis-nlp/ChartQA',
      authors=['Ahmed Masry', 'Xuan Long Do', 'Jia Qing Tan', 'Shafiq Joty', 'Enamul Hoque']),
    P(C, 210, 211, 'MultiChartQA: Benchmarking Vision-Language Models on Multi-Chart Problems', CPUSH,
      arxiv='2410.14179', venue='NAACL 2025', year=2025, code=GH + 'Zivenzhu/Multi-chart-QA',
      authors=['Zifeng Zhu', 'Mengzhao Jia', 'Zhihan Zhang', 'Lang Li', 'Meng Jiang']),
]

SPAP = '1. Papers'
SDAT = '2. Datasets'
L += [
    # ---- cv-small-snails: Conf. | Date | [Title](link) | Highlight | [*CODE](repo)<br>`STARS:n`
    P(S, 9, 9, 'Flexible Table Recognition and Semantic Interpretation System', SPAP, arxiv='2105.11879', venue='arXiv 2021', year=2021, code=GH + 'mnamysl/table-interpretation'),
    P(S, 10, 10, 'PubTables-1M: Towards comprehensive table extraction from unstructured documents', SPAP, arxiv='2110.00061', venue='arXiv 2021', year=2021, code=GH + 'microsoft/table-transformer'),
    P(S, 11, 11, 'Multi-Type-TD-TSR -- Extracting Tables from Document Images using a Multi-stage Pipeline for Table Detection and Table Structure Recognition: from OCR to Structured Table Representations', SPAP, arxiv='2105.11021', venue='arXiv 2021', year=2021, code=GH + 'Psarpei/Multi-Type-TD-TSR'),
    P(S, 13, 13, 'TGRNet: A Table Graph Reconstruction Network for Table Structure Recognition', SPAP, url='https://openaccess.thecvf.com/content/ICCV2021/papers/Xue_TGRNet_A_Table_Graph_Reconstruction_Network_for_Table_Structure_Recognition_ICCV_2021_paper.pdf', venue='ICCV 2021', year=2021, code=GH + 'xuewenyuan/TGRNet'),
    P(S, 14, 14, 'ICDAR 2021 Competition on Scientific Literature Parsing', SPAP, arxiv='2106.14616', venue='ICDAR 2021 Competition', year=2021, code=GH + 'ibm-aur-nlp/PubLayNet'),
    P(S, 15, 15, "PingAn-VCGroup's Solution for ICDAR 2021 Competition on Scientific Literature Parsing Task B: Table Recognition to HTML", SPAP, arxiv='2105.01848', venue='ICDAR 2021 Competition', year=2021, code=GH + 'JiaquanYe/TableMASTER-mmocr'),
    P(S, 16, 16, 'LGPMA: Complicated Table Structure Recognition with Local and Global Pyramid Mask Alignment', SPAP, arxiv='2105.06224', venue='ICDAR 2021 Competition', year=2021, code=GH + 'hikopensource/DAVAR-Lab-OCR'),
    P(S, 17, 17, 'Global table extractor (gte): A framework for joint table identification and cell structure recognition using visual context', SPAP, url='https://openaccess.thecvf.com/content/WACV2021/papers/Zheng_Global_Table_Extractor_GTE_A_Framework_for_Joint_Table_Identification_WACV_2021_paper.pdf', venue='WACV 2021', year=2021),
    P(S, 18, 18, 'CascadeTabNet: An approach for end to end table detection and structure recognition from image-based documents', SPAP, arxiv='2004.12629', venue='CVPR 2020 Workshop', year=2020, code=GH + 'DevashishPrasad/CascadeTabNet'),
    P(S, 19, 19, 'Image-based table recognition: data, model, and evaluation', SPAP, arxiv='1911.10683', venue='ECCV 2020', year=2020, code=GH + 'ibm-aur-nlp/PubTabNet'),
    P(S, 20, 20, 'Table structure recognition using top-down and bottom-up cues', SPAP, url='https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123730069.pdf', venue='ECCV 2020', year=2020, code=GH + 'sachinraja13/TabStructNet'),
    P(S, 21, 21, 'TableBank: A Benchmark Dataset for Table Detection and Recognition', SPAP, arxiv='1903.01949', venue='LREC 2020', year=2020, code=GH + 'doc-analysis/TableBank'),
    P(S, 22, 22, 'Complicated table structure recognition', SPAP, arxiv='1908.04729', venue='arXiv 2019', year=2019, code=GH + 'Academic-Hammer/SciTSR'),
    P(S, 24, 24, 'Tablenet: Deep learning model for end-to-end table detection and tabular data extraction from scanned document images', SPAP, arxiv='2001.01469', venue='ICDAR 2019', year=2019),
    P(S, 25, 25, 'Res2tim: Reconstruct syntactic structures from table images', SPAP, url=IE + '8978027', venue='ICDAR 2019', year=2019, code=GH + 'xuewenyuan/ReS2TIM'),
    P(S, 26, 26, 'Deepdesrt: Deep learning for detection and structure recognition of tables in document images', SPAP, url='https://www.dfki.de/fileadmin/user_upload/import/9672_PID4966073.pdf', venue='ICDAR 2017', year=2017),
    N(S, 32, SDAT), N(S, 34, SDAT), N(S, 38, SDAT), N(S, 39, SDAT),
]

VC = 'Contents'
VF = 'Foundational Benchmarks'
VA = 'Axis, Scale & Misleading-Chart Studies'
VM = 'Mitigation Methods & Models'
L += [
    # ---- vibhum-phd: - **Title** / Surnames — Venue Year / [Paper (host)](link) / one-line description
    N(V, 8, VC), N(V, 10, VC), N(V, 16, VC), N(V, 17, VC),
    P(V, 30, 32, 'Assessing Misreading of Axis Scales and Units in AI-Based Chart Interpretation', 'AI-Assisted Research Paper',
      url='paper/AI_Assisted_Research_Paper.pdf',
      summary='An AI-assisted scholarly review (generated with Gemini 3.1 Pro) surveying how MLLMs misread logarithmic scales, dual axes, and units, and reviewing current mitigation approaches and research gaps in explanation faithfulness.'),
    P(V, 47, 50, 'PlotQA: Reasoning over Scientific Plots', VF,
      url='https://openaccess.thecvf.com/content_WACV_2020/html/Methani_PlotQA_Reasoning_over_Scientific_Plots_WACV_2020_paper.html',
      venue='WACV 2020', year=2020, authors=['Methani', 'Ganguly', 'Khapra', 'Kumar'],
      summary='Introduces open-vocabulary, real-valued QA over scientific plots, explicitly requiring models to read axis scales rather than select from a fixed vocabulary.'),
    P(V, 57, 60, 'ChartX & ChartVLM: A Versatile Benchmark and Foundation Model for Complicated Chart Reasoning', VF,
      arxiv='2402.12185', venue='arXiv 2024', year=2024,
      authors=['Xia', 'Zhang', 'Ye', 'Yan', 'Liu', 'Zhou', 'Chen', 'Dou', 'Shi', 'Yan', 'Qiao'],
      summary='Covers 18 chart types and 22 disciplinary topics, useful for evaluating axis/scale robustness across chart styles beyond simple bar and line charts.'),
    P(V, 67, 70, 'ChartQAPro: A More Diverse and Challenging Benchmark for Chart Question Answering', VF,
      url='https://aclanthology.org/2025.findings-acl.978/', venue='ACL 2025 Findings', year=2025,
      authors=['Masry', 'Islam', 'Ahmed', 'Bajaj', 'Kabir', 'Kartha', 'Laskar', 'Rahman', 'Rahman', 'Shahmohammadi', 'Thakkar', 'Parvez', 'Hoque', 'Joty'],
      summary='Adds infographics, dashboards, multiple-choice, and unanswerable questions, stress-testing models on messier real-world axis/scale conditions.'),
    P(V, 79, 82, 'How Good (Or Bad) Are LLMs at Detecting Misleading Visualizations?', VA,
      arxiv='2407.17291', venue='IEEE TVCG 2025', year=2025, authors=['Lo', 'Qu'],
      summary='Tests four multimodal LLMs against 21 known chart-manipulation issues (including axis truncation and scale distortion) across nine prompting strategies.'),
    P(V, 84, 87, 'ChartAttack: Testing the Vulnerability of LLMs to Malicious Prompting in Chart Generation', VA,
      arxiv='2601.12983', venue='arXiv 2026', year=2026, authors=['Ortiz-Barajas', 'Tonglet', 'Gupta', 'Gurevych'],
      summary='Shows MLLMs can be induced to generate misleading charts with manipulated axes/scales that measurably degrade both model and human QA accuracy (17–20 point accuracy drops).'),
    P(V, 91, 94, 'DePlot: One-Shot Visual Language Reasoning by Plot-to-Table Translation', VM,
      arxiv='2212.10505', venue='ACL 2023 Findings', year=2023,
      authors=['Liu', 'Eisenschlos', 'Piccinno', 'Krichene', 'Pang', 'Lee', 'Joshi', 'Chen', 'Collier', 'Altun'],
      summary='Bypasses direct visual axis-reading entirely by translating a chart image into a linearized data table before handing it to an LLM for reasoning.'),
    P(V, 96, 99, 'MatCha: Enhancing Visual Language Pretraining with Math Reasoning and Chart Derendering', VM,
      url='https://aclanthology.org/2023.acl-long.714/', venue='ACL 2023', year=2023,
      authors=['Liu', 'Piccinno', 'Krichene', 'Pang', 'Lee', 'Joshi', 'Chen', 'Collier', 'Altun'],
      summary='Pretrains a model jointly on chart-derendering and math-reasoning tasks, improving numerical/axis-grounded reasoning by up to ~20% over prior SOTA.'),
    P(V, 101, 104, 'UniChart: A Universal Vision-Language Pretrained Model for Chart Comprehension and Reasoning', VM,
      url='https://aclanthology.org/2023.emnlp-main.906/', venue='EMNLP 2023', year=2023,
      authors=['Masry', 'Kavehzadeh', 'Do', 'Hoque', 'Joty'],
      summary='Introduces low-level pretraining objectives (extracting bars, lines, and axis-grounded data) explicitly designed to strengthen structural chart-element recognition.'),
    P(V, 106, 109, 'ChartInstruct: Instruction Tuning for Chart Comprehension and Reasoning', VM,
      arxiv='2403.09028', venue='arXiv 2024', year=2024,
      authors=['Masry', 'Shahmohammadi', 'Parvez', 'Hoque', 'Joty'],
      summary='A 191K-instruction, 71K-chart instruction-tuning dataset with both end-to-end and pipeline (chart-to-table-to-LLM) systems.'),
    P(V, 111, 114, 'ChartSketcher: Reasoning with Multimodal Feedback and Reflection for Chart Understanding', VM,
      arxiv='2505.19076', venue='NeurIPS 2025', year=2025,
      authors=['Huang', 'Zhang', 'Ma', 'Lai', 'Xu', 'Li', 'Wu', 'Wu', 'Liu'],
      summary='Lets the model annotate its own intermediate reasoning directly onto the chart image (e.g., drawing a line from a data point to the y-axis), mimicking how humans visually trace values to axes.'),
    P(V, 123, 126, 'ChartCap: Mitigating Hallucination of Dense Chart Captioning', 'Hallucination & Faithfulness Evaluation',
      arxiv='2508.03164', venue='arXiv 2025', year=2025, authors=['Lim', 'Ahn', 'Kim'],
      summary='A 565K-image dataset of dense, hallucination-free chart captions built via a four-stage pipeline with cycle-consistency human verification.'),
    N(V, 145, 'Datasets'), N(V, 146, 'Datasets'),
    N(V, 154, 'Tools and Libraries'), N(V, 156, 'Tools and Libraries'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for e in L:
        if e['list'] not in cache:
            with open(os.path.join(HERE, e['list']), encoding='utf-8', newline='') as f:
                cache[e['list']] = [x.rstrip('\r') for x in f.read().split('\n')]
        lines = cache[e['list']]
        e['raw'] = '\n'.join(lines[e['line'] - 1:e['end']])
        out.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L))
