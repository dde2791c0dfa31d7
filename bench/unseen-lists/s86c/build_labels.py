import json
D='/work/main/bench/unseen-lists/s86c/'
XW='XiongweiWu__Awesome-Object-Detection.README.md'
WH='whut09__Awesome-object-detection.README.md'
YY='yyf7329081__18-19-object-detection-papers.README.md'
files={f:open(D+f,encoding='utf-8').read().split('\n') for f in (XW,WH,YY)}
def raw(f,line,multi=False):
    L=files[f]; i=line-1; out=[L[i]]
    if multi:
        j=i+1
        while j<len(L) and L[j].strip()!='':
            out.append(L[j]); j+=1
    return '\n'.join(out)
labels=[]
def P(f,line,title,venue=None,year=None,authors=(),arxiv=None,url=None,code=None,summary=None,section=None,multi=False,doi=None):
    labels.append(dict(list=f,line=line,raw=raw(f,line,multi),is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section))
def N(f,line,section=None,multi=False):
    labels.append(dict(list=f,line=line,raw=raw(f,line,multi),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
G='1. Generic Object Detection'
TS=G+' / 1.1 Two-stage Detection'
OS=G+' / 1.2 One-stage Detection'
# ---- XiongweiWu
N(XW,19,'Table of Contents')
N(XW,39,None)
P(XW,68,'Deepid-net: Deformable deep convolutional neural networks for object detection','CVPR 2015',2015,
  ['W. Ouyang','X. Wang','X. Zeng','S. Qiu','P. Luo','Y. Tian','H. Li','S. Yang','Z. Wang','C.-C. Loy'],
  url='https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Ouyang_DeepID-Net_Deformable_Deep_2015_CVPR_paper.pdf',section=TS+' / 2015 CVPR')
N(XW,72,TS)
P(XW,89,'Adaptive object detection using adjacency and zoom prediction','CVPR 2016',2016,['Y. Lu','T. Javidi','S. Lazebnik'],
  arxiv='1512.07711',code='https://github.com/luyongxi/az-net',section=TS+' / 2016 CVPR')
N(XW,110,TS)
N(XW,120,TS)
P(XW,137,'Cascade r-cnn: Delving into high quality object detection','CVPR 2018',2018,['Z. Cai','N. Vasconcelos'],
  url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Cai_Cascade_R-CNN_Delving_CVPR_2018_paper.pdf',
  code='https://github.com/zhaoweicai/cascade-rcnn',section=TS+' / 2018 CVPR')
P(XW,140,'Multi-scale location-aware kernel representation for object detection','CVPR 2018',2018,['H. Wang','Q. Wang','M. Gao','P. Li','W. Zuo'],
  url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Wang_Multi-Scale_Location-Aware_Kernel_CVPR_2018_paper.pdf',
  code='https://github.com/Hwang64/MLKP',section=TS+' / 2018 CVPR')
P(XW,159,'Sniper: Efficient multi-scale training','NeurIPS 2018',2018,['B. Singh','M. Najibi','L. S. Davis'],
  url='https://papers.nips.cc/paper/8143-sniper-efficient-multi-scale-training.pdf',code='https://github.com/mahyarnajibi/SNIPER',section=TS+' / 2018 NeurIPS')
P(XW,169,'Deformable convnets v2: More deformable, better results','CVPR 2019',2019,['S. L. Xizhou Zhu','Han Hu','J. Dai'],
  url='http://openaccess.thecvf.com/content_CVPR_2019/papers/Zhu_Deformable_ConvNets_V2_More_Deformable_Better_Results_CVPR_2019_paper.pdf',
  code='https://github.com/msracver/Deformable-ConvNets',section=TS+' / 2019 CVPR')
P(XW,172,'Bounding Box Regression with Uncertainty for Accurate Object Detection','CVPR 2019',2019,['Y. He','C. Zhu','J. Wang','M. Savvides','X. Zhang'],
  url='http://openaccess.thecvf.com/content_CVPR_2019/papers/He_Bounding_Box_Regression_With_Uncertainty_for_Accurate_Object_Detection_CVPR_2019_paper.pdf',
  code='https://github.com/yihui-he/KL-Loss',section=TS+' / 2019 CVPR')
P(XW,206,'Dsod: Learning deeply supervised object detectors from scratch','ICCV 2017',2017,['Z. Shen','Z. Liu','J. Li','Y.-G. Jiang','Y. Chen','X. Xue'],
  url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Shen_DSOD_Learning_Deeply_ICCV_2017_paper.pdf',
  code='https://github.com/szq0214/DSOD',section=OS+' / 2017 ICCV')
P(XW,210,'Dssd: Deconvolutional single shot detector','arXiv 2017',2017,['C.-Y. Fu','W. Liu','A. Ranga','A. Tyagi','A. C. Berg'],
  arxiv='1701.06659',code='https://github.com/zchrissirhcz/caffe-dssd',section=OS+' / 2017 Others')
P(XW,211,'Residual features and unified prediction network for single stage detection','arXiv 2017',2017,['K. Lee','J. Choi','J. Jeong','N. Kwak'],
  arxiv='1707.05031',section=OS+' / 2017 Others')
N(XW,217,OS)
N(XW,248,OS)
P(XW,268,'Detecting faces using inside cascaded contextual cnn','ICCV 2017',2017,['K. Zhang','Z. Zhang','H. Wang','Z. Li','Y. Qiao','W. Liu'],
  url='https://ai.tencent.com/ailab/media/publications/Detecting_Faces_Using_Inside_Cascaded_Contextual_CNN.pdf',section='2. Face Detection')
P(XW,270,'Face r-cnn','arXiv 2017',2017,['H. Wang','Z. Li','X. Ji','Y. Wang'],arxiv='1706.01061',section='2. Face Detection')
P(XW,276,'Recurrent scale approximation for object detection in cnn',None,None,['Y. Liu','H. Li','J. Yan','F. Wei','X. Wang','X. Tang'],
  url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Liu_Recurrent_Scale_Approximation_ICCV_2017_paper.pdf',section='2. Face Detection')
# ---- whut09
A='Paper List / Assignment, Loss, and Training'
B='Paper List / DETR and End-to-End Detection'
C='Paper List / General Object Detection'
def W(line,title,pub,yr,link,code=None,sec=None):
    arx=None;url=None
    if link.startswith('https://arxiv.org/abs/'): arx=link.rsplit('/',1)[1]
    else: url=link
    P(WH,line,title,f'{pub} {yr}',yr,[],arxiv=arx,url=url,code=code,section=sec)
W(23,'Task-Specific Zero-shot Quantization-Aware Training for Object Detection','ICCV',2025,'https://openaccess.thecvf.com/content/ICCV2025/html/Li_Task-Specific_Zero-shot_Quantization-Aware_Training_for_Object_Detection_ICCV_2025_paper.html',sec=A)
W(26,'Distilling Knowledge from Large-Scale Image Models for Object Detection','ECCV',2024,'https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/11200_ECCV_2024_paper.php',sec=A)
W(54,'Training Multi-Object Detector by Estimating Bounding Box Distribution for Input Image','ICCV',2021,'https://openaccess.thecvf.com/content/ICCV2021/html/Yoo_Training_Multi-Object_Detector_by_Estimating_Bounding_Box_Distribution_for_Input_ICCV_2021_paper.html',sec=A)
W(59,'PaQ-DETR: Learning Pattern and Quality-Aware Dynamic Queries for Object Detection','CVPR',2026,'https://arxiv.org/abs/2603.06917',sec=B)
W(60,'Adversarial Attention Perturbations for Large Object Detection Transformers','ICCV',2025,'https://arxiv.org/abs/2508.02987',sec=B)
W(61,'D-FINE: Redefine Regression Task in DETRs as Fine-Grained Distribution Refinement','ICLR',2025,'https://arxiv.org/abs/2410.13842',code='https://github.com/Peterande/D-FINE',sec=B)
W(64,'MI-DETR: An Object Detection Model with Multi-time Inquiries Mechanism','CVPR',2025,'https://arxiv.org/abs/2503.01463',sec=B)
W(68,'DeTra: A Unified Model for Object Detection and Trajectory Forecasting','ECCV',2024,'https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/12207_ECCV_2024_paper.php',sec=B)
W(70,'Cascade-DETR: Delving into High-Quality Universal Object Detection','ICCV',2023,'https://openaccess.thecvf.com/content/ICCV2023/html/Ye_Cascade-DETR_Delving_into_High-Quality_Universal_Object_Detection_ICCV_2023_paper.html',sec=B)
W(85,'A Simple Single-Scale Vision Transformer for Object Detection and Instance Segmentation','ECCV',2022,'https://www.ecva.net/papers/eccv_2022/papers_ECCV/html/7441_ECCV_2022_paper.php',sec=B)
W(95,'Fast Convergence of DETR With Spatially Modulated Co-Attention','ICCV',2021,'https://openaccess.thecvf.com/content/ICCV2021/html/Gao_Fast_Convergence_of_DETR_With_Spatially_Modulated_Co-Attention_ICCV_2021_paper.html',sec=B)
W(100,'WB-DETR: Transformer-Based Detector Without Backbone','ICCV',2021,'https://openaccess.thecvf.com/content/ICCV2021/html/Liu_WB-DETR_Transformer-Based_Detector_Without_Backbone_ICCV_2021_paper.html',sec=B)
W(108,'DyFCLT: Dynamic Frequency-Decoupled Cross-Modal Learning Transformer for Multimodal Tiny Object Detection','CVPR',2026,'https://openaccess.thecvf.com/content/CVPR2026/html/Li_DyFCLT_Dynamic_Frequency-Decoupled_Cross-Modal_Learning_Transformer_for_Multimodal_Tiny_Object_CVPR_2026_paper.html',sec=C)
W(114,'Online Data Curation for Object Detection via Marginal Contributions to Dataset-level Average Precision','CVPR',2026,'https://openaccess.thecvf.com/content/CVPR2026/html/Sun_Online_Data_Curation_for_Object_Detection_via_Marginal_Contributions_to_CVPR_2026_paper.html',sec=C)
W(124,'Dark-ISP: Enhancing RAW Image Processing for Low-Light Object Detection','ICCV',2025,'https://openaccess.thecvf.com/content/ICCV2025/html/Guo_Dark-ISP_Enhancing_RAW_Image_Processing_for_Low-Light_Object_Detection_ICCV_2025_paper.html',sec=C)
W(130,'Revisiting Adversarial Patch Defenses on Object Detectors: Unified Evaluation, Large-Scale Dataset, and New Insights','ICCV',2025,'https://arxiv.org/abs/2508.00649',code='https://github.com/Gandolfczjh/APDE',sec=C)
W(133,'Visual Modality Prompt for Adapting Vision-Language Object Detectors','ICCV',2025,'https://arxiv.org/abs/2412.00622',code='https://github.com/heitorrapela/ModPrompt',sec=C)
W(143,'Rectify the Regression Bias in Long-Tailed Object Detection','ECCV',2024,'https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/4069_ECCV_2024_paper.php',sec=C)
W(145,"A Dynamic Dual-Processing Object Detection Framework Inspired by the Brain's Recognition Mechanism",'ICCV',2023,'https://openaccess.thecvf.com/content/ICCV2023/html/Zhang_A_Dynamic_Dual-Processing_Object_Detection_Framework_Inspired_by_the_Brains_ICCV_2023_paper.html',sec=C)
W(155,'StageInteractor: Query-based Object Detector with Cross-stage Interaction','ICCV',2023,'https://openaccess.thecvf.com/content/ICCV2023/html/Teng_StageInteractor_Query-based_Object_Detector_with_Cross-stage_Interaction_ICCV_2023_paper.html',sec=C)
# ---- yyf (all 20 numbered items; title line, then 简介 line and links line up to the blank line)
def Y(line,title,venue,code=None,summary=None):
    yr=int(venue[-4:]) if venue else None
    P(YY,line,title,venue,yr,[],code=code,summary=summary,section=None,multi=True)
def summ(line):
    L=files[YY]
    for j in range(line, line+3):
        s=L[j]
        if s.startswith('简介：'): return s[len('简介：'):].rstrip()
        if s.strip()=='' : return None
    return None
ent=[(4,'M2Det: A Single-Shot Object Detector based on Multi-Level Feature Pyramid Network','AAAI 2019','https://github.com/qijiezhao/M2Det'),
(8,'Object Detection based on Region Decomposition and Assembly','AAAI 2019',None),
(12,'Generalized Intersection over Union: A Metric and A Loss for Bounding Box Regression','CVPR 2019',None),
(16,'Automatic adaptation of object detectors to new domains using self-training','CVPR 2019',None),
(18,'Libra R-CNN: Balanced Learning for Object Detection','CVPR 2019','https://github.com/OceanPang/Libra_R-CNN'),
(22,'Feature Selective Anchor-Free Module for Single-Shot Object Detection',None,None),
(26,'Bottom-up Object Detection by Grouping Extreme and Center Points','CVPR 2019','https://github.com/xingyizhou/ExtremeNet'),
(30,'Continuation Multiple Instance Learning for Weakly Supervised Object Detection','CVPR 2019','https://github.com/AnonymousIDs/C-MIL'),
(33,'Training Single-Shot Object Detectors from Scratch','CVPR 2019','https://github.com/KimSoybean/ScratchDet'),
(37,'Bounding Box Regression with Uncertainty for Accurate Object Detection','CVPR 2019','https://github.com/yihui-he/KL-Loss'),
(41,'Activity Driven Weakly Supervised Object Detection','CVPR 2019','https://github.com/zhenheny/ADWSOD'),
(44,'Towards Accurate One-Stage Object Detection with AP-Loss','CVPR 2019',None),
(47,'Strong-Weak Distribution Alignment for Adaptive Object Detection','CVPR 2019','https://github.com/VisionLearningGroup/DA_Detection'),
(50,'Learning Scalable Feature Pyramid Architecture for Object Detection','CVPR 2019',None),
(52,'Towards Universal Object Detection by Domain Attention','CVPR 2019',None),
(54,'Exploring the Bounds of the Utility of Context for Object Detection','CVPR 2019',None),
(56,'Dissimilarity Coefficient based Weakly Supervised Object Detection','CVPR 2019',None),
(58,'Region Proposal by Guided Anchoring','CVPR 2019','https://github.com/open-mmlab/mmdetection'),
(62,'A Simple Pooling-Based Design for Real-Time Salient Object Detection','CVPR 2019','https://github.com/backseason/PoolNet'),
(65,'Scale-Aware Trident Networks for Object Detection','CVPR 2019','https://github.com/TuSimple/simpledet/tree/master/models/tridentnet')]
for line,t,v,c in ent:
    Y(line,t,v,c,summ(line))
# order as sample.jsonl
samp=[json.loads(l) for l in open(D+'sample.jsonl')]
key={(o['list'],o['line']):o for o in labels}
assert set(key)==set((s['list'],s['line']) for s in samp), set(key)^set((s['list'],s['line']) for s in samp)
with open(D+'labels.jsonl','w',encoding='utf-8') as fh:
    for s in samp:
        fh.write(json.dumps(key[(s['list'],s['line'])],ensure_ascii=False)+'\n')
print(len(labels))
