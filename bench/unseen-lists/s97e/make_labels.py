import json
D='/work/main/bench/unseen-lists/s97e/'
DL='demoleiwang__awesome-Recommendation-System.README.md'
GL='gaolinjie__awesome-recommender-systems.README.md'
ML='mamuyang__Sequential-Recommendation-Paperlist.README.md'
files={n:open(D+n,encoding='utf-8').read().split('\n') for n in (DL,GL,ML)}
def P(lst,line,end,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,summary=None,section=None,doi=None):
    raw='\n'.join(files[lst][line-1:end])
    return dict(list=lst,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
def N(lst,line,section,end=None):
    raw='\n'.join(files[lst][line-1:(end or line)])
    return dict(list=lst,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
def au(s): return [a.strip() for a in s.split(',') if a.strip()]
SR='Sequential Recommendation / '
L=[
P(DL,22,24,'Sparse-Interest Network for Sequential Recommendation',arxiv='2102.09267',venue='WSDM 2021',year=2021,authors=au('Qiaoyu Tan, Jianwei Zhang, Jiangchao Yao, Ninghao Liu, Jingren Zhou, Hongxia Yang, Xia Hu'),section=SR+'WSDM 2021'),
P(DL,28,30,'Adversarial and Contrastive Variational Autoencoder for Sequential Recommendation',arxiv='2103.10693',venue='WWW 2021',year=2021,authors=au('Zhe Xie, Chengxuan Liu, Yichi Zhang, Hongtao Lu, Dong Wang, Yue Ding'),code='https://github.com/ACVAE/ACVAE-PyTorch',section=SR+'WWW 2021'),
P(DL,46,48,'Sequential Recommendation with Graph Neural Networks',arxiv='2106.14226',venue='SIGIR 2021',year=2021,authors=au('Jianxin Chang, Chen Gao, Yu Zheng, Yiqun Hui, Yanan Niu, Yang Song, Depeng Jin, Yong Li'),code='https://github.com/tsinghua-fib-lab/SIGIR21-SURGE',section=SR+'SIGIR 2021'),
P(DL,66,68,'Contrastive self-supervised sequential recommendation with robust augmentation',arxiv='2108.06479',venue='SIGIR 2021',year=2021,authors=au('Zhiwei Liu, Yongjun Chen, Jia Li, Philip S Yu, Julian McAuley, Caiming Xiong'),code='https://github.com/YChen1993/CoSeRec',section=SR+'SIGIR 2021'),
P(DL,76,78,'Modeling Sequences as Distributions with Uncertainty for Sequential Recommendation',arxiv='2106.06165',venue='CIKM 2021',year=2021,authors=au('Ziwei Fan, Zhiwei Liu, Shen Wang, Lei Zheng, Philip S Yu'),code='https://github.com/DyGRec/DT4SR',section=SR+'CIKM 2021'),
P(DL,80,82,'Seq2Bubbles: Region-Based Embedding Learning for User Behaviors in Sequential Recommenders',url='https://qitianwu.github.io/assets/Seq2Bubble.pdf',venue='CIKM 2021',year=2021,authors=au('Qitian Wu, Chenxiao Yang, Shuodian Yu, Xiaofeng Gao, Guihai Chen'),section=SR+'CIKM 2021'),
P(DL,88,90,'Extracting Attentive Social Temporal Excitation for Sequential Recommendation',url='https://xinxin-me.github.io/papers/CIKM21.pdf',venue='CIKM 2021',year=2021,authors=au('Yunzhe Li , Yue Ding , Bo Chen , Xin Xin , Yule Wang , Yuxiang Shi , Ruiming Tang , Dong Wang'),section=SR+'CIKM 2021'),
P(DL,96,98,'Learning Dual Dynamic Representations on Time-Sliced User-Item Interaction Graphs for Sequential Recommendation',arxiv='2109.11790',venue='CIKM 2021',year=2021,authors=au('Zeyuan Chen, Wei Zhang, Junchi Yan, Gang Wang, Jianyong Wang'),code='https://github.com/weizhangltt/dual-recommend',section=SR+'CIKM 2021'),
P(DL,104,106,'Locker: Locally Constrained Self-Attentive Sequential Recommendation',url='https://cseweb.ucsd.edu/~jmcauley/pdfs/cikm21.pdf',venue='CIKM 2021',year=2021,authors=au('Zhankui He , Handong Zhao , Zhe Lin , Zhaowen Wang , Ajinkya Kale , Julian Mcauley'),code='https://github.com/AaronHeee/LOCKER',section=SR+'CIKM 2021'),
P(DL,136,138,'ELECRec: Training Sequential Recommenders as Discriminators',arxiv='2204.02011',venue='SIGIR 2022 Short',year=2022,authors=au('Yongjun Chen, Jia Li, Caiming Xiong'),code='https://github.com/YChen1993/ELECRec',section=SR+'SIGIR 2022'),
P(DL,140,142,'Coarse-to-Fine Sparse Sequential Recommendation',arxiv='2204.01839',venue='SIGIR 2022',year=2022,authors=au('Jiacheng Li, Tong Zhao, Jin Li, Jim Chan, Christos Faloutsos, George Karypis, Soo-Min Pantel, Julian McAuley'),section=SR+'SIGIR 2022'),
P(DL,170,172,'Debiasing the Cloze Task in Sequential Recommendation with Bidirectional Transformers',url='https://dl.acm.org/doi/pdf/10.1145/3534678.3539430',venue='KDD 2022',year=2022,authors=au('Khalil Damak , Sami Khenissi , Olfa Nasraoui'),code='https://github.com/KhalilDMK/DebiasedBERT4Rec',section=SR+'KDD 2022'),
P(DL,178,180,'Towards Universal Sequence Representation Learning for Recommender Systems',url='https://dl.acm.org/doi/pdf/10.1145/3534678.3539381',venue='KDD 2022',year=2022,authors=au('Yupeng Hou , Shanlei Mu , Wayne Xin Zhao , Yaliang Li , Bolin Ding , Ji-Rong Wen'),code=None,section=SR+'KDD 2022'),
P(DL,193,195,'Explanation Guided Contrastive Learning for Sequential Recommendation',arxiv='2209.01347',venue='CIKM 2022',year=2022,authors=au('Lei Wang, Ee-Peng Lim, Zhiwei Liu, Tianxiang Zhao'),code='https://github.com/demoleiwang/EC4SRec',section=SR+'CIKM 2022'),
P(DL,197,199,'Multi-level Contrastive Learning Framework for Sequential Recommendation',arxiv='2208.13007',venue='CIKM 2022',year=2022,authors=au('Ziyang Wang, Huoyu Liu, Wei Wei, Yue Hu, Xian-Ling Mao, Shaojian He, Rui Fang, Dangyang chen'),section=SR+'CIKM 2022'),
P(DL,205,207,'Sparse Attentive Memory Network for Click-through Rate Prediction with Long Sequences',arxiv='2208.04022',venue='CIKM 2022',year=2022,authors=au('Qianying Lin, Wen-Ji Zhou, Yanshi Wang, Qing Da, Qing-Guo Chen, Bing Wang'),code='https://github.com/waldenlqy/SAM',section=SR+'CIKM 2022'),
P(DL,218,218,'Multi-interest Diversification for End-to-end Sequential Recommendation',url='https://staff.fnwi.uva.nl/m.derijke/wp-content/papercite-data/pdf/chen-2022-multi-interest.pdf',venue='TOIS 2022',year=2022,section=SR+'TOIS'),
P(DL,220,222,'Learning to Learn a Cold-start Sequential Recommender',arxiv='2110.09083',venue='TOIS',year=None,authors=au('Xiaowen Huang, Jitao Sang, Jian Yu, Changsheng Xu'),section=SR+'TOIS'),
P(DL,224,224,'Sequential Recommendation with Multiple Contrast Signals',url='https://dl.acm.org/doi/pdf/10.1145/3522673',venue='TOIS 2022',year=2022,code='https://github.com/THUwangcy/ReChorus/blob/master/README.md',section=SR+'TOIS'),
P(DL,230,234,'Generating Negative Samples for Sequential Recommendation',arxiv='2208.03645',venue=None,year=2022,authors=au('Yongjun Chen, Jia Li, Zhiwei Liu, Nitish Shirish Keskar, Huan Wang, Julian McAuley, Caiming Xiong'),summary='uninformative negatives => generating negative samples',section=SR+'Others'),
# gaolinjie
P(GL,10,10,'The Learning Behind Gmail Priority',url='https://www.semanticscholar.org/paper/The-Learning-Behind-Gmail-Priority-Aberdeen-Pacovsky/c32e8187d7a575432eee831294b5e2f67962d441',year=2010,summary='介绍了一种基于文本和行为给用户建模的思路，是信息流推荐的早期探索，Gmail 智能邮箱背后的原理。',section='原理篇 / 内容推荐'),
P(GL,34,34,'Factorization Meets the Neighborhood: a Multifaceted Collaborative Filtering Model',url='http://101.96.10.63/www.cs.rochester.edu/twiki/pub/Main/HarpSeminar/Factorization_Meets_the_Neighborhood-_a_Multifaceted_Collaborative_Filtering_Model.pdf',year=2008,summary='把矩阵分解和近邻模型融合在一起。',section='原理篇 / 矩阵分解'),
P(GL,42,42,'The BellKor Solution to the Netflix Grand Prize',url='https://www.netflixprize.com/assets/GrandPrize2009_BPC_BellKor.pdf',year=2009,summary='也是一篇综述，或者说教程，针对 Netflix Prize 的。',section='原理篇 / 矩阵分解'),
N(GL,62,'原理篇 / Bandit 算法'),
P(GL,70,70,'Detecting Near-Duplicates for Web Crawling',url='http://www2007.cpsc.ucalgary.ca/papers/paper215.pdf',year=2007,summary='在这篇论文中提出了 simhash 算法，用于大规模网页去重。',section='原理篇 / 其他实用算法'),
N(GL,75,'工程篇 / 常见架构'),
N(GL,83,'工程篇 / 效果保证'),
N(GL,99,'YouTube'),
N(GL,101,'YouTube'),
N(GL,119,'美团'),
N(GL,122,'美团'),
N(GL,124,'美团'),
N(GL,137,'微博'),
N(GL,139,'微博'),
N(GL,145,'搜狗'),
N(GL,156,'京东'),
N(GL,163,'阿里巴巴'),
N(GL,164,'阿里巴巴'),
N(GL,181,'58'),
N(GL,187,'百度'),
# mamuyang
P(ML,6,6,'$\\pi$-Net: A Parallel Information-sharing Network for Shared-account Cross-domain Sequential Recommendations',venue='SIGIR 2019',year=2019,authors=['Muyang Ma','Pengjie Ren','Yujie Lin','Zhumin Chen','Jun Ma','Maarten de Rijke'],section=None),
P(ML,7,7,'Exploring Mixed Information Flow for Cross-domain Sequential Recommendations',section=None),
P(ML,12,12,'Sequence-aware Recommender Systems',arxiv='1802.08452',venue='CSUR 2018',year=2018,code='https://github.com/mquad/sars_tutorial',section='Survey'),
P(ML,13,13,'Deep Learning for Sequential Recommendation: Algorithms, Influential Factors, and Evaluations',arxiv='1905.01997',venue='arXiv 2019',year=2019,section='Survey'),
N(ML,19,'Dataset'),
P(ML,27,27,'Using temporal data for making recommendations',arxiv='1301.2320',venue='UAI 2001',year=2001,section='Traditional Methods(MC/MDP)'),
P(ML,28,28,'An MDP-based recommender system',url='https://www.jmlr.org/papers/volume6/shani05a/shani05a.pdf',venue='IMLR 2005',year=2005,section='Traditional Methods(MC/MDP)'),
P(ML,30,30,'Learning hierarchical representation model for nextbasket recommendation',url='https://dl.acm.org/doi/10.1145/2766462.2767694',venue='SIGIR 2015',year=2015,section='Traditional Methods(MC/MDP)'),
P(ML,31,31,'Effective next-items recommendation via personalized sequential pattern mining',url='https://www.researchgate.net/publication/262275934_Effective_Next-Items_Recommendation_via_Personalized_Sequential_Pattern_Mining',venue='DASFAA 2012',year=2012,section='Traditional Methods(MC/MDP)'),
P(ML,37,37,'Improved recurrent neural networks for session-based recommendations',arxiv='1606.08117',venue='RecSys 2016',year=2016,section='Deep Learning Methods'),
P(ML,39,39,'RepeatNet: A Repeat Aware Neural Recommendation Machine for Session-based Recommendation',arxiv='1812.02646',venue='AAAI 2019',year=2019,code='https://github.com/PengjieRen/RepeatNet',section='Deep Learning Methods'),
P(ML,42,42,'Sequential Recommendation with User Memory Networks',url='https://dl.acm.org/doi/abs/10.1145/3159652.3159668',venue='WSDM 2018',year=2018,section='Deep Learning Methods'),
P(ML,45,45,'Feature-level Deeper Self-attention Network for Sequential Recommendation',url='https://www.ijcai.org/Proceedings/2019/0600.pdf',venue='IJCAI 2019',year=2019,section='Deep Learning Methods'),
P(ML,50,50,'Incorporating dwell time in session-based recommendations with recurrent Neural networks',url='http://ceur-ws.org/Vol-1922/paper11.pdf',venue='RecSys 2017',year=2017,section='Deep Learning Methods'),
P(ML,51,51,'Mention recommendation for multimodal microblog with cross-attention memory network',url='https://dl.acm.org/doi/10.1145/3209978.3210026',venue='SIGIR 2018',year=2018,section='Deep Learning Methods'),
P(ML,52,52,'A review-driven neural model for sequential recommendation',arxiv='1907.00590',venue='IJCAI 2019',year=2019,section='Deep Learning Methods'),
P(ML,53,53,'Sentiment-guided sequential recommendation',url='https://dl.acm.org/doi/pdf/10.1145/3397271.3401330',venue='SIGIR 2020',year=2020,section='Deep Learning Methods'),
P(ML,55,55,'Improving Sequential Recommendation with Knowledge-Enhanced Memory Networks',url='https://dl.acm.org/doi/abs/10.1145/3209978.3210017',venue='SIGIR 2018',year=2018,code='https://github.com/RUCDM/KSR',section='Deep Learning Methods'),
P(ML,56,56,'Rethinking the Item Order in Session-based Recommendation with Graph Neural Networks',arxiv='1911.11942',section='Deep Learning Methods'),
P(ML,63,63,'Next-item Recommendation with Sequential Hypergraphs',url='http://people.tamu.edu/~jwang713/pubs/HyperRec-sigir2020.pdf',venue='SIGIR 2020',year=2020,code='https://github.com/wangjlgz/HyperRec',section='Deep Learning Methods'),
]
s=[json.loads(l) for l in open(D+'sample.jsonl')]
assert [(x['list'],x['line']) for x in s]==[(x['list'],x['line']) for x in L], 'sample mismatch'
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+'\n')
print(len(L), sum(x['is_paper'] for x in L))
