import json
D='/work/wt-lead/bench/unseen-lists/s29h/'
BW='BWLONG__Awesome-Prompt-Learning-CV.README.md'
LL='lliai__Awesome-LoRA-Low-Rank-Adaptation.README.md'
ZD='zhangdan0602__Awesome-Parameter-Efficient-Fine-Tuning-for-Foundation-Models.README.md'
ZL='zhengli97__Awesome-Prompt-Adapter-Learning-for-VLMs.README.md'
files={n:open(D+n,encoding='utf-8').read().split('\n') for n in (BW,LL,ZD,ZL)}
out=[]
def P(lst,line,end,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,summary=None,doi=None):
    L=files[lst]; raw='\n'.join(L[line-1:end])
    out.append(dict(list=lst,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section))
def N(lst,line,section,end=None):
    L=files[lst]; raw='\n'.join(L[line-1:(end or line)])
    out.append(dict(list=lst,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))

# ---------------- BWLONG
A='Papers / Prompt Learning(accepted)'; X='Papers / Prompt Learning(arxiv)'
N(BW,10,'Contents'); N(BW,11,'Contents')
P(BW,24,24,'Multi-modal Prompt Learning','2210.03117',venue='CVPR 2023',year=2023,code='https://github.com/muzairkhattak/multimodal-prompt-learning',section=A)
P(BW,29,29,'Transferring Pre-trained Multimodal Representations with Cross-modal Similarity Matching',url='https://openreview.net/forum?id=j2Vtg_jhKZ',venue='NeurIPS 2022',year=2022,section=A)
P(BW,46,46,'Learning to Compose Soft Prompts for Compositional Zero-Shot Learning','2204.03574',venue='ICLR 2023',year=2023,code='https://github.com/BatsResearch/csp',section=A)
P(BW,54,54,'Learning to Name Classes for Vision and Language Models','2304.01830',venue='CVPR 2023',year=2023,section=A)
P(BW,60,60,'R-Tuning: Regularized Prompt Tuning in Open-Set Scenarios','2303.05122',venue='arXiv 2023',year=2023,section=A)
P(BW,67,67,'Towards Robust Prompts on Vision-Language Models','2304.08479',venue='arXiv 2023',year=2023,section=A)
P(BW,72,72,'DRPT: Disentangled and Recurrent Prompt Tuning for Compositional Zero-Shot Learning','2305.01239',venue='arXiv 2023',year=2023,code='https://github.com/Forest-art/DRPT-torch',section=A)
P(BW,105,105,'Domain Adaptation via Prompt Learning','2202.06687',venue='arXiv 2022',year=2022,code='https://github.com/LeapLabTHU/DAPrompt',section=A)
P(BW,108,108,'Making the Best of Both Worlds: A Domain-Oriented Transformer for Unsupervised Domain Adaptation','2208.01195',venue='ACMMM 2022',year=2022,code='https://github.com/bit-da/domain-oriented-transformer',section=A)
P(BW,110,110,'PADA: Example-based Prompt Learning for on-the-fly Adaptation to Unseen Domains','2102.12206',venue='TACL 2022',year=2022,code='https://github.com/eyalbd2/PADA',section=A)
P(BW,112,112,'Visual Prompt Tuning for Test-time Domain Adaptation','2210.04831',venue='ICLR 2023',year=2023,section=A)
P(BW,114,114,'Efficiently Aligned Cross-Lingual Transfer Learning for Conversational Tasks using Prompt-Tuning','2304.01295',venue='arXiv 2023',year=2023,section=X)
P(BW,124,124,'Soft-prompt Tuning for Large Language Models to Evaluate Bias','2306.04735',venue='arXiv 2023',year=2023,section=X)
P(BW,126,127,'Prompt Tuning for Hierarchical Consistency','2306.02240',venue='arXiv 2023',year=2023,section=X)
P(BW,129,129,'Bridging the Gap: Neural Collapse Inspired Prompt Tuning for Generalization under Class Imbalance','2306.15955',venue='arXiv 2023',year=2023,section=X)
P(BW,134,134,'Language-driven Dual-Pixel Image Defocus Deblurring Network','2307.09815',venue='arXiv 2023',year=2023,section=X)
P(BW,140,140,'Unsupervised Prototype Adapter for Vision-Language Models','2308.11507',venue='arXiv 2023',year=2023,section=X)
N(BW,147,'Papers / In-context learning')

