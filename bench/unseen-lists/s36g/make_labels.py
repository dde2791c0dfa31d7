"""Write labels.jsonl from hand-made labels below; raw is cut from the README files
(start..end lines, 1-based, inclusive). Paths are relative to this file."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAM = 'AI4Wireless__LAM4PHY_6G.README.md'
ML4 = 'ML4Comm-Netw__Paper-with-Code-of-Wireless-communication-Based-on-DL.README.md'
WIFI = 'Marsrocky__Awesome-WiFi-CSI-Sensing.README.md'
SPL = 'zlijingtao__Awesome-Split-Learning.README.md'


def P(lst, start, end, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None, doi=None):
    return dict(list=lst, start=start, end=end, is_paper=True, title=title, arxiv_id=arxiv, doi=doi,
                url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary,
                section=section)


def N(lst, start, section, end=None):
    return dict(list=lst, start=start, end=end or start, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


TOC_LAM = 'Table of Contents (Update date: Jan. 5, 2026)'
PRE = 'Pre-trained LAMs'
NAT = 'Native LAMs'
LABELS = [
    # ---- AI4Wireless / LAM4PHY_6G: bold [ShortName](link) (Mon YYYY): summary, then Paper Title / Paper Authors lines
    N(LAM, 13, TOC_LAM),
    N(LAM, 14, TOC_LAM),
    P(LAM, 26, 26, 'From Large AI Models to Agentic AI: A Tutorial on Future Intelligent Communications',
      arxiv='2505.22311', year=2025,
      authors=['Feibo Jiang', 'Cunhua Pan', 'Li Dong', 'Kezhi Wang', 'Octavia A. Dobre', 'Merouane Debbah'],
      section='Overview'),
    P(LAM, 30, 30, 'Towards Wireless Native Big AI Model: The Mission and Approach Differ From Large Language Model',
      arxiv='2412.09041', year=2024, authors=['Zirui Chen', 'Zhaoyang Zhang', 'Chenyu Liu', 'Ziqing Xing'],
      section='Overview'),
    P(LAM, 62, 66, 'FM4Com: Foundation Model for Scene-Adaptive Communication Strategy Optimization',
      arxiv='2511.05094', year=2025, authors=['Zhaoyang Li', 'Shangzhuo Xie', 'Qianqian Yang'],
      summary='Foundation Model for Scene-Adaptive Communication.', section=PRE),
    P(LAM, 86, 90, 'Large Language Model-Empowered Channel Prediction and Predictive Beamforming for LEO Satellite Communications',
      arxiv='2510.10561', year=2025,
      authors=['Zhixiong Chen', 'Hyundong Shin', 'Arumugam Nallanathan', 'Jonathon Chambers'],
      summary='LLM for channel prediction and beamforming for LEO satellite communications.', section=PRE),
    P(LAM, 92, 96, 'ChannelGPT: A Large Model toward Real-World Channel Foundation Model for 6G Environment Intelligence Communication',
      url='https://ieeexplore.ieee.org/abstract/document/11180834', year=2025,
      authors=['Li Yu', 'Lianzheng Shi', 'Jianhua Zhang', 'Zhen Zhang', 'Yuxiang Zhang', 'Guangyi Liu'],
      summary='LLM for wireless multitasking.', section=PRE),
    P(LAM, 129, 133, 'LLM-Enhanced Space-Air-Ground-Sea Integrated Networks', arxiv='2509.02540', year=2025,
      authors=['Halvin Yang', 'Sangarapillai Lambotharan', 'Mahsa Derakhshani', 'Lajos Hanzo'],
      summary='LLaMA for path prediction and semantic reconstruction.', section=PRE),
    P(LAM, 174, 178, 'Leveraging Pre-Trained Large Language Models for CSI Feedback in Massive MIMO Systems',
      url='https://www.techrxiv.org/doi/full/10.36227/techrxiv.175289012.28506097', year=2025,
      authors=['Yiming Cui', 'Jiajia', 'Chao-Kai Wen', 'Shi Jin', 'En Tong'],
      summary='LLM + Mixture-of-Agents (MoA) for CSI feedback.', section=PRE),
    P(LAM, 288, 292, 'Large Language Model Enabled Multi-Task Physical Layer Network', arxiv='2412.20772', year=2024,
      authors=['Tianyue Zheng', 'Linglong Dai'],
      summary='LAM for multiple physical lauyer tasks: signal detection, precoding and channel prediction.',
      section=PRE),
    P(LAM, 338, 342, 'A Masked Pre-training Model for CSI-Based Indoor Localization',
      url='https://iopscience.iop.org/article/10.1088/1742-6596/3135/1/012037/meta', year=2025,
      authors=['Jiawei Zhang', 'Bolin Wang', 'Zhen Liang', 'Jun Hao', 'Yang Lu'],
      summary='Pre-training Model for CSI-Based Indoor Localization.', section=NAT),
    P(LAM, 351, 355, 'Scale What Counts, Mask What Matters: Evaluating Foundation Models for Zero-Shot Cross-Domain Wi-Fi Sensing',
      arxiv='2511.18792', year=2025,
      authors=['Cheng Jiang', 'Yihe Yan', 'Yanxiang Wang', 'Chun Tung Chou', 'Wen Hu'],
      summary='Foundation Models for Zero-Shot Cross-Domain Wi-Fi Sensing.', section=NAT),
    P(LAM, 387, 391, 'MobiGPT: A Foundation Model for Mobile Wireless Networks', arxiv='2509.18166', year=2025,
      authors=['Xiaoqian Qi', 'Haoye Chai', 'Yong Li'],
      summary='A unified structure capable of forecasting base station traffic, user app usage, and channel quality.',
      section=NAT),
    P(LAM, 393, 397, 'BERT4beam: Large AI Model Enabled Generalized Beamforming Optimization', arxiv='2509.11056',
      year=2025, authors=['Yuhang Li', 'Yang Lu', 'Wei Chen', 'Bo Ai', 'Zhi Ding', 'Dusit Niyato'],
      summary='BERT-based framework for beamforming optimization to handle multiple tasks with different system objectives and scales.',
      section=NAT),
    P(LAM, 400, 404, 'Integrating Foundation Models with Open RAN for Robots-Based Mobile Scenarios',
      url='https://ieeexplore.ieee.org/abstract/document/11152707', year=2025,
      authors=['Longyu Zhou', 'Wenjiao Feng', 'Zonghang Li', 'Supeng Leng', 'Mohsen Guizani', 'Tony Q. S. Quek'],
      summary='FM-empowered Open Radio Access Network framework.', section=NAT),
    P(LAM, 431, 435, 'FM-Fi 2.0: Foundation Model for Cross-Modal Multi-Person Human Activity Recognition',
      url='https://ieeexplore.ieee.org/document/11098684', year=2025,
      authors=['Yuxuan Weng', 'Tianyue Zheng', 'Yanbing Yang', 'Jun Luo'],
      summary='Foundation Model for Cross-Modal Multi-Person Human Activity Recognition.', section=NAT),
    P(LAM, 449, 453, 'ICWLM: A Multi-Task Wireless Large Model via In-Context Learning', arxiv='2507.18167',
      year=2025, authors=['Yuxuan Wen', 'Xiaoming Chen', 'Maojun Zhang', 'Zhaoyang Zhang'],
      summary='Multi-task LAM via in-Context learning.', section=NAT),
    P(LAM, 456, 460, 'A Foundation Model for Massive MIMO Precoding with an Adaptive per-User Rate-Power Tradeoff',
      arxiv='2507.18587', year=2025,
      authors=['Jérôme Emery', 'Ali Hasanzadeh Karkan', 'Jean-François Frigon', 'François Leduc-Primeau'],
      summary='A foundation model for massive MIMO precoding.', section=NAT),
    P(LAM, 547, 551, 'Self-Supervised and Invariant Representations for Wireless Localization', arxiv='2302.07000',
      year=2023, authors=['Artan Salihu', 'Stefan Schwarz', 'Markus Rupp'],
      summary='Foundation Model for Wireless Localization.', section=NAT),
    N(LAM, 587, 'Special Issues'),

    # ---- ML4Comm-Netw: Chinese intro, | Paper | Code | table, bullets
    N(ML4, 15, None),
    P(ML4, 28, 28, 'Learning Based Power Control for mmWave Massive MIMO against Jamming',
      code='https://github.com/xiaozhch5/Learning-Based-Power-Control-for-mmWave-Massive-MIMO-against-Jamming',
      section='论文/Paper'),
    P(ML4, 31, 31, 'Deep Learning in Downlink Coordinated Multipoint in New Radio Heterogeneous Networks',
      code='https://github.com/farismismar/DL-CoMP-Machine-Learning', section='论文/Paper'),
    P(ML4, 34, 34, 'Deepcode: Feedback Codes via Deep Learning', code='https://github.com/hyejikim1/Deepcode',
      section='论文/Paper'),
    P(ML4, 37, 37, 'Deep-Learning-Power-Allocation-in-Massive-MIMO',
      code='https://github.com/lucasanguinetti/Deep-Learning-Power-Allocation-in-Massive-MIMO', section='论文/Paper'),
    P(ML4, 39, 39, 'Fast Deep Learning for Automatic Modulation Classification',
      code='https://github.com/dl4amc/source', section='论文/Paper'),
    P(ML4, 51, 51, 'An iterative BP-CNN architecture for channel decoding',
      code='https://github.com/liangfei-info/Iterative-BP-CNN', section='论文/Paper'),
    P(ML4, 52, 52, 'On Deep Learning-Based Channel Decoding', code='https://github.com/gruberto/DL-ChannelDecoding',
      section='论文/Paper'),
    P(ML4, 54, 54, 'Deep Q-Learning for Self-Organizing Networks Fault Management and Radio Performance Improvement',
      code='https://github.com/farismismar/Deep-Q-Learning-SON-Perf-Improvement', section='论文/Paper'),
    P(ML4, 57, 57, 'Deep-Waveform: A Learned OFDM Receiver Based on Deep Complex Convolutional Networks',
      code='https://github.com/zhongyuanzhao/dl_ofdm', section='论文/Paper'),
    P(ML4, 58, 58, 'Joint Transceiver Optimization for WirelessCommunication PHY with Convolutional NeuralNetwork',
      code='https://github.com/hlz1992/RadioCNN', section='论文/Paper'),
    P(ML4, 60, 60, 'Beamforming Design for Large-Scale Antenna Arrays Using Deep Learning', arxiv='1904.03657',
      code='https://github.com/TianLin0509/BF-design-with-DL', section='论文/Paper'),
    P(ML4, 65, 65, 'Deep Architectures for Modulation Recognition',
      code='https://github.com/qieaaa/Deep-Architectures-for-Modulation-Recognition', section='论文/Paper'),
    P(ML4, 66, 66, 'Energy Efficiency in Reinforcement Learning for Wireless Sensor Networks',
      code='https://github.com/mkoz71/Energy-Efficiency-in-Reinforcement-Learning', section='论文/Paper'),
    N(ML4, 91, '学者个人主页/Researcher Homepage'),
    N(ML4, 92, '学者个人主页/Researcher Homepage'),
    N(ML4, 94, '学者个人主页/Researcher Homepage', end=95),
    N(ML4, 98, '有用的网页和材料/Useful Websites and Materials'),
    N(ML4, 104, '有用的网页和材料/Useful Websites and Materials'),
    N(ML4, 106, '有用的网页和材料/Useful Websites and Materials'),

    # ---- Marsrocky: * [Title](link) | [[Github]](repo) Venue long name (ABBR) (Year)
    N(WIFI, 17, 'Table of Contents'),
    N(WIFI, 21, 'Table of Contents'),
    N(WIFI, 23, 'Table of Contents'),
    N(WIFI, 40, 'Table of Contents'),
    P(WIFI, 65, 65, 'Intelligent Wi-Fi Based Child Presence Detection System',
      url='https://ieeexplore.ieee.org/document/9747420', venue='ICASSP 2022', year=2022,
      section='Papers / Applications / Occupancy Detection'),
    P(WIFI, 74, 74, 'Two-Stream Convolution Augmented Transformer for Human Activity Recognition',
      url='https://ojs.aaai.org/index.php/AAAI/article/view/16103', venue='AAAI 2021', year=2021,
      code='https://github.com/windofshadow/THAT', section='Papers / Applications / Human Activity Recognition'),
    P(WIFI, 75, 75, 'Improving WiFi-based Human Activity Recognition with Adaptive Initial State via One-shot Learning',
      url='https://ieeexplore.ieee.org/abstract/document/9417590',
      venue='IEEE Wireless Communications and Networking Conference 2021', year=2021,
      section='Papers / Applications / Human Activity Recognition'),
    P(WIFI, 82, 82, 'Deep Learning Networks for Human Activity Recognition with CSI Correlation Feature Extraction',
      url='https://ieeexplore.ieee.org/abstract/document/8761445', venue='ICC 2019', year=2019,
      section='Papers / Applications / Human Activity Recognition'),
    P(WIFI, 83, 83, 'Device-free Occupancy Sensing Platform using WiFi-enabled IoT Devices for Smart Homes',
      url='https://ieeexplore.ieee.org/abstract/document/8391737', venue='IEEE Internet of Things Journal 2018',
      year=2018, section='Papers / Applications / Human Activity Recognition'),
    P(WIFI, 95, 95, 'NeuralWave: Gait-Based User Identification Through Commodity WiFi and Deep Learning',
      url='https://ieeexplore.ieee.org/document/8591820', venue='IECON 2018', year=2018,
      code='https://github.com/kdkalvik/WiFi-user-recognition', section='Papers / Applications / Human Identification'),
    P(WIFI, 97, 97, 'WFID: Passive Device-free Human Identification Using WiFi Signal',
      url='https://dl.acm.org/doi/abs/10.1145/2994374.2994377', venue='MOBIQUITOUS 2016', year=2016,
      section='Papers / Applications / Human Identification'),
    P(WIFI, 102, 102, 'Passive People Counting using Commodity WiFi', url='https://ieeexplore.ieee.org/document/9221456',
      venue='WF-IoT 2020', year=2020, section='Papers / Applications / Crowd Counting'),
    P(WIFI, 113, 113, 'WiFi-enabled Device-free Gesture Recognition for Smart Home Automation',
      url='https://ieeexplore.ieee.org/abstract/document/8444331', venue='ICCA 2018', year=2018,
      section='Papers / Applications / Gesture Recognition'),
    P(WIFI, 130, 130, 'WiFi-Based Real-Time Breathing and Heart Rate Monitoring during Sleep',
      url='https://ieeexplore.ieee.org/abstract/document/9014297', venue='GLOBECOM 2019', year=2019,
      section='Papers / Applications / Vital Sign Detection & Healthcare'),
    N(WIFI, 189, 'Platforms / CSI Tool'),
    N(WIFI, 192, 'Platforms / CSI Tool'),
    P(WIFI, 212, 212, 'Two-Stream Convolution Augmented Transformer for Human Activity Recognition',
      url='https://ojs.aaai.org/index.php/AAAI/article/view/16103', year=2021,
      code='https://github.com/windofshadow/THAT', section='Libraries & Codes / Github Repositories / From Papers'),
    P(WIFI, 219, 219, 'Non-Intrusive Biometric Identification for Personalized Computing Using Wireless Big Data',
      url='https://ieeexplore.ieee.org/document/8560141', year=2018, code='https://github.com/mobinets/wifiwalker',
      section='Libraries & Codes / Github Repositories / From Papers'),
    P(WIFI, 220, 220, 'SignFi: Sign Language Recognition Using WiFi', url='https://dl.acm.org/doi/10.1145/3191755',
      year=2018, code='https://github.com/yongsen/SignFi',
      section='Libraries & Codes / Github Repositories / From Papers'),
    N(WIFI, 225, 'Libraries & Codes / Github Repositories / From Developers'),

    # ---- zlijingtao: numbered items, (Venue 'YY) prefixes, HTML <h2> headings
    N(SPL, 10, 'Category'),
    N(SPL, 12, 'Category'),
    N(SPL, 13, 'Category'),
    N(SPL, 22, 'Category'),
    N(SPL, 23, 'Category'),
    N(SPL, 27, 'Category'),
    P(SPL, 35, 35, 'Distributed learning of deep neural network over multiple agents',
      url='https://www.sciencedirect.com/science/article/abs/pii/S1084804518301590?via%3Dihub',
      section='Split Learning / Split Learning Schemes / Sequential Split Learning (Original)'),
    P(SPL, 44, 44, 'SplitFed: When Federated Learning Meets Split Learning', arxiv='2004.12088',
      section='Split Learning / Split Learning Schemes / Split Federated Learning'),
    P(SPL, 50, 50, 'Privacy-Sensitive Parallel Split Learning', url='https://ieeexplore.ieee.org/abstract/document/9016486?',
      section='Split Learning / Split Learning Schemes / Split Federated Learning'),
    P(SPL, 62, 62, 'Flexible Parallel Learning in Edge Scenarios: Communication, Computational and Energy Cost',
      arxiv='2201.07402', section='Split Learning / Split Learning Schemes / Parallel Split Learning (SFL without "F")'),
    P(SPL, 71, 71, 'Gradient Inversion Attack: Leaking Private Labels in Two-Party Split Learning', arxiv='2112.01299',
      section='Split Learning / Split Learning Schemes / Two-party Split Learning'),
    P(SPL, 73, 73, 'FedV: Privacy-Preserving Federated Learning over Vertically Partitioned Data', arxiv='2103.03918',
      section='Split Learning / Split Learning Schemes / Two-party Split Learning'),
    P(SPL, 81, 81, 'End-to-End Evaluation of Federated Learning and Split Learning for Internet of Things',
      arxiv='2003.13376', section='Split Learning / Evaluation Work'),
    P(SPL, 89, 89, 'Computational Privacy with Split Learning: Benchmarking of Algorithmic Defenses against Reconstruction Attacks',
      url='https://dspace.mit.edu/handle/1721.1/139497', section='Split Learning / Evaluation Work'),
    P(SPL, 109, 109, 'Model Inversion Attacks that Exploit Confidence Information and Basic Countermeasures',
      url='https://dl.acm.org/doi/abs/10.1145/2810103.2813677', venue='CCS 2015', year=2015,
      section='Split Learning / Privacy Attack / HBC Server'),
    P(SPL, 162, 162, 'FedAdapt: Adaptive Offloading for IoT Devices in Federated Learning', arxiv='2107.04271',
      section='Split Learning / Other Applications / Heterogeneous SL'),
    P(SPL, 168, 168, 'Handling Data Heterogeneity with Generative Replay in Collaborative Learning for Medical Imaging',
      arxiv='2106.13208', section='Split Learning / Other Applications / Non-i.i.d. SL'),
    P(SPL, 197, 197, 'Towards Representation Identical Privacy-Preserving Graph Neural Network via Split Learning',
      arxiv='2107.05917', section='Split Learning / Other Applications / Graph NN + SL'),
    P(SPL, 207, 207, 'Deep Models Under the GAN: Information Leakage from Collaborative Deep Learning',
      arxiv='1702.07464', section='Federated Learning / Feature Inference Attack'),
    P(SPL, 215, 215, 'Deep Leakage from Gradients', url='https://link.springer.com/chapter/10.1007/978-3-030-63076-8_2',
      section='Federated Learning / Inversion Attack'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']


def main():
    files = {}
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    want = {(name, s['line']) for name, r in sample.items() for s in r['sample']}
    got = set()
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for lab in LABELS:
            name = lab['list']
            if name not in files:
                files[name] = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
            lines = files[name]
            rec = dict(lab)
            rec['line'] = lab['start']
            rec['raw'] = '\n'.join(lines[lab['start'] - 1:lab['end']])
            got.add((name, lab['start']))
            out.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + '\n')
    assert got == want, (sorted(want - got), sorted(got - want))
    print(len(LABELS), 'labels written')


if __name__ == '__main__':
    main()
