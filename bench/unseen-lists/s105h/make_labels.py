import json
A='aoraki-labs-ai__Awesome-Video-AI-Research.README.md'
H='hit-perfect__Awesome-Video-World-Models.README.md'
S='sjtuplayer__Awesome-Video-Foundations.README.md'
def np(lst, line, section): return dict(list=lst,line=line,is_paper=False,section=section)
def p(lst,line,title,section,arxiv=None,url=None,venue=None,year=None,code=None,summary=None,authors=None):
    return dict(list=lst,line=line,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
L=[]
for ln in [19,23,27,31,36,42,43,44]: L.append(np(A,ln,'Table of Contents'))
L.append(p(A,65,'Flow Straight and Fast','Basics / Mathematical Foundations',arxiv='2209.03003',summary='Straightening flows for faster sampling'))
L.append(p(A,95,'Stable Video Diffusion','Core Architectures / U-Net Based Diffusion',arxiv='2311.15127',code='https://github.com/Stability-AI/generative-models',summary='Industry-standard I2V model'))
L.append(p(A,97,'Animate Your Personalized T2I Models','Core Architectures / U-Net Based Diffusion',arxiv='2307.04725',code='https://github.com/guoyww/AnimateDiff',summary='Motion modules for any SD model'))
L.append(np(A,120,'Generative Projects / Text-to-Video (T2V)'))
L.append(np(A,126,'Generative Projects / Text-to-Video (T2V)'))
for ln in [174,177,178]: L.append(np(A,ln,'Video Understanding / Video-LLMs'))
L.append(p(A,189,'Scaling Video Foundation Models','Video Understanding / Foundation Models',arxiv='2403.15377',code='https://github.com/OpenGVLab/InternVideo',summary='6B parameter model'))
L.append(p(A,203,'Latent Consistency Models','Infrastructure & Engineering / Inference Optimization',arxiv='2310.04378',code='https://github.com/luosiallen/latent-consistency-model',summary='4-step generation'))
L.append(np(A,214,'Infrastructure & Engineering / Serving Frameworks'))
L.append(p(A,236,'Efficient Training with Limited Compute','Advanced Topics / Post-Training & Alignment (RLHF)',arxiv='2506.05343',code='https://github.com/bytedance/ContentV',summary='Annotation-free RLHF via differentiable reward backprop; 85.14 VBench on modest compute'))
for ln in [54,57,59,60,64,65,70,71,75,84,86]: L.append(np(H,ln,'Contents'))
DC='Paper List / 1. State / 1.1 Implicit State - Memory Mechanism / Compression / Dynamic Compression'
SC='Paper List / 1. State / 1.1 Implicit State - Memory Mechanism / Compression / Static Compression'
EX='Paper List / 1. State / 1.1 Implicit State - Memory Mechanism / Retrieval / External'
IN='Paper List / 1. State / 1.1 Implicit State - Memory Mechanism / Retrieval / Internal'
L.append(p(H,107,'Multimodal Token Fusion for Vision Transformers',DC,arxiv='2204.08721',year=2022,code='https://github.com/yikaiw/TokenFusion'))
L.append(p(H,109,'Diffrate: Differentiable Compression Rate for Efficient Vision Transformers',DC,arxiv='2305.17997',year=2023,code='https://github.com/OpenGVLab/DiffRate'))
L.append(p(H,113,'Sparse VideoGen: Accelerating Video Diffusion Transformers with Spatial-Temporal Sparsity',DC,arxiv='2502.01776',year=2025,code='https://github.com/svg-project/Sparse-VideoGen'))
L.append(p(H,121,'Raptor: Recursive Abstractive Processing for Tree-Organized Retrieval',SC,arxiv='2401.18059',year=2024,code='https://github.com/parthsarthi03/raptor'))
L.append(p(H,126,'RELIC: Interactive Video World Model with Long-Horizon Memory',SC,arxiv='2512.04040',year=2025))
L.append(p(H,134,'Corgi: Cached Memory Guided Video Generation',EX,url='https://openaccess.thecvf.com/content/WACV2025/papers/Wu_Corgi_Cached_Memory_Guided_Video_Generation_WACV_2025_paper.pdf',year=2024))
L.append(p(H,137,'Learning World Models for Interactive Video Generation',EX,arxiv='2505.21996',year=2025))
L.append(p(H,139,'MotionRAG: Motion Retrieval-Augmented Image-to-Video Generation',EX,arxiv='2509.26391',year=2025,code='https://github.com/MCG-NJU/MotionRAG'))
L.append(p(H,150,'Faster Video Diffusion with Trainable Sparse Attention',IN,arxiv='2412.04512',year=2024))
for ln in [24,27,34,35,36]: L.append(np(S,ln,'Overview / Key Contributions'))
for ln in [83,84,85,86,87,89,90,91,92,93,98]: L.append(np(S,ln,'Table of Contents'))
L.append(p(S,122,'Deep Generative Adversarial Nets for Spatio-Temporal Prediction','GAN-based Models / Spatio-Temporal Joint GANs',arxiv='1907.08556',venue='arXiv 2019',year=2019,code='https://github.com/stefan-jansen/synthetic-data-for-finance'))
L.append(p(S,134,'To Create What You Tell: Generating Videos from Captions','GAN-based Models / Temporal GANs / Motion and Content Decoupling',arxiv='1709.07421',venue='MM 2017',year=2017,code='https://github.com/yuxiaofelicia/generativevideorepo'))
L.append(p(S,136,'MoCoGAN: Decomposing Motion and Content for Video Generation','GAN-based Models / Temporal GANs / Motion and Content Decoupling',arxiv='1707.04993',venue='CVPR 2018',year=2018,code='https://github.com/sergeytulyakov/mocogan'))
L.append(p(S,146,'Dual Motion GAN for Future-Flow Embedded Video Prediction','GAN-based Models / Temporal GANs / Optical Flow-based Generation',arxiv='1708.00284',venue='ICCV 2017',year=2017,code='https://github.com/SaulZhang/Awesome_Video_Frame_Prediction'))
KEYS=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
sample=[json.loads(l) for l in open('sample.jsonl',encoding='utf-8')]
sk={(o['list'],o['line']):o['raw'] for o in sample}
lk={(o['list'],o['line']) for o in L}
assert set(sk)==lk, (set(sk)^lk)
lines={f:open(f,encoding='utf-8').read().split('\n') for f in {A,H,S}}
with open('labels.jsonl','w',encoding='utf-8') as fh:
    for o in sorted(L,key=lambda o:(o['list'],o['line'])):
        d={k:None for k in KEYS}
        d.update(o); d['raw']=lines[o['list']][o['line']-1]
        if not d['is_paper']:
            for k in ['title','arxiv_id','doi','url','venue','year','code','summary']: d[k]=None
            d['authors']=[]
        fh.write(json.dumps({k:d[k] for k in KEYS},ensure_ascii=False)+'\n')
print(len(L), sum(o['is_paper'] for o in L))
