# Hand-written labels; raw is copied from the file by the hand-chosen line range (start, end).
import json
import os
D=os.path.dirname(os.path.abspath(__file__))+'/'
H='ha-lins__MetaLearning4NLP-Papers.README.md'
J='johnnyasd12__awesome-few-shot-meta-learning.README.md'
T='tongoy__awesome-few-shot-learning.README.md'
def lines_of(name):
    t=open(D+name,encoding='utf-8',newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in t.split('\n')]
CACHE={}
def rec(lst,start,end,is_paper,section,title=None,arxiv_id=None,url=None,venue=None,year=None,authors=None,code=None,doi=None,summary=None):
    L=CACHE.setdefault(lst,lines_of(lst))
    raw='\n'.join(L[start-1:end])
    return dict(list=lst,line=start,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv_id,doi=doi,url=url,
                venue=venue,year=year,authors=authors,code=code,summary=summary,section=section)
TA='Taxonomy in Applications'
R=[]
# ---------------- ha-lins ----------------
R.append(rec(H,6,6,False,'Call for Contributions'))
R.append(rec(H,7,7,False,'Call for Contributions'))
R.append(rec(H,8,8,False,'Call for Contributions'))
R.append(rec(H,13,13,False,TA+' / Fundamental NLP Tasks'))
R.append(rec(H,14,15,True,TA+' / Fundamental NLP Tasks / Semantic Parsing',
  title='Coupling Retrieval and Meta-Learning for Context-Dependent Semantic Parsing',arxiv_id='1906.07108',
  venue='ACL 2019',year=2019,authors=['Daya Guo','Duyu Tang','Nan Duan','Ming Zhou','Jian Yin'],
  code='https://github.com/microsoft/PointerSQL'))
R.append(rec(H,17,17,True,TA+' / Fundamental NLP Tasks / Semantic Parsing',
  title='Natural Language to Structured Query Generation via Meta-Learning',url='https://www.aclweb.org/anthology/N18-2115/',
  venue='NAACL 2018 short',year=2018,authors=['Po-Sen Huang','Chenglong Wang','Rishabh Singh','Wen-tau Yih','Xiaodong He'],
  code='https://github.com/microsoft/PointerSQL'))
R.append(rec(H,19,19,False,TA+' / Fundamental NLP Tasks'))
R.append(rec(H,20,20,True,TA+' / Fundamental NLP Tasks / Named Entity Recognition',
  title='Enhanced Meta-Learning for Cross-lingual Named Entity Recognition with Minimal Resources',
  url='https://www.aclweb.org/anthology/N18-2115/',venue='AAAI 2020',year=2020,
  authors=['Qianhui Wu','Zijia Lin','Guoxin Wang','Hui Chen','Börje F. Karlsson','Biqing Huang','Chin-Yew Lin']))
R.append(rec(H,24,24,True,TA+' / Dialog System',
  title='Domain Adaptive Dialog Generation via Meta Learning',arxiv_id='1911.06161',venue='ACL 2019',year=2019,
  authors=['Kun Qian','Zhou Yu'],code='https://github.com/qbetterk/DAML'))
R.append(rec(H,26,26,True,TA+' / Dialog System',
  title='Meta-Learning for Low-resource Natural Language Generation in Task-oriented Dialogue Systems',arxiv_id='1905.05644',
  venue='IJCAI 2019',year=2019,authors=['Fei Mi','Minlie Huang','Jiyong Zhang','Boi Faltings']))
R.append(rec(H,32,32,True,TA+' / Classification',
  title='Few-shot Text Classification with Distributional Signatures',arxiv_id='1908.06039',venue='ICLR 2020',year=2020,
  authors=['Yujia Bao','Menghua Wu','Shiyu Chang','Regina Barzilay'],code='https://github.com/YujiaBao/Distributional-Signatures'))
R.append(rec(H,34,34,True,TA+' / Classification',
  title='Learning to Learn and Predict: A Meta-Learning Approach for Multi-Label Classification',arxiv_id='1905.05644',
  venue='EMNLP 2019',year=2019,authors=['Jiawei Wu','Wenhan Xiong','William Yang Wang']))
R.append(rec(H,36,36,True,TA+' / Classification',
  title='Model-Agnostic Meta-Learning for Relation Classification with Limited Supervision',
  url='https://www.aclweb.org/anthology/P19-1589/',venue='ACL 2019 short',year=2019,authors=['Abiola Obamuyide','Andreas Vlachos']))
