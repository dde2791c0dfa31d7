# Hand-written labels; raw is copied from the file at the given line range, the rest is typed by hand.
import json
W='Wei-i__Papers-with-Codes-of-Few-Shot-Object-Detection.README.md'
G='gabrielhuang__awesome-few-shot-object-detection.README.md'
N='ngoductuanlhp__PaperNotes.README.md'
PRE='1. Few Shot Object Detection Preliminaries'
RW='2. Recent work / '
LB='Pascal VOC and MS COCO FSOD Leaderboard'
def P(lst,line,title,arxiv=None,url=None,venue=None,year=None,code=None,section=None,nlines=1):
    return dict(list=lst,line=line,nlines=nlines,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=[],code=code,summary=None,section=section)
def X(lst,line,section,nlines=1):
    return dict(list=lst,line=line,nlines=nlines,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L=[
X(W,6,PRE),X(W,9,PRE),X(W,15,PRE),X(W,18,PRE,nlines=2),X(W,21,PRE,nlines=2),
P(W,31,'Few-shot Object Detection via Feature Reweighting',url='https://openaccess.thecvf.com/content_ICCV_2019/papers/Kang_Few-Shot_Object_Detection_via_Feature_Reweighting_ICCV_2019_paper.pdf',venue='ICCV 2019',year=2019,code='https://github.com/bingykang/Fewshot_Detection',section=RW+'2019'),
P(W,32,'Meta-Learning to Detect Rare Objects',url='https://openaccess.thecvf.com/content_ICCV_2019/papers/Wang_Meta-Learning_to_Detect_Rare_Objects_ICCV_2019_paper.pdf',venue='ICCV 2019',year=2019,section=RW+'2019'),
P(W,34,'RepMet: Representative-based metric learning for classification and few-shot object detection',url='https://openaccess.thecvf.com/content_CVPR_2019/papers/Karlinsky_RepMet_Representative-Based_Metric_Learning_for_Classification_and_Few-Shot_Object_Detection_CVPR_2019_paper.pdf',venue='CVPR 2020',year=2020,code='https://github.com/jshtok/RepMet',section=RW+'2019'),
P(W,37,'Frustratingly Simple Few-Shot Object Detection',arxiv='2003.06957',venue='ICML 2020',year=2020,code='https://github.com/ucbdrive/few-shot-object-detection',section=RW+'2020'),
P(W,39,'Few-Shot Object Detection and Viewpoint Estimation for Objects in the Wild',arxiv='2007.12107',venue='ECCV 2020',year=2020,code='https://github.com/YoungXIAO13/FewShotDetection',section=RW+'2020'),
P(W,40,'Few-Shot Object Detection with Attention-RPN and Multi-Relation Detector',url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Fan_Few-Shot_Object_Detection_With_Attention-RPN_and_Multi-Relation_Detector_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020,code='https://github.com/fanq15/FewX',section=RW+'2020'),
P(W,47,'Few-Shot Object Detection via Classification Refinement and Distractor Retreatment',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Li_Few-Shot_Object_Detection_via_Classification_Refinement_and_Distractor_Retreatment_CVPR_2021_paper.pdf',venue='CVPR 2021',year=2021,section=RW+'2021'),
P(W,48,'Generalized Few-Shot Object Detection without Forgetting',arxiv='2105.09491',venue='CVPR 2021',year=2021,code='https://github.com/Megvii-BaseDetection/GFSD',section=RW+'2021'),
P(W,50,'Dense Relation Distillation with Context-aware Aggregation for Few-Shot Object Detection',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Hu_Dense_Relation_Distillation_With_Context-Aware_Aggregation_for_Few-Shot_Object_Detection_CVPR_2021_paper.pdf',venue='CVPR 2021',year=2021,code='https://github.com/hzhupku/DCNet',section=RW+'2021'),
P(W,54,'Beyond Max-Margin: Class Margin Equilibrium for Few-shot Object Detection',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Li_Beyond_Max-Margin_Class_Margin_Equilibrium_for_Few-Shot_Object_Detection_CVPR_2021_paper.pdf',venue='CVPR 2021',year=2021,code='https://github.com/Bohao-Lee/CME',section=RW+'2021'),
P(W,56,'Dual-awareness Attention for Few-Shot Object Detection',arxiv='2102.12152',venue='MM 2021',year=2021,section=RW+'2021'),
P(W,58,'Class-Incremental Few-Shot Object Detection',arxiv='2105.07637',venue='arXiv 2021',year=2021,section=RW+'2021'),
P(W,59,'Dynamic Relevance Learning for Few-Shot Object Detection',arxiv='2108.02235',venue='arXiv 2021',year=2021,code='https://github.com/liuweijie19980216/DRL-for-FSOD',section=RW+'2021'),
P(W,60,'Bridging Non Co-occurrence with Unlabeled In-the-wild Data for Incremental Object Detection',arxiv='2110.15017',venue='NeurIPS 2021',year=2021,code='https://github.com/dongnana777/Bridging-Non-Co-occurrence',section=RW+'2021'),
P(W,61,'Meta Guided Metric Learner for Overcoming Class Confusion in Few-Shot Road Object Detection',arxiv='2110.15074',venue='NeurIPS 2021 Workshop',year=2021,section=RW+'2021'),
P(G,22,'LSTD',arxiv='1803.01529',section=LB),
P(G,23,'RepMet',arxiv='1806.04728',section=LB),
P(G,24,'Meta-YOLO',arxiv='1812.01866',section=LB),
P(G,25,'MetaDet',url='https://openaccess.thecvf.com/content_ICCV_2019/papers/Wang_Meta-Learning_to_Detect_Rare_Objects_ICCV_2019_paper.pdf',section=LB),
P(G,26,'Meta-RCNN',arxiv='1909.13032',section=LB),
P(G,27,'Faster RCNN+FT',arxiv='2003.06957',section=LB),
P(G,28,'ACM-MetaRCNN',url='http://xiongweiwu.github.io/papers/MM2020_meta.pdf',section=LB),
P(G,29,'TFA w/fc',arxiv='2003.06957',section=LB),
P(G,30,'TFA w/cos',arxiv='2003.06957',section=LB),
P(G,31,'Retentive RCNN',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Fan_Generalized_Few-Shot_Object_Detection_Without_Forgetting_CVPR_2021_paper.pdf',section=LB),
P(G,32,'MPSR',arxiv='2007.09384',section=LB),
P(G,33,'Attention-FSOD',arxiv='1908.01998',section=LB),
P(G,34,'FsDetView',arxiv='2007.12107',section=LB),
P(G,35,'CME',arxiv='2103.04612',section=LB),
P(G,36,'TIP',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Li_Transformation_Invariant_Few-Shot_Object_Detection_CVPR_2021_paper.pdf',section=LB),
P(G,37,'DAnA',arxiv='2102.12152',section=LB),
P(G,38,'DeFRCN',arxiv='2108.09017',section=LB),
P(G,39,'Meta-DETR',arxiv='2103.11731',section=LB),
P(G,40,'DETReg',arxiv='2106.04550',section=LB),
P(N,10,'Accurate Few-Shot Object Detection With Support-Query Mutual Guidance and Hybrid Loss',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Zhang_Accurate_Few-Shot_Object_Detection_With_Support-Query_Mutual_Guidance_and_Hybrid_CVPR_2021_paper.pdf',section='Approaches / Few-shot Object Detection'),
P(N,12,'Incremental Few-Shot Object Detection',arxiv='2003.04668',section='Approaches / Few-shot Object Detection'),
P(N,16,'Incremental Few-Shot Instance Segmentation',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Ganea_Incremental_Few-Shot_Instance_Segmentation_CVPR_2021_paper.pdf',section='Approaches / Few-shot Instance Segmentation'),
P(N,18,'FGN: Fully Guided Network for Few-Shot Instance Segmentation',arxiv='2003.13954',section='Approaches / Few-shot Instance Segmentation'),
P(N,20,'One-Shot Instance Segmentation',arxiv='1811.11507',section='Approaches / Few-shot Instance Segmentation'),
]
KEYS=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in L:
        lines=open(d['list'],encoding='utf-8').read().split('\n')
        d['raw']='\n'.join(lines[d['line']-1:d['line']-1+d['nlines']])
        f.write(json.dumps({k:d[k] for k in KEYS},ensure_ascii=False)+'\n')
print(len(L))
