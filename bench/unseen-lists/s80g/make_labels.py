# hand-written labels; raw is copied from the file at the given line
import json
R='guihaik__RCPerception.README.md'; K='keithAND2020__awesome-Occupancy-research.README.md'; Y='yyxr75__Awesome-Occupancy-World-Model.README.md'
def P(lst,line,title,arxiv=None,url=None,venue=None,year=None,code=None,summary=None,section=None,authors=()):
    return dict(list=lst,line=line,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
def N(lst,line,section=None):
    return dict(list=lst,line=line,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
S1='1. 3D Object Detection'; S2='2. Depth Estimation'
G='https://github.com/'
L=[
N(R,2,None),
N(R,6,S1),
P(R,9,'CenterFusion',url='https://openaccess.thecvf.com/content/WACV2021/papers/Nabati_CenterFusion_Center-Based_Radar_and_Camera_Fusion_for_3D_Object_Detection_WACV_2021_paper.pdf',venue='WACV 2021',year=2021,code=G+'mrnabati/CenterFusion',section=S1),
P(R,10,'ClusterFusion',url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10302296',venue='IEEE Access',section=S1),
P(R,11,'CRAFT',arxiv='2209.06535',venue='AAAI 2023',year=2023,section=S1),
P(R,12,'RADIANT',url='http://cvlab.cse.msu.edu/pdfs/Long_Kumar_Morris_Liu_Castro_Chakravarty_AAAI2023.pdf',venue='AAAI 2023',year=2023,code=G+'longyunf/radiant',section=S1),
P(R,13,'TransCAR',arxiv='2305.00397',venue='IROS 2023',year=2023,section=S1),
P(R,14,'RCBEV4d',arxiv='2208.12079',venue='TIV 2023',year=2023,section=S1),
P(R,16,'MVFusion',arxiv='2302.10511',venue='ICRA 2023',year=2023,section=S1),
P(R,20,'HVDetFusion',arxiv='2307.11323',venue='arXiv',code=G+'HVXLab/HVDetFusion',section=S1),
P(R,21,'RCBEVDet',url='https://openaccess.thecvf.com/content/CVPR2024/html/Lin_RCBEVDet_Radar-camera_Fusion_in_Birds_Eye_View_for_3D_Object_CVPR_2024_paper.html',venue='CVPR 2024',year=2024,code=G+'VDIGPKU/RCBEVDet',section=S1),
P(R,22,'CRKD',url='https://openaccess.thecvf.com/content/CVPR2024/html/Zhao_CRKD_Enhanced_Camera-Radar_Object_Detection_with_Cross-modality_Knowledge_Distillation_CVPR_2024_paper.html',venue='CVPR 2024',year=2024,code=G+'Song-Jingyu/CRKD',section=S1),
P(R,23,'CR3DT',arxiv='2403.15313',venue='IROS 2024',year=2024,code=G+'ETH-PBL/CR3DT',section=S1),
P(R,24,'HyDRa',arxiv='2403.07746',venue='arXiv 2024',year=2024,section=S1),
P(R,25,'SpaRC',arxiv='2411.19860',venue='arXiv 2024',year=2024,section=S1),
P(R,26,'RCTrans',arxiv='2412.12799',venue='AAAI 2025',year=2025,code=G+'liyih/RCTrans',section=S1),
P(R,28,'RaCFormer',arxiv='2412.12725',venue='arXiv 2024',year=2024,section=S1),
P(R,35,'CaFNet: A Confidence-Driven Framework for Radar Camera Depth Estimation',arxiv='2407.00697',venue='IROS 2024',year=2024,code=G+'harborsarah/CaFNet',section=S2),
P(R,36,'GET-UP: GEomeTric-aware Depth Estimation with Radar Points UPsampling',venue='WACV 2025',year=2025,code=G+'harborsarah/GET-UP',section=S2),
P(R,37,'LiRCDepth: Lightweight Radar-Camera Depth Estimation via Knowledge Distillation and Uncertainty Guidance',arxiv='2412.16380',venue='CVPR 2023',year=2023,code=G+'harborsarah/LiRCDepth',section=S2),
]
K3='develop / time sequence / 【2023】'
L+=[
P(K,29,'OccNeRF：Rendering Humans from Object-Occluded Monocular Videos',arxiv='2312.09243',venue='ICCV 2023',year=2023,code=G+'LinShan-Bin/OccNeRF',section=K3),
P(K,31,'OctreeOcc: Efficient and Multi-Granularity Occupancy Prediction Using Octree Queries',arxiv='2312.03774',year=2023,section=K3),
P(K,33,'SelfOcc: Self-Supervised Vision-Based 3D Occupancy Prediction',arxiv='2311.12754',year=2023,code=G+'huang-yh/SelfOcc',section=K3),
P(K,37,'FlashOcc：Fast and Memory-Efficient Occupancy Prediction via Channel-to-Height Plugin',arxiv='2311.12058',year=2023,section=K3),
P(K,39,'A Simple Attempt for 3D Occupancy Estimation in Autonomous Driving',arxiv='2303.10076',year=2023,code=G+'GANWANSHUI/SimpleOccupancy',section=K3),
P(K,41,'Occupancy-MAE: Self-Supervised Pre-Training Large-Scale LiDAR Point Clouds With Masked Occupancy Autoencoders',url='https://ieeexplore.ieee.org/abstract/document/10273603/?casa_token=RKAYiCgprDgAAAAA:eq6K85lc3pij8TkcyH8UXCVn2_iy-vNZ04ywQaDt6Nbk70Chbzx8SvZ5I1MPEgyc2K4BtEXW7Att',year=2023,code=G+'chaytonmin/Occupancy-MAE',section=K3),
P(K,43,'Grid-Centric Traffic Scenario Perception for Autonomous Driving: A Comprehensive Review',arxiv='2303.01212',year=2023,section=K3),
P(K,45,'Occ-BEV: Multi-Camera Unified Pre-training via 3D Scene Reconstruction',arxiv='2305.18829',year=2023,code=G+'chaytonmin/UniScene',section=K3),
P(K,47,'OccupancyDETR: Making Semantic Scene Completion as Straightforward as Object Detection',arxiv='2309.08504',year=2023,code=G+'jypjypjypjyp/OccupancyDETR',section=K3),
P(K,51,'PointOcc: Cylindrical Tri-Perspective View for Point-based 3D Semantic Occupancy Prediction',arxiv='2308.16896',year=2023,code=G+'wzzheng/PointOcc',section=K3),
P(K,53,'SurroundOcc: Multi-Camera 3D Occupancy Prediction for Autonomous Driving',url='http://openaccess.thecvf.com/content/ICCV2023/html/Wei_SurroundOcc_Multi-camera_3D_Occupancy_Prediction_for_Autonomous_Driving_ICCV_2023_paper.html',year=2023,code=G+'weiyithu/SurroundOcc',section=K3),
P(K,57,'PanoOcc: Unified Occupancy Representation for Camera-based 3D Panoptic Segmentation',arxiv='2306.10013',year=2023,code=G+'Robertwyq/PanoOcc',section=K3),
P(K,59,'UniOcc: Unifying Vision-Centric 3D Occupancy Prediction with Geometric and Semantic Rendering',arxiv='2306.09117',year=2023,section=K3),
P(K,61,'OccupancyM3D: Learning Occupancy for Monocular 3D Object Detection',arxiv='2305.15694',year=2023,code=G+'SPengLiang/OccupancyM3D',section=K3),
P(K,65,'OccFormer: Dual-path Transformer for Vision-based 3D Semantic Occupancy Prediction',arxiv='2304.05316',year=2023,code=G+'zhangyp15/OccFormer',section=K3),
P(K,71,'Occdepth: A depth-aware method for 3d semantic scene completion',arxiv='2302.13540',year=2023,code=G+'megvii-research/OccDepth',section=K3),
N(K,74,'develop / time sequence'),
P(K,76,'MonoScene: Monocular 3D Semantic Scene Completion',url='http://openaccess.thecvf.com/content/CVPR2022/html/Cao_MonoScene_Monocular_3D_Semantic_Scene_Completion_CVPR_2022_paper.html',venue='CVPR 2022',year=2022,code=G+'cv-rits/MonoScene',section='develop / time sequence / 【2022】'),
N(K,78,'develop / time sequence'),
P(K,80,'Sparse Single Sweep LiDAR Point Cloud Segmentation via Learning Contextual Shape Priors from Scene Completion',url='https://ojs.aaai.org/index.php/AAAI/article/view/16419',year=2021,section='develop / time sequence / 【2021】'),
]
CS='Part I · Framing / The cheat sheet'; A1='Part II · The design axes / Axis 1 — Representation'; A2='Part II · The design axes / Axis 2 — Generative mechanism'
A3='Part II · The design axes / Axis 3 — Conditioning & control'; A4='Part II · The design axes / Axis 4 — Rollout, horizon & stability'; A5='Part II · The design axes / Axis 5 — Supervision & data efficiency'
EV='Part III · How the field is judged / Evaluation — what each metric answers, and its blind spot'
L+=[
P(Y,46,'UniScene',venue='CVPR 2025',year=2025,section=CS),
P(Y,47,'GenieDrive',venue='CVPR 2026',year=2026,section=CS),
P(Y,50,'OccLLaMA',venue='arXiv 2024',year=2024,section=CS),
N(Y,73,A1),
P(Y,75,'GaussianWorld',arxiv='2412.10373',summary='streaming occ via Gaussian updates',section=A1),
N(Y,83,A2),
N(Y,100,A3),
N(Y,104,A3),
N(Y,106,A3),
N(Y,108,A3),
P(Y,114,'COME — Scene-Centric Forecasting Control',arxiv='2506.13260',venue='NeurIPS 2025',year=2025,summary='factors ego-motion out via scene-centric coordinates; injects a forecast as control into a frozen DOME to cut drift',section=A4),
N(Y,119,A4),
N(Y,126,A5),
N(Y,127,A5),
N(Y,162,EV),
N(Y,164,EV),
N(Y,169,EV),
N(Y,179,'Part III · How the field is judged / Leaderboard (read honestly)'),
P(Y,197,'MagicDrive',arxiv='2310.02601',summary='BEVFusion +2.52 mAP / +1.95 NDS',section="Part IV · What it's for, and where it's going / Occupancy as a data engine & simulator / Closes the loop (real downstream numbers)"),
N(Y,210,"Part IV · What it's for, and where it's going / Open frontiers"),
]
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
files={}
samp=[json.loads(l) for l in open('sample.jsonl',encoding='utf-8')]
assert sorted((s['list'],s['line']) for s in samp)==sorted((d['list'],d['line']) for d in L), 'label set differs from sample'
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in L:
        lines=files.setdefault(d['list'],open(d['list'],encoding='utf-8').read().split('\n'))
        d['raw']=lines[d['line']-1]
        f.write(json.dumps({k:d[k] for k in keys},ensure_ascii=False)+'\n')
print(len(L))
