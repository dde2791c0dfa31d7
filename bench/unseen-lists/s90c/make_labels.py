import json
M="Madhavaprasath23__Awesome-Mamba-Papers-On-Medical-Domain.README.md"
G="allenai__genesys.README.md"
Y="yyyujintang__Awesome-Mamba-Papers.README.md"
files={n:open(n,encoding='utf-8').read().split('\n') for n in (M,G,Y)}
def raw(n,line,span=1): return '\n'.join(files[n][line-1:line-1+span])
L=[]
def np_(n,line,section,span=1):
    L.append(dict(list=n,line=line,raw=raw(n,line,span),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
def p(n,line,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,span=1):
    L.append(dict(list=n,line=line,raw=raw(n,line,span),is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section))
# Madhavaprasath23
TOC="Table of Contents / (click to expand)"
np_(M,5,None)
np_(M,8,"News")
np_(M,23,TOC); np_(M,27,TOC); np_(M,28,TOC)
p(M,53,"Efficiently Modeling Long Sequences with Structured State Spaces","2111.00396",venue="arXiv",code="https://github.com/state-spaces/s4",section="Prerequisites")
p(M,112,"Mamba-UNet: UNet-Like Pure Visual Mamba for Medical Image Segmentation","2402.05079",venue="arXiv",code="https://github.com/ziyangwang007/Mamba-UNet",section="Variants of Unet")
np_(M,171,"Scanning")
p(M,189,"MedMamba: Vision Mamba for Medical Image Classification","2403.03849",venue="arXiv",code="https://github.com/YubiaoYue/MedMamba",section="Scanning")
p(M,204,"VM-UNet: Vision Mamba UNet for Medical Image Segmentation","2402.02491",venue="arXiv",code="https://github.com/JCruan519/VM-UNet",section="Scanning")
np_(M,242,"Scanning"); np_(M,248,"Scanning"); np_(M,264,"Scanning")
p(M,271,"LKM-UNet: Large Kernel Vision Mamba UNet for Medical Image Segmentation","2403.07332",venue="arXiv",code="https://github.com/wjh892521292/LKM-UNet",section="Scanning")
p(M,300,"Tri-Plane Mamba: Efficiently Adapting Segment Anything Model for 3D Medical Images","2409.08492",code="https://github.com/xmed-lab/TP-Mamba",section="Hybrid Architectures / Mamba with Attention and Transformers")
p(M,302,"Weak-Mamba-UNet: Visual Mamba Makes CNN and ViT Work Better for Scribble-based Medical Image Segmentation","2402.10887",venue="arXiv",code="https://github.com/ziyangwang007/Mamba-UNet",section="Hybrid Architectures / Mamba with Attention and Transformers")
p(M,314,"Vim4Path: Self-Supervised Vision Mamba for Histopathology Images","2404.13222",venue="arXiv",code="https://github.com/AtlasAnalyticsLab/Vim4Path",section="Hybrid Architectures / Miscellaneous",span=2)
p(M,360,"MGI: Multimodal Contrastive pre-training of Genomic and Medical Imaging","2406.00631",venue="arXiv",section="Techniques and Adaptations / Multimodal Learning")
p(M,375,"H-vmunet: High-order Vision Mamba UNet for Medical Image Segmentation","2403.13642",venue="arXiv",code="https://github.com/wurenkai/H-vmunet",section="Applications / Medical Image Segmentation")
p(M,381,"Weak-Mamba-UNet: Visual Mamba Makes CNN and ViT Work Better for Scribble-based Medical Image Segmentation","2402.10887",venue="arXiv",code="https://github.com/ziyangwang007/Mamba-UNet",section="Applications / Medical Image Segmentation")
# allenai genesys
B="Baselines and Core Reference Designs (155)"
CV=B+" / Collected Varaints (50)"
EL=B+" / From ELLM Survey (https://github.com/AIoT-MLSys-Lab/Efficient-LLMs-Survey) (75) / Efficient Architecture"
EX="Extention (e.g. from https://github.com/Xnhyacinth/Awesome-LLM-Long-Context-Modeling) (101) / 2. Efficient Attention / 2.1 Sparse Attention"
p(G,30,"On the Parameterization and Initialization of Diagonal State Space Models",section=CV+" / SSMs (https://github.com/state-spaces):")
p(G,47,"Hierarchically Gated Recurrent Neural Network for Sequence Modeling",year=2023,section=CV+" / Flash Linear Attention (https://github.com/sustcsonglin/flash-linear-attention):")
p(G,54,"When Linear Attention Meets Autoregressive Decoding: Towards More Effective and Efficient Linearized Large Language Models",venue="ICML 2024",year=2024,code="https://github.com/GATECH-EIC/Linearized-LLM/blob/main/flash_pytorch.py",section=CV+" / From latest papers:")
p(G,64,"Self-attention Networks Localize When QK-eigenspectrum Concentrates",venue="ICML 2024",year=2024,section=CV+" / From latest papers:")
p(G,65,"Coneheads: Hierarchy Aware Attention",venue="NeurIPS 2023",year=2023,section=CV+" / From latest papers:")
p(G,73,"VN-Transformer: Rotation-Equivariant Attention for Vector Neurons",venue="TMLR 2023",year=2023,code="https://github.com/lucidrains/VN-transformer?tab=readme-ov-file",section=CV+" / More (e.g., from ET Survey https://arxiv.org/pdf/2009.06732)")
p(G,91,"Set Transformer: A Framework for Attention-based Permutation-Invariant Neural Networks","1810.00825",venue="ICML 2019",year=2019,section=EL+" / Efficient Attention / Feature Information Reduction")
p(G,101,"Lightweight and Efficient End-to-End Speech Recognition Using Low-Rank Transformer","1910.13923",venue="ICASSP 2020",year=2020,section=EL+" / Efficient Attention / Kernelization or Low-Rank")
p(G,141,"Exploring Length Generalization in Large Language Models","2207.04901",venue="NeurIPS 2022",year=2022,section=EL+" / Long Context LLMs / Extrapolation and Interpolation")
SW=EL+" / Long Context LLMs / Segmentation and Sliding Window"
p(G,158,"Soaring from 4K to 400K: Extending LLM’s Context with Activation Beacon","2401.03462",venue="arXiv 2024",year=2024,code="https://github.com/FlagOpen/FlagEmbedding",section=SW)
p(G,162,"Parallel Context Windows for Large Language Models","2212.10947",venue="ACL 2023",year=2023,code="https://github.com/ai21labs/parallel-context-windows",section=SW)
p(G,163,"LongNet: Scaling Transformers to 1,000,000,000 Tokens","2307.02486",venue="arXiv 2023",year=2023,code="https://github.com/microsoft/unilm/tree/master",section=SW)
TA=EL+" / Transformer Alternative Architecture"
p(G,170,"DenseMamba: State Space Models with Dense Hidden Connection for Efficient Large Language Models","2403.00818",venue="arXiv 2024",year=2024,code="https://github.com/WailordHe/DenseSSM",section=TA+" / State Space Models")
p(G,171,"MambaByte: Token-free Selective State Space Model","2401.13660",venue="arXiv 2024",year=2024,section=TA+" / State Space Models")
p(G,179,"Scalable MatMul-free Language Modeling","2406.02528",venue="arXiv 2024",year=2024,section=TA+" / Other Sequential Models")
p(G,205,"Normalized Attention Without Probability Cage",venue="arXiv 2020",year=2020,code="https://github.com/lucidrains/all-normalization-transformer?tab=readme-ov-file",section=B+" / Other, Selects from Lucidrains (https://github.com/LAION-AI/lucidrains-projects) (30) / Paper implementations")
p(G,241,"LongT5: Efficient text-to-text transformer for long sequences",url="https://aclanthology.org/2022.findings-naacl.55/",venue="NAACL 2022",year=2022,authors=["Mandy Guo","Joshua Ainslie","David Uthus","Santiago Ontanon","Jianmo Ni","Yun-Hsuan Sung","Yinfei Yang"],code="https://github.com/google-research/longt5",section=EX,span=3)
p(G,267,"Chunk, Align, Select: A Simple Long-sequence Processing Method for Transformers","2308.13191",venue="arXiv 2023",year=2023,authors=["Jiawen Xie","Pengyu Cheng","Xiao Liang","Yong Dai","Nan Du"],section=EX)
p(G,287,"Taking a Deep Breath: Enhancing Language Modeling of Large Language Models with Sentinel Tokens","2406.10985",venue="arXiv 2024",year=2024,authors=["Weiyao Luo","Suncong Zheng","Heming Xia","Weikang Wang","Yan Lei","Tianyu Liu","Shuang Chen","Zhifang Sui"],section=EX)
p(G,297,"Weighted Grouped Query Attention in Transformers","2407.10855",venue="arXiv 2024",year=2024,authors=["Sai Sena Chinnakonduru","Astarag Mohapatra"],section=EX)
# yyyujintang
MA="Mamba"
np_(Y,4,None)
def yp(line,title,arxiv,code=None,venue="arXiv 2024",year=2024,section=MA):
    p(Y,line,title,arxiv,venue=venue,year=year,code=code,section=section)
yp(16,"Vision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model","2401.09417","https://github.com/hustvl/Vim")
yp(22,"MambaByte: Token-free Selective State Space Model","2401.13660","https://github.com/lucidrains/MEGABYTE-pytorch")
yp(34,"VM-UNet: Vision Mamba UNet for Medical Image Segmentation","2402.02491","https://github.com/JCruan519/VM-UNet")
yp(36,"Swin-UMamba: Mamba-based UNet with ImageNet-based pretraining","2402.03302","https://github.com/JiarunLiu/Swin-UMamba")
yp(44,"Mamba-ND: Selective State Space Modeling for Multi-Dimensional Data","2402.05892")
yp(58,"Weak-Mamba-UNet: Visual Mamba Makes CNN and ViT Work Better for Scribble-based Medical Image Segmentation","2402.10887","https://github.com/ziyangwang007/Mamba-UNet")
yp(64,"State Space Models for Event Cameras","2402.15584")
yp(66,"Res-VMamba: Fine-Grained Food Category Visual Classification Using Selective State Space Models with Deep Residual Learning","2402.15761","https://github.com/ChiShengChen/ResVMamba")
yp(68,"DenseMamba: State Space Models with Dense Hidden Connection for Efficient Large Language Models","2403.00818","https://github.com/WailordHe/DenseSSM")
yp(82,"VideoMamba: State Space Model for Efficient Video Understanding","2403.06977","https://github.com/OpenGVLab/VideoMamba")
yp(84,"MamMIL: Multiple Instance Learning for Whole Slide Images with State Space Models","2403.05160")
yp(92,"Motion Mamba: Efficient and Long Sequence Motion Generation with Hierarchical and Bidirectional Selective SSM","2403.07487","https://github.com/steve-zeyu-zhang/MotionMamba/")
yp(94,"ClinicalMamba: A Generative Clinical Language Model on Longitudinal Clinical Notes","2403.05795")
S2="State Space Model (SSM)"
yp(98,"HiPPO: Recurrent Memory with Optimal Polynomial Projections","2008.07669","https://github.com/HazyResearch/hippo-code",venue="NeurIPS 2020",year=2020,section=S2)
yp(102,"Hungry Hungry Hippos: Toward Language Modeling with State Space Models","2212.14052","https://github.com/HazyResearch/H3",venue="ICLR 2023",year=2023,section=S2)
for l in (106,116,118,120): np_(Y,l,"Other Useful Sources")
with open('labels.jsonl','w',encoding='utf-8') as fh:
    for d in L: fh.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(L), sum(d['is_paper'] for d in L))
