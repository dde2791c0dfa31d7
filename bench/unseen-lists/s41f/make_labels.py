"""Build labels.jsonl from hand-written labels; raw is cut from the saved READMEs
by (start, end) line numbers so that it is byte-exact."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
TM = 'tmylla__Awesome-LLM4Cybersecurity.README.md'
ADV = 'malware-defense__adversarial_detection_papers.README.md'
XAI = 'SamuelSchwertfeger__xai-intrusion-detection-papers.README.md'
JV = 'jivoi__awesome-ml-for-cybersecurity.README.md'


def P(lst, start, end, title, arxiv=None, doi=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None, section=None):
    return dict(list=lst, start=start, end=end, is_paper=True, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, start, end, section):
    return dict(list=lst, start=start, end=end, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


def names(s):
    return [x.strip() for x in s.replace(', and ', ', ').split(',') if x.strip()]


S_TI = 'Overview / Threat Intelligence'
S_CA = 'Overview / Code Analysis & Vulnerability Discovery'
S_NS = 'Overview / Network Security'
S_RE = 'Overview / RE'
S_AD = 'Overview / Anomaly Detection'
S_AT = 'Overview / llm Attack （poisoning/backdoor...）'
S_IR = 'Overview / Information Retriva'

L = [
 # ---- tmylla: numbered bold title, italic authors, [[<u>paper</u>]](link) YYYY.MM, tl;dr on next line
 P(TM, 13, 14, 'LOCALINTEL: Generating Organizational Threat Intelligence from Global and Local Cyber Knowledge',
   arxiv='2401.10036', year=2024, authors=names('Shaswata Mitra, Subash Neupane, Trisha Chakraborty, Sudip Mittal, Aritran Piplai, Manas Gaur, and Shahram Rahimi'),
   summary='用llm从网络知识中生成威胁情报', section=S_TI),
 P(TM, 97, 98, 'Large Language Models are Zero-Shot Fuzzers: Fuzzing Deep-Learning Libraries via Large Language Models',
   url='https://dl.acm.org/doi/abs/10.1145/3597926.3598067', year=2023,
   authors=names('Yinlin Deng, Chunqiu Steven Xia, Haoran Peng, Chenyuan Yang, Lingming Zhang'),
   summary='用llm检测深度学习库（pytorch，tensorflow）的安全漏洞', section=S_CA),
 P(TM, 108, 109, 'Prompt-Enhanced Software Vulnerability Detection Using ChatGPT', arxiv='2308.12697', year=2023,
   authors=names('Chenyuan Zhang, Hao Liu, Jiutian Zeng, Kejing Yang, Yuhong Li, Hui Li'),
   summary='检测代码漏洞', section=S_CA),
 P(TM, 114, 115, 'LLbezpeky: Leveraging Large Language Models for Vulnerability Detection', arxiv='2401.01269', year=2024,
   authors=names('Noble Saji Mathews, Yelizaveta Brus, Yousra Aafer, Mei Nagappan, Shane McIntosh'),
   summary='检测代码漏洞（Android）', section=S_CA),
 P(TM, 170, 171, 'Understanding the Effectiveness of Large Language Models in Detecting Security Vulnerabilities', arxiv='2311.16169', year=2023,
   authors=names('Avishree Khare, Saikat Dutta, Ziyang Li, Alaia Solko-Breslin, Rajeev Alur, Mayur Naik'),
   summary='评估llm检测漏洞的效果/能力', section=S_CA),
 P(TM, 233, 234, 'GPTScan: Detecting Logic Vulnerabilities in Smart Contracts by Combining GPT with Program Analysis', arxiv='2308.03314', year=2023,
   authors=names('Yuqiang Sun, Daoyuan Wu, Yue Xue, Han Liu, Haijun Wang, Zhengzi Xu, Xiaofei Xie, Yang Liu'),
   summary='分析代码漏洞', section=S_CA),
 P(TM, 253, 254, 'Augmenting Greybox Fuzzing with Generative AI', arxiv='2306.06782', year=2023,
   authors=['Jie Hu', 'Qian Zhang', 'Heng Yin'], summary='llm用于生成fuzz的测试用例', section=S_CA),
 P(TM, 261, 262, 'SecureFalcon: The Next Cyber Reasoning System for Cyber Security', arxiv='2307.06616', year=2023,
   authors=names('Mohamed Amine Ferrag, Ammar Battah, Norbert Tihanyi, Merouane Debbah, Thierry Lestable, Lucas C. Cordeiro'),
   summary='分析C代码的漏洞', section=S_CA),
 P(TM, 273, 274, 'PentestGPT: An LLM-empowered Automatic Penetration Testing Tool', arxiv='2308.06782', year=2023,
   authors=names('Gelei Deng, Yi Liu, Víctor Mayoral-Vilches, Peng Liu, Yuekang Li, Yuan Xu, Tianwei Zhang, Yang Liu, Martin Pinzger, Stefan Rass'),
   summary='用llm辅助渗透测试', section=S_CA),
 P(TM, 311, 312, 'An Improved Transformer-based Model for Detecting Phishing, Spam, and Ham: A Large Language Model Approach', arxiv='2311.04913', year=2023,
   authors=['Suhaima Jamal', 'Hayden Wimmer'], summary='用llm检测垃圾邮件和钓鱼邮件', section=S_NS),
 P(TM, 328, 329, 'Revolutionizing Cyber Threat Detection with Large Language Models', arxiv='2306.14263', year=2023,
   authors=names('Mohamed Amine Ferrag, Mthandazo Ndhlovu, Norbert Tihanyi, Lucas C. Cordeiro, Merouane Debbah, Thierry Lestable'),
   summary='识别流量中的安全威胁', section=S_NS),
 P(TM, 363, 364, 'Pop Quiz! Can a Large Language Model Help With Reverse Engineering?', arxiv='2202.01142', year=2022,
   authors=names('Hammond Pearce, Benjamin Tan, Prashanth Krishnamurthy, Farshad Khorrami, Ramesh Karri, Brendan Dolan-Gavitt'),
   summary='llm辅助逆向', section=S_RE),
 P(TM, 375, 376, 'HuntGPT: Integrating Machine Learning-Based Anomaly Detection and Explainable AI with Large Language Models (LLMs)', arxiv='2309.16021', year=2023,
   authors=['Tarek Ali', 'Panos Kostakos'], summary='llm结合异常检测，增强可解释性', section=S_AD),
 P(TM, 404, 405, 'Universal Vulnerabilities in Large Language Models: In-context Learning Backdoor Attacks', arxiv='2401.05949', year=2024,
   authors=names('Shuai Zhao, Meihuizi Jia, Luu Anh Tuan, Jinming Wen'),
   summary='针对In-context的llm，在上下文中投毒操控llm行为，不需要fine-tuning', section=S_AT),
 P(TM, 450, 451, 'Open Sesame! Universal Black Box Jailbreaking of Large Language Models', arxiv='2309.01446', year=2023,
   authors=['Raz Lapid', 'Ron Langberg', 'Moshe Sipper'], summary='用遗传算法生成越狱用的提示词', section=S_AT),
 P(TM, 458, 459, 'Self-Deception: Reverse Penetrating the Semantic Firewall of Large Language Models', arxiv='2308.11521', year=2023,
   authors=names('Zhenhua Wang, Wei Xie, Kai Chen, Baosheng Wang, Zhiwen Gui, Enze Wang'),
   summary='让llm自我欺骗，能够生成能够越狱的提示词', section=S_AT),
 P(TM, 466, 467, 'MasterKey: Automated Jailbreak Across Multiple Large Language Model Chatbots', arxiv='2307.08715', year=2023,
   authors=names('Gelei Deng, Yi Liu, Yuekang Li, Kailong Wang, Ying Zhang, Zefeng Li, Haoyu Wang, Tianwei Zhang, Yang Liu'),
   summary='一种自动生成越狱提示符的方法', section=S_AT),
 P(TM, 482, 483, 'Universal and Transferable Adversarial Attacks on Aligned Language Models', arxiv='2307.15043', year=2023,
   authors=names('Andy Zou, Zifan Wang, Nicholas Carlini, Milad Nasr, J. Zico Kolter, Matt Fredrikson'),
   summary='基于梯度的越狱提示词生成', section=S_AT),
 P(TM, 493, 494, 'FLIRT: Feedback Loop In-context Red Teaming', arxiv='2308.04265', year=2023,
   authors=names('Ninareh Mehrabi, Palash Goyal, Christophe Dupuy, Qian Hu, Shalini Ghosh, Richard Zemel, Kai-Wei Chang, Aram Galstyan, Rahul Gupta'),
   summary='通过给定提示词，让llm越狱', section=S_AT),
 P(TM, 525, 526, 'On the Uses of Large Language Models to Interpret Ambiguous Cyberattack Descriptions', arxiv='2306.14062', year=2023,
   authors=['Reza Fayyazi', 'Shanchieh Jay Yang'], summary='用llm微调，能够描述网络攻击', section=S_IR),

 # ---- malware-defense: title line, [[Venue, CCF rank](link)] on the next line, year headings
 P(ADV, 10, 10, 'From Grim Reality to Practical Solution: Malware Classification in Real-World Noise', venue='SP 2023', year=2023, section='2023-2024 四大'),
 P(ADV, 17, 17, 'On the Feasibility of Malware Unpacking via Hardware-assisted Loop Profiling', venue='USENIX Security', section='2023-2024 四大'),
 P(ADV, 23, 23, 'Efficient Query-Based Attack against ML-Based Android Malware Detection under Zero Knowledge Setting', venue='CCS 2023', year=2023, section='2023-2024 四大'),
 P(ADV, 24, 24, 'Decoding the Secrets of Machine Learning in Malware Classification: A Deep Dive into Datasets, Feature Extraction, and Model Performance', venue='CCS', section='2023-2024 四大'),
 P(ADV, 28, 28, 'SpecPatch: Human-In-The-Loop Adversarial Audio Spectrogram Patch Attack on Speech Recognition', venue='CCS', section='2023-2024 四大'),
 N(ADV, 31, 31, '2023-2024 四大'),
 P(ADV, 39, 40, 'A Survey of Adversarial Attack and Defense Methods for Malware Classification in Cyber Security',
   url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10034820', venue='IEEE Communications Surveys & Tutorials 2022', year=2022, section='综述'),
 P(ADV, 42, 43, '图像对抗样本检测综述', url='https://jos.org.cn/html/2024/1/6834.htm', venue='软件学报', section='综述'),
 P(ADV, 63, 64, 'EMShepherd: Detecting Adversarial Samples via Side-channel Leakage', year=2023, section='2023'),
 P(ADV, 73, 74, 'ViDetecting adversarial examples is (nearly) as hard as classifying them',
   url='https://proceedings.mlr.press/v162/tramer22a/tramer22a.pdf', venue='ICML 2022', year=2022, section='2022'),
 P(ADV, 84, 85, 'Attack as Detection: Using Adversarial Attack Methods to Detect Abnormal Examples',
   url='https://dl.acm.org/doi/pdf/10.1145/3631977', venue='TOSMA 2023', year=2023, section='2021'),
 P(ADV, 114, 115, 'Detection of face recognition adversarial attacks', arxiv='1912.02918', venue='CVIU 2021', year=2021, section='2021'),
 P(ADV, 119, 120, 'Soteria: Detecting adversarial examples in control flow graph-based malware classifiers',
   url='https://www.vicarious.com/wp-content/uploads/2018/01/AAAI18-pixelworld.pdf', venue='ICDCS 2020', year=2020,
   code='https://github.com/vicariousinc/pixelworld', section='2020'),
 P(ADV, 125, 126, 'Connecting the dots: Detecting adversarial perturbations using context inconsistency', venue='ECCV 2020', year=2020, section='2020'),
 P(ADV, 128, 129, 'Detection of adversarial attacks and characterization of adversarial subspace', venue='ICASSP 2020', year=2020, section='2020'),
 P(ADV, 133, 134, 'Nic: Detecting adversarial samples with neural network invariant checking', venue='NDSS 2019', year=2019, section='2019'),
 P(ADV, 142, 143, 'Detection based defense against adversarial examples from the steganalysis point of view', venue='CVPR 2019', year=2019, section='2019'),
 P(ADV, 157, 158, 'A simple unified framework for detecting out-of-distribution samples and adversarial attacks', venue='NeurIPS 2018', year=2018, section='2018'),
 P(ADV, 163, 164, 'Detecting adversarial samples for deep neural networks through mutation testing', year=2018, section='2018'),
 P(ADV, 169, 170, 'Adversarial examples detection in features distance spaces', venue='ICCV 2018', year=2018, section='2018'),

 # ---- XAI list: **Title**. Authors. *Venue*, Year. [DOI|arXiv|URL](link) — summary
 N(XAI, 11, 11, 'Contents'),
 N(XAI, 12, 12, 'Contents'),
 P(XAI, 16, 16, '"Why Should I Trust You?": Explaining the Predictions of Any Classifier', doi='10.1145/2939672.2939778',
   url='https://doi.org/10.1145/2939672.2939778', venue='KDD 2016', year=2016, authors=['Ribeiro'],
   summary='Introduces LIME, which explains individual predictions of any classifier by fitting a local interpretable surrogate model.',
   section='Foundations of XAI'),
 P(XAI, 18, 18, 'Axiomatic Attribution for Deep Networks', arxiv='1703.01365', venue='ICML 2017', year=2017, authors=['Sundararajan'],
   summary='Proposes Integrated Gradients, an attribution method for deep networks defined by the axioms of sensitivity and implementation invariance.',
   section='Foundations of XAI'),
 P(XAI, 19, 19, 'Anchors: High-Precision Model-Agnostic Explanations', doi='10.1609/aaai.v32i1.11491',
   url='https://doi.org/10.1609/aaai.v32i1.11491', venue='AAAI 2018', year=2018, authors=['Ribeiro'],
   summary='Proposes anchors, if-then rules that locally and sufficiently explain a model prediction with high precision and stated coverage.',
   section='Foundations of XAI'),
 P(XAI, 20, 20, 'Explainable Artificial Intelligence (XAI): Concepts, taxonomies, opportunities and challenges toward responsible AI',
   doi='10.1016/j.inffus.2019.12.012', url='https://doi.org/10.1016/j.inffus.2019.12.012', venue='Information Fusion 2020', year=2020,
   authors=['Barredo Arrieta'],
   summary='Surveys XAI concepts and a taxonomy of explainability methods for machine learning models, with open challenges.',
   section='Foundations of XAI'),
 P(XAI, 23, 23, 'Explainable Intrusion Detection Systems (X-IDS): A Survey of Current Methods, Challenges, and Opportunities',
   doi='10.1109/ACCESS.2022.3216617', url='https://doi.org/10.1109/ACCESS.2022.3216617', venue='IEEE Access 2022', year=2022,
   authors=['Neupane'], summary='Reviews explainability methods used in intrusion detection systems and discusses open challenges.',
   section='Surveys of XAI for Cybersecurity and Intrusion Detection'),
 P(XAI, 24, 24, 'Explainable Artificial Intelligence in CyberSecurity: A Survey', doi='10.1109/ACCESS.2022.3204171',
   url='https://doi.org/10.1109/ACCESS.2022.3204171', venue='IEEE Access 2022', year=2022, authors=['Capuano'],
   summary='Surveys XAI applications across cybersecurity tasks, organized by application domain and explanation approach.',
   section='Surveys of XAI for Cybersecurity and Intrusion Detection'),
 P(XAI, 25, 25, 'Explainable artificial intelligence for cybersecurity: a literature survey', doi='10.1007/s12243-022-00926-7',
   url='https://doi.org/10.1007/s12243-022-00926-7', venue='Annals of Telecommunications 2022', year=2022, authors=['Charmet'],
   summary='Reviews the literature on XAI for cybersecurity, covering both defensive uses and attacks on explanations.',
   section='Surveys of XAI for Cybersecurity and Intrusion Detection'),
 P(XAI, 27, 27, 'A Survey on Explainable Artificial Intelligence for Cybersecurity', doi='10.1109/TNSM.2023.3282740',
   url='https://doi.org/10.1109/TNSM.2023.3282740', venue='IEEE TNSM 2023', year=2023, authors=['Rjoub'],
   summary='Surveys XAI techniques applied to cybersecurity problems and their use in network and service management.',
   section='Surveys of XAI for Cybersecurity and Intrusion Detection'),
 P(XAI, 28, 28, 'Explainable Intrusion Detection for Cyber Defences in the Internet of Things: Opportunities and Solutions',
   doi='10.1109/COMST.2023.3280465', url='https://doi.org/10.1109/COMST.2023.3280465', venue='IEEE COMST 2023', year=2023,
   authors=['Moustafa'], summary='Surveys explainable intrusion detection for IoT and discusses open challenges and solutions.',
   section='Surveys of XAI for Cybersecurity and Intrusion Detection'),
 P(XAI, 36, 36, '"Why Should I Trust Your IDS?": An Explainable Deep Learning Framework for Intrusion Detection Systems in Internet of Things Networks',
   doi='10.1109/OJCOMS.2022.3188750', url='https://doi.org/10.1109/OJCOMS.2022.3188750', venue='IEEE OJ-COMS 2022', year=2022,
   authors=['Houda'], summary='Proposes a deep-learning IDS for IoT networks combined with post-hoc explanation of its decisions.',
   section='XAI Methods Applied to Network Intrusion Detection'),
 P(XAI, 37, 37, 'Explainable AI for Intrusion Detection Systems: LIME and SHAP Applicability on Multi-Layer Perceptron',
   doi='10.1109/ACCESS.2024.3368377', url='https://doi.org/10.1109/ACCESS.2024.3368377', venue='IEEE Access 2024', year=2024,
   authors=['Gaspar'], summary='Applies LIME and SHAP to a multi-layer perceptron intrusion detector and compares the resulting explanations.',
   section='XAI Methods Applied to Network Intrusion Detection'),
 P(XAI, 40, 40, 'Sanity Checks for Saliency Maps', arxiv='1810.03292', venue='NeurIPS 2018', year=2018, authors=['Adebayo'],
   summary='Proposes randomization tests showing that some saliency methods are insensitive to model parameters and training data.',
   section='Evaluating Explanations in Security'),
 P(XAI, 42, 42, 'Can We Trust Your Explanations? Sanity Checks for Interpreters in Android Malware Analysis', doi='10.1109/TIFS.2020.3021924',
   url='https://doi.org/10.1109/TIFS.2020.3021924', venue='IEEE TIFS 2021', year=2021, authors=['Fan'],
   summary='Applies sanity checks and robustness tests to interpretation methods for Android malware detectors.',
   section='Evaluating Explanations in Security'),
 P(XAI, 43, 43, "Dos and Don'ts of Machine Learning in Computer Security",
   url='https://www.usenix.org/conference/usenixsecurity22/presentation/arp', venue='USENIX Security 2022', year=2022, authors=['Arp'],
   summary='Identifies common pitfalls in ML-based security research, assesses their prevalence in the literature, and gives recommendations.',
   section='Evaluating Explanations in Security'),
 P(XAI, 44, 44, 'AI/ML for Network Security: The Emperor has no Clothes', doi='10.1145/3548606.3560609',
   url='https://doi.org/10.1145/3548606.3560609', venue='ACM CCS 2022', year=2022, authors=['Jacobs'],
   summary='Examines ML models for network security with explainability methods and finds that high reported accuracy can rest on unintended shortcuts.',
   section='Evaluating Explanations in Security'),
 P(XAI, 47, 47, 'Outside the Closed World: On Using Machine Learning for Network Intrusion Detection', doi='10.1109/SP.2010.25',
   url='https://doi.org/10.1109/SP.2010.25', venue='IEEE S&P 2010', year=2010, authors=['Sommer', 'Paxson'],
   summary='Explains why ML for network intrusion detection is difficult to deploy and gives guidelines for evaluation.',
   section='Benchmark Datasets and Critiques for NIDS'),
 P(XAI, 48, 48, 'UNSW-NB15: A Comprehensive Data Set for Network Intrusion Detection Systems', doi='10.1109/MilCIS.2015.7348942',
   url='https://doi.org/10.1109/MilCIS.2015.7348942', venue='MilCIS 2015', year=2015, authors=['Moustafa', 'Slay'],
   summary='Presents the UNSW-NB15 dataset of mixed normal and synthetic attack traffic.',
   section='Benchmark Datasets and Critiques for NIDS'),
 P(XAI, 50, 50, 'Troubleshooting an Intrusion Detection Dataset: the CICIDS2017 Case Study', doi='10.1109/SPW53761.2021.00009',
   url='https://doi.org/10.1109/SPW53761.2021.00009', venue='IEEE SPW 2021', year=2021, authors=['Engelen'],
   summary='Documents labelling and traffic-generation problems in CIC-IDS2017 and provides a corrected version.',
   section='Benchmark Datasets and Critiques for NIDS'),

 # ---- jivoi: plain [Title](link) bullets; sections of datasets, papers, books, talks, tutorials
 N(JV, 12, 12, 'Table of Contents'),
 N(JV, 39, 39, 'Datasets'),
 N(JV, 42, 42, 'Datasets'),
 P(JV, 47, 47, 'Outside the Closed World: On Using Machine Learning for Network Intrusion Detection',
   url='http://ieeexplore.ieee.org/document/5504793/?reload=true', section='Papers'),
 P(JV, 63, 63, 'Выбор технологий Data Mining для систем обнаружения вторжений в корпоративную сеть',
   url='http://engjournal.ru/articles/987/987.pdf', section='Papers'),
 P(JV, 79, 79, 'Machine Learning DDoS Detection for Consumer Internet of Things Devices', arxiv='1804.04159', section='Papers'),
 N(JV, 91, 91, 'Books'),
 N(JV, 93, 93, 'Books'),
 N(JV, 99, 99, 'Talks'),
 N(JV, 108, 108, 'Talks'),
 N(JV, 113, 113, 'Talks'),
 N(JV, 119, 119, 'Talks'),
 N(JV, 121, 121, 'Talks'),
 N(JV, 128, 128, 'Talks'),
 N(JV, 143, 143, 'Tutorials'),
 N(JV, 145, 145, 'Tutorials'),
 N(JV, 147, 147, 'Tutorials'),
 N(JV, 151, 151, 'Tutorials'),
 N(JV, 154, 154, 'Tutorials'),
 N(JV, 168, 168, 'Miscellaneous'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    cache = {}
    sample = set()
    for row in open(os.path.join(HERE, 'sample.tsv'), encoding='utf-8'):
        name, line, _ = row.split('\t', 2)
        sample.add((name, int(line)))
    out = []
    for e in L:
        lines = cache.setdefault(e['list'], open(os.path.join(HERE, e['list']), encoding='utf-8').read().split('\n'))
        raw = '\n'.join(lines[e['start'] - 1:e['end']])
        d = dict(e, line=e['start'], raw=raw)
        out.append({k: d[k] for k in KEYS})
    got = {(d['list'], d['line']) for d in out}
    assert got == sample, (sample - got, got - sample)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(d['is_paper'] for d in out), 'papers')


if __name__ == '__main__':
    main()
