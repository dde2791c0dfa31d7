#!/usr/bin/env python3
"""Hand-written labels (read by eye); raw is cut from the file at the entry's start line."""
import json

E = 'EasonChen99__Depth-Estimation-Papers.README.md'
M = 'Mkalilia__Self-Supervised-depth.README.md'
B = 'bei181__Monocular-Depth-Estimation.README.md'

def lines_of(name):
    with open(name, encoding='utf-8', newline='') as f:
        return f.read().split('\n')

def raw_at(name, line):
    ls = lines_of(name)
    if name == B:   # paragraph entry: title line, link line, notes, up to the blank line
        out = []
        i = line - 1
        while i < len(ls) and ls[i].strip() != '':
            out.append(ls[i]); i += 1
        return '\n'.join(out)
    return ls[line - 1]

def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, code=None, summary=None, section=None, authors=None):
    return dict(list=lst, line=line, raw=raw_at(lst, line), is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section)

def N(lst, line, section):
    return dict(list=lst, line=line, raw=raw_at(lst, line), is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)

ES = '1. Monocular Depth Estimation / 1.1 Supervised'
ESS = '1. Monocular Depth Estimation / 1.2 Self-Supervised'
CVF = 'https://openaccess.thecvf.com/content/'
L = []
L += [
 N(E, 10, 'Outline'),
 P(E, 23, 'Trap Attention: Monocular Depth Estimation with Manual Traps', url=CVF+'CVPR2023/papers/Ning_Trap_Attention_Monocular_Depth_Estimation_With_Manual_Traps_CVPR_2023_paper.pdf', venue='CVPR 2023', year=2023, code='https://github.com/ICSResearch/TrapAttention', summary='Transformer, Lightweight', section=ES),
 P(E, 24, 'NDDepth: Normal-Distance Assisted Monocular Depth Estimation', url=CVF+'ICCV2023/papers/Shao_NDDepth_Normal-Distance_Assisted_Monocular_Depth_Estimation_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/ShuweiShao/NDDepth', summary='Scene Geometry Constraint', section=ES),
 P(E, 25, 'Learning Depth Estimation for Transparent and Mirror Surfaces', url=CVF+'ICCV2023/papers/Costanzino_Learning_Depth_Estimation_for_Transparent_and_Mirror_Surfaces_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/CVLAB-Unibo/Depth4ToM-code#-learning-depth-estimation-for-transparent-and-mirror-surfaces-iccv-2023-', summary='Transparent and Mirror Surfaces', section=ES),
 P(E, 26, 'Towards Zero-Shot Scale-Aware Monocular Depth Estimation', url=CVF+'ICCV2023/papers/Guizilini_Towards_Zero-Shot_Scale-Aware_Monocular_Depth_Estimation_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/tri-ml/vidar', summary='Zero-Shot', section=ES),
 P(E, 27, 'GEDepth: Ground Embedding for Monocular Depth Estimation', url=CVF+'ICCV2023/papers/Yang_GEDepth_Ground_Embedding_for_Monocular_Depth_Estimation_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/qcraftai/gedepth', summary='Zero-Shot', section=ES),
 P(E, 28, 'IEBins: Iterative Elastic Bins for Monocular Depth Estimation', arxiv='2309.14137', venue='NIPS 2023', year=2023, code='https://github.com/ShuweiShao/IEBins', summary='Classification-Regression-Based', section=ES),
 P(E, 29, 'The Surprising Effectiveness of Diffusion Models for Optical Flow and Monocular Depth Estimation', arxiv='2306.01923', venue='NIPS 2023', year=2023, summary='Diffusion Model', section=ES),
 P(E, 30, 'Deep Ordinal Regression Network for Monocular Depth Estimation', url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Fu_Deep_Ordinal_Regression_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, summary='First Work to Turn Regression to Classification', section=ES),
 P(E, 39, 'Lite-Mono: A Lightweight CNN and Transformer Architecture for Self-Supervised Monocular Depth Estimation', url=CVF+'CVPR2023/papers/Zhang_Lite-Mono_A_Lightweight_CNN_and_Transformer_Architecture_for_Self-Supervised_Monocular_CVPR_2023_paper.pdf', venue='CVPR 2023', year=2023, code='https://github.com/noahzn/Lite-Mono', summary='CNN+Transformer, Lightweight', section=ESS),
 P(E, 41, 'Self-supervised Monocular Depth Estimation: Let\u2019s Talk About The Weather', url=CVF+'ICCV2023/papers/Saunders_Self-supervised_Monocular_Depth_Estimation_Lets_Talk_About_The_Weather_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/kieran514/robustdepth', summary='Adverse Weather', section=ESS),
 P(E, 42, 'Robust Monocular Depth Estimation under Challenging Conditions', url=CVF+'ICCV2023/papers/Gasperini_Robust_Monocular_Depth_Estimation_under_Challenging_Conditions_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code=None, summary='Adverse Weather', section=ESS),
 P(E, 45, '3D Distillation:Improving Self-Supervised Monocular Depth Estimation on Reflective Surfaces', url=CVF+'ICCV2023/papers/Shi_3D_Distillation_Improving_Self-Supervised_Monocular_Depth_Estimation_on_Reflective_Surfaces_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, summary='Reflective Surfaces', section=ESS),
 P(E, 46, 'Out-of-Distribution Detection for Monocular Depth Estimation', url=CVF+'ICCV2023/papers/Hornauer_Out-of-Distribution_Detection_for_Monocular_Depth_Estimation_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023, code='https://github.com/jhornauer/mde_ood', summary='Out-of-Distribution Detection', section=ESS),
 P(E, 50, 'R-MSFM: Recurrent Multi-Scale Feature Modulation for Monocular Depth Estimating', url=CVF+'ICCV2021/papers/Zhou_R-MSFM_Recurrent_Multi-Scale_Feature_Modulation_for_Monocular_Depth_Estimating_ICCV_2021_paper.pdf', venue='ICCV 2021', year=2021, code='https://github.com/jsczzzk/R-MSFM', summary='Feature Modulation Module', section=ESS),
 P(E, 53, 'Unsupervised Learning of Depth and Ego-Motion from Video', url='https://openaccess.thecvf.com/content_cvpr_2017/papers/Zhou_Unsupervised_Learning_of_CVPR_2017_paper.pdf', venue='CVPR 2017', year=2017, code='https://github.com/tinghuiz/SfMLearner', summary='First Video-Based Self-Supervised', section=ESS),
 P(E, 69, 'RoboDepth: Robust Out-of-Distribution Depth Estimation under Corruptions', arxiv='2310.15171', venue='NIPS 2023', year=2023, summary='Investigation and Benchmark of Out-of-Distribution in Monocular Depth Estimation', section='3. Survey'),
 N(E, 79, '4. Datasets / 4.1 Outdoor'),
 N(E, 83, '4. Datasets / 4.2 Indoor'),
 N(E, 85, '4. Datasets / 4.2 Indoor'),
]
SFM = '2-Mono-SfM'
L += [
 N(M, 11, 'Contents'),
 N(M, 12, 'Contents'),
 N(M, 15, 'Contents'),
 P(M, 30, 'Forget About the LiDAR: Self-Supervised Depth Estimators with MED Probability Volumes', arxiv='2008.03633', venue='NIPS 2020', year=2020, section='1-Monocular-depth with Cost Volume'),
 P(M, 40, 'Semi-Supervised Deep Learning for Monocular Depth Map Prediction', arxiv='1702.02706', venue='CVPR 2017', year=2017, section=SFM + ' / 2017'),
 P(M, 41, 'SfMLearner: Unsupervised Learning of Depth and Ego-Motion from Video', arxiv='1704.07813', venue='CVPR 2017', year=2017, code='https://github.com/tinghuiz/SfMLearner', section=SFM + ' / 2017'),
 P(M, 45, 'DVO: Learning Depth from Monocular Videos using Direct Methods', arxiv='1712.00175', venue='CVPR 2018', year=2018, section=SFM + ' / 2018'),
 P(M, 64, 'DeepSFM: Structure From Motion Via Deep Bundle Adjustment', arxiv='1912.09697', venue='ECCV 2020', year=2020, section=SFM + ' / 2020'),
 P(M, 79, 'HR-Depth : High Resolution Self-Supervised Monocular Depth Estimation', venue='AAAI 2021', year=2021, code='https://github.com/shawLyu/HR-Depth', section=SFM + ' / 2021'),
 P(M, 88, 'Monocular Depth Estimation through Virtual-world Supervision and Real-world SfM Self-Supervision', arxiv='2103.12209', year=2021, section=SFM + ' / 2021'),
 N(M, 90, SFM + ' / 2021'),
 P(M, 97, 'R4Dyn: Exploring Radar for Self-Supervised Monocular Depth Estimation of Dynamic Scenes', year=2021, section=SFM + ' / 2021'),
 P(M, 98, 'Unsupervised Monocular Depth Estimation in Highly Complex Environments', arxiv='2107.13137', year=2021, section=SFM + ' / 2021'),
 P(M, 104, 'DispNet: Unsupervised Monocular Depth Estimation with Left-Right Consistency', arxiv='1609.03677', venue='CVPR 2017', year=2017, section='3-Multi-view-stereo'),
 P(M, 107, 'Self-supervised Multi-view Stereo via Effective Co-Segmentation and Data-Augmentation', arxiv='2104.05374', venue='AAAI 2021', year=2021, section='3-Multi-view-stereo'),
 P(M, 116, 'ORB-SLAM2: An Open-Source SLAM System for Monocular, Stereo, and RGB-D Cameras', arxiv='1610.06475', venue='TR 2017', year=2017, section='4-SLAM-Visual-Odometry'),
 P(M, 125, 'Self-improving visual odometry', arxiv='1812.03245', year=2018, section='4-SLAM-Visual-Odometry / 2018'),
 P(M, 140, 'SA-LOAM: Semantic-aided LiDAR SLAM with Loop Closure', arxiv='2106.11516', venue='ICRA 2021', year=2021, section='4-SLAM-Visual-Odometry / 2020'),
 P(M, 171, 'Enhancing self-supervised monocular depth estimation with traditional visual odometry', arxiv='1908.03127', venue='3DV 2019', year=2019, section='6-depth-estimation-and-complementation'),
 P(M, 172, 'S3Net: Semantic-aware self-supervised depth estimation with monocular videos and synthetic data', arxiv='2007.14511', venue='ECCV 2020', year=2020, section='6-depth-estimation-and-complementation'),
]
BS = 'Papers of CVPR2021'
def BP(line, title, arxiv=None, code=None):
    return P(B, line, title, arxiv=arxiv, venue='CVPR 2021', year=2021, code=code, section=BS)
L += [
 BP(9, 'Regularizing Nighttime Weirdness: Efficient Self-supervised Monocular Depth Estimation in the Dark', '2108.03830'),
 BP(13, 'Towards Interpretable Deep Networks for Monocular Depth Estimation', '2108.05312', 'https://github.com/youzunzhi/InterpretableMDE'),
 BP(18, 'Self-supervised Monocular Depth Estimation for All Day Images using Domain Separation', '2108.07628'),
 BP(22, 'StructDepth: Leveraging the structural regularities for self-supervised indoor depth estimation', '2108.08574', 'https://github.com/SJTU-ViSYS/StructDepth'),
 BP(26, 'Fine-grained Semantics-aware Representation Enhancement for Self-supervised Monocular Depth Estimation', '2108.08829', 'https://github.com/hyBlue/FSRE-Depth'),
 BP(30, 'Depth360: Monocular Depth Estimation using Learnable Axisymmetric Camera Model for Spherical Camera Image', '2110.10415'),
 BP(34, 'PlaneRecNet: Multi-Task Learning with Cross-Task Consistency for Piece-Wise Plane Detection and Reconstruction from a Single RGB Image', '2110.11219'),
 BP(38, 'Pseudo Supervised Monocular Depth Estimation with Teacher-Student Network', '2110.11545'),
 BP(42, 'Absolute distance prediction based on deep learning object detection and monocular depth estimation models', '2111.01715'),
 BP(46, 'CamLessMonoDepth: Monocular Depth Estimation with Unknown Camera Parameters', '2110.14347'),
 BP(50, 'Self-Supervised Monocular Scene Decomposition and Depth Estimation', '2110.11275'),
 BP(54, 'Self-Supervised Monocular Depth Estimation with Internal Feature Fusion', '2110.09482'),
 BP(62, 'Attention meets Geometry: Geometry Guided Spatial-Temporal Attention for Consistent Self-Supervised Monocular Depth Estimation', '2110.08192'),
 BP(74, 'ManyDepth-The Temporal Opportunist: Self-Supervised Multi-Frame Monocular Depth', '2104.14540', 'https://github.com/nianticlabs/manydepth'),
 BP(78, 'Adversarial Domain Feature Adaptation for Bronchoscopic Depth Estimation', '2109.11798'),
 BP(82, 'Excavating the Potential Capacity of Self-Supervised Monocular Depth Estimation', '2109.12484', 'https://github.com/prstrive/EPCDepth'),
 BP(89, 'Weakly-Supervised Monocular Depth Estimation with Resolution-Mismatched Data', '2109.11573'),
 BP(97, 'Monocular Depth Estimation Using Laplacian Pyramid-Based Depth Residuals (LapDepth)', None, 'https://github.com/tjqansthd/LapDepth-release'),
 BP(101, 'Improving 360\u25e6 Monocular Depth Estimation via Non-local Dense Prediction Transformer and Joint Supervised and Self-supervised Learning', '2109.10563'),
 BP(105, 'On the Sins of Image Synthesis Loss for Self-supervised Depth Estimation', '2109.06163'),
]
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in L:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(L))