R.append(rec(H,41,41,True,TA+' / Knowledge Graph',
  title='Meta Relational Learning for Few-Shot Link Prediction in Knowledge Graphs',url='https://www.aclweb.org/anthology/D19-1431.pdf',
  venue='EMNLP 2019',year=2019,authors=['Mingyang Chen','Wen Zhang','Wei Zhang','Qiang Chen','Huajun Chen'],
  code='https://github.com/AnselCmy/MetaR'))
R.append(rec(H,43,43,True,TA+' / Knowledge Graph',
  title='Meta-Learning with Dynamic-Memory-Based Prototypical Network for Few-Shot Event Detection',arxiv_id='1905.05644',
  venue='WSDM 2020',year=2020,authors=['Shumin Deng','Ningyu Zhang','Jiaojian Kang','Yichi Zhang','Wei Zhang','Huajun Chen']))
R.append(rec(H,45,45,True,TA+' / Knowledge Graph',
  title='Adapting Meta Knowledge Graph Information for Multi-Hop Reasoning over Few-Shot Relations',
  venue='EMNLP 2019 short',year=2019,authors=['Xin Lv','Yuxian Gu','Xu Han','Lei Hou','Juanzi Li','Zhiyuan Liu'],
  code='https://github.com/THU-KEG/MetaKGR'))
R.append(rec(H,49,49,True,TA+' / Text Emotion Distribution Learning',
  title='Text Emotion Distribution Learning from Small Sample: A Meta-Learning Approach',url='https://www.aclweb.org/anthology/D19-1408.pdf',
  venue='EMNLP 2019',year=2019,authors=['Zhenjie Zhao','Xiaojuan Ma'],code='https://github.com/zhaozj89/EDL-Meta'))
R.append(rec(H,52,52,True,TA+' / Machine Translation',
  title='Meta-Learning for Low-Resource Neural Machine Translation',url='https://www.aclweb.org/anthology/D18-1398.pdf',
  venue='EMNLP 2018',year=2018,authors=['Jiatao Gu','Yong Wang','Yun Chen','Victor O. K. Li','Kyunghyun Cho']))
R.append(rec(H,55,55,True,TA+' / NLU',
  title='Investigating Meta-Learning Algorithms for Low-Resource NLU tasks',url='https://www.aclweb.org/anthology/D19-1112.pdf',
  venue='EMNLP 2019 short',year=2019,authors=['Zi-Yi Dou','Keyi Yu','Antonios Anastasopoulos']))
R.append(rec(H,58,58,True,TA+' / Pre-training Text Representations',
  title='Pre-training Text Representations as Meta Learning',arxiv_id='2004.05568',venue='ACL 2020 short',year=2020,
  authors=['Shangwen Lv','Yuechen Wang','Daya Guo','Duyu Tang','Nan Duan','Fuqing Zhu','Ming Gong','Linjun Shou','Ryan Ma','Daxin Jiang','Guihong Cao','Ming Zhou','Songlin Hu']))
# ---------------- johnnyasd12 ----------------
C='Classic'; DS='Few-shot with Domain shift'
R.append(rec(J,14,14,False,C+' / Legacy Papers'))
R.append(rec(J,22,27,True,C,title='A Simple Neural Attentive Meta-Learner',venue='ICLR 2018',year=2018,
  code='https://github.com/eambutu/snail-pytorch'))
R.append(rec(J,30,37,True,C,title='Meta-learning with memory-augmented neural networks',venue='ICML 2016',year=2016))
R.append(rec(J,56,69,True,C,title='Matching Networks for One Shot Learning',venue='NIPS 2016',year=2016,
  code='https://github.com/AntreasAntoniou/MatchingNetworks'))
R.append(rec(J,105,112,True,C,title='Meta-Learning with Latent Embedding Optimization',venue='ICLR 2019',year=2019,
  code='https://github.com/deepmind/leo'))
R.append(rec(J,164,172,True,DS,title='Transferable meta learning across domains',venue='UAI 2018',year=2018))
R.append(rec(J,175,182,True,DS,title='Learning Embedding Adaptation for Few-Shot Learning',venue='arXiv 2018',year=2018,
  code='https://github.com/Sha-Lab/FEAT'))
R.append(rec(J,212,220,True,DS,title='Few-shot Learning with Meta Metric Learners',arxiv_id='1901.09890',venue='arXiv',year=None))
R.append(rec(J,224,228,True,DS,title='Subspace Networks for Few-shot Classification',arxiv_id='1905.13613',venue='arXiv',year=None))
R.append(rec(J,241,249,True,'優先',title='Adaptive Cross-Modal Few-Shot Learning',venue='ICLR 2019 Workshop LLD',year=2019))
R.append(rec(J,260,271,True,'優先',title='Delta-encoder: an effective sample synthesis method for few-shot object recognition',
  venue='NIPS 2018',year=2018))
