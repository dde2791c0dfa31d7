"""Hand labels for the 60 sampled entries (written by hand; this script only attaches the raw source lines)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
NH = 'nehSgnaiL__awesome-scientific-figure.README.md'
RZ = 'rongzizi__Awesome-LLM-for-Chart.README.md'
ZX = 'zengxingchen__LLM-Visualization-Paper-List.README.md'

def P(lst, start, end, title, authors, venue, year, url=None, arxiv=None, doi=None, code=None, section=None, summary=None):
    return dict(list=lst, line=start, end=end, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=authors, code=code, summary=summary, section=section)

def N(lst, start, end, section):
    return dict(list=lst, line=start, end=end, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

def D(x):
    return ('https://doi.org/' + x, x)

L = []
# ---------------- nehSgnaiL (APA citation tables) ----------------
def nh(line, title, authors, venue, year, doi, section, end=None):
    u, d = D(doi)
    L.append(P(NH, line, end or line, title, authors, venue, year, url=u, doi=d, section=section))

G, C, S, B, CL = 'Geographic map', 'Combination Fig', 'Scatter', 'Boxplot', 'Classical'
nh(16, 'Characterizing destination networks through mobility traces of international tourists—A case study using a nationwide mobile positioning dataset',
   ['Y. Xu', 'J. Li', 'A. Belyi', 'S. Park'], 'Tourism Management 2021', 2021, '10.1016/j.tourman.2020.104195', G)
nh(17, 'Tourism geography through the lens of time use: A computational framework using fine-grained mobile phone data',
   ['Y. Xu', 'J. Li', 'J. Xue', 'S. Park', 'Q. Li'], 'Annals of the American Association of Geographers 2021', 2021, '10.1080/24694452.2020.1812372', G)
nh(18, 'The TimeGeo modeling framework for urban mobility without travel surveys',
   ['S. Jiang', 'Y. Yang', 'S. Gupta', 'D. Veneziano', 'S. Athavale', 'M. C. González'], 'Proceedings of the National Academy of Sciences 2016', 2016, '10.1073/pnas.1524261113', G)
nh(19, 'Unravel the landscape and pulses of cycling activities from a dockless bike-sharing system',
   ['Y. Xu', 'D. Chen', 'X. Zhang', 'W. Tu', 'Y. Chen', 'Y. Shen', 'C. Ratti'], 'Computers, Environment and Urban Systems 2019', 2019, '10.1016/j.compenvurbsys.2019.02.002', G)
nh(27, 'The evolving SARS-CoV-2 epidemic in Africa: Insights from rapidly expanding genomic surveillance',
   ['H. Tegally', 'J. E. San', 'M. Cotten', 'B. Tegomoh', 'G. Mboowa', 'D. P. Martin', 'H. E. Omunakwe'], 'Science 2022', 2022, '10.1126/science.abq5358', C)
nh(28, 'Quantifying the dynamics of failure across science, startups and security',
   ['Y. Yin', 'Y. Wang', 'J. A. Evans', 'D. Wang'], 'Nature 2019', 2019, '10.1038/s41586-019-1725-y', C)
nh(29, 'The scales of human mobility', ['L. Alessandretti', 'U. Aslak', 'S. Lehmann'], 'Nature 2020', 2020, '10.1038/s41586-020-2909-1', C)
nh(30, 'Impact of the COVID-19 pandemic on travel behavior: A case study of domestic inbound travelers in Jeju, Korea',
   ['M. Ren', 'S. Park', 'Y. Xu', 'X. Huang', 'L. Zou', 'M. S. Wong', 'S. Y. Koh'], 'Tourism Management 2022', 2022, '10.1016/j.tourman.2022.104533', C)
nh(31, 'Gendered urban spaces: Unveiling gender segregation through time, space, and behavior-A case study of Zhuhai, China',
   ['Y. Chen', 'H. Zhang', 'G. Wang', 'S. Jiang', 'L. Chen', 'L. Zhang'], 'Cities 2025', 2025, '10.1016/j.cities.2025.106241', C)
nh(32, 'Policy-driven transformation of global solar PV supply chains and resulting impacts',
   ['C. Cui', 'K.E. Lonergan', 'G. Sansavini'], 'Nat Commun 2025', 2025, '10.1038/s41467-025-61979-5', C)
nh(38, 'Modelling the scaling properties of human mobility', ['C. Song', 'T. Koren', 'P. Wang', 'A. L. Barabási'], 'Nature Physics 2010', 2010, '10.1038/nphys1760', S)
nh(39, 'Understanding the spreading patterns of mobile phone viruses', ['P. Wang', 'M. C. González', 'C. A. Hidalgo', 'A. L. Barabási'], 'Science 2009', 2009, '10.1126/science.1167053', S)
nh(40, 'Soil phosphorus regulates summer CO2 flux response to air temperature in nitrogen-poor northern permafrost ecosystems',
   ['M. M. Ibrahim', 'E. Hou'], 'Fundamental Research 2025', 2025, '10.1016/j.fmre.2025.04.005', S)
nh(41, 'Predicting short-term urban bike sharing demand in a coupled continuous and network space',
   ['S. Liang', 'Y. Xu', 'G. Li', 'X. Zhang', 'Q. Li'], 'Travel Behaviour and Society 2026', 2026, '10.1016/j.tbs.2025.101152', S, end=42)
nh(48, 'Understanding the movement predictability of international travelers using a nationwide mobile phone dataset collected in South Korea',
   ['Y. Xu', 'D. Zou', 'S. Park', 'Q. Li', 'S. Zhou', 'X. Li'], 'Computers, Environment and Urban Systems 2022', 2022, '10.1016/j.compenvurbsys.2021.101753', B)
nh(49, 'Antibody persistence and safety after heterologous boosting with orally aerosolised Ad5-nCoV in individuals primed with two-dose CoronaVac previously: twelve-month analyses of a randomized controlled trial',
   ['L. Jin', 'R. Tang', 'S. Wu', 'X. Guo', 'H. Huang', 'L. Hou', 'F. Zhu'], 'Emerging Microbes & Infections 2022', 2022, '10.1080/22221751.2022.2155251', B)
L.append(N(NH, 56, 56, 'Other publications'))
L.append(N(NH, 57, 57, 'Other publications'))
nh(64, 'Spatiotemporal analysis of critical transportation links based on time geographic concepts: a case study of critical bridges in Wuhan, China',
   ['Z. Fang', 'S. L. Shaw', 'W. Tu', 'Q. Li', 'Y. Li'], 'Journal of Transport Geography 2012', 2012, '10.1016/j.jtrangeo.2012.03.018', CL)
nh(65, 'Origin–destination trips by purpose and time of day inferred from mobile phone data',
   ['L. Alexander', 'S. Jiang', 'M. Murga', 'M. C. González'], 'Transportation Research Part C: Emerging Technologies 2015', 2015, '10.1016/j.trc.2015.02.018', CL)

# ---------------- rongzizi (italic inverted authors, bold title, badges) ----------------
TOC, CU, DE, QA, CAP, BES = ('Table of Contents', 'Chart Understanding', 'Chart Data Extraction and Structuring',
                             'Visual Question Answering over Charts (ChartQA)', 'Chart Captioning (Summarization)',
                             'Benchmarks, Evaluation & Surveys')
L.append(N(RZ, 10, 10, TOC))
L.append(N(RZ, 15, 15, TOC))
L.append(P(RZ, 24, 24, 'UniChart: A Universal Vision-language Pretrained Model for Chart Comprehension and Reasoning',
           ['Ahmed Masry', 'Parsa Kavehzadeh', 'Xuan Long Do', 'Enamul Hoque', 'Shafiq Joty'], 'EMNLP 2023', 2023,
           url='https://aclanthology.org/2023.emnlp-main.906/', code='https://github.com/vis-nlp/UniChart', section=CU))
L.append(P(RZ, 26, 26, 'Pix2Struct: Screenshot Parsing as Pretraining for Visual Language Understanding',
           ['Kenton Lee', 'Mandar Joshi', 'Iulia Raluca Turc', 'Hexiang Hu', 'Fangyu Liu', 'Julian Martin Eisenschlos',
            'Urvashi Khandelwal', 'Peter Shaw', 'Ming-Wei Chang', 'Kristina Toutanova'], 'ICML 2023', 2023,
           url='https://proceedings.mlr.press/v202/lee23g/lee23g.pdf', code=None, section=CU))
L.append(P(RZ, 28, 29, 'Enhanced Chart Understanding via Visual Language Pre-training on Plot Table Pairs',
           ['Mingyang Zhou', 'Yi R. Fung', 'Long Chen', 'Christopher Thomas', 'Heng Ji', 'Shih-Fu Chang'], 'ACL 2023 Findings', 2023,
           url='https://aclanthology.org/2023.findings-acl.85/', code='https://github.com/zmykevin/ACL2023_ChartT5', section=CU))
L.append(P(RZ, 37, 37, 'ChartKG: A Knowledge-Graph-Based Representation for Chart Images',
           ['Zhiguang Zhou', 'Haoxuan Wang', 'Zhengqing Zhao', 'Fengling Zheng', 'Yongheng Wang', 'Wei Chen', 'Yong Wang'], 'TVCG 2024', 2024,
           url='https://ieeexplore.ieee.org/document/10711251/', section=DE))
L.append(P(RZ, 39, 39, 'MathVista: Evaluating Math Reasoning in Visual Contexts with GPT-4V, Bard, and Other Large Multimodal Models',
           ['Pan Lu', 'Hritik Bansal', 'Tony Xia', 'Jiacheng Liu', 'Chunyuan Li', 'Hannaneh Hajishirzi', 'Hao Cheng', 'Kai-Wei Chang',
            'Michel Galley', 'Jianfeng Gao'], 'ICLR 2024', 2024, arxiv='2310.02255', section=DE))
L.append(P(RZ, 43, 43, 'Synthesize Step-by-Step: Tools, Templates and LLMs as Data Generators for Reasoning-Based Chart VQA',
           ['Zhuowan Li', 'Bhavan Jasani', 'Peng Tang', 'Shabnam Ghadar'], 'CVPR 2024', 2024,
           url='https://openaccess.thecvf.com/content/CVPR2024/papers/Li_Synthesize_Step-by-Step_Tools_Templates_and_LLMs_as_Data_Generators_for_CVPR_2024_paper.pdf', section=QA))
L.append(P(RZ, 46, 46, 'ChartQA: A Benchmark for Question Answering about Charts with Visual and Logical Reasoning',
           ['Ahmed Masry', 'Do Xuan Long', 'Jia Qing Tan', 'Shafiq Joty', 'Enamul Hoque'], 'ACL 2022 Findings', 2022,
           url='https://aclanthology.org/2022.findings-acl.177/', code='https://github.com/vis-nlp/ChartQA', section=QA))
L.append(P(RZ, 48, 48, 'OpenCQA: Open-ended Question Answering with Charts',
           ['Shankar Kantharaj', 'Xuan Long Do', 'Rixie Tiffany Ko Leong', 'Jia Qing Tan', 'Enamul Hoque', 'Shafiq Joty'], 'EMNLP 2022', 2022,
           url='https://aclanthology.org/2022.emnlp-main.811/', code='https://github.com/vis-nlp/OpenCQA', section=QA))
L.append(P(RZ, 50, 50, 'Answering Questions about Charts and Generating Visual Explanations',
           ['Dae Hyun Kim', 'Enamul Hoque', 'Maneesh Agrawala'], 'CHI 2020', 2020,
           url='https://dl.acm.org/doi/10.1145/3313831.3376467/', code='https://github.com/dhkim16/VisQA-release', section=QA))
L.append(P(RZ, 52, 52, 'STL-CQA: Structure-based Transformers with Localization and Encoding for Chart Question Answering',
           ['Hrituraj Singh', 'Sumit Shekhar'], 'EMNLP 2020', 2020, url='https://aclanthology.org/2020.emnlp-main.264/', section=QA))
L.append(P(RZ, 54, 54, 'LEAF-QA: Locate, Encode & Attend for Figure Question Answering',
           ['Ritwick Chaudhry', 'Sumit Shekhar', 'Utkarsh Gupta', 'Pranav Maneriker', 'Prann Bansal', 'Ajay Joshi'], 'WACV 2020', 2020,
           url='https://openaccess.thecvf.com/content_WACV_2020/papers/Chaudhry_LEAF-QA_Locate_Encode__Attend_for_Figure_Question_Answering_WACV_2020_paper.pdf', section=QA))
L.append(P(RZ, 56, 57, 'PlotQA: Reasoning over Scientific Plots',
           ['Nitesh Methani', 'Pritha Ganguly', 'Mitesh M. Khapra', 'Pratyush Kumar'], 'WACV 2020', 2020,
           arxiv='1909.00997', code='https://github.com/NiteshMethani/PlotQA', section=QA))
L.append(P(RZ, 59, 59, 'Answering Questions about Data Visualizations using Efficient Bimodal Fusion',
           ['Kushal Kafle', 'Robik Shrestha', 'Scott Cohen', 'Brian Price', 'Christopher Kanan'], 'WACV 2020', 2020,
           url='https://openaccess.thecvf.com/content_WACV_2020/papers/Kafle_Answering_Questions_about_Data_Visualizations_using_Efficient_Bimodal_Fusion_WACV_2020_paper.pdf',
           code='https://github.com/kushalkafle/PReFIL', section=QA))
L.append(P(RZ, 64, 64, 'FigureQA: An Annotated Figure Dataset for Visual Reasoning',
           ['Samira Ebrahimi Kahou', 'Vincent Michalski', 'Adam Atkinson', 'Ákos Kádár', 'Adam Trischler', 'Yoshua Bengio'], 'ICLR 2018 Workshop', 2018,
           arxiv='1710.07300', section=QA))
L.append(P(RZ, 73, 73, 'ChartSumm: A Comprehensive Benchmark for Automatic Chart Summarization of Long and Short Summaries',
           ['Raian Rahman', 'Rizvi Hasan', 'Abdullah Al Farhad', 'Md Tahmid Rahman Laskar', 'Md Hamjajul Ashmafee', 'Abu Raihan Mostofa Kamal'], 'CANAI 2023', 2023,
           url='https://caiac.pubpub.org/pub/ujhjycsw/release/1', code='https://github.com/pranonrahman/ChartSumm', section=CAP))
FIGCAPS_AU = ['Ashish Singh', 'Prateek Agarwal', 'Zixuan Huang', 'Arpita Singh', 'Tong Yu', 'Sungchul Kim', 'Victor Bursztyn', 'Nikos Vlassis', 'Ryan A. Rossi']
L.append(P(RZ, 75, 76, 'FigCaps-HF: A Figure-to-Caption Generative Framework and Benchmark with Human Feedback', FIGCAPS_AU, 'arXiv 2023', 2023,
           arxiv='2307.10867', section=CAP))
L.append(P(RZ, 78, 78, 'LineCap: Line Charts for Data Visualization Captioning Models',
           ['Anita Mahinpei', 'Zona Kostic', 'Chris Tanner'], 'IEEE VIS 2022', 2022,
           url='https://ieeexplore.ieee.org/abstract/document/9973197', code='https://github.com/anita76/LineCapDataset', section=CAP))
L.append(P(RZ, 100, 101, 'FigCaps-HF: A Figure-to-Caption Generative Framework and Benchmark with Human Feedback', FIGCAPS_AU, 'arXiv 2023', 2023,
           arxiv='2307.10867', section=BES))

# ---------------- zengxingchen (bold title / authors / links, three lines) ----------------
CAPZ, QAD, QAB, REV, NL2V, MLLM = ('1. Chart Captioning', '2. Chart Question Answering / 2.0 Data, Model',
                                  '2. Chart Question Answering / 2.1 Benchmark', '3. Chart Reverse Engineering',
                                  '4. Natural Language to Visualization', '5. Generic Multimodal Large Language Model')
for ln in (3, 4, 7, 8, 12):
    L.append(N(ZX, ln, ln, None))
L.append(P(ZX, 29, 31, 'Chart-to-Text: A Large-Scale Benchmark for Chart Summarization',
           ['Shankar Kantharaj', 'Rixie Tiffany Leong', 'Xiang Lin', 'Ahmed Masry', 'Megh Thakkar', 'Enamul Hoque', 'Shafiq Joty'], 'ACL 2022', 2022,
           url='https://aclanthology.org/2022.acl-long.277.pdf', code='https://github.com/vis-nlp/Chart-to-text', section=CAPZ))
L.append(P(ZX, 38, 40, 'SynChart: Synthesizing Charts from Language Models',
           ['Mengchen Liu', 'Qixiu Li', 'Dongdong Chen', 'Dong Chen', 'Jianmin Bao', 'Yunsheng Li'], 'arXiv', None,
           arxiv='2409.16517', section=QAD))
L.append(P(ZX, 42, 44, 'ChartMoE: Mixture of Expert Connector for Advanced Chart Understanding',
           ['Zhengzhuo Xu', 'Bowen Qu', 'Yiyan Qi', 'Sinan Du', 'Chengjin Xu', 'Chun Yuan', 'Jian Guo'], 'arXiv 2024', 2024,
           arxiv='2409.03277', code=None, section=QAD))
L.append(P(ZX, 51, 53, 'Representing Charts as Text for Language Models: An In-Depth Study of Question Answering for Bar Charts',
           ['Victor Soares Bursztyn', 'Jane Hoffswell', 'Eunyee Koh', 'Shunan Guo'], 'VIS 2024 Short Paper', 2024,
           url='https://ieeevis.b-cdn.net/vis_2024/pdfs/v-short-1276.pdf', section=QAD))
L.append(P(ZX, 63, 65, 'MMC: Advancing Multimodal Chart Understanding with Large-scale Instruction Tuning',
           ['Fuxiao Liu', 'Xiaoyang Wang', 'Wenlin Yao', 'Jianshu Chen', 'Kaiqiang Song', 'Sangwoo Cho', 'Yaser Yacoob', 'Dong Yu'], 'NAACL 2024', 2024,
           url='https://aclanthology.org/2024.naacl-long.70.pdf', code='https://github.com/FuxiaoLiu/MMC', section=QAD))
L.append(P(ZX, 73, 75, 'UniChart: A Universal Vision-language Pretrained Model for Chart Comprehension and Reasoning',
           ['Ahmed Masry', 'Parsa Kavehzadeh', 'Xuan Long Do', 'Enamul Hoque', 'Shafiq Joty'], 'EMNLP 2023', 2023,
           url='https://aclanthology.org/2023.emnlp-main.906.pdf', code='https://github.com/vis-nlp/UniChart', section=QAD))
L.append(P(ZX, 77, 79, 'Deplot: One-shot visual language reasoning by plot-to-table translation',
           ['Fangyu Liu', 'Julian Martin Eisenschlos', 'Francesco Piccinno', 'Syrine Krichene', 'Chenxi Pang', 'Kenton Lee', 'Mandar Joshi',
            'Wenhu Chen', 'Nigel Collier', 'Yasemin Altun'], 'ACL 2023 Findings', 2023,
           url='https://aclanthology.org/2023.findings-acl.660.pdf', code='https://github.com/google-research/google-research/tree/master/deplot', section=QAD))
L.append(P(ZX, 86, 88, 'CharXiv: Charting Gaps in Realistic Chart Understanding in Multimodal LLMs',
           ['Zirui Wang', 'Mengzhou Xia', 'Luxi He', 'Howard Chen', 'Yitao Liu', 'Richard Zhu', 'Kaiqu Liang', 'Xindi Wu', 'Haotian Liu',
            'Sadhika Malladi', 'Alexis Chevalier', 'Sanjeev Arora', 'Danqi Chen'], 'NeurIPS 2024 Benchmark', 2024,
           arxiv='2406.18521', section=QAB))
L.append(P(ZX, 90, 92, 'Chartx & chartvlm: A versatile benchmark and foundation model for complicated chart reasoning',
           ['Renqiu Xia', 'Bo Zhang', 'Hancheng Ye', 'Xiangchao Yan', 'Qi Liu', 'Hongbin Zhou', 'Zijun Chen', 'Min Dou', 'Botian Shi',
            'Junchi Yan', 'Yu Qiao'], 'arXiv 2024', 2024, arxiv='2402.12185', section=QAB))
L.append(P(ZX, 112, 114, 'Deep colormap extraction from visualizations',
           ['Lin-Ping Yuan', 'Wei Zeng', 'Siwei Fu', 'Zhiliang Zeng', 'Haotian Li', 'Chi-Wing Fu', 'Huamin Qu'], 'TVCG 2022', 2022,
           url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9395231', section=REV))
L.append(P(ZX, 116, 118, 'Reverse‐engineering visualizations: Recovering visual encodings from chart images',
           ['Jorge Poco', 'Jeffrey Heer'], 'EuroVis 2017', 2017,
           url='https://onlinelibrary.wiley.com/doi/pdf/10.1111/cgf.13193', section=REV))
L.append(P(ZX, 126, 128, 'LLM4Vis: Explainable Visualization Recommendation using ChatGPT',
           ['Lei Wang', 'Songheng Zhang', 'Yun Wang', 'Ee-Peng Lim', 'Yong Wang'], 'EMNLP 2023 Industry', 2023,
           url='https://aclanthology.org/2023.emnlp-industry.64.pdf', code='https://github.com/demoleiwang/LLM4Vis', section=NL2V))
L.append(P(ZX, 132, 134, 'Natural Language to Visualization by Neural Machine Translation',
           ['Yuyu Luo', 'Nan Tang', 'Guoliang Li', 'Jiawei Tang', 'Chengliang Chai', 'Xuedi Qin'], 'VIS 2021', 2021,
           url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9617561', code='https://github.com/HKUSTDial/ncNet', section=NL2V))
L.append(P(ZX, 144, 146, 'EAGLE: Exploring The Design Space for Multimodal LLMs with Mixture of Encoders',
           ['Min Shi', 'Fuxiao Liu', 'Shihao Wang', 'Shijia Liao', 'Subhashree Radhakrishnan', 'De-An Huang', 'Hongxu Yin', 'Karan Sapra',
            'Yaser Yacoob', 'Humphrey Shi', 'Bryan Catanzaro', 'Andrew Tao', 'Jan Kautz', 'Zhiding Yu', 'Guilin Liu'], 'arXiv 2024', 2024,
           arxiv='2408.15998', code='https://github.com/NVlabs/EAGLE', section=MLLM))
L.append(P(ZX, 148, 150, 'Cambrian-1: A Fully Open, Vision-Centric Exploration of Multimodal LLMs',
           ['Shengbang Tong', 'Ellis Brown', 'Penghao Wu', 'Sanghyun Woo', 'Manoj Middepogu', 'Sai Charitha Akula', 'Jihan Yang',
            'Shusheng Yang', 'Adithya Iyer', 'Xichen Pan', 'Austin Wang', 'Rob Fergus', 'Yann LeCun', 'Saining Xie'], 'arXiv 2024', 2024,
           arxiv='2408.15998', code='https://github.com/cambrian-mllm/cambrian', section=MLLM))

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in L:
        lines = cache.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
        d['raw'] = '\n'.join(lines[d['line'] - 1:d['end']])
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L), 'labels')
