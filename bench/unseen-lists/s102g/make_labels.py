import json
D='/work/main/bench/unseen-lists/s102g/'
L={}
def lines(name):
    if name not in L:
        L[name]=open(D+name,encoding='utf-8').read().split('\n')
    return L[name]
out=[]
def add(lst,line,n,is_paper,title=None,arxiv=None,url=None,venue=None,year=None,authors=None,code=None,section=None):
    raw='\n'.join(lines(lst)[line-1:line-1+n])
    if not is_paper:
        d=dict(list=lst,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
    else:
        d=dict(list=lst,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=None,section=section)
    out.append(d)

# ---- DengPingFan ----
P='DengPingFan__SODBenchmark.README.md'
T='Traditional Methods (Updated: 2022-04-04)'
S='2. 2D RGB Saliency Detection Models / '
add(P,42,1,True,'Saliency Based on Information Maximization',url='https://proceedings.neurips.cc/paper/2005/file/0738069b244a1c43c83112b735140a16-Paper.pdf',venue='NeurIPS 2005',year=2005,section=T)
add(P,51,1,True,'A simple method for detecting salient regions',url='https://www.researchgate.net/publication/223277930_A_simple_method_for_detecting_salient_regions',venue='PR 2009',year=2009,section=T)
add(P,62,1,True,'A Unified Approach to Salient Object Detection via Low Rank Matrix Recovery',url='https://xiaohuishen.github.io/assets/saliency_cvpr12.pdf',venue='CVPR 2012',year=2012,section=T)
add(P,71,1,True,'Saliency aggregation: A data-driven approach',url='https://openaccess.thecvf.com/content_cvpr_2013/papers/Mai_Saliency_Aggregation_A_2013_CVPR_paper.pdf',venue='CVPR 2013',year=2013,code='http://web.cecs.pdx.edu/~fliu/project/saliency-aggregation/',section=T)
add(P,73,1,True,'What Makes a Patch Distinct',url='https://openaccess.thecvf.com/content_cvpr_2013/papers/Margolin_What_Makes_a_2013_CVPR_paper.pdf',venue='CVPR 2013',year=2013,section=T)
add(P,90,1,True,'A Weighted Sparse Coding Framework for Saliency Detection',venue='CVPR 2015',year=2015,section=T)
add(P,102,1,True,'Pattern Mining Saliency',url='https://link.springer.com/chapter/10.1007/978-3-319-46466-4_35',venue='ECCV 2016',year=2016,code='https://github.com/huchuanlu/16_3',section=T)
add(P,103,1,True,'Discriminative saliency propagation with sink points',venue='PR 2016',year=2016,section=T)
add(P,108,1,True,'Salient Object Detection via Weighted Low Rank Matrix Recovery',venue='SPL 2017',year=2017,section=T)
add(P,116,1,True,'Diversity Induced Matrix Decomposition Model for salient object detection',venue='PR 2017',year=2017,section=T)
add(P,129,1,True,'Semisupervised Learning Based on a Novel Iterative Optimization Model for Saliency Detection',venue='TNNLS 2019',year=2019,section=T)
add(P,146,1,True,'TRACER: Extreme Attention Guided Salient Object Tracing Network',arxiv='2112.07380',venue='AAAI 2022',year=2022,code='https://github.com/Karel911/TRACER',section=S+'2022')
add(P,149,1,True,'PoolNet+: Exploring the Potential of Pooling for Salient Object Detection',url='https://mftp.mmcheng.net/Papers/21PAMI-PoolNet.pdf',venue='IEEE TPAMI 2022',year=2022,code='http://mmcheng.net/poolnet/',section=S+'2022')
add(P,154,1,True,'Joint Learning of Salient Object Detection, Depth Estimation and Contour Extraction',arxiv='2203.04895',venue='arXiv 2022',year=2022,section=S+'2022')
add(P,173,1,True,'Mesh Saliency: An Independent Perceptual Measure or A Derivative of Image Saliency?',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Song_Mesh_Saliency_An_Independent_Perceptual_Measure_or_a_Derivative_of_CVPR_2021_paper.pdf',venue='CVPR 2021',year=2021,code='https://github.com/rsong/MIMO-GAN',section=S+'2021')
add(P,180,1,True,'Group Collaborative Learning for Co-Salient Object Detection',arxiv='2104.01108',venue='CVPR 2021',year=2021,code='https://github.com/fanq15/GCoNet',section=S+'2021')
add(P,189,1,True,'Salient Object Ranking with Position-Preserved Attention',url='https://openaccess.thecvf.com/content/ICCV2021/papers/Fang_Salient_Object_Ranking_With_Position-Preserved_Attention_ICCV_2021_paper.pdf',venue='ICCV 2021',year=2021,code='https://github.com/EricFH/SOR',section=S+'2021')
add(P,194,1,True,'Discovering Dynamic Salient Regions for Spatio-Temporal Graph Neural Networks',url='https://proceedings.neurips.cc/paper/2021/file/398410ece9d7343091093a2a7f8ee381-Paper.pdf',venue='NeurIPS 2021',year=2021,code='https://github.com/bit-ml/DyReg-GNN',section=S+'2021')
add(P,205,1,True,'Global Context-Aware Progressive Aggregation Network for Salient Object Detection',url='https://github.com/JosephChenHub/GCPANet/blob/master/GCPANet.pdf',venue='AAAI 2020',year=2020,code='https://github.com/JosephChenHub/GCPANet',section=S+'2020')
add(P,206,1,True,'F3Net: Fusion, Feedback and Focus for Salient Object Detection',arxiv='1911.11445',venue='AAAI 2020',year=2020,code='https://github.com/weijun88/F3Net',section=S+'2020')

# ---- huanglianghua ----
H='huanglianghua__video-detection-benchmark.README.md'
B='Video Detector Benchmark'
for ln in (9,10,12,16,17,20,22,24):
    add(H,ln,1,False,section=B)
V='Video Object Detection/Segmentation / '
add(H,42,2,True,'Mobile Video Object Detection With Temporally-Aware Feature Maps',url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Liu_Mobile_Video_Object_CVPR_2018_paper.pdf',venue='CVPR 2018',year=2018,authors=['Mason Liu','Menglong Zhu'],section=V+'CVPR 2018')
add(H,45,2,True,'Towards High Performance Video Object Detection',url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Zhu_Towards_High_Performance_CVPR_2018_paper.pdf',venue='CVPR 2018',year=2018,authors=['Xizhou Zhu','Jifeng Dai','Lu Yuan','Yichen Wei'],section=V+'CVPR 2018')
add(H,55,4,True,'Flow-Guided Feature Aggregation for Video Object Detection',url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Zhu_Flow-Guided_Feature_Aggregation_ICCV_2017_paper.pdf',venue='ICCV 2017',year=2017,authors=['Xizhou Zhu','Yujie Wang','Jifeng Dai','Lu Yuan','Yichen Wei'],code='https://github.com/msracver/Flow-Guided-Feature-Aggregation',section=V+'ICCV 2017')
add(H,60,3,True,'Temporal Dynamic Graph LSTM for Action-Driven Video Object Detection',url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Yuan_Temporal_Dynamic_Graph_ICCV_2017_paper.pdf',venue='ICCV 2017',year=2017,authors=['Yuan Yuan','Xiaodan Liang','Xiaolong Wang','Dit-Yan Yeung','Abhinav Gupta'],section=V+'ICCV 2017')
add(H,70,3,True,'Detect to Track and Track to Detect',url='https://www.robots.ox.ac.uk/~vgg/publications/2017/Feichtenhofer17/feichtenhofer17.pdf',venue='ICCV 2017',year=2017,authors=['Christoph Feichtenhofer','Axel Pinz','Andrew Zisserman'],code='https://github.com/feichtenhofer/detect-track',section=V+'ICCV 2017')
add(H,102,2,True,'Coherent Parametric Contours for Interactive Video Object Segmentation',url='https://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Lu_Coherent_Parametric_Contours_CVPR_2016_paper.pdf',venue='CVPR 2016',year=2016,authors=['Yao Lu','Xue Bai','Linda Shapiro','Jue Wang'],section=V+'CVPR 2016')
add(H,105,2,True,'Track and Segment: An Iterative Unsupervised Approach for Video Object Proposals',url='https://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Xiao_Track_and_Segment_CVPR_2016_paper.pdf',venue='CVPR 2016',year=2016,authors=['Fanyi Xiao','Yong Jae Lee'],section=V+'CVPR 2016')
add(H,108,3,True,'Object Detection From Video Tubelets With Convolutional Neural Networks',url='https://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Kang_Object_Detection_From_CVPR_2016_paper.pdf',venue='CVPR 2016',year=2016,authors=['Kai Kang','Wanli Ouyang','Hongsheng Li','Xiaogang Wang'],code='https://github.com/myfavouritekk/vdetlib',section=V+'CVPR 2016')
add(H,114,2,True,'Seq-NMS for Video Object Detection',arxiv='1602.08465',venue='arXiv 2016',year=2016,authors=['Wei Han','Pooya Khorrami','Tom Le Paine'],section=V+'ArXiv 2016')
add(H,122,2,True,'Unsupervised Semantic Parsing of Video Collections',url='http://openaccess.thecvf.com/content_iccv_2015/papers/Sener_Unsupervised_Semantic_Parsing_ICCV_2015_paper.pdf',venue='ICCV 2015',year=2015,authors=['Ozan Sener','Amir R. Zamir','Silvio Savarese','Ashutosh Saxena'],section=V+'ICCV 2015')
add(H,127,2,True,'Tube-CNN: Modeling temporal evolution of appearance for object detection in video',arxiv='1812.02619',venue='arXiv',year=None,authors=['Tuan-Hung Vu','Anton Osokin','Ivan Laptev'],section=V+'ArXiv')
add(H,130,2,True,'Fast Object Detection in Compressed Video',arxiv='1811.11057',venue='arXiv',year=None,authors=['Shiyao Wang','Hongchao Lu','Pavel Dmitriev','Zhidong Deng'],section=V+'ArXiv')

# ---- kaisugi ----
K='kaisugi__entity-related-papers.README.md'
CO='COLING 2020 (2020/12/08 ~ 2020/12/13)'
EM='EMNLP 2020 (2020/11/16 ~ 2020/11/20)'
AC='ACL 2020 (2020/07/05 ~ 2020/07/10)'
E19='EMNLP-IJCNLP 2019 (2019/11/03 ~ 2019/11/07)'
def k(ln,sec,venue,year):
    import re
    t=lines(K)[ln-1]
    m=re.match(r'^- \[(.*)\]\((.*)\)$',t)
    add(K,ln,1,True,m.group(1),url=m.group(2),venue=venue,year=year,section=sec)
k(22,CO+' / NER','COLING 2020',2020)
k(26,CO+' / NER','COLING 2020',2020)
k(28,CO+' / NER','COLING 2020',2020)
k(53,CO+' / misc','COLING 2020',2020)
k(54,CO+' / misc','COLING 2020',2020)
k(95,EM+' / NER','EMNLP 2020',2020)
k(98,EM+' / NER','EMNLP 2020',2020)
k(133,EM+' / Entity Representations / Embeddings','EMNLP 2020',2020)
k(155,EM+' / misc','EMNLP 2020',2020)
k(170,AC+' / NER','ACL 2020',2020)
k(171,AC+' / NER','ACL 2020',2020)
k(177,AC+' / NER','ACL 2020',2020)
k(185,AC+' / NER','ACL 2020',2020)
k(209,AC+' / misc','ACL 2020',2020)
k(211,AC+' / misc','ACL 2020',2020)
k(281,E19+' / NER','EMNLP-IJCNLP 2019',2019)
k(286,E19+' / NER','EMNLP-IJCNLP 2019',2019)
k(302,E19+' / EL','EMNLP-IJCNLP 2019',2019)
k(316,E19+' / Entity Representations / Embeddings','EMNLP-IJCNLP 2019',2019)
k(322,E19+' / misc','EMNLP-IJCNLP 2019',2019)

with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out))