# ---------------- lliai
S1='1. LoRA Settings / '
P(LL,42,42,'ShareLoRA: Parameter Efficient and Robust Large Language Model Fine-tuning via Shared Low-Rank Adaptation','2406.10785',year=2024,section=S1+'1.1 Initialization')
P(LL,43,43,'MiLoRA: Harnessing Minor Singular Components for Parameter-Efficient LLM Finetuning','2406.09044',year=2024,section=S1+'1.1 Initialization')
P(LL,71,71,'Understanding Linear Probing then Fine-tuning Language Models from NTK Perspective','2405.16747',year=2024,section=S1+'1.3 Optimization')
P(LL,83,83,'AdvLoRA: Adversarial Low-Rank Adaptation of Vision-Language Models','2404.13425',venue='arXiv 2024',year=2024,section=S1+'1.4 Regularization')
P(LL,85,85,'LoRA Dropout as a Sparsity Regularizer for Overfitting Control',year=2024,section=S1+'1.4 Regularization')
P(LL,97,97,'Sparse Low-rank Adaptation of Pre-trained Language Models','2311.11696',venue='EMNLP 2023',year=2023,code='https://github.com/TsinghuaC3I/SoRA',section=S1+'1.5 Sparse')
P(LL,107,107,'BLoB: Bayesian Low-Rank Adaptation by Backpropagation for Large Language Models','2406.11675',year=2024,section=S1+'1.6 Bayesian')
P(LL,113,113,'ShareLoRA: Parameter Efficient and Robust Large Language Model Fine-tuning via Shared Low-Rank Adaptation','2406.10785',year=2024,section=S1+'1.7 Robust')
V='3. LoRA Variants'
P(LL,135,135,'FLoRA: Low-Rank Core Space for N-dimension','2405.14739',venue='arXiv 2024',year=2024,code='https://github.com/SJTU-DeepVisionLab/FLoRA',section=V)
P(LL,138,138,'ReFT: Representation Finetuning for Language Models','2404.03592',venue='arXiv 2024',year=2024,code='https://github.com/stanfordnlp/pyreft',section=V)
P(LL,143,143,'Trans-LoRA: towards data-free Transferable Parameter Efficient Finetuning','2405.17258',year=2024,section=V)
P(LL,148,148,'SIBO: A Simple Booster for Parameter-Efficient Fine-Tuning','2402.11896',year=2024,section=V)
P(LL,161,161,'Parameter-Efficient Fine-Tuning with Discrete Fourier Transform','2405.03003',venue='ICML 2024',year=2024,code='https://github.com/Chaos96/fourierft',section='4. Other Low-rank Decomposition')
C='5. LoRA with Model Compressions / '
P(LL,178,178,'Pruning meets low-rank parameter-efficient fine-tuning','2305.18403',year=2023,section=C+'5.1 LoRA with Pruning')
P(LL,197,197,'LoNAS: Elastic Low-Rank Adapters for Efficient Large Language',url='https://aclanthology.org/2024.lrec-main.940.pdf',venue='COLING 2024',year=2024,code='https://github.com/IntelLabs/Hardware-Aware-Automated-Machine-Learning?tab=readme-ov-file',section=C+'5.3 LoRA with NAS')
P(LL,198,198,'Shears: Unstructured Sparsity with Neural Low-rank Adapter Search','2404.10934',year=2024,section=C+'5.3 LoRA with NAS')
P(LL,205,205,'Flora: Low-Rank Adapters Are Secretly Gradient Compressors','2402.03293',venue='ICML 2024',year=2024,section=C+'5.4 Memory-efficient LoRA')
P(LL,234,234,'Loramoe: Revolutionizing mixture of experts for maintaining world knowledge in language model alignment',url='https://simg.baai.ac.cn/paperfile/96f0cfd7-79c7-4110-88e5-4ea80a7fbc8d.pdf',venue='arXiv 2023',year=2023,section='6. LoRA Extensions / 6.2 Mixture-of-Experts (MOE) LoRA')
G='7. LoRA applications / 7.2 Visual Generation'
P(LL,267,267,'Low-Rank Few-Shot Adaptation of Vision-Language Models','2405.18541',year=2024,section=G)
P(LL,272,272,'Cones: Concept Neurons in Diffusion Models for Customized Generation','2303.05125',venue='ICML 2023',year=2023,section=G)

