import json
D='/work/main/bench/unseen-lists/s75a/'
Y='yuxin-jiang__Awesome-Anomaly-Generation.README.md'
M='M-3LAB__awesome-industrial-anomaly-detection.README.md'
S='SvyJ__daily-papers.README.md'
files={f:open(D+f,encoding='utf-8').read().split('\n') for f in (Y,M,S)}
out=[]
def P(lst,line,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None):
    out.append(dict(list=lst,line=line,raw=files[lst][line-1],is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section))
def N(lst,line,section):
    out.append(dict(list=lst,line=line,raw=files[lst][line-1],is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
# M-3LAB
T='SOTA methods with code'
P(M,19,'Revisiting Reverse Distillation for Anomaly Detection',url='https://openaccess.thecvf.com/content/CVPR2023/html/Tien_Revisiting_Reverse_Distillation_for_Anomaly_Detection_CVPR_2023_paper.html',venue='CVPR 2023',year=2023,code='https://github.com/tientrandinh/Revisiting-Reverse-Distillation',section=T)
P(M,20,'SimpleNet: A Simple Network for Image Anomaly Detection and Localization',url='https://openaccess.thecvf.com/content/CVPR2023/html/Liu_SimpleNet_A_Simple_Network_for_Image_Anomaly_Detection_and_Localization_CVPR_2023_paper.html',venue='CVPR 2023',year=2023,code='https://github.com/DonaldRR/SimpleNet',section=T)
P(M,21,'Real-time unsupervised anomaly detection with localization via conditional normalizing flows',url='https://openaccess.thecvf.com/content/WACV2022/html/Gudovskiy_CFLOW-AD_Real-Time_Unsupervised_Anomaly_Detection_With_Localization_via_Conditional_Normalizing_WACV_2022_paper.html',venue='WACV 2022',year=2022,code='https://github.com/gudovskiy/cflow-ad',section=T)
P(M,28,'RealNet: A Feature Selection Network with Realistic Synthetic Anomaly for Anomaly Detection',arxiv='2403.05897',venue='CVPR 2024',year=2024,code='https://github.com/cnulab/RealNet',section=T)
P(M,30,'AnomalyGPT: Detecting Industrial Anomalies using Large Vision-Language Models',arxiv='2308.15366',venue='AAAI 2024',year=2024,code='https://github.com/CASIA-IVA-Lab/AnomalyGPT',section=T)
P(M,31,'Catching Both Gray and Black Swans: Open-set Supervised Anomaly Detection',url='https://openaccess.thecvf.com/content/CVPR2022/html/Ding_Catching_Both_Gray_and_Black_Swans_Open-Set_Supervised_Anomaly_Detection_CVPR_2022_paper.html',venue='CVPR 2022',year=2022,code='https://github.com/Choubo/DRA',section=T)
P(M,33,'Deep one-class classification via interpolated gaussian descriptor',url='https://ojs.aaai.org/index.php/AAAI/article/view/19915',venue='AAAI 2022',year=2022,code='https://github.com/tianyu0207/IGD',section=T)
P(M,34,'SoftPatch: Unsupervised Anomaly Detection with Noisy Data',url='https://proceedings.neurips.cc/paper_files/paper/2022/hash/637a456d89289769ac1ab29617ef7213-Abstract-Conference.html',venue='NeurIPS 2022',year=2022,code='https://github.com/TencentYoutuResearch/AnomalyDetection-SoftPatch',section=T)
P(M,43,'AnoVL: Adapting Vision-Language Models for Unified Zero-shot Anomaly Localization',arxiv='2308.15939',venue='arXiv 2023',year=2023,code='https://github.com/hq-deng/AnoVL',section=T)
R='Recent research / CVPR 2024'
P(M,52,'Text-Guided Variational Image Generation for Industrial Anomaly Detection and Segmentation',arxiv='2403.06247',venue='CVPR 2024',year=2024,section=R)
P(M,53,'RealNet: A Feature Selection Network with Realistic Synthetic Anomaly for Anomaly Detection',arxiv='2403.05897',venue='CVPR 2024',year=2024,code='https://github.com/cnulab/RealNet',section=R)
P(M,54,'Toward Generalist Anomaly Detection via In-context Residual Learning with Few-shot Sample Prompts',arxiv='2403.06495',venue='CVPR 2024',year=2024,code='https://github.com/mala-lab/InCTRL',section=R)
P(M,55,'Multimodal Industrial Anomaly Detection by Crossmodal Feature Mapping',arxiv='2312.04521',venue='CVPR 2024',year=2024,section=R)
P(M,56,'Towards Scalable 3D Anomaly Detection and Localization: A Benchmark via 3D Anomaly Synthesis and A Self-Supervised Learning Network',arxiv='2311.14897',venue='CVPR 2024',year=2024,code='https://github.com/Chopper-233/Anomaly-ShapeNet',section=R)
P(M,57,'Real-IAD: A Real-World Multi-view Dataset for Benchmarking Versatile Industrial Anomaly Detection',arxiv='2403.12580',venue='CVPR 2024',year=2024,code='https://github.com/TencentYoutuResearch/AnomalyDetection_Real-IAD',section=R)
P(M,65,'AnomalyCLIP: Object-agnostic Prompt Learning for Zero-shot Anomaly Detection',url='https://openreview.net/forum?id=buC4E91xZE',venue='ICLR 2024',year=2024,code='https://github.com/zqhang/AnomalyCLIP',section='Recent research / ICLR 2024')
A='Recent research / AAAI 2024'
P(M,72,'DiAD: A Diffusion-based Framework for Multi-class Anomaly Detection',arxiv='2312.06607',venue='AAAI 2024',year=2024,code='https://lewandofskee.github.io/projects/diad',section=A)
P(M,74,'AnomalyDiffusion: Few-Shot Anomaly Image Generation with Diffusion Model',arxiv='2312.05767',venue='AAAI 2024',year=2024,code='https://github.com/sjtuplayer/anomalydiffusion',section=A)
W='Recent research / WACV 2024'
P(M,79,'ReConPatch: Contrastive Patch Representation Learning for Industrial Anomaly Detection',url='https://openaccess.thecvf.com/content/WACV2024/papers/Hyun_ReConPatch_Contrastive_Patch_Representation_Learning_for_Industrial_Anomaly_Detection_WACV_2024_paper.pdf',venue='WACV 2024',year=2024,section=W)
P(M,81,'EfficientAD: Accurate Visual Anomaly Detection at Millisecond-Level Latencies',url='https://openaccess.thecvf.com/content/WACV2024/papers/Batzner_EfficientAD_Accurate_Visual_Anomaly_Detection_at_Millisecond-Level_Latencies_WACV_2024_paper.pdf',venue='WACV 2024',year=2024,section=W)
# SvyJ
DD='Defect Detection'; DS='Defect Segmentation'; AD='Anomaly Detection'
P(S,24,'Failure-Aware Refinement of Vision-Language Model for Lithography Defect Detection',arxiv='2606.08908',year=2026,authors=['Pangyun Jeong'],section=DD)
P(S,25,'Attention-Guided Autoencoder Fusion for Insulator Defect Detection Using UAV Transmission-Line Imaging',arxiv='2606.06536',year=2026,authors=['Malak Allam'],section=DD)
P(S,35,'From Full Boards to Tiny Defects: Scale-Aware Tile Inference with Topology-Aware Merging for High-Resolution PCB Defect Detection',arxiv='2605.24726',year=2026,authors=['Mohammad Alijanpour Shalmani'],section=DD)
P(S,36,'FDDet: Achieving Data-Efficient Food Defect Detection Under Real-World Scenarios',arxiv='2605.24508',year=2026,authors=['Ruihao Xu'],section=DD)
P(S,38,'Interpretable Computer Vision for Defect Detection in X-ray Tomography of Aerospace SiC/SiC Composites',arxiv='2605.20159',year=2026,authors=['Antonio Peña Corredor'],section=DD)
P(S,40,'Hybrid Quantum-MambaVision: A Quantum-enhanced State Space Model for Calibrated Mixed-type Wafer Defect Detection',arxiv='2605.16404',year=2026,authors=['Satwik Sai Prakash Sahoo'],section=DD)
P(S,51,'Boxes2Pixels: Learning Defect Segmentation from Noisy SAM Masks',arxiv='2604.11162',venue='CVPR 2026 AI4RWC Workshop',year=2026,authors=['Camile Lendering'],code='https://github.com/CLendering/Boxes2Pixels',section=DS)
P(S,53,'A Segmentation-driven Editing Method for Bolt Defect Augmentation and Detection',arxiv='2508.10509',year=2026,authors=['Yangjie Xiao'],code='https://github.com/Jay-xyj/SBDE',section=DS)
P(S,62,'Exploring Active Learning for Semiconductor Defect Segmentation',arxiv='2507.17359',venue='ICIP 2022',year=2022,authors=['Lile Cai'],section=DS)
P(S,66,'synth-dacl: Does Synthetic Defect Data Enhance Segmentation Accuracy and Robustness for Real-World Bridge Inspections?',arxiv='2506.14255',year=2025,authors=['Johannes Flotzinger'],section=DS)
P(S,67,'Conformal Segmentation in Industrial Surface Defect Detection with Statistical Guarantees',arxiv='2504.17721',year=2025,authors=['Cheng Shen'],section=DS)
P(S,69,'Exploring Few-Shot Defect Segmentation in General Industrial Scenarios with Metric Learning and Vision Foundation Models',arxiv='2502.01216',year=2025,authors=['Tongkun Liu'],code='https://github.com/liutongkun/GFDS',section=DS)
P(S,70,'Effective Defect Detection Using Instance Segmentation for NDI',arxiv='2501.14149',year=2025,authors=['Ashiqur Rahman'],code='https://ai-2-ase.github.io/',section=DS)
P(S,78,'Rethinking Open-World Video Anomaly Detection: Diagnosing Definition Blindness',arxiv='2607.20780',year=2026,authors=['Inpyo Song'],section=AD)
P(S,79,'Facade: High-Precision Insider Threat Detection Using Deep Contextual Anomaly Detection',arxiv='2412.06700',year=2026,authors=['Alex Kantchelian'],section=AD)
P(S,82,'Drift-Aware RL-based Wavelet Denoising for Network-Traffic Anomaly Detection',arxiv='2607.20011',year=2026,authors=['Priyalakshmi Sheela'],section=AD)
P(S,88,'Hybrid Latent-Structural Fusion (HLSF) for Cyber Anomaly Detection',arxiv='2607.18479',year=2026,authors=['Dorianis M. Perez'],section=AD)
P(S,89,'O-VAD: Industrial Video Anomaly Detection through Object-Centric Tracking and Reasoning',arxiv='2607.18142',venue='ECCV 2026',year=2026,authors=['Mei Yuan'],section=AD)
P(S,90,'ClouDens: Operational Context-Aware Anomaly Detection for Large-scale Cloud System Monitoring',arxiv='2607.18127',year=2026,authors=['Thu T. H. Doan'],section=AD)
P(S,93,'FAME: Failure-Aware Mixture-of-Experts for Message-Level Log Anomaly Detection',arxiv='2605.22779',year=2026,authors=['Huanchi Wang'],section=AD)
# yuxin
N(Y,5,'Anomaly Generation / Why Anomaly Generation Matters')
H='Anomaly Generation / Hierarchical Subcategories'
for ln in (12,14,18,20,22): N(Y,ln,H)
C1='2. Controllable Image Generation / 2.1 CutPaste Method Generation'
P(Y,43,'Natural Synthetic Anomalies for Self-supervised Anomaly Detection and Localization',arxiv='2109.15222',venue='ECCV 2022',year=2022,code='https://github.com/hmsch/natural-synthetic-anomalies',section=C1)
G='2. Controllable Image Generation / 2.2 GAN Generation'
P(Y,48,'Multistage GAN for Fabric Defect Detection',url='https://pubmed.ncbi.nlm.nih.gov/31870985/',year=2019,section=G)
P(Y,52,'Defect Transfer GAN: Diverse Defect Synthesis for Data Augmentation',url='https://openreview.net/pdf?id=2hMEdc35xZ6',venue='BMVC 2022',year=2022,section=G)
TB='2. Controllable Image Generation / 2.3 Diffusion Generation / 2.3.1 Text-based Generation'
P(Y,63,'Component-aware Unsupervised Logical Anomaly Generation for Industrial Anomaly Detection',arxiv='2502.11712',year=2025,section=TB)
P(Y,64,'Photovoltaic Defect Image Generator with Boundary Alignment Smoothing Constraint for Domain Shift Mitigation',arxiv='2505.06117',year=2025,section=TB)
IB='2. Controllable Image Generation / 2.3 Diffusion Generation / 2.3.2 Image-based Generation'
P(Y,72,'Progressive Boundary Guided Anomaly Synthesis for Industrial Anomaly Detection',url='https://ieeexplore.ieee.org/document/10716437',venue='TCSVT 2024',year=2024,code='https://github.com/cqylunlun/PBAS',section=IB)
P(Y,73,'Few-Shot Anomaly-Driven Generation for Anomaly Classification and Segmentation',url='https://csgaobb.github.io/Pub_files/ECCV2024_AnoGen_CR_0730_Mobile.pdf',venue='ECCV 2024',year=2024,code='https://github.com/gaobb/AnoGen',section=IB)
P(Y,74,'Bounding Box-Guided Diffusion for Synthesizing Industrial Images and Segmentation Map',arxiv='2505.03623',venue='CVPRW 2025',year=2025,code='https://github.com/covisionlab/diffusion_labeling',section=IB)
TI='2. Controllable Image Generation / 2.3 Diffusion Generation / 2.3.3 Multi-Modal Generation / 2.3.3.1 Text-Image Multi-Modal'
P(Y,87,'AnomalyControl: Learning Cross-modal Semantic Features for Controllable Anomaly Synthesis',arxiv='2412.06510',year=2024,section=TI)
P(Y,88,'AnoStyler: Text-Driven Localized Anomaly Generation via Lightweight Style Transfer',arxiv='2511.06687',venue='AAAI 2026',year=2026,code='https://github.com/yulimso/AnoStyler',section=TI)
P(Y,90,'AnomalyControl: Highly-Aligned Anomalous Image Generation with Controlled Diffusion Model',url='https://dl.acm.org/doi/abs/10.1145/3746027.3755274',venue='ACM MM 2025',year=2025,section=TI)
PM='3. Precise Mask'
P(Y,102,'Progressive Boundary Guided Anomaly Synthesis for Industrial Anomaly Detection',url='https://ieeexplore.ieee.org/document/10716437',venue='TCSVT 2024',year=2024,code='https://github.com/cqylunlun/PBAS',section=PM)
P(Y,103,'Anodapter: A Unified Framework for Generating Aligned Anomaly Images and Masks Using Diffusion Models',url='https://ieeexplore.ieee.org/document/11000123',year=2025,section=PM)
P(Y,104,'Bounding Box-Guided Diffusion for Synthesizing Industrial Images and Segmentation Map',arxiv='2505.03623',venue='CVPRW 2025',year=2025,code='https://github.com/covisionlab/diffusion_labeling',section=PM)
out.sort(key=lambda d:(d['list'],d['line']))
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out))
