import json
HERE='/work/main/bench/unseen-lists/s59h/'
S=json.load(open(HERE+'sample.json'))
F='Foruck__Awesome-Human-Motion.README.md'
L='LimiTrix__hmpsurvey.README.md'
M='MasterYip__awesome-humanoid-motion-synthesis.README.md'
def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None, doi=None):
    return dict(is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
def N(section):
    return dict(is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
MG='Motion Generation'
lab={F:{
22:P('FTMoMamba: Motion Generation with Frequency and Text State Space Models','2411.17532',None,'arXiv 2024',2024,['Li'],section=MG),
24:P('KinMo: Kinematic-aware Human Motion Understanding and Generation',None,None,'arXiv 2024',2024,['Zhang'],section=MG),
39:P('CLoSD: Closing the Loop between Simulation and Diffusion for multi-task character control',None,None,'arXiv 2024',2024,['Tevet'],section=MG),
40:P('Quo Vadis, Motion Generation? From Large Language Models to Large Motion Models','2410.03311',None,'arXiv 2024',2024,['Wang'],section=MG),
51:P('MoMu-Diffusion: On Learning Long-Term Motion-Music Synchronization and Correspondence',None,None,'NeurIPS 2024',2024,['You'],section=MG),
52:P('MoGenTS: Motion Generation based on Spatial-Temporal Joint Modeling',None,None,'NeurIPS 2024',2024,['Yuan'],section=MG),
54:P('Fitness Aware Human Motion Generation with Fine-Tuning',None,'https://openreview.net/forum?id=BTSnh5YdeI','NeurIPS 2024 Workshop',2024,['Bikov'],section=MG),
61:P('Local Action-Guided Motion Diffusion Model for Text-to-Motion Generation',None,None,'ECCV 2024',2024,['Jin'],section=MG),
63:P('EMDM: Efficient Motion Diffusion Model for Fast, High-Quality Human Motion Generation',None,None,'ECCV 2024',2024,['Zhou'],section=MG),
79:P('MotionLCM: Real-time Controllable Motion Generation via Latent Consistency Model',None,None,'ECCV 2024',2024,['Dai'],section=MG),
82:P('Large Motion Model for Unified Multi-Modal Motion Generation',None,None,'ECCV 2024',2024,['Zhang'],section=MG),
86:P('Anatomically-Informed Vector Quantization Variational Auto-Encoder for Text-to-Motion Generation',None,'https://ieeexplore.ieee.org/abstract/document/10645445','ICME 2024 Workshop',2024,['Chen'],section=MG),
88:P('Bringing Motion Taxonomies to Continuous Domains via GPLVM on Hyperbolic Manifolds',None,None,'ICML 2024',2024,['Jaquier'],section=MG),
89:P('Flexible Motion In-betweening with Diffusion Models',None,None,'SIGGRAPH 2024',2024,['Cohan'],section=MG),
92:P('TEDi: Temporally-Entangled Diffusion for Long-Term Motion Synthesis',None,None,'SIGGRAPH 2024',2024,['Zhang'],section=MG),
93:P('Interactive Character Control with Auto-Regressive Motion Diffusion Models',None,None,'SIGGRAPH 2024',2024,['Shi'],code='https://github.com/Yi-Shi94/AMDM',section=MG),
99:P('Towards Variable and Coordinated Holistic Co-Speech Motion Generation',None,None,'CVPR 2024',2024,['Liu'],section=MG),
108:P('FlowMDM: Seamless Human Motion Composition with Blended Positional Encodings',None,None,'CVPR 2024',2024,['Barquero'],section=MG),
110:P('Multi-Track Timeline Control for Text-Driven 3D Human Motion Generation',None,None,'CVPR 2024 Workshop',2024,['Petrovich'],section=MG),
111:P('Exploring Text-to-Motion Generation with Human Preference',None,None,'CVPR 2024 Workshop',2024,['Sheng'],code='https://github.com/THU-LYJ-Lab/InstructMotion',section=MG),
},
L:{
11:N('Table of Contents'),12:N('Table of Contents'),13:N('Table of Contents'),16:N('Table of Contents'),
26:N('Datasets'),27:N('Datasets'),28:N('Datasets'),29:N('Datasets'),
36:P('Recurrent Network Models for Human Dynamics','1508.00271',None,'ICCV 2015',2015,summary='Encoder > Recurrent > Decoder',section='Included Papers'),
39:P('Auto-Conditioned Recurrent Networks for Extended Complex Human motion Synthesis',None,'https://openreview.net/pdf?id=r11Q2SlRW','ICLR 2018',2018,code='https://github.com/papagina/Auto_Conditioned_RNN_motion',section='Included Papers'),
40:P('HP-GAN: Probabilistic 3D human motion prediction via GAN','1711.09561',None,'CVPR 2017',2017,code='https://github.com/ebarsoum/hpgan',section='Included Papers'),
42:P('Predicting 3D Human Dynamics from Video','1908.04781',None,'ICCV 2019',2019,code='https://github.com/akanazawa/human_dynamics',summary='3D body from image-sequence input.',section='Included Papers'),
43:P('Structured Prediction Helps 3D Human Motion Modelling','1910.09070',None,'ICCV 2019',2019,summary='Introduced a layer that improves prediction result by chaining the prediction step.',section='Included Papers'),
52:P('Deep Learning in Next-Frame Prediction: A Benchmark Review',None,'https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9063513&tag=1','IEEE Access 2020',2020,summary='Benchmark on video prediction',section='Literature and Codes / Survey Papers'),
62:P('Recurrent Network Models for Human Dynamics','1508.00271',None,'ICCV 2015',2015,summary='Encoder > Recurrent > Decoder',section='Literature and Codes / Regression Prediction'),
65:P('On human motion prediction using recurrent neural networks','1705.02445',None,'CVPR 2017',2017,section='Literature and Codes / Regression Prediction'),
75:P('DLow: Diversifying Latent Flows for Diverse Human Motion Prediction',None,'https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123540324.pdf','ECCV 2020',2020,code='https://github.com/Khrylx/DLow',section='Literature and Codes / Diverse Prediction'),
92:P('Predicting 3D Human Dynamics from Video','1908.04781',None,'ICCV 2019',2019,code='https://github.com/akanazawa/human_dynamics',summary='3D body from image-sequence input.',section='Literature and Codes / Miscellaneous Human Body'),
93:P('Structured Prediction Helps 3D Human Motion Modelling','1910.09070',None,'ICCV 2019',2019,summary='Introduced a layer that improves prediction result by chaining the prediction step.',section='Literature and Codes / Miscellaneous Human Body'),
94:P('Perpetual Motion: Generating Unbounded Human Motion','2007.13886',None,'CVPR 2020',2020,summary='using SMPL param for body',section='Literature and Codes / Miscellaneous Human Body'),
},
M:{}}
S1='1. Data-Driven Motion Synthesis / '
S2='2. Diffusion Models for Object Interaction / '
S3='3. Text-Controlled Simulated Characters / '
S4='4. Humanoid Motion Imitation / '
S7='7. Core Techniques / '
def MY(line,title,arxiv,url,year,authors,sec,doi=None):
    raw=[e for e in S[M]['entries'] if e['line']==line][0]['raw']
    summ=raw.split('\n')[1].strip()[2:]
    lab[M][line]=P(title,arxiv,url,None,year,authors,summary=summ,section=sec,doi=doi)
MY(10,'MDM (Motion Diffusion Model)','2209.14916',None,2023,['Tevet'],S1+'1.1 Text-to-Motion Diffusion Models')
MY(30,'SinMDM (Single Motion Diffusion)',None,'https://openreview.net/pdf?id=DrhZneqz4n',2024,['Raab'],S1+'1.2 Generalization and Few-Shot Methods')
MY(35,'A-MDM','2306.14990',None,2024,['Shi'],S1+'1.3 Auto-Regressive Diffusion Models')
MY(38,'CAMDM (Taming Diffusion)','2404.15462',None,2024,['Chen'],S1+'1.3 Auto-Regressive Diffusion Models')
MY(60,'THOR','2403.11208',None,2024,['Wu'],S2+'2.1 Human-Object Interaction (HOI)')
MY(63,'HOI-Diff','2312.06553',None,2023,['Peng'],S2+'2.1 Human-Object Interaction (HOI)')
MY(69,'Move As You Say, Interact As You Can','2403.18036',None,2024,['Wang'],S2+'2.1 Human-Object Interaction (HOI)')
MY(77,'GenZI (Zero-shot 3D Human-Scene Interaction)','2311.17737',None,2024,['Li','Dai'],S2+'2.2 Human-Scene Interaction (HSI)')
MY(80,'NIFTY (Neural Object Interaction Fields)','2307.07511',None,2024,['Kulkarni'],S2+'2.2 Human-Scene Interaction (HSI)')
MY(85,'Diffusion-based Generation in 3D Scenes','2301.00398',None,2023,['Huang'],S2+'2.3 Physics-Based Scene Interaction')
MY(97,'MoConVQ','2310.10198',None,2024,['Yao'],S3+'3.1 Language-Directed Physics Control')
MY(101,'UniHSI (Unified Human-Scene Interaction)',None,'https://openreview.net/forum?id=1vCnDyQkjg',2024,['Xiao'],S3+'3.2 LLM-Based Control')
MY(104,'InsActor','2312.17135',None,2023,['Ren'],S3+'3.2 LLM-Based Control')
MY(127,'Physics-Based Motion Capture Imitation',None,'https://dl.acm.org/doi/10.1145/3281659',2018,['Chentanez'],S4+'4.1 Deep Reinforcement Learning for Imitation')
MY(148,'Residual Force Control','2006.07364',None,2020,['Yuan','Kitani'],S4+'4.3 Specialized Motion Tracking')
MY(161,'ASE (Adversarial Skill Embeddings)',None,'https://dl.acm.org/doi/10.1145/3528223.3530110',2022,['Peng'],S4+'4.4 Adversarial and Compositional Methods')
MY(189,'DDPM (Denoising Diffusion Probabilistic Models)','2006.11239',None,2020,['Ho'],S7+'7.1 Diffusion Models')
MY(195,'Improved Techniques for Training Score-Based Models','2006.09011',None,2020,['Song','Ermon'],S7+'7.1 Diffusion Models')
MY(214,'PhysDiff Metrics','2212.02500',None,2023,['Yuan'],S7+'7.4 Evaluation Methods')
MY(223,'Synthesizing Physical Character-Scene Interactions',None,'https://doi.org/10.1145/3588432.3591525',2023,['Hassan'],'8. Specific Task Benchmarks / 8.1 Object Interaction Tasks',doi='10.1145/3588432.3591525')
out=open(HERE+'labels.jsonl','w',encoding='utf-8')
for name in sorted(S):
    ents=S[name]['entries']
    assert set(e['line'] for e in ents)==set(lab[name]), (name, set(e['line'] for e in ents)^set(lab[name]))
    for e in ents:
        d=dict(list=name,line=e['line'],raw=e['raw']); d.update(lab[name][e['line']])
        out.write(json.dumps(d,ensure_ascii=False)+'\n')
out.close()