# ---------------- zhangdan (title / blank / *authors* / blank / [[paper]] / [[code]])
R='PEFT paper lists / '
am='https://www.aminer.cn/pub/'
def Z(line,title,venue,authors,url,code=None,section=None,end=None):
    y=int(venue.split()[-1])
    P(ZD,line,end or line+5,title,url=url,venue=venue,year=y,authors=authors,code=code,section=R+section)
Z(62,'Parameter-Efficient Transfer Learning with Diff Pruning','ACL 2020',['Demi Guo','Alexander M. Rush','Yoon Kim'],am+'5fd8af0f91e0119b22c1f3a8/parameter-efficient-transfer-learning-with-diff-pruning','https://github.com/dguo98/DiffPruning','Selective / LLM / Automatic Selection')
Z(76,'Training Neural Networks with Fixed Sparse Masks','NeurIPS 2021',['Yi-Lin Sung','Varun Nair','Colin Raffel'],am+'619715fd5244ab9dcb185a4d/training-neural-networks-with-fixed-sparse-masks',None,'Selective / LLM / Automatic Selection')
Z(109,'Tuning LayerNorm in Attention: Towards Efficient Multi-Modal LLM Finetuning','arXiv 2023',['Bingchen Zhao','Haoqin Tu','Chen Wei','Jieru Mei','Cihang Xie'],am+'65824f86939a5f4082a84b8f/Tuning%20LayerNorm%20in%20Attention:%20Towards%20Efficient%20Multi-Modal%20LLM%20%20Finetuning',None,'Selective / VLM')
Z(272,'AdaptFormer: Adapting Vision Transformers for Scalable Visual Recognition','NeurIPS 2022',['Shoufa Chen','Chongjian Ge','Zhan Tong','Jiangliu Wang','Yibing Song','Jue Wang','Ping Luo'],am+'629041ac5aee126c0fb5dbce/AdaptFormer:%20Adapting%20Vision%20Transformers%20for%20Scalable%20Visual%20%20Recognition',None,'Addictive / VFM')
Z(279,'Vision Transformer Adapter for Dense Predictions','ICLR 2023',['Zhe Chen','Yuchen Duan','Wenhai Wang','Junjun He','Tong Lu','Jifeng Dai','Yu Qiao'],am+'628464665aee126c0facb311/Vision%20Transformer%20Adapter%20for%20Dense%20Predictions',None,'Addictive / VFM')
Z(293,'DTL: Disentangled Transfer Learning for Visual Recognition','AAAI 2024',['Minghao Fu','Ke Zhu','Jianxin Wu'],am+'657a6a77939a5f4082cf3c41/dtl-disentangled-transfer-learning-for-visual-recognition',None,'Addictive / VFM')
Z(311,'IP-Adapter: Text Compatible Image Prompt Adapter for Text-to-Image Diffusion Models','arXiv 2023',['Hu Ye','Jun Zhang','Sibo Liu','Xiao Han','Wei Yang'],am+'64dafb293fda6d7f064e2c15/ip-adapter-text-compatible-image-prompt-adapter-for-text-to-image-diffusion',None,'Addictive / VGM')
Z(325,'Adding Conditional Control to Text-to-Image Diffusion Models','ICCV 2023',['Lvmin Zhang','Anyi Rao','Maneesh Agrawala'],am+'63eafbd690e50fcafd813ef7/Adding%20Conditional%20Control%20to%20Text-to-Image%20Diffusion%20Models',None,'Addictive / VGM')
Z(394,'AutoPrompt: Eliciting Knowledge from Language Models with Automatically Generated Prompts','EMNLP 2020',['Taylor Shin','Yasaman Razeghi','Robert L. Logan','Eric Wallace','Sameer Singh'],None,None,'Prompt / LLM / AutoPrompt')
Z(431,'Y-Tuning: an Efficient Tuning Paradigm for Large-Scale Pre-Trained Models Via Label Representation Learning','Frontiers of Computer Science 2024',['Yitao Liu','Chenxin An','Xipeng Qiu'],am+'621454535aee126c0f2013ca/y-tuning-an-efficient-tuning-paradigm-for-large-scale-pre-trained-models',None,'Prompt / LLM / Soft Prompt')
Z(517,'Learning to Prompt for Vision-Language Models','IJCV 2022',['Kaiyang Zhou','Jingkang Yang','Chen Change Loy','Ziwei Liu'],am+'613192dd5244ab9dcb9e5af8/learning-to-prompt-for-vision-language-models',None,'Prompt / VLM')
Z(531,'BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models','ICML 2023',['Junnan Li','DONGXU LI','Silvio Savarese','Steven Hoi'],am+'64be56873fda6d7f0634f12f/blip-bootstrapping-language-image-pre-training-with-frozen-image-encoders-and-large',None,'Prompt / VLM')
Z(543,'LoRA: Low-Rank Adaptation of Large Language Models','CoRR 2022',['Edward J. Hu','Yelong Shen','Phillip Wallis','Zeyuan Allen-Zhu','Yuanzhi Li','Shean Wang','Weizhu Chen'],am+'60cdafae91e011329faa2589/lora-low-rank-adaptation-of-large-language-models',None,'Reparameters / LLM')
Z(552,'QLoRA: Efficient Finetuning of Quantized LLMs','NeurIPS 2023',['Tim Dettmers','Artidoro Pagnoni','Ari Holtzman','Luke Zettlemoyer'],am+'646d8643d68f896efa0a326e/QLoRA:%20Efficient%20Finetuning%20of%20Quantized%20LLMs',None,'Reparameters / VFM')
Z(582,'1% VS 100%: Parameter-Efficient Low Rank Adapter for Dense Predictions','CVPR 2023',['Dongshuo Yin','Yiran Yang','Zhechao Wang','Hongfeng Yu','Kaiwen Wei','Xian Sun'],'https://aminer.cn/pub/6464af57d68f896efa351267/vs-parameter-efficient-low-rank-adapter-for-dense-predictions',None,'Reparameters / VFM')
Z(591,'Navigating Text-To-Image Customization: from LyCORIS Fine-Tuning to Model Evaluation','ICLR 2024',['SHIH-YING YEH','Yu-Guan Hsieh','Zhidong Gao','Bernard B W Yang','Giyeong Oh','Yanmin Gong'],am+'65ea8c2a13fb2c6cf630e80e/navigating-text-to-image-customization-from-lycoris-fine-tuning-to-model-evaluation',None,'Reparameters / VGM')
Z(638,'Compacter: Efficient Low-Rank Hypercomplex Adapter Layers','CoRR 2021',['Rabeeh Karimi Mahabadi','James Henderson','Sebastian Ruder'],am+'60c2ec5491e0117e30ca28b5/compacter-efficient-low-rank-hypercomplex-adapter-layers',None,'Hybrid / LLM',end=642)
Z(644,'Towards a Unified View of Parameter-Efficient Transfer Learning','CoRR 2022',['Junxian He','Chunting Zhou','Xuezhe Ma','Taylor Berg-Kirkpatrick','Graham Neubig'],am+'6164fcc15244ab9dcb24ce93/towards-a-unified-view-of-parameter-efficient-transfer-learning',None,'Hybrid / LLM')
Z(651,'Parameter-Efficient Fine-Tuning Design Spaces','CoRR 2023',['Jiaao Chen','Aston Zhang','Xingjian Shi','Mu Li','Alex Smola','Diyi Yang'],am+'63dcdb422c26941cf00b63f4/parameter-efficient-fine-tuning-design-spaces',None,'Hybrid / LLM')
Z(660,'Neural Prompt Search','TPAMI 2024',['Yuanhan Zhang','Kaiyang Zhou','Ziwei Liu'],am+'62a2b6955aee126c0f4d8e7b/neural-prompt-search',None,'Hybrid / VFM')

