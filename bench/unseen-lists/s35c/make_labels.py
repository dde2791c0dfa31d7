#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below. raw and section are taken from the README
(raw: the entry's start line plus its indented continuation lines; section: heading path with the
document's own H1 title left out and emoji/decoration removed). Every other field is hand-set.
Paths are relative to this file."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sample import indent

def raw_of(lines, n):
    start = lines[n - 1]
    if start.lstrip().startswith('|'):
        return start
    out, ind, i = [start], indent(start), n
    while i < len(lines) and lines[i].strip() and indent(lines[i]) > ind:
        out.append(lines[i]); i += 1
    return '\n'.join(out)

def clean(h):
    h = ''.join(c for c in h if unicodedata.category(c) not in ('So', 'Mn', 'Cf'))
    return re.sub(r'\s+', ' ', h).strip()

def section(lines, n):
    stack, fence, h1_seen = [], False, False
    for i in range(n - 1):
        s = lines[i]
        if s.strip().startswith('```'):
            fence = not fence; continue
        if fence: continue
        m = re.match(r'^(#{1,6})\s+(.*)$', s)
        if not m: continue
        lvl = len(m.group(1))
        if lvl == 1 and not h1_seen:
            h1_seen = True; continue
        stack = [x for x in stack if x[0] < lvl] + [(lvl, clean(m.group(2)))]
    return ' / '.join(t for _, t in stack) or None

def hauth(s):
    """'Last, First and Last, First' -> ['First Last', ...]"""
    out = []
    for p in re.split(r'\s+and\s+', s.strip().rstrip('.')):
        p = p.strip().rstrip(',').strip()
        if not p or p == 'others': continue
        if ',' in p:
            last, first = [x.strip() for x in p.split(',', 1)]
            out.append(first + ' ' + last)
        else:
            out.append(p)
    return out

def csv_auth(s):
    s = s.replace(', and ', ', ').replace(' and ', ', ')
    return [a.strip() for a in s.split(',') if a.strip()]

P = lambda **k: dict(is_paper=True, **k)
NP = dict(is_paper=False)

L = {}
H = 'Honminden__awesome-hd-map-construction.README.md'
L[H] = {
 29: NP, 45: NP,
 164: P(title='MV-Map: Offboard HD-Map Generation with Multi-view Consistency', url='https://openaccess.thecvf.com/content/ICCV2023/papers/Xie_MV-Map_Offboard_HD-Map_Generation_with_Multi-view_Consistency_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, authors=hauth('Xie, Ziyang and Pang, Ziqi and Wang, Yu-Xiong'), code='https://github.com/ZiYang-xie/MV-Map'),
 233: P(title='LaneSegNet: Map Learning with Lane Segment Perception for Autonomous Driving', arxiv_id='2312.16108', venue='ICLR 2024', year=2024, authors=hauth('Li, Tianyu and Jia, Peijin and Wang, Bangjun and Chen, Li and JIANG, KUN and Yan, Junchi and Li, Hongyang'), code='https://github.com/OpenDriveLab/LaneSegNet'),
 243: P(title='Stream Query Denoising for Vectorized HD Map Construction', arxiv_id='2401.09112', venue='ECCV 2024', year=2024, authors=hauth('Wang, Shuo and Jia, Fan and Liu, Yingfei and Zhao, Yucheng and Chen, Zehui and Wang, Tiancai and Zhang, Chi and Zhang, Xiangyu and Zhao, Feng'), code='https://github.com/shuowang666/SQD-MapNet'),
 269: P(title='P-MapNet: Far-seeing Map Generator Enhanced by both SDMap and HDMap Priors', arxiv_id='2403.10521', venue='IEEE Robotics and Automation Letters 2024', year=2024, authors=hauth('Jiang, Zhou and Zhu, Zhenxin and Li, Pengfei and Gao, Huan-ang and Yuan, Tianyuan and Shi, Yongliang and Zhao, Hang and Zhao, Hao'), code='https://github.com/jike5/P-MapNet'),
 292: P(title='HybriMap: Hybrid Clues Utilization for Effective Vectorized HD Map Construction', arxiv_id='2404.11155', venue='arXiv 2024', year=2024, authors=hauth('Zhang, Chi and Song, Qi and Li, Feifei and Chen, Yongquan and Huang, Rui')),
 318: P(title='MapVision: CVPR 2024 Autonomous Grand Challenge Mapless Driving Tech Report', arxiv_id='2406.10125', venue='arXiv 2024', year=2024, authors=hauth('Yang, Zhongyu and Liu, Mai and Xie, Jinluo and Zhang, Yueming and Shen, Chen and Shao, Wei and Jiao, Jichao and Xing, Tengfei and Hu, Runbo and Xu, Pengfei')),
 336: P(title="Vectorized HD Map Construction Using Bird's Eye View Segmentation Masks", arxiv_id='2407.13517', venue='ECCV 2024', year=2024, authors=hauth('Choi, Sehwan and Kim, Jungho and Shin, Hongjae and Choi, Jun Won')),
 360: P(title='PrevPredMap: Exploring Temporal Modeling with Previous Predictions for Online Vectorized HD Map Construction', arxiv_id='2407.17378', venue='WACV 2025', year=2025, authors=hauth('Peng, Nan and Zhou, Xun and Wang, Mingming and Yang, Xiaojun and Chen, Songming and Chen, Guisong'), code='https://github.com/pnnnnnnn/PrevPredMap'),
 374: P(title='PriorMapNet: Enhancing Online Vectorized HD Map Construction with Priors', arxiv_id='2408.08802', venue='arXiv 2024', year=2024, authors=hauth('Wang, Rongxuan and Lu, Xin and Liu, Xiaoyang and Zou, Xiaoyi and Cao, Tongyi and Li, Ying')),
 442: P(title='MSC-Bench: Benchmarking and Analyzing Multi-Sensor Corruption for Driving Perception', arxiv_id='2501.01037', venue='arXiv 2025', year=2025, authors=hauth('Hao, Xiaoshuai and Liu, Guanqun and Zhao, Yuting and Ji, Yuheng and Wei, Mengchuan and Zhao, Haimei and Kong, Lingdong and Yin, Rong and Liu, Yu')),
 498: P(title='Uncertainty-Instructed Structure Injection for Generalizable HD Map Construction', arxiv_id='2503.23109', venue='arXiv 2025', year=2025, authors=hauth('Liu, Xiaolu and Yang, Ruizi and Wang, Song and Li, Wentong and Chen, Junbo and Zhu, Jianke')),
 511: P(title='Uni-PrevPredMap: Extending PrevPredMap to a Unified Framework of Prior-Informed Modeling for Online Vectorized HD Map Construction', arxiv_id='2504.06647', venue='arXiv 2025', year=2025, authors=hauth('Peng, Nan and Zhou, Xun and Wang, Mingming and Chen, Guisong and Xu, Wenqi'), code='https://github.com/pnnnnnnn/uni-prevpredmap'),
 544: P(title='SafeMap: Robust HD Map Construction from Incomplete Observations', arxiv_id='2507.00861', venue='ICML 2025', year=2025, authors=hauth('Hao, Xiaoshuai and Kong, Lingdong and Yin, Rong and Wang, Pengwei and Zhang, Jing and Diao, Yunfeng and Zhao, Shu')),
 565: P(title='Multimodal HD Mapping for Intersections by Intelligent Roadside Units', arxiv_id='2507.08903', venue='arXiv 2025', year=2025, authors=hauth('Chen, Zhongzhang and Fan, Miao and Xu, Shengtong and Yang, Mengmeng and Jiang, Kun and Liu, Xiangzeng and Xiong, Haoyi')),
 582: P(title='RelMap: Enhancing Online Map Construction with Class-Aware Spatial Relation and Semantic Priors', arxiv_id='2507.21567', venue='arXiv 2025', year=2025, authors=hauth('Cai, Tianhui and Zhang, Yun and Zhou, Zewei and Huang, Zhiyu and Ma, Jiaqi')),
 595: P(title='PseudoMapTrainer: Learning Online Mapping without HD Maps', arxiv_id='2508.18788', venue='arXiv 2025', year=2025, authors=hauth('Löwens, Christian and Funke, Thorben and Xie, Jingchao and Condurache, Alexandru Paul'), code='https://github.com/boschresearch/PseudoMapTrainer'),
 648: P(title='Open HD map service model: an interoperable high-Definition map data model for autonomous driving', url='https://www.tandfonline.com/doi/full/10.1080/17538947.2023.2220615', venue='International Journal of Digital Earth 2023', year=2023, authors=hauth('Zhang, Fengyuan and Shi, Wenzhong and Chen, Min and Huang, Wei and Liu, Xintao')),
 652: P(title='Multi-LiDAR Localization and Mapping Pipeline for Urban Autonomous Driving', arxiv_id='2311.01823', venue='IEEE SENSORS 2023', year=2023, authors=hauth('Sauerbeck, Florian and Kulmer, Dominik and Pielmeier, Markus and Leitenstern, Maximilian and Weiß, Christoph and Betz, Johannes')),
}

U = 'UcasCore__Awesome-Lane-Detection.README.md'
L[U] = {
 21: P(title='VPGNet: Vanishing Point Guided Network for Lane and Road Marking Detection and Recognition', arxiv_id='1710.06288', venue='ICCV 2017', year=2017, code='https://github.com/SeokjuLee/VPGNet'),
 23: P(title='LaneNet: Real-Time Lane Detection Networks for Autonomous Driving', arxiv_id='1807.01726', venue='arXiv 2018', year=2018),
 29: P(title='FastDraw: Addressing the Long Tail of Lane Detection by Adapting a Sequential Prediction Network', arxiv_id='1905.04354', venue='ICCV 2019', year=2019),
 32: P(title='Ripple-GAN: Lane Line Detection With Ripple Lane Line Detection Network and Wasserstein GAN', venue='TITS 2020', year=2020),
 34: P(title='End-to-End Lane Marker Detection via Row-wise Classification', arxiv_id='2005.08630', venue='CVPRW 2020', year=2020),
 40: P(title='A Keypoint-based Global Association Network for Lane Detection', arxiv_id='2204.07335', venue='CVPR 2022', year=2022),
 57: P(title='PolyLaneNet: Lane Estimation via Deep Polynomial Regression', arxiv_id='2004.10924', venue='ICPR 2020', year=2020, code='https://github.com/lucastabelini/PolyLaneNet'),
 58: P(title='Keep your Eyes on the Lane: Real-time Attention-guided Lane Detection', arxiv_id='2010.12035', venue='CVPR 2021', year=2021, code='https://github.com/lucastabelini/LaneATT'),
 62: P(title='Eigenlanes: Data-Driven Lane Descriptors for Structurally Diverse Lanes', arxiv_id='2203.09830', venue='CVPR 2022', year=2022, code='https://github.com/dongkwonjin/Eigenlanes'),
 112: P(title='PVALane: Prior-Guided 3D Lane Detection with View-Agnostic Feature', url='https://ojs.aaai.org/index.php/AAAI/article/view/28592', venue='AAAI 2024', year=2024),
 125: P(title='DLT-Net: Joint Detection of Drivable Areas, Lane Lines, and Traffic Objects', url='https://ieeexplore.ieee.org/document/8937825', venue='TITS 2020', year=2020),
 145: P(title='Video instance lane detection via deep temporal and geometry consistency constraints', url='https://dl.acm.org/doi/abs/10.1145/3503161.3547914', venue='ACM MM 2022', year=2022),
 160: P(title='InstaGraM: Instance-level Graph Modeling for Vectorized HD Map Learning', arxiv_id='2301.04470', venue='CVPRW 2023', year=2023),
 172: P(title='Mind the map! Accounting for existing map information when estimating online HDMaps from sensor', arxiv_id='2311.10517', venue='arXiv 2023', year=2023),
 173: P(title='ScalableMap: Scalable Map Learning for Online Long-Range Vectorized HD Map Construction', venue='arXiv 2023', year=2023, code='https://github.com/jingy1yu/ScalableMap'),
 185: P(title='MGMap: Mask-Guided Learning for Online Vectorized HD Map Construction', arxiv_id='2404.00876', venue='CVPR 2024', year=2024, code='https://github.com/xiaolul2/MGMap'),
 188: P(title='Buffered Gaussian Modeling for Vectorized HD Map Construction', url='https://ieeexplore.ieee.org/document/10445925', venue='ICASSP 2024', year=2024, authors=['Shi']),
 200: P(title='CenterLineDet: CenterLine Graph Detection for Road Lanes with Vehicle-mounted Sensors by Transformer for HD Map Generation', arxiv_id='2209.07734', venue='ICRA 2023', year=2023, code='https://github.com/TonyXuQAQ/CenterLineDet'),
 204: P(title='Augmenting Lane Perception and Topology Understanding with Standard Definition Navigation Maps', arxiv_id='2311.04079', venue='arXiv 2023', year=2023, code='https://github.com/NVlabs/SMERF'),
 218: P(title='WS-3D-Lane: Weakly Supervised 3D Lane Detection With 2D Lane Labels', arxiv_id='2209.11523', venue='ICRA 2023', year=2023, summary='Weak-supervised 3D lane detection.'),
}

R = 'RYNing__Awesome-Post-Training-In-Autonomous-Driving-Papers.README.md'
AX = lambda i: i
L[R] = {
 36: NP, 49: NP, 54: NP,
 71: P(title='PanoEnv: Exploring 3D Spatial Intelligence in Panoramic Environments with Reinforcement Learning', arxiv_id='2602.21992', venue='CVPR 2026', year=2026, code='https://github.com/7zk1014/PanoEnv'),
 80: P(title='DreamerAD: Efficient Reinforcement Learning via Latent World Model for Autonomous Driving', arxiv_id='2603.24587', venue='arXiv 2026', year=2026),
 81: P(title='AutoDrive-P³: Unified Chain of Perception-Prediction-Planning Thought via Reinforcement Fine-Tuning', arxiv_id='2603.28116', venue='ICLR 2026', year=2026, code='https://github.com/haha-yuki-haha/AutoDrive-P3'),
 90: P(title='SpanVLA: Efficient Action Bridging and Learning from Negative-Recovery Samples for Vision-Language-Action Model', arxiv_id='2604.19710', venue='arXiv 2026', year=2026, code='https://github.com/motional/SpanVLA'),
 93: P(title='DIAL: Driving Intents Amplify Planning-Oriented Reinforcement Learning', arxiv_id='2605.12625', venue='arXiv 2026', year=2026),
 97: P(title='VL-DPO: Vision-Language-Guided Finetuning for Preference-Aligned Autonomous Driving', arxiv_id='2605.20082', venue='ICRA 2026', year=2026),
 99: P(title='Fast-dDrive: Efficient Block-Diffusion VLM for Autonomous Driving', arxiv_id='2605.23163', venue='arXiv 2026', year=2026),
 113: P(title='Drive-R1: Bridging Reasoning and Planning in VLMs for Autonomous Driving with Reinforcement Learning', arxiv_id='2506.18234', venue='AAAI 2026', year=2026, code='https://github.com/Depth2World/Drive-R1'),
 118: P(title='AutoDrive-R²: Incentivizing Reasoning and Self-Reflection Capacity for VLA Model in Autonomous Driving', arxiv_id='2509.01944', venue='ICLR 2026', year=2026, code='https://github.com/AMAP-ML/AutoDrive-R2'),
 120: P(title='CoReVLA: A Dual-Stage End-to-End Autonomous Driving Framework for Long-Tail Scenarios via Collect-and-Refine', arxiv_id='2509.15968', venue='arXiv 2025', year=2025, code='https://github.com/FanGShiYuu/CoReVLA'),
 123: P(title='TSA-MPR: Autoregressive End-to-End Planning with Time-Invariant Spatial Alignment and Multi-Objective Policy Refinement', arxiv_id='2509.20938', venue='arXiv 2025', year=2025),
 130: P(title='Post-Training and Test-Time Scaling of Generative Agent Behavior Models for Interactive Autonomous Driving', arxiv_id='2512.13262', venue='arXiv 2025', year=2025),
 133: P(title='LLaViDA: A Large Language Vision Driving Assistant for Explicit Reasoning and Enhanced Trajectory Planning', arxiv_id='2512.18211', venue='arXiv 2025', year=2025),
 152: P(title='nuScenes: A Multimodal Dataset for Autonomous Driving', arxiv_id='1903.11027', venue='CVPR 2020', year=2020, code='https://github.com/nutonomy/nuscenes-devkit', summary='Standard open-loop benchmark (L2 / collision rate).'),
 155: P(title='NVIDIA OmniDreams: Real-Time Generative World Model for Closed-Loop Autonomous Vehicle Simulation', arxiv_id='2606.03159', venue='arXiv 2026', year=2026, code='https://github.com/nv-tlabs/omni-dreams'),
 176: P(title='DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models', arxiv_id='2402.03300', venue='arXiv 2024', year=2024),
 178: P(title='Flow-GRPO: Training Flow Matching Models via Online RL', arxiv_id='2505.05470', venue='NeurIPS 2025', year=2025, code='https://github.com/yifan123/flow_grpo'),
}

O = 'opendilab__awesome-end-to-end-autonomous-driving.README.md'
L[O] = {
 19: NP, 23: NP,
 50: P(title='Hidden Biases of End-to-End Driving Models', arxiv_id='2306.07957', venue='ICCV 2023', year=2023, authors=csv_auth('Bernhard Jaeger, Kashyap Chitta, Andreas Geiger')),
 58: P(title='Efficient Reinforcement Learning for Autonomous Driving with Parameterized Skills and Priors', arxiv_id='2305.04412', venue='RSS 2023', year=2023, authors=csv_auth('Letian Wang, Jie Liu, Hao Shao, Wenshuo Wang, Ruobing Chen, Yu Liu, Steven L. Waslander')),
 64: P(title='ReasonNet: End-to-End Driving with Temporal and Global Reasoning', arxiv_id='2305.10507', venue='CVPR 2023', year=2023, authors=csv_auth('Hao Shao, Letian Wang, Ruobing Chen, Steven L. Waslander, Hongsheng Li, Yu Liu')),
 80: P(title='KING: Generating Safety-Critical Driving Scenarios for Robust Imitation via Kinematics Gradients', arxiv_id='2204.13683', venue='ECCV 2022', year=2022, authors=csv_auth('Niklas Hanselmann, Katrin Renz, Kashyap Chitta, Apratim Bhattacharyya, Andreas Geiger')),
 84: P(title='Learning to Drive by Watching YouTube Videos: Action-Conditioned Contrastive Policy Pretraining', arxiv_id='2204.02393', venue='ECCV 2022', year=2022, authors=csv_auth('Qihang Zhang, Zhenghao Peng, and Bolei Zhou')),
 90: P(title='Efficient Learning of Safe Driving Policy via Human-AI Copilot Optimization', arxiv_id='2202.10341', venue='ICLR 2022', year=2022, authors=csv_auth('Quanyi Li, Zhenghao Peng, Bolei Zhou')),
 132: P(title='End-to-End Urban Driving by Imitating a Reinforcement Learning Coach', arxiv_id='2108.08265', venue='ICCV 2021', year=2021, authors=csv_auth('Zhejun Zhang, Alexander Liniger, Dengxin Dai, Fisher Yu, Luc Van Gool')),
 139: P(title='Learning to drive from a world on rails', arxiv_id='2105.00636', venue='ICCV 2021', year=2021, authors=csv_auth('Dian Chen, Vladlen Koltun, Philipp Krähenbühl')),
 152: P(title='Safety-Enhanced Autonomous Driving Using  Interpretable Sensor Fusion Transformer', arxiv_id='2207.14024', venue='CoRL 2022', year=2022, authors=csv_auth('Hao Shao, Letian Wang, RuoBing Chen, Hongsheng Li, Yu Liu')),
 162: P(title='Learning by cheating', arxiv_id='1912.12294', venue='CoRL 2020', year=2020, authors=csv_auth('Dian Chen, Brady Zhou, Vladlen Koltun, Philipp Krähenbühl')),
 166: P(title='SAM: Squeeze-and-Mimic Networks for Conditional Visual Driving Policy Learning', arxiv_id='1912.02973', venue='CoRL 2020', year=2020, authors=csv_auth('Albert Zhao, Tong He, Yitao Liang, Haibin Huang, Guy Van den Broeck, Stefano Soatto')),
 177: P(title='TransFuser: Imitation with Transformer-Based Sensor Fusion for Autonomous Driving', arxiv_id='2205.15997', venue='T-PAMI', year=None, authors=csv_auth('Kashyap Chitta, Aditya Prakash, Bernhard Jaeger, Zehao Yu, Katrin Renz, Andreas Geiger')),
 195: P(title='ChauffeurNet: Learning to Drive by Imitating the Best and Synthesizing the Worst', arxiv_id='1812.03079', venue='arXiv', year=None, authors=csv_auth('Mayank Bansal, Alex Krizhevsky, Abhijit Ogale')),
 205: P(title='End-to-end Learning of Driving Models from Large-scale Video Datasets', arxiv_id='1807.00412', authors=csv_auth('Huazhe Xu, Yang Gao, Fisher Yu, Trevor Darrell')),
 217: P(title='Driving in Dense Traffic with Model-Free Reinforcement Learning', arxiv_id='1909.06710', authors=csv_auth('Dhruv Mauria Saxena, Sangjae Bae, Alireza Nakhaei, Kikuo Fujimura, Maxim Likhachev')),
 221: P(title='Urban Driving with Conditional Imitation Learning', arxiv_id='1912.00177', authors=csv_auth('Jeffrey Hawke, Richard Shen, Corina Gurau, Siddharth Sharma, Daniele Reda, Nikolay Nikolov, Przemyslaw Mazur, Sean Micklethwaite, Nicolas Griffiths, Amar Shah, Alex Kendall')),
 225: P(title='FlowDriveNet: An End-to-End Network for Learning Driving Policies from Image Optical Flow and LiDAR Point Flow', url='https://shuai-wang.netlify.app/files/FlowDriveNet.pdf', authors=csv_auth('Shuai Wang, Jiahu Qin, Menglin Li and Yaonan Wang')),
 229: P(title='Grounding Human-to-Vehicle Advice for Self-driving Vehicles', arxiv_id='1911.06978', authors=csv_auth('Jinkyu Kim, Teruhisa Misu, Yi-Ting Chen, Ashish Tawari, John Canny')),
}

KEYS = ['title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary']
def main():
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in sample:
            name = r['list']
            lines = open(os.path.join(HERE, name), encoding='utf-8', newline='').read().split('\n')
            assert sorted(L[name]) == [n for n, _ in r['sample']], (name, sorted(L[name]))
            for n, _ in r['sample']:
                lab = L[name][n]
                rec = {'list': name, 'line': n, 'raw': raw_of(lines, n), 'is_paper': lab['is_paper']}
                for k in KEYS:
                    v = lab.get(k)
                    if k == 'authors' and lab['is_paper']:
                        v = v or []
                    rec[k] = v if lab['is_paper'] else ([] if k == 'authors' else None)
                rec['section'] = section(lines, n)
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
