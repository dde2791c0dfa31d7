from pathlib import Path
HERE = Path(__file__).resolve().parent
import json
S = {}
for l in open(HERE / 'sample.jsonl', encoding='utf-8'):
    r = json.loads(l); S[(r['list'], r['line'])] = r['raw']
A = 'Allenpandas__Awesome-Autonomous-Driving-Security-Resources.README.md'
E = 'est2mzd__ML_Challenge.README.md'
W = 'worldbench__awesome-vla-for-ad.README.md'
out = []
def add(lst, line, is_paper=True, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
        authors=None, code=None, summary=None, section=None):
    if not is_paper:
        title = arxiv_id = doi = url = venue = year = code = summary = None; authors = []
    out.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=is_paper, title=title, arxiv_id=arxiv_id,
                    doi=doi, url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary,
                    section=section))
# ---- Allenpandas
F = 'Foundations'; P = 'Foundations / Papers / '
add(A, 43, False, section=F)
for ln in (58, 62, 65, 68):
    add(A, ln, False, section=F + ' / Research Labs')
for ln in (88, 90, 91):
    add(A, ln, False, section=F + ' / Relevant Conferences')
for ln in (100, 101, 102):
    add(A, ln, False, section=F + ' / Relevant Journals')
add(A, 134, title='Autonomous driving security: State of the art and challenges',
    url='https://ieeexplore.ieee.org/abstract/document/9625017/', venue='IEEE Internet of Things Journal 2021', year=2021,
    authors=['Cong Gao', 'Geng Wang', 'Weisong Shi', 'Zhongmin Wang', 'Yanping Chen'], section=P + 'Survey')
add(A, 139, title='Attacking vision-based perception in end-to-end autonomous driving models',
    url='https://www.sciencedirect.com/science/article/abs/pii/S1383762120300606', venue='Journal of Systems Architecture 2020', year=2020,
    authors=['Adith Boloor', 'Karthik Garimella', 'Xin He', 'Christopher Gill', 'Yevgeniy Vorobeychik', 'Xuan Zhang'],
    code='https://github.com/xz-group/AdverseDrive', section=P + 'Camera Attack and Defense')
add(A, 144, title='Lateral-Direction Localization Attack in High-Level Autonomous Driving: Domain-Specific Defense Opportunity via Lane Detection',
    arxiv_id='2307.14540', venue='arXiv 2023', year=2023,
    authors=['Junjie Shen', 'Yunpeng Luo', 'Ziwen Wan', 'Qi Alfred Chen'], section=P + 'Lane Detection Attack and Defense')
add(A, 180, title='DriveFuzz: Discovering Autonomous Driving Bugs through Driving Quality-Guided Fuzzing', section=P + 'System Testing')
add(A, 189, title='DeepTest: Automated Testing of Deep-Neural-Network-driven Autonomous Cars',
    url='https://dl.acm.org/doi/pdf/10.1145/3180155.3180220', venue='International Conference on Software Engineering (ICSE) 2018', year=2018,
    authors=['Yuchi Tian', 'Kexin Pei', 'Suman Jana', 'Baishakhi Ray'], section=P + 'System Testing')
add(A, 196, title='A survey on safety-critical driving scenario generation—A methodological perspective',
    arxiv_id='2202.02215', venue='IEEE Transactions on Intelligent Transportation Systems (TITS) 2023', year=2023,
    authors=['Wenhao Ding', 'Chejian Xu', 'Mansur Arief', 'Haohong Lin', 'Bo Li', 'Ding Zhao'], section=P + 'Scenario Generation')
add(A, 205, title='Test Scenario Generation and Optimization Technology for Intelligent Driving Systems',
    url='https://ieeexplore.ieee.org/abstract/document/8985542', venue='IEEE Intelligent Transportation Systems Magazine 2020', year=2020,
    authors=['Jianli Duan', 'Feng Gao', 'Yingdong He'], section=P + 'Scenario Generation')
add(A, 218, title='Adversarial Driving: Attacking End-to-End Autonomous Driving',
    url='https://ieeexplore.ieee.org/abstract/document/10186386', venue='IEEE Intelligent Vehicles Symposium 2023', year=2023,
    authors=['Han Wu', 'Syed Yunas', 'Sareh Rowlands', 'Wenjie Ruan', 'Johan Wahlström'], section=P + 'End to End')
add(A, 228, title='AmodalSynthDrive: A Synthetic Amodal Perception Dataset for Autonomous Driving',
    arxiv_id='2309.06547', venue='arXiv 2023', year=2023,
    authors=['Ahmed Rida Sekkat', 'Rohit Mohan', 'Oliver Sawade', 'Elmar Matthes', 'Abhinav Valada'], section=P + 'Datasets')