R.append(rec(J,318,324,True,'others',title='Meta-Learning for Semi-Supervised Few-Shot Classification',venue='ICLR 2018',year=2018,
  code='https://github.com/renmengye/few-shot-ssl-public'))
R.append(rec(J,326,333,True,'others',title='Learning to Propagate Labels: Transductive Propagation Network for Few-shot Learning',
  venue='ICLR 2019',year=2019,code='https://github.com/csyanbin/TPN'))
R.append(rec(J,396,398,True,'CVPR 2019',title='Task Agnostic Meta-Learning for Few-Shot Learning',venue='CVPR 2019',year=2019))
R.append(rec(J,403,403,True,'CVPR 2019',title='AutoAugment: Learning Augmentation Strategies from Data',venue='CVPR 2019',year=2019))
R.append(rec(J,407,409,True,'CVPR 2019',title='Finding Task-Relevant Features for Few-Shot Learning by Category Traversal',
  venue='CVPR 2019',year=2019))
R.append(rec(J,419,419,True,'CVPR 2019',title='Few-Shot Learning with Localization in Realistic Settings',venue='CVPR 2019',year=2019))
R.append(rec(J,421,421,True,'CVPR 2019',title='Few Shot Adaptive Faster R-CNN',venue='CVPR 2019',year=2019))
R.append(rec(J,427,430,True,'CVPR 2019',title='Generalized Zero- and Few-Shot Learning via Aligned Variational Autoencoders',
  venue='CVPR 2019',year=2019,code='https://github.com/chichilicious/Generalized-Zero-Shot-Learning-via-Aligned-Variational-Autoencoders'))
R.append(rec(J,505,507,True,'not interested currently',title='One-Shot Unsupervised Cross Domain Translation',venue='NeurIPS 2018',year=2018))
# ---------------- tongoy ----------------
def tp(start,sec,title,authors,venue,year,arxiv_id=None,url=None,code=None):
    R.append(rec(T,start,start+4,True,sec,title=title,arxiv_id=arxiv_id,url=url,venue=venue,year=year,authors=authors,code=code))
tp(60,'YEAR 2022','Forward Compatible Few-Shot Class-Incremental Learning',
   ['Da-Wei Zhou','Fu-Yun Wang','Han-Jia Ye','Liang Ma','Shiliang Pu','De-Chuan Zhan'],'CVPR 2022',2022,arxiv_id='2203.06953')
tp(72,'YEAR 2022','Improving Adversarially Robust Few-Shot Image Classification With Generalizable Representations',
   ['Junhao Dong','Yuan Wang','Jian-Huang Lai','Xiaohua Xie'],'CVPR 2022',2022,
   url='https://openaccess.thecvf.com/content/CVPR2022/papers/Dong_Improving_Adversarially_Robust_Few-Shot_Image_Classification_With_Generalizable_Representations_CVPR_2022_paper.pdf')
tp(222,'YEAR 2022','Cross-Domain Cross-Set Few-Shot Learning via Learning Compact and Aligned Representations',
   ['Wentao Chen','Zhang Zhang','Wei Wang','Liang Wang','Zilei Wang','Tieniu Tan'],'ECCV 2022',2022,arxiv_id='2207.07826')
tp(310,'YEAR 2021','Reinforced Attention for Few-Shot Learning and Beyond',
   ['Jie Hong','Pengfei Fang','Weihao Li','Tong Zhang','Christian Simon','Mehrtash Harandi','Lars Petersson'],'CVPR 2021',2021,arxiv_id='2104.04192')
tp(382,'YEAR 2021','Pseudo-Loss Confidence Metric for Semi-Supervised Few-Shot Learning',
   ['Kai Huang','Jie Geng','Wen Jiang','Xinyang Deng','Zhe Xu'],'ICCV 2021',2021,
   url='https://openaccess.thecvf.com/content/ICCV2021/papers/Huang_Pseudo-Loss_Confidence_Metric_for_Semi-Supervised_Few-Shot_Learning_ICCV_2021_paper.pdf')
tp(646,'YEAR 2021','Constellation Nets for Few-Shot Learning',
   ['Weijian Xu','yifan xu','Huaijin Wang','Zhuowen Tu'],'ICLR 2021',2021,url='https://openreview.net/forum?id=vujTf_I8Kmc')
