import json, os
import os; D = os.path.dirname(os.path.abspath(__file__))
F={'D':'DoongLi__awesome-Implicit-NeRF-SLAM.README.md','Z':'Zehong-Wang__Awesome-Weight-Space-Learning.README.md',
   'V':'vsitzmann__awesome-implicit-representations.README.md','X':'xmindflow__Awesome-Implicit-Neural-Representations-in-Medical-imaging.README.md'}
L={k:open(os.path.join(D,v),encoding='utf-8').read().split('\n') for k,v in F.items()}
out=[]
def P(k,line,n,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,summary=None,section=None):
    raw='\n'.join(L[k][line-1:line-1+n])
    out.append(dict(list=F[k],line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section))
def N(k,line,section,n=1):
    raw='\n'.join(L[k][line-1:line-1+n])
    out.append(dict(list=F[k],line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
# ---- DoongLi
N('D',19,'Overview')
P('D',45,1,'Point-NeRF: Point-based Neural Radiance Fields','2201.08845',venue='CVPR 2022',year=2022,code='https://github.com/Xharlie/pointnerf',section='NeRF General Model')
P('D',63,1,'Benchmarking Implicit Neural Representation and Geometric Rendering in Real-Time RGB-D SLAM','2403.19473',venue='CVPR 2024',year=2024,code='https://github.com/thua919/NeRF-SLAM-Benchmark-CVPR24',section='SLAM / Benchmarks')
P('D',64,1,'Benchmarking Neural Radiance Fields for Autonomous Robots: An Overview','2405.05526',venue='arXiv 2024',year=2024,section='SLAM / Benchmarks')
VS='SLAM / Visual-SLAM'
P('D',90,1,'Implicit Map Augmentation for Relocalization',url='https://link.springer.com/chapter/10.1007/978-3-031-25066-8_36',venue='ECCV 2022 Workshop',year=2022,section=VS)
P('D',91,1,'Uni-Fusion: Universal Continuous Mapping','2303.12678',venue='TRO 2023',year=2023,code='https://github.com/Jarrome/Uni-Fusion',section=VS)
P('D',97,1,'FMapping: Factorized Efficient Neural Field Mapping for Real-Time Dense RGB SLAM','2306.00579',venue='arXiv 2023',year=2023,code='https://github.com/thua919/FMapping',section=VS)
P('D',117,1,'DN-SLAM: A Visual SLAM with ORB Features and NeRF Mapping in Dynamic Environments',url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10376402',venue='Sensors 2023',year=2023,section=VS)
P('D',128,1,'MUTE-SLAM: Real-Time Neural SLAM with Multiple Tri-Plane Hash Representations','2403.17765',venue='arXiv 2024',year=2024,section=VS)
P('D',129,1,'GlORIE-SLAM: Globally Optimized RGB-only Implicit Encoding Point Cloud SLAM','2403.19549',venue='arXiv 2024',year=2024,section=VS)
P('D',154,1,'SHINE-Mapping: Large-Scale 3D Mapping Using Sparse Hierarchical Implicit Neural Representations','2210.02299',venue='arXiv 2022',year=2022,code='https://github.com/PRBonn/SHINE_mapping',section='SLAM / Lidar-SLAM')
GS='SLAM / 3D Gaussian Splatting Visual-SLAM'
P('D',190,1,'MG-SLAM: Structure Gaussian SLAM with Manhattan World Hypothesis','2405.20031',venue='arXiv 2024',year=2024,section=GS)
P('D',191,1,'TAMBRIDGE: Bridging Frame-Centered Tracking and 3D Gaussian Splatting for Enhanced SLAM','2405.19614',venue='arXiv 2024',year=2024,code='https://github.com/ZeldaFromHeaven/TAMBRIDGE-DAVID',section=GS)
MM='SLAM / Multimodal 3D Gaussian Splatting SLAM'
P('D',197,1,'LIV-GaussMap: LiDAR-Inertial-Visual Fusion for Real-time 3D Radiance Field Map Rendering','2401.14857',venue='arXiv 2024',year=2024,code='https://github.com/sheng00125/LIV-GaussMap',section=MM)
P('D',200,1,'MM-Gaussian: 3D Gaussian-based Multi-modal Fusion for Localization and Reconstruction in Unbounded Scenes','2404.04026',venue='arXiv 2024',year=2024,section=MM)
PN='Robotics / Planning/Navigation'
P('D',261,1,'Full-Body Visual Self-Modeling of Robot Morphologies','2205.01389',venue='Science Robotics 2022',year=2022,code='https://github.com/BoyuanChen/visual-selfmodeling',section=PN)
P('D',267,1,'NeRF-VINS: A Real-time Neural Radiance Field Map-based Visual-Inertial Navigation System','2309.09295',venue='ICRA 2024',year=2024,section=PN)
P('D',274,1,'Neural Visibility Field for Uncertainty-Driven Active Mapping','2406.06948',venue='CVPR 2024',year=2024,section=PN)
P('D',286,1,'Leveraging Neural Radiance Fields for Uncertainty-Aware Visual Localization','2310.06984',venue='ICRA 2024',year=2024,section='Robotics / Localization')
P('D',293,1,'Camera Relocalization in Shadow-Free Neural Radiance Fields','2405.14824',venue='ICRA 2024',year=2024,section='Robotics / Re-localization')
# ---- Zehong
N('Z',14,'Table of Contents'); N('Z',15,'Table of Contents')
SY='Weight Space Understanding / Symmetry'
P('Z',34,1,'Equivariant Architectures for Learning in Deep Weight Spaces','2301.12780',venue='ICML 2023',year=2023,code='https://github.com/AvivNavon/DWSNets',section=SY)
P('Z',44,1,'Monomial Matrix Group Equivariant Neural Functional Networks','2409.11697',venue='NeurIPS 2024',year=2024,code='https://github.com/MathematicalAI-NUS/Monomial-NFN',section=SY)
P('Z',45,1,'Revisiting Multi-Permutation Equivariance through the Lens of Irreducible Representations','2410.06665',venue='ICLR 2025',year=2025,code='https://github.com/yonatansverdlov/SchurNet',section=SY)
P('Z',58,1,'WAVE: Weight Templates for Adaptive Initialization of Variable-sized Models','2406.17503',venue='CVPR 2025',year=2025,code='https://github.com/fu-feng/WAVE',section='Weight Space Understanding / Initialization')
RE='Weight Space Discrimination / Representation'
P('Z',74,1,'Deep Linear Probe Generators for Weight Space Learning','2410.10811',section=RE)
P('Z',75,1,'From MLP to NeoMLP: Leveraging Self-Attention for Neural Fields','2412.08731',code='https://github.com/mkofinas/neomlp',section=RE)
P('Z',76,1,'Weight Space Representation Learning on Diverse NeRF Architectures','2502.09623',section=RE)
P('Z',84,1,'Can this Model Also Recognize Dogs? Zero-Shot Model Search from Weights','2502.09619',section='Weight Space Discrimination / Retrieval')
GM='Weight Space Generation / Generative Model'
P('Z',105,1,'Hyper-Representations as Generative Models: Sampling Unseen Neural Network Weights','2209.14733',venue='NeurIPS 2022',year=2022,code='https://github.com/HSG-AIML/NeurIPS_2022-Generative_Hyper_Representations',section=GM)
P('Z',112,1,'Neural Network Diffusion','2402.13144',code='https://github.com/NUS-HPC-AI-Lab/Neural-Network-Diffusion',section=GM)
P('Z',117,1,'Conditional LoRA Parameter Generation','2408.01415',code='https://github.com/NUS-HPC-AI-Lab/Neural-Network-Diffusion',section=GM)
P('Z',123,1,'Diffusing to the Top: Boost Graph Neural Networks with Minimal Hyperparameter Tuning','2410.05697',venue='ICLR 2025',year=2025,code='https://github.com/lequanlin/GNN-Diff',section=GM)
P('Z',124,1,'Few-shot Implicit Function Generation via Equivariance',url='https://openaccess.thecvf.com/content/CVPR2025/papers/Huang_Few-shot_Implicit_Function_Generation_via_Equivariance_CVPR_2025_paper.pdf',venue='CVPR 2025',year=2025,code='https://github.com/JeanDiable/EquiGen',section=GM)
P('Z',133,1,'Generative Modeling of Weights: Generalization or Memorization?','2506.07998',code='https://github.com/boyazeng/weight_memorization',section=GM)
P('Z',147,1,'Meta-Consolidation for Continual Learning','2010.00352',venue='NeurIPS 2020',year=2020,code='https://github.com/JosephKJ/merlin',section='Weight Space Generation / Merging')
P('Z',148,1,'PLeaS -- Merging Models with Permutations and Least Squares','2407.02447',venue='CVPR 2025',year=2025,code='https://github.com/SewoongLab/PLeaS-Merging',section='Weight Space Generation / Merging')
P('Z',155,1,'Sparsified Model Zoo Twins: Investigating Populations of Sparsified Neural Network Models','2304.13718',venue='ICLR-SNN 2023',year=2023,code='https://github.com/ModelZoos/ModelZooDataset',section='Others / Model Zoo')
P('Z',156,1,'Model Lakes','2403.02327',venue='EDBT 2025',year=2025,section='Others / Model Zoo')
# ---- vsitzmann
P('V',21,1,'MetaSDF: Meta-Learning Signed Distance Functions',section='Disclaimer')
P('V',22,1,'Implicit Neural Representations with Periodic Activation Functions',section='Disclaimer')
N('V',32,'Table of contents')
P('V',77,1,'Occupancy Networks: Learning 3D Reconstruction in Function Space','1812.03828',year=2019,authors=['Mescheder'],section='Papers / Implicit Neural Representations of Geometry')
G2='Papers / Implicit representations of Geometry and Appearance / From 2D supervision only (“inverse graphics”)'
P('V',105,2,'Pixel-NERF',year=2020,authors=['Yu'],summary='proposes to condition a NeRF on local features lying on camera rays, extracted from contact images, as proposed in PiFU (see "from 3D supervision").',section=G2)
P('V',107,3,'Multiview neural surface reconstruction by disentangling geometry and appearance',year=2020,authors=['Yariv'],summary='demonstrates sphere-tracing with positional encodings for reconstruction of complex 3D scenes, and proposes a surface normal and view-direction dependent rendering network for capturing view-dependent effects.',section=G2)
P('V',114,2,'Light Field Networks: Neural Scene Representations with Single-Evaluation Rendering',year=2021,authors=['Sitzmann'],summary='proposes to represent 3D scenes via their 360-degree light field parameterized as a neural implicit representation.',section=G2)
P('V',118,3,'Pifu: Pixel-aligned implicit function for high-resolution clothed human digitization',year=2019,authors=['Saito'],summary='Pifu first introduced the concept of conditioning an implicit representation on local features extracted from context images. Follow-up work achieves photo-realistic, real-time re-rendering.',section='Papers / Implicit representations of Geometry and Appearance / From 3D supervision')
HY='Papers / Hybrid implicit / explicit (condition implicit on local features)'
P('V',145,1,'Implicit Functions in Feature Space for 3D ShapeReconstruction and Completion',url='https://virtualhumans.mpi-inf.mpg.de/papers/chibane20ifnet/chibane20ifnet.pdf',section=HY)
P('V',156,1,'Local Deep Implicit Functions for 3D Shape',section=HY)
P('V',163,2,'Inferring Semantic Information with 3D Neural Scene Representations',summary='leverages features learned by Scene Representation Networks for weakly supervised semantic segmentation of 3D objects.',section='Papers / Representation learning with implicit neural representations for downstream tasks')
P('V',173,1,'Learned Initializations for Optimizing Coordinate-Based Neural Representations',year=2020,authors=['Tancik'],summary='explored gradient-based meta-learning for NeRF.',section='Papers / Generalization & Meta-Learning with Neural Implicit Representations')
P('V',177,1,'Implicit Neural Representations with Periodic Activation Functions',year=2020,authors=['Sitzmann'],summary='proposed implicit representations with periodic nonlinearities.',section='Papers / Fitting high-frequency detail with positional encoding & periodic nonlinearities')
P('V',201,1,'Generative Radiance Fields for 3D-Aware Image Synthesis',year=2020,authors=['Schwarz'],section='Papers / Generative Adverserial Networks with Implicit Representations / For 3D')
P('V',203,3,'Unconstrained Scene Generation with Locally Conditioned Radiance Fields','2104.00670',year=2021,authors=['DeVries'],summary='Leverage a hybrid implicit-explicit representation, by generating a 2D feature grid floorplan with a classic convolutional GAN, and then conditioning a 3D neural implicit representation on these features. This enables generation of room-scale 3D scenes.',section='Papers / Generative Adverserial Networks with Implicit Representations / For 3D')
P('V',210,1,'Adversarial Generation of Continuous Images','2011.12026',year=2020,authors=['Skorokhodov'],section='Papers / Generative Adverserial Networks with Implicit Representations / For 2D')
P('V',216,2,'Spatially-Adaptive Pixelwise Networks for Fast Image Translation','2012.02992',year=2020,authors=['Shaham'],summary='leverages a hybrid implicit-explicit representation for fast high-resolution image2image translation.',section='Papers / Image-to-image translation')
P('V',220,2,'NASA: Neural Articulated Shape Approximation',url='https://virtualhumans.mpi-inf.mpg.de/papers/NASA20/NASA.pdf',year=2020,authors=['Deng'],summary='represents an articulated object as a composition of local, deformable implicit elements.',section='Papers / Articulated representations')
N('V',226,'Talks'); N('V',227,'Talks')
# ---- xmindflow
N('X',28,'Introduction'); N('X',29,'Introduction'); N('X',54,'Main papers'); N('X',68,'Main papers / Image Reconstruction')
IR='Main papers / Image Reconstruction'
MICCAI='International Conference on Medical Image Computing and Computer-Assisted Intervention'
P('X',98,3,'An Arbitrary Scale Super-Resolution Approach for 3-Dimensional Magnetic Resonance Image using Implicit Neural Representation','2110.14476',venue='arXiv 2021',year=2021,authors=['Qing Wu','Yuwei Li','Yawen Sun','Yan Zhou','Hongjiang Wei','Jingyi Yu','Yuyao Zhang'],code='https://github.com/iwuqing/arssr',section=IR)
P('X',102,3,'NeRP: Implicit Neural Representation Learning with Prior Embedding for Sparsely Sampled Image Reconstruction','2108.10991',venue='IEEE Transactions on Neural Networks and Learning Systems 2022',year=2022,authors=['Liyue Shen','John Pauly','Lei Xing'],code='https://github.com/liyues/nerp',section=IR)
P('X',111,3,'IREM: High-Resolution Magnetic Resonance (MR) Image Reconstruction via Implicit Neural Representation','2106.15097',venue=MICCAI+' 2021',year=2021,authors=['Qing Wu','Yuwei Li','Lan Xu','Ruiming Feng','Hongjiang Wei','Qing Yang','Boliang Yu','Xiaozhao Liu','Jingyi Yu','Yuyao Zhang'],section=IR)
P('X',152,3,'Spatiotemporal implicit neural representation for unsupervised dynamic MRI reconstruction','2301.00127',venue='arXiv',year=2022,authors=['Jie Feng','Ruimin Feng','Qing Wu','Zhiyong Zhang','Yuyao Zhang','Hongjiang Wei'],section=IR)
P('X',177,3,'Neural Implicit k-Space for Binning-free Non-Cartesian Cardiac MR Imaging','2212.08479',venue='International Conference on Information Processing in Medical Imaging 2023',year=2023,authors=['Wenqi Huang','Hongwei Li','Jiazhen Pan','Gastao Cruz','Daniel Rueckert','Kerstin Hammernik'],section=IR)
P('X',213,3,'MEPNet: A Model-Driven Equivariant Proximal Network for Joint Sparse-View Reconstruction and Metal Artifact Reduction in CT Images',url='https://ui.adsabs.harvard.edu/abs/2023arXiv230614274W/abstract',venue='arXiv',year=2023,authors=['Hong Wang','Minghao Zhou','Dong Wei','Yuexiang Li','Yefeng Zheng'],code='https://github.com/hongwang01/mepnet',section=IR)
P('X',221,3,'A scan-specific unsupervised method for parallel MRI reconstruction via implicit neural representation','2210.10439',venue='arXiv',year=2022,authors=['Ruimin Feng','Qing Wu','Yuyao Zhang','Hongjiang Wei'],section=IR)
SG='Main papers / Image Segmentation'
P('X',283,3,'Implicit Anatomical Rendering for Medical Image Segmentation with Stochastic Experts','2304.03209',venue='arXiv 2023',year=2023,authors=['Chenyu You','Weicheng Dai','Yifei Min','Lawrence Staib','James S. Duncan'],code='https://github.com/charlesyou999648/morse',section=SG)
P('X',287,3,'SwIPE: Efficient and Robust Medical Image Segmentation with Implicit Patch Embeddings','2307.12429',venue='MICCAI 2023',year=2023,authors=['Yejia Zhang','Pengfei Gu','Nishchal Sapkota','Danny Z. Chen'],section=SG)
RG='Main papers / Image Registration'
P('X',299,3,'Medical Image Registration via Neural Fields','2206.03111',venue='arXiv 2022',year=2022,authors=['Shanlin Sun','Kun Han','Hao Tang','Deying Kong','Junayed Naushad','Xiangyi Yan','Xiaohui Xie'],section=RG)
P('X',311,3,'Deformable Image Registration with Geometry-informed Implicit Neural Representations',url='https://openreview.net/forum?id=Pj9vtDIzSCE',venue='Medical Imaging with Deep Learning 2023',year=2023,authors=['Louis van Harten','Rudolf Leonardus Mirjam Van Herten','Jaap Stoker','Ivana Isgum'],section=RG)
NR='Main papers / Neural Rendering'
P('X',356,3,'EndoSurf: Neural Surface Reconstruction of Deformable Tissues with Stereo Endoscope Videos','2307.11307',venue='MICCAI 2023',year=2023,authors=['Ruyi Zha','Xuelian Cheng','Hongdong Li','Mehrtash Harandi','Zongyuan Ge'],code='https://github.com/ruyi-zha/endosurf',section=NR)
P('X',360,3,'Robust Single-view Cone-beam X-ray Pose Estimation with Neural Tuned Tomography (NeTT) and Masked Neural Radiance Fields (mNeRF)','2308.00214',venue='arXiv',year=2023,authors=['Chaochao Zhou','Syed Hasib Akhter Faruqui','Abhinav Patel','Ramez N. Abdalla','Michael C. Hurley','Ali Shaibani','Matthew B. Potts','Babak S. Jahromi','Leon Cho','Sameer A. Ansari','Donald R. Cantrell'],section=NR)
P('X',381,3,'COIN++ Neural Compression Across Modalities','2201.12904',venue='arXiv 2022',year=2022,authors=['Emilien Dupont','Hrushikesh Loya','Milad Alizadeh','Adam Goliński','Yee Whye Teh','Arnaud Doucet'],section='Main papers / Image Compression')
SY2='Main papers / Image Synthesis'
P('X',393,3,'Implicit Neural Representations for Generative Modeling of Living Cell Shapes','2207.06283',venue=MICCAI+' 2022',year=2022,authors=['David Wiesner','Julian Suk','Sven Dummer','David Svoboda','Jelmer M. Wolterink'],section=SY2)
P('X',397,3,'Generative modeling of living cells with SO(3)-equivariant implicit neural representations','2304.08960',venue='arXiv 2023',year=2023,authors=['David Wiesner','Julian Suk','Sven Dummer','Tereza Nečasová','Vladimír Ulman','David Svoboda','Jelmer M. Wolterink'],section=SY2)
out.sort(key=lambda e:(e['list'],e['line']))
from collections import Counter
print(Counter(e['list'] for e in out), len(out), sum(e['is_paper'] for e in out))
s=json.load(open(os.path.join(D,'sample.json')))
assert sorted((e['list'],e['line']) for e in s)==[(e['list'],e['line']) for e in out]
with open(os.path.join(D,'labels.jsonl'),'w',encoding='utf-8') as f:
    for e in out: f.write(json.dumps(e,ensure_ascii=False)+'\n')