# ---- est2mzd  (numbered bold title; nested 発表日 (date) / 概要 (one-line overview) / [論文] (paper link))
def e(line, title, year, summary, section, arxiv_id=None, url=None, code=None):
    add(E, line, title=title, year=year, summary=summary, section=section, arxiv_id=arxiv_id, url=url, code=code)
e(11, 'Wayformer: Motion Forecasting via Simple & Efficient Attention Networks', 2023,
  '自動運転車のためのモーション予測において、シンプルで効率的な注意ネットワークを提案。', '1-10', arxiv_id='2207.05844')
e(16, 'LidarAugment: Searching for Scalable 3D LiDAR Data Augmentations', 2023,
  '3D LiDARデータの拡張に関する新しい手法を提案。', '1-10', arxiv_id='2210.13488')
e(41, 'JFP: Joint Future Prediction with Interactive Multi-Agent Modeling for Autonomous Driving', 2022,
  '自動運転におけるインタラクティブなマルチエージェントモデリングを用いた将来予測を提案。', '1-10', arxiv_id='2212.08710')
e(46, 'Embedding Synthetic Off-Policy Experience for Autonomous Driving via Zero-Shot Curricula', 2022,
  '自動運転のためのゼロショットカリキュラムを使用したオフポリシー体験の埋め込みについて研究。', '1-10', arxiv_id='2212.01375')
e(57, 'MultiNet: Real-time Joint Semantic Reasoning for Autonomous Driving', 2016,
  '自動運転のためのリアルタイムセマンティック推論システムの研究。', '11-20', arxiv_id='1612.07695')
e(62, 'nuScenes: A multimodal dataset for autonomous driving', 2020,
  '自動運転用のマルチモーダルデータセットであるnuScenesを紹介。', '11-20')
e(67, 'YOLOX: Exceeding YOLO Series in 2021', 2021,
  'YOLOシリーズを超える新しい高性能オブジェクト検出器YOLOXを提案。', '11-20', code='https://github.com/Megvii-BaseDetection/YOLOX')
e(72, 'PointPillars: Fast Encoders for Object Detection from Point Clouds', 2019,
  'ポイントクラウドからの物体検出に特化した高速エンコーダーPointPillarsを提案。', '11-20', code='https://github.com/nutonomy/second.pytorch')
e(82, 'Complex-YOLO: Real-time 3D Object Detection on Point Clouds', 2018,
  'ポイントクラウドに基づくリアルタイム3D物体検出モデルComplex-YOLOを提案。', '11-20', code='https://github.com/maudzung/Complex-YOLOv4-Pytorch')
e(102, 'Driving Policy Transfer via Modularity and Abstraction', 2021,
  '自動運転のための運転方針の転送を、モジュール化と抽象化によって効率化。', '11-20', arxiv_id='2102.06565')
e(108, 'Towards Multimodal Trajectory Prediction for Autonomous Driving', 2024,
  '自動運転のためのマルチモーダル軌道予測に焦点を当てた論文。', '21-30')
e(118, 'End-to-End Imitation Learning for Autonomous Driving', 2023,
  '自動運転のためのエンドツーエンド模倣学習アプローチを提案。', '21-30', arxiv_id='2306.12345')
e(128, 'Cross-Domain Generalization in Autonomous Driving using Synthetic Data', 2023,
  '合成データを用いて自動運転システムのクロスドメイン一般化を向上させる手法を提案。', '21-30', arxiv_id='2308.01234')
e(134, 'Efficient Autonomous Driving via Multi-Agent Reinforcement Learning', 2023,
  '複数のエージェントを用いた強化学習による効率的な自動運転システムの開発。', '21-30', arxiv_id='2309.01567')
e(139, 'Autonomous Driving in Dense Urban Environments', 2023,
  '高密度都市環境での自動運転における課題と解決策を探る研究。', '21-30', arxiv_id='2310.02345')
e(144, 'Real-Time 3D Object Detection for Autonomous Driving', 2023,
  'リアルタイムの3D物体検出技術の進展とその自動運転への応用について議論。', '21-30', arxiv_id='2307.03456')
e(154, 'Multi-Task Learning for Autonomous Vehicle Perception', 2023,
  '複数のタスクを同時に学習することで、自動運転車の認識能力を向上させるアプローチ。', '21-30', arxiv_id='2309.05678')
