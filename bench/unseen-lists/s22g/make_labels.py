"""Hand labels for the 80 sampled entries (see sample.py); writes labels.jsonl.
raw is taken from the README by line number (all sampled entries are one line)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = 'LMD0311__Awesome-World-Model.README.md'
F = 'fengtt42__Awesome-World-Models-for-Aerial-Navigation.README.md'
I = 'irom-princeton__awesome-robotics-video-world-model-papers.README.md'
O = 'operator22th__awesome-world-models-for-robots.README.md'
AX = 'https://arxiv.org/abs/'

def P(lst, line, title, section, arxiv_id=None, url=None, venue=None, year=None,
      code=None, authors=None, summary=None, doi=None, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title,
                arxiv_id=arxiv_id, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None,
                arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

S2024 = 'Papers / 2024'; S2023 = 'Papers / 2023'; O2024 = 'Other World Model Paper / 2024'
LABELS = [
 # ---- LMD0311 ----
 N(L, 16, 'Workshop & Challenge'),
 P(L, 34, 'A survey on multimodal large language models for autonomous driving', 'Papers / Survey',
   arxiv_id='2311.12320', venue='WACVW 2024', year=2024,
   code='https://github.com/IrohXu/Awesome-Multimodal-LLM-Autonomous-Driving'),
 P(L, 36, 'World Models for Autonomous Driving: An Initial Survey', 'Papers / Survey',
   arxiv_id='2403.02622', venue='arXiv 2024', year=2024),
 P(L, 41, 'Visual Point Cloud Forecasting enables Scalable Autonomous Driving', S2024,
   arxiv_id='2312.17655', venue='CVPR 2024', year=2024, code='https://github.com/OpenDriveLab/ViDAR'),
 P(L, 42, 'Generalized Predictive Model for Autonomous Driving', S2024,
   arxiv_id='2403.09630', venue='CVPR 2024', year=2024),
 P(L, 49, 'SafeDreamer: Safe Reinforcement Learning with World Models', S2024,
   url='https://openreview.net/forum?id=tsE5HLYtYg', venue='ICLR 2024', year=2024,
   code='https://github.com/PKU-Alignment/SafeDreamer'),
 P(L, 58, 'Probing Multimodal LLMs as World Models for Driving', S2024,
   arxiv_id='2405.05956', venue='arXiv 2024', year=2024, code='https://github.com/sreeramsa/DriveSim'),
 P(L, 60, 'LidarDM: Generative LiDAR Simulation in a Generated World', S2024,
   arxiv_id='2404.02903', venue='arXiv 2024', year=2024, code='https://github.com/vzyrianov/lidardm'),
 P(L, 69, 'WoVoGen: World Volume-aware Diffusion for Controllable Multi-camera Driving Scene Generation', S2023,
   arxiv_id='2312.02934', venue='arXiv 2023', year=2023, code='https://github.com/fudan-zvg/WoVoGen'),
 P(L, 72, 'MUVO: A Multimodal Generative World Model for Autonomous Driving with Geometric Representations', S2023,
   arxiv_id='2311.11762', venue='arXiv 2023', year=2023),
 P(L, 77, 'UniWorld: Autonomous Driving Pre-training via World Models', S2023,
   arxiv_id='2308.07234', venue='arXiv 2023', year=2023, code='https://github.com/chaytonmin/UniWorld'),
 P(L, 91, 'DreamSmooth: Improving Model-based Reinforcement Learning via Reward Smoothing', O2024,
   arxiv_id='2311.01450', venue='ICLR 2024', year=2024),
 P(L, 95, '3D-VLA: A 3D Vision-Language-Action Generative World Model', O2024,
   arxiv_id='2403.09631', venue='ICML 2024', year=2024, code='https://github.com/UMass-Foundation-Model/3D-VLA'),
 P(L, 96, 'CityBench: Evaluating the Capabilities of Large Language Model as World Model', O2024,
   arxiv_id='2406.13945', venue='arXiv 2024', year=2024, code='https://github.com/tsinghua-fib-lab/CityBench'),
 P(L, 108, 'Compete and Compose: Learning Independent Mechanisms for Modular World Models', O2024,
   arxiv_id='2404.15109', venue='arXiv 2024', year=2024),
 P(L, 109, 'MagicTime: Time-lapse Video Generation Models as Metamorphic Simulators', O2024,
   arxiv_id='2404.05014', venue='arXiv 2024', year=2024, code='https://github.com/PKU-YuanGroup/MagicTime'),
 P(L, 112, 'V-JEPA: Video Joint Embedding Predictive Architecture', O2024,
   url='https://ai.meta.com/research/publications/revisiting-feature-prediction-for-learning-visual-representations-from-video/',
   venue=None, year=2024, code='https://github.com/facebookresearch/jepa'),
 P(L, 114, 'Genie: Generative Interactive Environments', O2024,
   arxiv_id='2402.15391', venue=None, year=2024),
 P(L, 136, 'Dream to Control: Learning Behaviors by Latent Imagination', 'Other World Model Paper / 2020',
   arxiv_id='1912.01603', venue='ICLR 2020', year=2020, code='https://github.com/danijar/dreamer'),
 P(L, 137, 'Planning to Explore via Self-Supervised World Models', 'Other World Model Paper / 2020',
   arxiv_id='2005.05960', venue='ICML 2020', year=2020, code='https://github.com/ramanans1/plan2explore'),
 # ---- fengtt42 ----
 N(F, 24, 'Aerial Navigation Task'),
 N(F, 26, 'Aerial Navigation Task'),
 N(F, 27, 'Aerial Navigation Task'),
 P(F, 38, 'Vision-Language Navigation for Aerial Robots: Towards the Era of Large Language Models', 'Surveys',
   arxiv_id='2604.07705', venue='arXiv 2026', year=2026),
 P(F, 41, 'Foundation Models in Robotics: Applications, Challenges, and the Future', 'Surveys',
   arxiv_id='2312.07843', venue='arXiv 2023', year=2023,
   code='https://github.com/robotics-survey/Awesome-Robotics-Foundation-Models'),
 P(F, 48, 'AirDreamer: Generalist Drone Navigation with World Models', 'Aerial World Models',
   arxiv_id='2606.03252', venue='arXiv 2026', year=2026),
 P(F, 51, 'DeTrack: A Benchmark and Altitude-Aware Dual World Model for Drone-embodied Tracking', 'Aerial World Models',
   arxiv_id='2605.17451', venue='arXiv 2026', year=2026),
 P(F, 56, 'FlightDiffusion: Revolutionising Autonomous Drone Training with Diffusion Models Generating FPV Video', 'Aerial World Models',
   arxiv_id='2509.14082', venue='arXiv 2025', year=2025),
 P(F, 57, 'AirScape: An Aerial Generative World Model with Motion Controllability', 'Aerial World Models',
   arxiv_id='2507.08885', venue='ACM MM 2025', year=2025, code='https://github.com/EmbodiedCity/AirScape.code'),
 P(F, 71, 'AirCopBench: A Benchmark for Multi-drone Collaborative Embodied Perception and Reasoning', 'Aerial Embodied Navigation',
   arxiv_id='2511.11025', venue='arXiv 2025', year=2025),
 P(F, 73, 'RingMo-Agent: A Unified Remote Sensing Foundation Model for Multi-Platform and Multi-Modal Reasoning', 'Aerial Embodied Navigation',
   arxiv_id='2507.20776', venue='arXiv 2025', year=2025),
 P(F, 79, 'GeoChat: Grounded Large Vision-Language Model for Remote Sensing', 'Aerial Embodied Navigation',
   arxiv_id='2311.15826', venue='arXiv 2023', year=2023, code='https://github.com/mbzuai-oryx/geochat'),
 P(F, 94, 'LogisticsVLN: Vision-Language Navigation For Low-Altitude Terminal Delivery Based on Agentic UAVs', 'Navigation Datasets & Benchmarks',
   arxiv_id='2505.03460', venue='arXiv 2025', year=2025),
 P(F, 96, 'UAV-VLN: End-to-End Vision Language Guided Navigation for UAVs', 'Navigation Datasets & Benchmarks',
   arxiv_id='2504.21432', venue='arXiv 2025', year=2025),
 P(F, 101, 'AeroVerse: UAV-Agent Benchmark Suite for Simulating, Pre-training, Finetuning, and Evaluating Aerospace Embodied World Models', 'Navigation Datasets & Benchmarks',
   arxiv_id='2408.15511', venue='arXiv 2024', year=2024),
 P(F, 111, 'Aerial World Model for Long-horizon Visual Generation and Navigation in 3D Space', 'Aerial Other Dataset',
   arxiv_id='2512.21887', venue='arXiv 2025', year=2025),
 P(F, 113, 'AirScape: An Aerial Generative World Model with Motion Controllability', 'Aerial Other Dataset',
   arxiv_id='2507.08885', venue='ACM MM 2025', year=2025, code='https://github.com/EmbodiedCity/AirScape.code'),
 P(F, 116, 'GeoChat: Grounded Large Vision-Language Model for Remote Sensing', 'Aerial Other Dataset',
   arxiv_id='2311.15826', venue='arXiv 2023', year=2023, code='https://github.com/mbzuai-oryx/geochat'),
 P(F, 123, 'DOTA: A Large-scale Dataset for Object Detection in Aerial Images', 'Aerial Other Dataset',
   arxiv_id='1711.10398', venue='CVPR', year=2017),
 N(F, 132, 'Simulators'),
 # ---- irom-princeton ----
 N(I, 16, 'Table of Contents'),
 N(I, 36, 'Table of Contents'),
 P(I, 48, 'World Models for Autonomous Driving: An Initial Survey', 'Surveys',
   arxiv_id='2403.02622', venue='IEEE Transactions on Intelligent Vehicles 2024', year=2024),
 P(I, 49, 'A Survey on Video Diffusion Models', 'Surveys',
   arxiv_id='2405.03150', venue='ACM Computing Surveys 2024', year=2024),
 P(I, 57, 'Simulating the Visual World with Artificial Intelligence: A Roadmap', 'Surveys',
   arxiv_id='2511.08585', year=2025),
 P(I, 58, 'Critiques of World Models', 'Surveys', arxiv_id='2507.05169', year=2025),
 P(I, 68, 'Unsupervised Learning for Physical Interaction through Video Prediction',
   'Foundations: Video Generation / Early Methods (GANs, VAEs, Flows)', arxiv_id='1605.07157', year=2016),
 P(I, 100, 'Scalable Diffusion Models with Transformers',
   'Foundations: Video Generation / Diffusion-Based Video Generation', arxiv_id='2212.09748', venue='ICCV 2023', year=2023),
 P(I, 141, 'One-Minute Video Generation with Test-Time Training',
   'Foundations: Video Generation / Long Video Generation', arxiv_id='2504.05298', venue='CVPR 2025', year=2025),
 P(I, 153, 'DynamiCrafter: Animating Open-Domain Images with Video Diffusion Priors',
   'Foundations: Video Generation / Controllable Video Generation', arxiv_id='2310.12190', venue='ECCV 2024', year=2024),
 P(I, 185, 'DINO-WM: World Models on Pre-Trained Visual Features Enable Zero-Shot Planning',
   'World Models / Latent-Space World Models (for RL)', arxiv_id='2411.04983', year=2024),
 P(I, 203, 'EVA: An Embodied World Model for Future Video Anticipation',
   'World Models / Video Diffusion as World Model', arxiv_id='2410.15461', year=2024),
 P(I, 227, 'Genie: Generative Interactive Environments',
   'World Models / Interactive & Game World Models', arxiv_id='2402.15391', venue='ICML 2024', year=2024),
 P(I, 265, 'Grounding Video Models to Actions through Goal Conditioned Exploration',
   'Robotics Applications / Video as Robot Action Planner', arxiv_id='2411.07223', year=2024),
 P(I, 282, 'Closed-Loop Visuomotor Control with Generative Expectation for Robotic Manipulation',
   'Robotics Applications / Video as Robot Action Planner', arxiv_id='2409.09016', venue='NeurIPS 2024', year=2024),
 P(I, 283, 'Large Video Planner Enables Generalizable Robot Control',
   'Robotics Applications / Video as Robot Action Planner', arxiv_id='2512.15840', year=2025),
 P(I, 285, 'VideoAgent: Self-Improving Video Generation',
   'Robotics Applications / Video as Robot Action Planner', arxiv_id='2410.10076', year=2024),
 P(I, 354, 'V-JEPA 2: Self-Supervised Video Models Enable Understanding, Prediction and Planning',
   'Self-Supervised Video Representations', arxiv_id='2506.09985', year=2025),
 P(I, 357, 'Video Models are Zero-Shot Learners and Reasoners',
   'Self-Supervised Video Representations', arxiv_id='2509.20328', year=2025),
 P(I, 382, 'VideoPhY: Evaluating Physical Commonsense for Video Generation',
   'Physical Understanding & Benchmarks / Physics in Video Models', arxiv_id='2406.03520', year=2024),
 # ---- operator22th ----
 P(O, 4, 'Understanding World or Predicting Future? A Comprehensive Survey of World Models', 'overview',
   arxiv_id='2411.14499', venue='arXiv 2024', year=2024),
 N(O, 11, 'dataset'),
 N(O, 14, 'models'),
 N(O, 17, 'toolbox'),
 N(O, 18, 'toolbox'),
 P(O, 26, 'Unified Video Action Model', 'papers', venue='RSS 2025', year=2025),
 P(O, 35, 'HRP: Human Affordances for Robotic Pre-Training', 'papers',
   arxiv_id='2407.18911', venue='RSS 2024', year=2024),
 P(O, 37, 'Unleashing Large-Scale Video Generative Pre-training for Visual Robot Manipulation', 'papers',
   venue='ICLR 2024', year=2024),
 N(O, 44, 'workshop'),
 N(O, 47, 'workshop'),
 P(O, 53, 'Offline Transition Modeling via Contrastive Energy Learning', 'related: World Models',
   venue='ICML 2024', year=2024, code='https://github.com/Ruifeng-Chen/Energy-Transition-Models'),
 P(O, 61, 'AgentGym: Evolving Large Language Model-based Agents across Diverse Environments', 'related: LLM as WM',
   arxiv_id='2406.04151', venue='arXiv 2024', year=2024, code='https://github.com/WooooDyy/AgentGym'),
 P(O, 66, 'Transferability in Deep Learning: A Survey', 'related: Transfer Learning',
   arxiv_id='2201.05867', venue='arXiv 2022', year=2022),
 P(O, 68, 'GR00T N1: An Open Foundation Model for Generalist Humanoid Robots', 'related: Robotics & Foundation models',
   year=2025, code='https://github.com/NVIDIA/Isaac-GR00T'),
 P(O, 81, 'Continuously Improving Mobile Manipulation with Autonomous Real-World RL', 'related: Robotics & Vision-based RL',
   arxiv_id='2409.20568', venue='CoRL 2024', year=2024, summary='Mobile Manipulation.'),
 P(O, 82, 'Pre-Training for Robots: Offline RL Enables Learning New Tasks from a Handful of Trials', 'related: Robotics & Vision-based RL',
   arxiv_id='2210.05178', venue='RSS 2023', year=2023),
 P(O, 86, 'HRP: Human Affordances for Robotic Pre-Training', 'related: Robotics & Visual representations',
   arxiv_id='2407.18911', venue='RSS 2024', year=2024),
 P(O, 88, 'Self-Supervised Learning from Images with a Joint-Embedding Predictive Architecture', 'related: Robotics & Visual representations',
   arxiv_id='2301.08243', venue='CVPR 2023', year=2023),
 P(O, 90, 'Visual Reinforcement Learning with Self-Supervised 3D Representations', 'related: Robotics & Visual representations',
   arxiv_id='2210.07241', venue='IROS 2023', year=2023),
 P(O, 93, 'Inference-Time Alignment in Diffusion Models with Reward-Guided Generation: Tutorial and Review', 'related: Generative models for Decision-Making',
   arxiv_id='2501.09685', venue='arXiv 2025', year=2025),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']

def main():
    cache = {}
    out = []
    for d in LABELS:
        lines = cache.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
        d = dict(d)
        n = d.pop('nlines')
        d['raw'] = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
        out.append({k: d[k] for k in KEYS})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(d['is_paper'] for d in out), 'papers')

if __name__ == '__main__':
    main()