# ---------------- zhengli97 (title line + links line)
def L2(line,title,venue,arxiv=None,url=None,code=None,section=None):
    P(ZL,line,line+1,title,arxiv,url=url,venue=venue,year=int(venue.split()[-1]),code=code,section=section)
N(ZL,19,'Tips')
P(ZL,34,34,'Parameter-Efficient Fine-Tuning for Pre-Trained Vision Models: A Survey','2402.02242',section='Surveys')
L2(38,'Learning Transferable Visual Models From Natural Language Supervision','ICML 2021','2103.00020',code='https://github.com/OpenAI/CLIP',section='Foundation Models')
L2(50,'Long-CLIP: Unlocking the Long-Text Capability of CLIP','ECCV 2024','2403.15378',code='https://github.com/beichenzbc/Long-CLIP',section='Foundation Models')
N(ZL,75,'General Prompt Learning / Experimental Comparison')
GP='General Prompt Learning / Paper List / '
L2(125,'Self-regulating Prompts: Foundational Model Adaptation without Forgetting','ICCV 2023','2307.06948',code='https://github.com/muzairkhattak/PromptSRC',section=GP+'2023')
L2(129,'Learning to Decompose Visual Features with Latent Textual Prompts','ICLR 2023','2210.04287',section=GP+'2023')
L2(143,'SA2VP: Spatially Aligned-and-Adapted Visual Prompt','AAAI 2024','2312.10376',code='https://github.com/tommy-xq/SA2VP',section=GP+'2024')
L2(159,'MMA: Multi-Modal Adapter for Vision-Language Models','CVPR 2024',url='https://openaccess.thecvf.com/content/CVPR2024/papers/Yang_MMA_Multi-Modal_Adapter_for_Vision-Language_Models_CVPR_2024_paper.pdf',code='https://github.com/ZjjConan/Multi-Modal-Adapter',section=GP+'2024')
L2(175,'Prompt Learning with Quaternion Networks','ICLR 2024',url='https://openreview.net/forum?id=dKlxDx2SoS',code='https://github.com/SHIBOYA/QNet',section=GP+'2024')
L2(183,'Learning to Prompt with Text Only Supervision for Vision-Language Models','AAAI 2025','2401.02418',code='https://github.com/muzairkhattak/ProText',section=GP+'2025')
AF='Another form of Prompt / Paper List'
L2(216,'Making Large Multimodal Models Understand Arbitrary Visual Prompts','CVPR 2024','2312.00784',code='https://github.com/WisconsinAIVision/ViP-LLaVA',section=AF)
L2(218,'Segment, Select, Correct: A Framework for Weakly-Supervised Referring Segmentation','ECCV 2024','2310.13479',code='https://github.com/fgirbal/segment-select-correct',section=AF)
N(ZL,229,'General Test-time Prompt Learning / Experimental Comparison')
N(ZL,233,'General Test-time Prompt Learning / Experimental Comparison')
TT='General Test-time Prompt Learning / Paper List'
L2(241,'Test-Time Prompt Tuning for Zero-Shot Generalization in Vision-Language Models','NeurIPS 2022','2209.07511',code='https://github.com/azshue/TPT',section=TT)
L2(253,'Efficient Test-Time Adaptation of Vision-Language Models','CVPR 2024','2403.18293',code='https://github.com/kdiAAA/TDA?tab=readme-ov-file',section=TT)
L2(257,'DynaPrompt: Dynamic Test-Time Prompt Tuning','ICLR 2025',url='https://openreview.net/forum?id=EFZEdHB3Mp',section=TT)
L2(300,'Consistent Prompting for Rehearsal-Free Continual Learning','CVPR 2024',url='https://openaccess.thecvf.com/content/CVPR2024/papers/Gao_Consistent_Prompting_for_Rehearsal-Free_Continual_Learning_CVPR_2024_paper.pdf',code='https://github.com/Zhanxin-Gao/CPrompt',section='Continual Learning / Prompt Learning')
L2(308,'Semantically-Shifted Incremental Adapter-Tuning is A Continual ViTransformer','CVPR 2024',url='https://openaccess.thecvf.com/content/CVPR2024/papers/Tan_Semantically-Shifted_Incremental_Adapter-Tuning_is_A_Continual_ViTransformer_CVPR_2024_paper.pdf',section='Continual Learning / Adapter Learning')

# sanity: sampled lines == labelled lines; title/urls/ids appear in raw
S=json.load(open(D+'sample.json'))
assert sorted((r['list'],r['line']) for r in S)==sorted((o['list'],o['line']) for o in out), 'mismatch'
import re
for o in out:
    if not o['is_paper']: continue
    for k in ('arxiv_id','url','code'):
        if o[k]: assert o[k] in o['raw'], (o['line'],k,o[k])
    assert o['title'].replace('Shoufa','Sh') and (o['title'].lower()[:25] in o['raw'].lower()), (o['line'],o['title'])
    for a in o['authors']:
        if o['list']!=ZD or a in ('Shoufa Chen',): continue
        if a not in o['raw'] and o['line']!=517: print('author?',o['line'],a)
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out),'labels;',sum(o['is_paper'] for o in out),'papers')