e(160, 'Self-Supervised Learning for Autonomous Driving', 2022,
  '自律的にデータをラベル付けし学習する手法を自動運転に応用。', '31-40', arxiv_id='2210.06789')
e(175, 'Reinforcement Learning with Safety Guarantees for Autonomous Driving', 2022,
  '安全性を保証する強化学習手法を自動運転に適用する研究。', '31-40', arxiv_id='2213.06790')
e(180, 'Scenario-Aware Planning for Autonomous Driving', 2022,
  'シナリオ認識に基づいた自動運転計画手法を提案し、動的な環境での意思決定を強化。', '31-40', arxiv_id='2214.07891')
# ---- worldbench (table: Model | Paper (badge<br>title) | Venue | Website | GitHub)
T = 'Table of Contents / 1. Vision-Action Models / '
add(W, 14, False, section=None)
add(W, 59, False, section='Table of Contents')
def w(line, title, aid, venue, sub, code=None):
    add(W, line, title=title, arxiv_id=aid, venue=venue, year=int(venue[-4:]), code=code, section=T + sub)
AO, PA, IB, OB = 'Action-Only Models', 'Perception-Action Models', 'Image-Based World Models', 'Occupancy-Based World Models'
w(86, 'RAD: Training an End-to-End Driving Policy via Large-Scale 3DGS-based Reinforcement Learning', '2502.13144', 'NeurIPS 2025', AO)
w(89, 'Addressing the Waypoint-Action Gap in End-to-End Autonomous Driving via Vehicle Motion Models', '2602.06214', 'arXiv 2026', AO)
w(101, 'Planning-Oriented Autonomous Driving', '2212.10156', 'CVPR 2023', PA, 'https://github.com/OpenDriveLab/UniAD')
w(104, 'GenAD: Generative End-to-End Autonomous Driving', '2402.11502', 'ECCV 2024', PA, 'https://github.com/wzzheng/GenAD')
w(110, 'DriveTransformer: Unified Transformer for Scalable End-to-End Autonomous Driving', '2503.07656', 'ICLR 2025', PA, 'https://github.com/Thinklab-SJTU/DriveTransformer')
w(114, 'GuideFlow: Constraint-Guided Flow Matching for Planning in End-to-End Autonomous Driving', '2511.18729', 'arXiv 2025', PA, 'https://github.com/liulin815/GuideFlow')
w(116, 'Spatial Retrieval Augmented Autonomous Driving', '2512.06865', 'arXiv 2025', PA)
w(117, 'DiffusionDriveV2: Reinforcement Learning-Constrained Truncated Diffusion Modeling in End-to-End Autonomous Driving', '2512.07745', 'arXiv 2025', PA, 'https://github.com/hustvl/DiffusionDriveV2')
w(118, 'NaviHydra: Controllable Navigation-Guided End-to-End Autonomous Driving with Hydra Distillation', '2512.10660', 'arXiv 2025', PA)
w(120, 'FROST-Drive: Scalable and Efficient End-to-End Driving with a Frozen Vision Encoder', '2601.03460', 'arXiv 2026', PA)
w(124, 'BeyondSight: Object Permanence for End-to-End Autonomous Driving', '2607.09138', 'arXiv 2026', PA)
w(125, "What's Hidden Matters: Identifying Planning-Critical Occluded Agents using Vision-Language Models", '2607.00283', 'arXiv 2026', PA)
w(139, 'DriveDreamer: Towards Real-World-Driven World Models for Autonomous Driving', '2309.09777', 'ECCV 2024', IB, 'https://github.com/JeffWang987/DriveDreamer')
w(140, 'GenAD: Generalized Predictive Model for Autonomous Driving', '2403.09630', 'CVPR 2024', IB, 'https://github.com/OpenDriveLab/DriveAGI')
w(148, 'Driving with DINO: Vision Foundation Features as a Unified Bridge for Sim-to-Real Generation in Autonomous Driving', '2602.06159', 'arXiv 2026', IB)
w(157, 'How Can Driving World Models Do Counterfactual Prediction?', '2608.11601', 'arXiv 2026', IB)
w(162, 'Cam2Sim: Neural Scenario Reconstruction for Closed-Loop Autonomous Driving Simulation', '2607.04770', 'arXiv 2026', IB)
w(178, 'RenderWorld: World Model with Self-Supervised 3D Label', '2409.11356', 'arXiv 2024', OB)
assert len(out) == 60 and len(S) == 60, (len(out), len(S))
assert set((o['list'], o['line']) for o in out) == set(S)
with open(HERE / 'labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print('ok', sum(o['is_paper'] for o in out), 'papers')
