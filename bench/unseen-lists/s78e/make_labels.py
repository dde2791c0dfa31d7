# Hand-written labels; raw is copied from the file by (line, number of lines) only.
import json
K='krahets__awesome-mvs.README.md'
V='Voyagerlemon__Awesome-3D-Reconstruction.README.md'
P='PolySummit__Awesome-3D-Reconstruction-and-Generation.README.md'
files={f:open(f,encoding='utf-8').read().split('\n') for f in (K,V,P)}
def np(lst,line,section,n=1):
    return dict(list=lst,line=line,n=n,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
def p(lst,line,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,n=1):
    return dict(list=lst,line=line,n=n,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section)
DM='Paper / Multi-View Stereo / Depth-Map Representation'
NI='Paper / Multi-View Stereo / Neural Implicit Representation'
FF='3D Reconstruction / Feedforward Recon'
FS='3D Reconstruction / Few Shot generated Recon'
L=[
# PolySummit
p(P,34,'Fast3R: Towards 3D Reconstruction of 1000+ Images in One Forward Pass','2501.13928',venue='CVPR 2025',year=2025,code='https://github.com/facebookresearch/fast3r',section=FF),
np(P,17,'Contents'),
np(P,47,FS),
p(P,32,'Pow3R: Empowering Unconstrained 3D Reconstruction with Camera and Scene Priors','2503.17316',venue='CVPR 2025',year=2025,section=FF),
p(P,30,'VGGT:Visual Geometry Grounded Transformer','2503.11651',venue='CVPR 2025',year=2025,code='https://github.com/facebookresearch/vggt',section=FF),
p(P,48,'VideoLifter: Lifting Videos to 3D with Fast Hierarchical Stereo Alignment','2501.01949',year=2025,section=FS),
p(P,56,'DUSt3R: Geometric 3D Vision Made Easy','2312.14132',venue='CVPR 2024',year=2024,code='https://github.com/naver/dust3r',section='Articulated Object Reconstruction'),
p(P,39,'3D Reconstruction with Spatial Memory','2408.16061',venue='3DV 2025',year=2025,code='https://github.com/HengyiWang/spann3r',section=FF),
p(P,40,'Grounding Image Matching in 3D with MASt3R','2406.09756',venue='arXiv 2024',year=2024,code='https://github.com/naver/mast3r',section=FF),
p(P,33,'FLARE: Feed-forward Geometry, Appearance and Camera Estimation from Uncalibrated Sparse Views','2502.12138',venue='CVPR 2025',year=2025,code='https://github.com/ant-research/FLARE',section=FF),
np(P,19,'Contents'),
p(P,63,'DUSt3R: Geometric 3D Vision Made Easy','2312.14132',venue='CVPR 2024',year=2024,code='https://github.com/naver/dust3r',section='Indoor Scene Layout Generation'),
np(P,62,'Indoor Scene Layout Generation'),
np(P,68,'Human Motion Generation'),
p(P,31,'MUSt3R: Multi-view Network for Stereo 3D Reconstruction','2503.01661',venue='CVPR 2025',year=2025,section=FF),
p(P,35,'Continuous 3D Perception Model with Persistent State','2501.12387',venue='CVPR 2025',year=2025,code='https://github.com/CUT3R/CUT3R',section=FF),
np(P,21,'Contents'),
p(P,49,'DUSt3R: Geometric 3D Vision Made Easy','2312.14132',venue='CVPR 2024',year=2024,code='https://github.com/naver/dust3r',section=FS),
p(P,38,'MV-DUSt3R+: Single-Stage Scene Reconstruction from Sparse Views In 2 Seconds','2412.06974',venue='CVPR 2025',year=2025,code='https://github.com/facebookresearch/mvdust3r',section=FF),
np(P,20,'Contents'),
# Voyagerlemon
p(V,123,'NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis','2003.08934',venue='ECCV 2020',year=2020,code='https://github.com/bmild/nerf',section='Neural Radiance Fields (NeRF)',n=6),
p(V,163,'SMPL: A Skinned Multi-Person Linear Model',url='https://dl.acm.org/doi/10.1145/2816795.2818013',venue='SIGGRAPH Asia 2015',year=2015,section='Human Body & Face Reconstruction',n=6),
p(V,132,'Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields','2103.13415',venue='ICCV 2021',year=2021,code='https://github.com/google/mipnerf',section='Neural Radiance Fields (NeRF)',n=6),
p(V,185,'Zero-1-to-3: Zero-shot One Image to 3D Object','2303.11328',venue='ICCV 2023',year=2023,code='https://github.com/cvlab-columbia/zero123',section='Generative 3D Reconstruction',n=6),
p(V,83,'DPT: Vision Transformers for Dense Prediction','2103.13413',venue='ICCV 2021',year=2021,code='https://github.com/isl-org/DPT',section='Depth Estimation',n=6),
p(V,152,'D-NeRF: Neural Radiance Fields for Dynamic Scenes','2011.13961',venue='CVPR 2021',year=2021,code='https://github.com/albertpumarola/D-NeRF',section='Dynamic Scene Reconstruction',n=6),
p(V,112,'DeepSDF: Learning Continuous Signed Distance Functions for Shape Representation','1901.05103',venue='CVPR 2019',year=2019,code='https://github.com/facebookresearch/DeepSDF',section='Neural Implicit Representations',n=6),
p(V,72,'IterMVS: Iterative Probability Estimation for Efficient Multi-View Stereo','2112.05126',venue='CVPR 2022',year=2022,code='https://github.com/FangjinhuaWang/IterMVS',section='Multi-View Stereo (MVS)',n=6),
p(V,92,'Depth Anything: Unleashing the Power of Large-Scale Unlabeled Data','2401.10891',venue='CVPR 2024',year=2024,code='https://github.com/LiheYoung/Depth-Anything',section='Depth Estimation',n=6),
p(V,207,'NeRF Is a Valuable Assistant for 3D Gaussian Splatting',url='https://openaccess.thecvf.com/content/ICCV2025/html/Fang_NeRF_Is_a_Valuable_Assistant_for_3D_Gaussian_Splatting_ICCV_2025_paper.html',venue='ICCV 2025',year=2025,section='Hybrid Representations',n=6),
p(V,196,'3D Gaussian Splatting for Real-Time Radiance Field Rendering','2308.04079',venue='SIGGRAPH 2023',year=2023,code='https://github.com/graphdeco-inria/gaussian-splatting',section='3D Gaussian Splatting',n=6),
p(V,141,'Instant-NGP: Instant Neural Graphics Primitives with a Multiresolution Hash Encoding','2201.05989',venue='SIGGRAPH 2022',year=2022,code='https://github.com/NVlabs/instant-ngp',section='Neural Radiance Fields (NeRF)',n=6),
p(V,103,'Occupancy Networks: Learning 3D Reconstruction in Function Space','1812.03828',venue='CVPR 2019',year=2019,code='https://github.com/autonomousvision/occupancy_networks',section='Neural Implicit Representations',n=6),
np(V,47,'Conventional Commits'),
p(V,63,'MVSNet: Depth Inference for Unstructured Multi-view Stereo','1804.02505',venue='ECCV 2018',year=2018,code='https://github.com/YoYo000/MVSNet',section='Multi-View Stereo (MVS)',n=6),
np(V,22,'Table of Contents'),
np(V,33,'Format'),
p(V,227,'VGGT: Visual Geometry Grounded Transformer',url='https://openaccess.thecvf.com/content/CVPR2025/html/Wang_VGGT_Visual_Geometry_Grounded_Transformer_CVPR_2025_paper.html',venue='CVPR 2025',year=2025,code='https://github.com/facebookresearch/vggt',section='Feed-Forward 3D Reconstruction',n=6),
p(V,216,'HyRF: Hybrid Radiance Fields for Memory-efficient and High-quality Novel View Synthesis','2509.17083',venue='NeurIPS 2025',year=2025,code='https://github.com/wzpscott/hybrid-radiance-fields',section='Hybrid Representations',n=6),
np(V,21,'Table of Contents'),
# krahets
p(K,69,'Planar Prior Assisted PatchMatch Multi-View Stereo','1912.11744',venue='AAAI 2020',year=2020,authors=['Qingshan Xu','Wenbing Tao'],section=DM),
np(K,19,'Table of Contents'),
p(K,104,'BP-MVSNet: Belief-propagation-layers for multi-view-stereo','2010.12436',venue='3DV 2020',year=2020,authors=['Christian Sormann'],section=DM),
np(K,260,'Commercial Software'),
np(K,264,'Commercial Software'),
np(K,251,'Open Source'),
p(K,108,'Mesh-guided multi-view stereo with pyramid architecture',url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Wang_Mesh-Guided_Multi-View_Stereo_With_Pyramid_Architecture_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020,authors=['Yuesong Wang'],section=DM),
p(K,41,'Deep Learning for Multi-View Stereo via Plane Sweep: A Survey','2106.15328',venue='arXiv 2021',year=2021,authors=['Qingtian Zhu'],section='Survey'),
p(K,86,'Point-based Multi-view Stereo Network',venue='ICCV 2019',year=2019,authors=['Rui Chen','Songfang Han','Jing Xu','Hao Su'],section=DM),
np(K,249,'Open Source'),
p(K,106,'DeepC-MVS: Deep confidence prediction for multi-view stereo reconstruction','1912.00439',venue='3DV 2020',year=2020,authors=['Andreas Kuhn'],section=DM),
np(K,254,'Open Source'),
p(K,94,'Fast-MVSNet: Sparse-to-dense multi-view stereo with learned propagation and gauss-newton refinement',url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Yu_Fast-MVSNet_Sparse-to-Dense_Multi-View_Stereo_With_Learned_Propagation_and_Gauss-Newton_Refinement_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020,authors=['Zehao Yu','Shenghua Gao'],section=DM),
p(K,202,'SurRF: Unsupervised Multi-view Stereopsis by Learning Surface Radiance Field',url='https://pubmed.ncbi.nlm.nih.gov/34591757/',venue='TPAMI 2022',year=2022,authors=['Jinzhi Zhang'],section=NI),
p(K,136,'Self-supervised multi-view stereo via effective co-segmentation and data-augmentation',url='https://www.aaai.org/AAAI21Papers/AAAI-2549.XuH.pdf',venue='AAAI 2021',year=2021,authors=['Hongbin Xu'],section=DM),
p(K,198,'Neural 3D Reconstruction in the Wild','2205.12955',venue='SIGGRAPH 2022',year=2022,authors=['Jiaming Sun'],section=NI),
np(K,29,'Tutorial'),
p(K,37,'On benchmarking camera calibration and multi-view stereo for high resolution imagery',url='https://infoscience.epfl.ch/record/126393/files/strecha_cvpr_2008.pdf',venue='CVPR 2008',year=2008,authors=['Christoph Strecha'],section='Survey'),
p(K,134,'Mˆ3VSNet: Unsupervised multi-metric multi-view stereo network','2004.09722',venue='ICIP 2021',year=2021,authors=['Baichuan Huang'],section=DM),
np(K,262,'Commercial Software'),
]
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in L:
        lines=files[d['list']]
        d['raw']='\n'.join(lines[d['line']-1:d['line']-1+d['n']])
        f.write(json.dumps({k:d[k] for k in keys},ensure_ascii=False)+'\n')
print(len(L))