tp(664,'YEAR 2021','Bowtie Networks: Generative Modeling for Joint Few-Shot Recognition and Novel-View Synthesis',
   ['Zhipeng Bao','Yu-Xiong Wang','Martial Hebert'],'ICLR 2021',2021,arxiv_id='2008.06981')
tp(722,'YEAR 2020','Boosting Few-Shot Learning With Adaptive Margin Loss',
   ['Aoxue Li','Weiran Huang','Xu Lan','Jiashi Feng','Zhenguo Li','Liwei Wang'],'CVPR 2020',2020,arxiv_id='2005.13826')
tp(800,'YEAR 2020','When Does Self-supervision Improve Few-shot Learning?',
   ['Jong-Chyi Su','Subhransu Maji','Bharath Hariharan'],'ECCV 2020',2020,arxiv_id='1910.03560')
tp(806,'YEAR 2020','Incremental Meta-Learning via Indirect Discriminant Alignment',
   ['Qing Liu','Orchid Majumder','Alessandro Achille','Avinash Ravichandran','Rahul Bhotika','Stefano Soatto'],'ECCV 2020',2020,arxiv_id='2002.04162')
tp(854,'YEAR 2020','A Broader Study of Cross-Domain Few-Shot Learning',
   ['Yunhui Guo','Noel C. Codella','Leonid Karlinsky','James V. Codella','John R. Smith','Kate Saenko','Tajana Rosing','Rogerio Feris'],'ECCV 2020',2020,arxiv_id='1912.07200')
tp(878,'YEAR 2020','OOD-MAML: Meta-Learning for Few-Shot Out-of-Distribution Detection and Classification',
   ['Taewon Jeong','Heeyoung Kim'],'NeurIPS 2020',2020,url='https://papers.nips.cc/paper/2020/file/28e209b61a52482a0ae1cb9f5959c792-Paper.pdf')
tp(984,'YEAR 2019','Few-Shot Learning with Localization in Realistic Settings',
   ['Davis Wertheimer','Bharath Hariharan'],'CVPR 2019',2019,arxiv_id='1904.08502')
tp(1026,'YEAR 2019','Image Deformation Meta-Networks for One-Shot Learning',
   ['Zitian Chen','Yanwei Fu','Yu-Xiong Wang','Lin Ma','Wei Liu','Martial Hebert'],'CVPR 2019',2019,arxiv_id='1905.11641')
tp(1110,'YEAR 2019','Incremental Few-Shot Learning with Attention Attractor Networks',
   ['Mengye Ren','Renjie Liao','Ethan Fetaya','Richard S. Zemel'],'NeurIPS 2019',2019,arxiv_id='1810.07218')
tp(1128,'YEAR 2019','Adaptive Posterior Learning: few-shot learning with a surprise-based memory module',
   ['Tiago Ramalho','Marta Garnelo'],'ICLR 2019',2019,arxiv_id='1902.02527')
tp(1162,'YEAR 2018','Few-Shot Image Recognition by Predicting Parameters from Activations',
   ['Siyuan Qiao','Chenxi Liu','Wei Shen','Alan Yuille'],'CVPR 2018',2018,arxiv_id='1706.03466')
tp(1204,'YEAR 2018','MetaGAN: An Adversarial Approach to Few-Shot Learning',
   ['Ruixiang ZHANG','Tong Che','Zoubin Ghahramani','Yoshua Bengio','Yangqiu Song'],'NeurIPS 2018',2018,
   url='https://papers.nips.cc/paper/7504-metagan-an-adversarial-approach-to-few-shot-learning')
tp(1210,'YEAR 2018','Delta-encoder: an effective sample synthesis method for few-shot object recognition',
   ['Eli Schwartz','Leonid Karlinsky','Joseph Shtok','Sivan Harary','Mattias Marder','Rogerio Feris','Abhishek Kumar','Raja Giryes','Alex M. Bronstein'],
   'NeurIPS 2018',2018,arxiv_id='1806.04734')
tp(1244,'YEAR 2017','Multi-Attention Network for One Shot Learning',
   ['Peng Wang','Lingqiao Liu','Chunhua Shen','Zi Huang','Anton van den Hengel','Heng Tao Shen'],'CVPR 2017',2017,
   url='http://openaccess.thecvf.com/content_cvpr_2017/html/Wang_Multi-Attention_Network_for_CVPR_2017_paper.html')
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for r in R:
        f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(R))
