#!/usr/bin/env python3
"""Hand labels for the 50 sampled entries (sample.jsonl). Every field below was read by eye from
the README; the script only copies each entry's exact source lines (start line, number of lines
decided by hand) into `raw` and writes labels.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B = 'BaichengDanny__awesome-ai-for-cybersecurity-papers.README.md'
W = 'WindXaa__Android-security-paper.README.md'
E = 'eastmountyxz__AI-Security-Paper.README.md'

def P(lst, line, n, title, venue=None, year=None, authors=(), arxiv=None, url=None, code=None,
      summary=None, section=None, doi=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv, doi=doi,
                url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)

def N(lst, line, n, section):
    return dict(list=lst, line=line, n=n, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)

BS = 'Benchmark Papers'
L = [
    N(B, 18, 1, 'Contents'), N(B, 21, 1, 'Contents'), N(B, 22, 1, 'Contents'),
    N(B, 25, 1, 'Contents'), N(B, 26, 1, 'Contents'), N(B, 28, 1, 'Contents'),
    N(B, 29, 1, 'Contents'), N(B, 33, 1, 'Contents'), N(B, 34, 1, 'Contents'),
    N(B, 47, 1, 'Start Here'),
    N(B, 65, 5, 'Frontier Lab Reports and Briefings'),
    N(B, 101, 5, 'Frontier Lab Reports and Briefings'),
    N(B, 138, 1, 'Research Map'), N(B, 143, 1, 'Research Map'),
    P(B, 177, 5, 'AICrypto: Evaluating Cryptography Capabilities of Large Language Models',
      'ICML 2026', 2026, ['Yu Wang'], arxiv='2507.09580',
      url='https://icml.cc/virtual/2026/poster/63082',
      code='https://github.com/wangyu-ovo/aicrypto-agent',
      summary='Evaluates cryptographic knowledge, practical vulnerability exploitation, and proof reasoning with 135 multiple-choice questions, 150 CTF challenges, and 30 proof problems reviewed or constructed by cryptography experts.',
      section=BS),
    P(B, 183, 5, 'AutoBaxBuilder: Bootstrapping Code Security Benchmarking',
      'ICML 2026', 2026, ['Tobias von Arx'],
      url='https://icml.cc/virtual/2026/poster/64856',
      summary='Automates the construction of code-security tasks with functional tests and executable exploits while reducing dependence on reusable, contamination-prone benchmark instances.',
      section=BS),
    P(B, 201, 5, 'CTIConnect: A Benchmark for Retrieval-Augmented LLMs over Heterogeneous Cyber Threat Intelligence',
      'ACM SIGKDD 2026', 2026, ['Yutong Cheng'], arxiv='2510.11974',
      code='https://github.com/peng-gao-lab/CTIConnect',
      summary='Evaluates retrieval and reasoning across 1,859 expert-verified questions, nine tasks, and five heterogeneous cyber-threat-intelligence sources.',
      section=BS),
    P(B, 213, 5, "CyberGym-E2E: Scalable Real-World Benchmark for AI Agents' End-to-End Cybersecurity Capabilities",
      'ICML 2026', 2026, ['Tianneng Shi'],
      url='https://icml.cc/virtual/2026/poster/62134',
      summary='Evaluates discovery, proof-of-concept generation, and patching across 920 vulnerabilities from 139 real open-source projects.',
      section=BS),
    P(B, 267, 5, 'Towards Effective Offensive Security LLM Agents: Hyperparameter Tuning, LLM as a Judge, and a Lightweight CTF Benchmark',
      'AAAI 2026', 2026, ['Minghao Shao'], arxiv='2508.05674',
      url='https://ojs.aaai.org/index.php/AAAI/article/view/40210',
      code='https://github.com/NYU-LLM-CTF/CTFTiny',
      summary='Introduces CTFTiny, CTFJudge, and the CTF Competency Index for low-cost, fine-grained evaluation of offensive-security agents across fifty CTF challenges.',
      section=BS),
    P(B, 285, 5, 'Benchmarking LLMs and LLM-Based Agents in Practical Vulnerability Detection for Code Repositories',
      'ACL 2025', 2025, ['Alperen Yildiz'],
      url='https://aclanthology.org/2025.acl-long.1490/',
      summary='Measures practical repository-level vulnerability detection beyond isolated-function classification.',
      section=BS),
]
W1 = '研究领域 / 1.Android恶意应用检测'
L += [
    P(W, 8, 1, '安卓恶意软件检测方法综述', '中国科学（信息科学） 2020', 2020, section=W1),
    P(W, 12, 1, 'Checking app behavior against app descriptions', 'ICSE 2014', 2014, section=W1),
    P(W, 16, 1, 'Attention-CNN在恶意代码检测中的应用研究', '计算机科学与探索 2020', 2020, section=W1),
    P(W, 20, 1, 'InterDroid：面向概念漂移的可解释性Android恶意软件检测方法', '计算机研究与发展 2021', 2021, section=W1),
    P(W, 24, 1, '代码向量深度学习的恶意 Android 应用检测方法', '计算机应用研究 2021', 2021, section=W1),
    P(W, 28, 1, '基于 API 和 Permission 的 Android 恶意软件静态检测方法研究', '计算机应用与软件 2020', 2020, section=W1),
    P(W, 32, 1, '基于 API 配对的 Android 恶意应用检测', '西北工业大学学报 2020', 2020, section=W1),
    P(W, 38, 1, 'identity Confusion in WebView-based Mobile App-in-app Ecosystems', 'USENIX 2022', 2022,
      section='研究领域 / 2.Android漏洞挖掘研究'),
    P(W, 46, 1, 'Things You May Not Know About Android (Un)Packers: A Systematic Study based on Whole-System Emulation',
      'NDSS 2018', 2018, section='研究领域 / 4.Android脱壳技术研究'),
    P(W, 50, 1, 'Happer: Unpacking Android Apps via a Hardware-Assisted Approach', 'S&P 2021', 2021,
      section='研究领域 / 4.Android脱壳技术研究'),
]
S = '一.Classified by subject'
ADV = S + ' / AI 对抗样本'
NLP = S + ' / NLP经典论文'
REPO = S + ' / Interesting repositories'
L += [
    N(E, 4, 1, None),
    P(E, 20, 3, 'HOLMES: Real-Time APT Detection through Correlation of Suspicious Information Flows',
      'S&P 2019', 2019, ['Sadegh Momeni Milajerdi', 'Rigel Gjomemo', 'Birhanu Eshete'],
      arxiv='1810.01594', summary='协同信息溯源、日志、TTPs', section=S + ' / APT'),
    P(E, 54, 2, 'DeepBinDiff: Learning Program-Wide Code Representations for Binary Diffing',
      'NDSS 2020', 2020, ['Yue Duan', 'Xuezixiang Li', 'Jinghan Wang', 'Heng Yin'],
      url='https://www.ndss-symposium.org/wp-content/uploads/2020/02/24311-paper.pdf',
      summary='深度学习二进制相似比对', section=S + ' / GNN\\DNN\\CNN\\RNN + Security'),
    P(E, 75, 2, 'Measuring and Modeling the Label Dynamics of Online Anti-Malware Engines',
      'Usenix 2020', 2020, ['Shuofei Zhu', 'Jianjun Shi', 'Limin Yang'],
      url='https://www.usenix.org/system/files/sec20fall_zhu_prepub.pdf',
      summary='VirusTotal分类优化', section=S + ' / Malware Analysis'),
    N(E, 91, 1, REPO), N(E, 95, 1, REPO), N(E, 97, 1, REPO), N(E, 98, 1, REPO),
    P(E, 122, 1, 'Robust Machine Comprehension Models via Adversarial Training', 'NAACL-HLT 2018', 2018,
      ['Yicheng Wang', 'Mohit Bansal'], section=ADV + ' / (2) 黑盒攻击'),
    N(E, 135, 1, ADV),
    P(E, 141, 2, 'Combating Adversarial Misspellings with Robust Word Recognition', 'ACL 2019', 2019,
      ['Danish Pruthi', 'Bhuwan Dhingra', 'Zachary C. Lipton'], section=ADV + ' / (5) 对抗防御'),
    P(E, 191, 1, 'Sequence to Sequence Learning with Neural Networks', section=NLP + ' / NLP精读论文目录'),
    P(E, 196, 1, 'End-to-End Memory Networks', section=NLP + ' / NLP精读论文目录'),
    P(E, 198, 1, 'Bi-Directional Attention Flow for Machine Comprehension', section=NLP + ' / NLP精读论文目录'),
    P(E, 202, 1, 'Exploring the limits of language model', section=NLP + ' / NLP精读论文目录'),
    P(E, 203, 1, 'Transformer-XL:Attentive Language Models Beyond a Fixed-Length Context', section=NLP + ' / NLP精读论文目录'),
    P(E, 212, 1, 'Convolutional Neural Networks for Sentence Classification', section=NLP + ' / NLP Baseline'),
    P(E, 214, 1, 'Bag of Tricks for Efficient Text Classification', section=NLP + ' / NLP Baseline'),
    P(E, 216, 1, 'Neural Machine Translation by Jointly Learning to Align and Translate', section=NLP + ' / NLP Baseline'),
    P(E, 218, 1, 'SGM: Sequence Generation Model for Multi-Label Classification', section=NLP + ' / NLP Baseline'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for d in L:
        if d['list'] not in cache:
            cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
        lines = cache[d['list']]
        d['raw'] = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + d['n']])
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L), 'labels')
