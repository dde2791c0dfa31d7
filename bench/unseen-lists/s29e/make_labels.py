import json
LCY="lcylmhlcy__Notebook-daily.README.md"; HB="hbulpf__hnbd_ailab.README.md"
JC="JamesChuanggg__awesome-vqa.README.md"; TA="Taaccoo__awesome-vqa-latest.README.md"
VG="Visual Grounding / Referring Expression Comprehension (Images)"
def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, span=1):
    return dict(is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section,_span=span)
def N(section):
    return dict(is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section,_span=1)
L={}
L[LCY]={
18:P("Trends in Integration of Vision and Language Research: A Survey of Tasks, Datasets, and Methods","1907.09358",None,"arXiv 2020",2020,section="Survey"),
45:P("Learning Deep Multimodal Feature Representation with Asymmetric Multi-layer Fusion",None,"https://dl.acm.org/doi/pdf/10.1145/3394171.3413621","ACMMM 2020",2020,section="Multimodal Fusion"),
53:P("Deep Multimodal Multilinear Fusion with High-order Polynomial Pooling",None,"https://papers.nips.cc/paper/9381-deep-multimodal-multilinear-fusion-with-high-order-polynomial-pooling","NeurIPS 2019",2019,section="Multimodal Fusion"),
61:P("Memory Fusion Network for Multi-view Sequential Learning",None,"https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/viewFile/17341/16122","AAAI 2018",2018,code="https://github.com/pliang279/MFN",section="Multimodal Fusion"),
79:P("Grounded Language Learning Fast and Slow","2009.01719",None,"arXiv 2020",2020,section="Related - VG (image)"),
105:P("Grounding language acquisition by training semantic parsers using captioned videos",None,"https://cbmm.mit.edu/sites/default/files/publications/Ross-et-al_ACL2018_Grounding%20language%20acquisition%20by%20training%20semantic%20parsing%20using%20caption%20videos.pdf","ACL 2018",2018,section="Related - VG (image)"),
123:P("Generation and comprehension of unambiguous object descriptions","1511.02283",None,"CVPR 2016",2016,code="https://github.com/mjhucla/Google_Refexp_toolbox",section=VG),
139:P("An attention-based regression model for grounding textual phrases in images",None,"https://www.ijcai.org/proceedings/2017/0558.pdf","IJCAI 2017",2017,section=VG),
157:P("Recurrent Multimodal Interaction for Referring Image Segmentation","1703.07939",None,"ICCV 2017",2017,code="https://github.com/chenxi116/TF-phrasecut-public",section=VG),
159:P("Deep attribute-preserving metric learning for natural language object retrieval",None,"https://dl.acm.org/citation.cfm?id=3123439","ACMMM 2017",2017,section=VG),
185:P("Key-word-aware network for referring expression image segmentation",None,"http://openaccess.thecvf.com/content_ECCV_2018/papers/Hengcan_Shi_Key-Word-Aware_Network_for_ECCV_2018_paper.pdf","ECCV 2018",2018,code="https://github.com/shihengcan/key-word-aware-network-pycaffe",section=VG),
189:P("Using Syntax to Ground Referring Expressions in Natural Images","1805.10547",None,"AAAI 2018",2018,code="https://github.com/volkancirik/groundnet",section=VG),
191:P("Multi-level Multimodal Common Semantic Space for Image-Phrase Grounding","1811.11683",None,"arXiv 2018",2018,section=VG),
207:P("Neural Sequential Phrase Grounding (SeqGROUND)","1903.07669",None,"CVPR 2019",2019,section=VG),
215:P("Learning to Assemble Neural Module Tree Networks for Visual Grounding",None,"http://openaccess.thecvf.com/content_ICCV_2019/papers/Liu_Learning_to_Assemble_Neural_Module_Tree_Networks_for_Visual_Grounding_ICCV_2019_paper.pdf","ICCV 2019",2019,code="https://github.com/daqingliu/NMTree",section=VG),
225:P("Zero-Shot Grounding of Objects from Natural Language Queries","1908.07129",None,"ICCV 2019",2019,code="https://github.com/TheShadow29/zsgnet-pytorch",section=VG),
229:P("Referring Expression Object Segmentation with Caption-Aware Consistency","1910.04748",None,"BMVC 2019",2019,code="https://github.com/wenz116/lang2seg",section=VG),
233:P("Binary Image Selection (BISON): Interpretable Evaluation of Visual Grounding","1901.06595",None,"arXiv 2019",2019,code="https://github.com/facebookresearch/binary-image-selection",section=VG),
258:N("References"),
262:N("References"),
}
L[HB]={
3:N("入门学习"),6:N("入门学习"),10:N("入门学习"),
17:P("A simple neural network module for relational reasoning","1706.01427",None,"arXiv 2017",2017,["Adam Santoro","David Raposo","David G.T. Barrett","Mateusz Malinowski","Razvan Pascanu","Peter Battaglia","Timothy Lillicrap"],section="进阶论文"),
20:P("An Analysis of Visual Question Answering Algorithms","1703.09684",None,"arXiv 2017",2017,["Kushal Kafle","Christopher Kanan"],section="进阶论文"),
23:P("Multimodal Compact Bilinear Pooling for Visual Question Answering and Visual Grounding","1606.01847",None,"arXiv 2016",2016,["Akira Fukui","Dong Huk Park","Daylen Yang","Anna Rohrbach","Trevor Darrell","Marcus Rohrbach"],code="https://github.com/akirafukui/vqa-mcb",section="进阶论文"),
29:P("FVQA: Fact-based Visual Question Answering","1606.05433",None,"arXiv 2016",2016,["Peng Wang","Qi Wu","Chunhua Shen","Anton van den Hengel","Anthony Dick"],section="进阶论文"),
36:P("Where To Look: Focus Regions for Visual Question Answering","1511.07394",None,"CVPR 2015",2015,["Kevin J. Shih","Saurabh Singh","Derek Hoiem"],section="进阶论文"),
43:P("Are You Talking to a Machine? Dataset and Methods for Multilingual Image Question Answering","1505.05612",None,"NIPS 2015",2015,["Hauyuan Gao","Junhua Mao","Jie Zhou","Zhiheng Huang","Lei Wang","Wei Xu"],section="进阶论文"),
47:P("A Multi-World Approach to Question Answering about Real-World Scenes based on Uncertain Input","1410.0210",None,"NIPS 2014",2014,["Mateusz Malinowski","Mario Fritz"],section="进阶论文"),
54:P("Hierarchical Question-Image Co-Attention for Visual Question Answering","1606.00061",None,"arXiv 2016",2016,["Jiasen Lu","Jianwei Yang","Dhruv Batra","Devi Parikh"],section="进阶论文 / Attention-Based"),
56:P("A Focused Dynamic Attention Model for Visual Question Answering","1604.01485",None,"arXiv",None,["Ilija Ilievski","Shuicheng Yan","Jiashi Feng"],section="进阶论文 / Attention-Based"),
62:P("Ask Me Anything: Free-form Visual Question Answering Based on Knowledge from External Sources","1511.06973",None,"CVPR 2016",2016,["Qi Wu","Peng Wang","Chunhua Shen","Anton van den Hengel","Anthony Dick"],section="进阶论文 / Knowledge-based"),
63:P("Explicit Knowledge-based Reasoning for Visual Question Answering","1511.02570",None,"arXiv 2015",2015,["Peng Wang","Qi Wu","Chunhua Shen","Anton van den Hengel","Anthony Dick"],section="进阶论文 / Knowledge-based"),
77:P("Tutorial on Answering Questions about Images with Deep Learning","1610.01076",None,None,None,["Mateusz Malinowski","Mario Fritz"],section="综述"),
79:P("Visual Question Answering: Datasets, Algorithms, and Future Challenges","1610.01465",None,None,None,section="综述"),
94:N("Dataset"),96:N("Dataset"),103:N("Code"),114:N("领域专家"),
}
IQ="Papers / Image QA"
L[JC]={
24:P("A simple neural network module for relational reasoning","1706.01427",None,"arXiv 2017",2017,["Adam Santoro","David Raposo","David G.T. Barrett","Mateusz Malinowski","Razvan Pascanu","Peter Battaglia","Timothy Lillicrap"],section="Papers / CLEVR QA"),
27:N(IQ),
29:P("MUTAN: Multimodal Tucker Fusion for Visual Question Answering","1705.06676",None,None,None,["Hedi Ben-younes","Remi Cadene","Matthieu Cord","Nicolas Thome"],code="https://github.com/Cadene/vqa.pytorch",section=IQ),
30:P("Show, Ask, Attend, and Answer: A Strong Baseline For Visual Question Answering","1704.03162",None,"arXiv 2016",2016,["Vahid Kazemi","Ali Elqursh"],code="https://github.com/Cyanogenoid/pytorch-vqa",section=IQ,span=2),
39:P("Hierarchical Question-Image Co-Attention for Visual Question Answering","1606.00061",None,"arXiv 2016",2016,["Jiasen Lu","Jianwei Yang","Dhruv Batra","Devi Parikh"],code="https://github.com/jiasenlu/HieCoAttenVQA",section=IQ),
43:P("Visual7W: Grounded Question Answering in Images","1511.03416",None,"CVPR 2016",2016,["Yuke Zhu","Oliver Groth","Michael Bernstein","Li Fei-Fei"],section=IQ),
46:P("Deep compositional question answering with neural module networks","1511.02799",None,"CVPR 2016",2016,["Jacob Andreas","Marcus Rohrbach","Trevor Darrell","Dan Klein"],section=IQ),
50:P("Ask, Attend and Answer: Exploring Question-Guided Spatial Attention for Visual Question Answering","1511.05234",None,"arXiv 2015",2015,["Huijuan Xu","Kate Saenko"],section=IQ),
53:P("Simple Baseline for Visual Question Answering","1512.02167",None,"arXiv 2015",2015,["Bolei Zhou","Yuandong Tian","Sainbayar Sukhbaatar","Arthur Szlam","Rob Fergus"],section=IQ),
57:P("Towards a Visual Turing Challe","1410.8027",None,"NIPS Workshop 2015",2015,["Mateusz Malinowski","Mario Fritz"],section=IQ),
58:P("A Multi-World Approach to Question Answering about Real-World Scenes based on Uncertain Input","1410.0210",None,"NIPS 2014",2014,["Mateusz Malinowski","Mario Fritz"],section=IQ),
60:N(IQ),
63:P("Multimodal Compact Bilinear Pooling for Visual Question Answering and Visual Grounding","1606.01847",None,"arXiv 2016",2016,["Akira Fukui","Dong Huk Park","Daylen Yang","Anna Rohrbach","Trevor Darrell","Marcus Rohrbach"],section=IQ),
65:P("Hierarchical Question-Image Co-Attention for Visual Question Answering","1606.00061",None,"arXiv 2016",2016,["Jiasen Lu","Jianwei Yang","Dhruv Batra","Devi Parikh"],section=IQ),
67:P("A Focused Dynamic Attention Model for Visual Question Answering","1604.01485",None,"arXiv",None,["Ilija Ilievski","Shuicheng Yan","Jiashi Feng"],section=IQ),
68:P("ABC-CNN: An Attention Based Convolutional Neural Network for Visual Question Answering","1511.05960",None,"arXiv 2015",2015,["Kan Chen","Jiang Wang","Liang-Chieh Chen","Haoyuan Gao","Wei Xu","Ram Nevatia"],section=IQ),
72:P("FVQA: Fact-based Visual Question Answering","1606.05433",None,"arXiv 2016",2016,["Peng Wang","Qi Wu","Chunhua Shen","Anton van den Hengel","Anthony Dick"],section=IQ),
75:P("Building a Large-scale Multimodal Knowledge Base System for Answering Visual Queries","1507.05670",None,"arXiv 2015",2015,["Yuke Zhu","Ce Zhang","Christopher Ré","Li Fei-Fei"],section=IQ),
78:P("IQA: Visual question answering in interactive environments","1712.03316",None,"Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition 2018",2018,["Daniel Gordon"],section=IQ),
81:P("Compositional Memory for Visual Question Answering","1511.05676",None,"arXiv 2015",2015,["Aiwen Jiang","Fang Wang","Fatih Porikli","Yi Li"],section=IQ),
}
PCV="Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition"
L[TA]={
18:N("Contents"),
40:P("Visual Question Answering on 360{\\deg} Images","2001.03339",None,"The IEEE Winter Conference on Applications of Computer Vision 2020",2020,["Shih-Han Chou","Wei-Lun Chao","Wei-Sheng Lai","Min Sun","Ming-Hsuan Yang"],section="Papers / Datasets"),
84:P("A Diagram Is Worth A Dozen Images","1603.07396",None,"European Conference on Computer Vision 2016",2016,["Aniruddha Kembhavi","Mike Salvato","Eric Kolve","Minjoon Seo","Hannaneh Hajishirzi","Ali Farhadi"],section="Papers / Datasets"),
102:P("Multimodal feature fusion by relational reasoning and attention for visual question answering",None,"https://linkinghub.elsevier.com/retrieve/pii/S1566253518308248","Information Fusion 2020",2020,["Weifeng Zhang","Jing Yu","Hua Hu","Haiyang Hu","Zengchang Qin"],section="Papers / Joint Embedding"),
159:P("Dynamic fusion with intra-and inter-modality attention flow for visual question answering","1812.05252",None,PCV+" 2019",2019,["Peng Gao","Zhengkai Jiang","Haoxuan You","Pan Lu","Steven CH Hoi","Xiaogang Wang","Hongsheng Li"],section="Papers / Attention-Based"),
181:P("Improved Fusion of Visual and Language Representations by Dense Symmetric Co-Attention for Visual Question Answering","1804.00775",None,PCV+" 2018",2018,["Duy-Kien Nguyen","Takayuki Okatani"],section="Papers / Attention-Based"),
195:P("ABC-CNN: An Attention Based Convolutional Neural Network for Visual Question Answering","1511.05960",None,"arXiv 2015",2015,["Kan Chen","Jiang Wang","Liang-Chieh Chen","Haoyuan Gao","Wei Xu","Ram Nevatia"],section="Papers / Attention-Based"),
199:P("Hierarchical Question-Image Co-Attention for Visual Question Answering","1606.00061",None,"Advances in neural information processing systems 2016",2016,["Jiasen Lu","Jianwei Yang","Dhruv Batra","Devi Parikh"],section="Papers / Attention-Based"),
205:P("Ask, Attend and Answer: Exploring Question-Guided Spatial Attention for Visual Question Answering","1511.05234",None,"European Conference on Computer Vision 2015",2015,["Huijuan Xu","Kate Saenko"],section="Papers / Attention-Based"),
241:P("Dynamic Memory Networks for Visual and Textual Question Answering","1603.01417",None,"International conference on machine learning 2016",2016,["Caiming Xiong","Stephen Merity","Richard Socher"],section="Papers / Memory-Based"),
312:P("Learning to Reason: End-to-End Module Networks for Visual Question Answering","1704.05526",None,"Proceedings of the IEEE International Conference on Computer Vision 2017",2017,["Ronghang Hu","Jacob Andreas","Marcus Rohrbach","Trevor Darrell","Kate Saenko"],section="Papers / Visual Reasoning"),
316:P("Inferring and Executing Programs for Visual Reasoning","1705.03633",None,"Proceedings of the IEEE International Conference on Computer Vision 2017",2017,["Justin Johnson","Bharath Hariharan","Laurens van der Maaten","Judy Hoffman","Li Fei-Fei","C. Lawrence Zitnick","Ross Girshick"],section="Papers / Visual Reasoning"),
339:P("ViLBERT: Pretraining Task-Agnostic Visiolinguistic Representations for Vision-and-Language Tasks",None,"http://papers.nips.cc/paper/8297-vilbert-pretraining-task-agnostic-visiolinguistic-representations-for-vision-and-language-tasks.pdf","Advances in Neural Information Processing Systems 2019",2019,["Jiasen Lu","Dhruv Batra","Devi Parikh","Stefan Lee"],section="Papers / Representation"),
399:P("An Empirical Evaluation of Visual Question Answering for Novel Objects","1704.02516",None,PCV+" 2017",2017,["Santhosh K. Ramakrishnan","Ambar Pal","Gaurav Sharma","Anurag Mittal"],section="Papers / Diagnosis Method"),
401:P("Data Augmentation for Visual Question Answering",None,"https://www.aclweb.org/anthology/W17-3529","Proceedings of the 10th International Conference on Natural Language Generation 2017",2017,["Kushal Kafle","Mohammed Yousefhussien","Christopher Kanan"],section="Papers / Diagnosis Method"),
411:P("An Analysis of Visual Question Answering Algorithms",None,"http://openaccess.thecvf.com/content_ICCV_2017/papers/Kafle_An_Analysis_of_ICCV_2017_paper.pdf","Proceedings of the IEEE International Conference on Computer Vision 2017",2017,["Kushal Kafle","Christopher Kanan"],section="Papers / Diagnosis Method"),
429:P("SQuINTing at VQA Models: Introspecting VQA Models With Sub-Questions",None,"http://openaccess.thecvf.com/content_CVPR_2020/papers/Selvaraju_SQuINTing_at_VQA_Models_Introspecting_VQA_Models_With_Sub-Questions_CVPR_2020_paper.pdf","Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition 2020",2020,["Ramprasaath R Selvaraju","Purva Tendulkar","Devi Parikh","Eric Horvitz","Marco Tulio Ribeiro","Besmira Nushi","Ece Kamar"],section="Papers / Diagnosis Method"),
435:P("Selective residual learning for Visual Question Answering",None,"https://linkinghub.elsevier.com/retrieve/pii/S0925231220304859","Neurocomputing 2020",2020,["Jongkwang Hong","Sungho Park","Hyeran Byun"],section="Papers / Others"),
455:P("CGMVQA: A New Classification and Generative Model for Medical Visual Question Answering",None,"https://ieeexplore.ieee.org/iel7/6287639/8948470/09032109.pdf","IEEE Access 2020",2020,["Fuji Ren","Yangyang Zhou"],section="Papers / Others"),
483:P("CS-VQA: Visual Question Answering with Compressively Sensed Images","1806.03379",None,"2018 25th IEEE International Conference on Image Processing (ICIP) 2018",2018,["Li-Chi Huang","Kuldeep Kulkarni","Anik Jha","Suhas Lohit","Suren Jayasuriya","Pavan Turaga"],section="Papers / Others"),
}
S=json.load(open('sample.json'))
out=[]
for name in S:
    lines=open(name,encoding='utf-8').read().split('\n')
    assert sorted(L[name])==S[name], (name, sorted(set(L[name])^set(S[name])))
    for n in S[name]:
        d=L[name][n]; span=d.pop('_span')
        rec={"list":name,"line":n,"raw":"\n".join(lines[n-1:n-1+span])}
        for k in ["is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]:
            rec[k]=d[k]
        out.append(rec)
with open('labels.jsonl','w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(out), sum(r['is_paper'] for r in out))
# sanity: arxiv ids appear in raw, urls/code appear in raw, title words in raw
import re
for r in out:
    raw=r['raw']
    for k in ('arxiv_id','url','code'):
        if r[k] and r[k] not in raw: print('NOT IN RAW',k,r['list'][:10],r['line'],r[k])
    if r['title']:
        t=r['title'].replace('\\','')
        if t not in raw.replace('\n',' ').replace('{','').replace('}','').replace('\\',''): print('TITLE?',r['line'],r['title'])
