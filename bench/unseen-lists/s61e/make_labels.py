# Hand-written labels; raw is copied from the file at the given line (entry's exact source lines).
import json
B='binny-mathew__Hate-Speech-Reading-List.README.md'
F='fidsusj__HateSpeechDetection.README.md'
L='leondz__hatespeechdata.README.md'
def NP(lst,line,section): return dict(list=lst,line=line,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
def P(lst,line,title,section,arxiv_id=None,url=None,venue=None,year=None,authors=(),code=None):
    return dict(list=lst,line=line,is_paper=True,title=title,arxiv_id=arxiv_id,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section)
E18='Language Wise / English / 2018'; E19='Language Wise / English / 2019'
R=[
NP(B,80,'Code Available'), NP(B,81,'Code Available'), NP(B,82,'Code Available'),
NP(B,29,'Table of Contents'), NP(B,19,'Table of Contents'),
NP(B,294,'Videos'), NP(B,320,"TODO's"),
P(B,156,'What is gab: A bastion of free speech or an alt-right echo chamber',E18,url='https://dl.acm.org/citation.cfm?id=3191531',venue='WWW 2018',year=2018,authors=['Savvas Zannettou','Barry Bradlyn','Emiliano De Cristofaro','Haewoon Kwak','Michael Sirivianos','Gianluca Stringini','Jeremy Blackburn']),
P(B,58,'Hateful symbols or hateful people? predictive features for hate speech detection on twitter','Datasets',url='http://www.aclweb.org/anthology/N16-2013',venue='NAACL SRW 2016',year=2016,authors=['Zeerak Waseem','Dirk Hovy']),
P(B,145,'Learning to Decipher Hate Symbols',E19,arxiv_id='1904.02418',venue='arXiv 2019',year=2019,authors=['Jing Qian','Mai ElSherief','Elizabeth Belding','William Yang Wang']),
P(B,149,'Hate Speech Detection in Hindi-English Code-Mixed Social Media Text',E19,url='https://dl.acm.org/citation.cfm?id=3297048',venue='CoDS-COMAD 2019',year=2019,authors=['T. Y. S. S. Santosh','K. V. S. Aravind']),
P(B,155,'Peer to peer hate: Hate speech instigators and their targets',E18,url='https://www.aaai.org/ocs/index.php/ICWSM/ICWSM18/paper/viewPaper/17905',venue='ICWSM 2018',year=2018,authors=['Mai ElSherief','Shirin Nilizadeh','Dana Nguyen','Giovanni Vigna','Elizabeth Belding']),
P(B,163,'Hierarchical CVAE for Fine-Grained Hate Speech Classification',E18,url='http://www.aclweb.org/anthology/D18-1391',venue='EMNLP 2018',year=2018,authors=['Jing Qian','Mai ElSherief','Elizabeth Belding','William Yang Wang']),
P(B,148,'Author Profiling for Hate Speech Detection',E19,arxiv_id='1902.06734',venue='arXiv 2019',year=2019,authors=['Pushkar Mishra','Marco Del Tredici','Helen Yannakoudakis','Ekaterina Shutova']),
P(B,165,'Challenges in discriminating profanity from hate speech',E18,url='https://www.tandfonline.com/doi/abs/10.1080/0952813X.2017.1409284',venue='Journal of Experimental & Theoretical Artificial Intelligence 2018',year=2018,authors=['Shervin Malmasi','Marcos Zampieri']),
P(B,162,'Hate speech detection on twitter: Feature engineering vs feature selection',E18,url='https://link.springer.com/chapter/10.1007/978-3-319-98192-5_9',venue='European Semantic Web Conference 2018',year=2018,authors=['David Robinson','Ziqi Zhang','Jonathan Tepper']),
P(B,146,'Thou shalt not hate: Countering Online Hate Speech',E19,arxiv_id='1808.04409',venue='ICWSM 2019',year=2019,authors=['Binny Mathew','Punyajoy Saha','Hardik Tharad','Subham Rajgaria','Prajwal Singhania','Suman Kalyan Maity','Pawan Goyal','Animesh Mukherje']),
P(B,173,'Anatomy of online hate: developing a taxonomy and machine learning models for identifying and classifying hate in online news media',E18,url='https://www.aaai.org/ocs/index.php/ICWSM/ICWSM18/paper/view/17885',venue='ICWSM 2018',year=2018,authors=['Joni Salminen','Hind Almerekhi','Milica Milenković','Soon-gyo Jung','Jisun An','Haewoon Kwak','Bernard J. Jansen']),
P(B,230,'Perverts and sodomites: Homophobia as hate speech in Africa','Language Wise / English / 2002',url='https://www.tandfonline.com/doi/abs/10.2989/16073610209486308',venue='Southern African Linguistics and Applied Language Studies 2002',year=2002,authors=['Vasu Reddy']),
P(B,150,'Hate Speech Detection for Indonesia Tweets Using Word Embedding And Gated Recurrent Unit',E19,url='https://journal.ugm.ac.id/ijccs/article/view/40125',venue='IJCCS 2019',year=2019,authors=['Junanda Patihullah','Edi Winarko']),
]
S1='Datasets and papers / Interesting papers for our purpose'; S2='Datasets and papers / hatespeechdata.com'; S3='Datasets and papers / ACM (VPN required)'; S4='Datasets and papers / IEEE (VPN required for $$$ marked papers)'; S5='Datasets and papers / Arxiv'
def FP(line,title,sec,link):
    if 'arxiv.org' in link:
        import re; a=re.search(r'(\d{4}\.\d{4,5})',link).group(1); return P(F,line,title,sec,arxiv_id=a)
    return P(F,line,title,sec,url=link)
R+=[
FP(34,'Hate Speech Detection on Twitter Using Long Short-Term Memory (LSTM) Method',S4,'https://ieeexplore.ieee.org/document/9003992'),
FP(17,'Large Scale Crowdsourcing and Characterization of Twitter Abusive Behavior',S2,'https://arxiv.org/pdf/1802.00393.pdf'),
FP(7,'Detecting Hate Speech and Offensive Language on Twitter using Machine Learning: An N-gram and TFIDF based Approach',S1,'https://arxiv.org/pdf/1809.08651.pdf'),
FP(28,'A Unified Deep Learning Architecture for Abuse Detection',S3,'https://dl.acm.org/doi/pdf/10.1145/3292522.3326028'),
FP(37,'Hate Speech Detection on Twitter Using Multinomial Logistic Regression Classification Method',S4,'https://ieeexplore.ieee.org/document/8980379'),
FP(35,'Automated Hate Speech Detection on Twitter',S4,'https://ieeexplore.ieee.org/document/9128428'),
FP(18,'Cyberbullying Datasets (WoW Forum and LoL Forum)',S2,'https://aisel.aisnet.org/cgi/viewcontent.cgi?article=1061&context=ecis2016_rp'),
FP(27,'Mean Birds: Detecting Aggression and Bullying on Twitter',S3,'https://dl.acm.org/doi/pdf/10.1145/3091478.3091487'),
FP(42,'Evaluating Machine Learning Techniques for Detecting Offensive and Hate Speech in South African Tweets',S4,'https://ieeexplore.ieee.org/document/8963960'),
FP(4,'Hate Speech on Twitter: A Pragmatic Approach to Collect Hateful and Offensive Expressions and Perform Hate Speech Detection',S1,'https://ieeexplore.ieee.org/document/8292838'),
FP(20,'Automated Hate Speech Detection and the Problem of Offensive Language',S2,'https://arxiv.org/pdf/1703.04009.pdf'),
FP(9,'Automated Hate Speech Detection and the Problem of Offensive Language',S1,'https://arxiv.org/pdf/1703.04009.pdf'),
FP(13,'Hate Speech Dataset from a White Supremacy Forum',S2,'https://arxiv.org/pdf/1703.04009.pdf'),
FP(39,'Text Analysis For Hate Speech Detection Using Backpropagation Neural Network',S4,'https://ieeexplore.ieee.org/document/8712109'),
FP(41,'Hate Speech Detection using Global Vector and Deep Belief Network Algorithm',S4,'https://ieeexplore.ieee.org/document/9245467'),
FP(38,'A Framework for Hate Speech Detection using Deep Convolutional Neural Network',S4,'https://ieeexplore.ieee.org/document/9253658'),
FP(53,'Detecting Hate Speech in Social Media',S5,'https://arxiv.org/pdf/1712.06427.pdf'),
FP(40,'Analysis Text of Hate Speech Detection Using Recurrent Neural Network',S4,'https://ieeexplore.ieee.org/document/8712104'),
FP(52,'Hate Speech Detection: A Solved Problem? The Challenging Case of Long Tail on Twitter',S5,'https://arxiv.org/pdf/1803.03662.pdf'),
FP(26,'Detecting Hate, Offensive, and Regular Speech in Short Comments',S3,'https://dl.acm.org/doi/pdf/10.1145/3126858.3131576'),
]
D='Datasets Table of Contents / List of datasets / '
AR=D+'Arabic'; EN=D+'English'
R+=[
P(L,73,'Multilingual and Multi-Aspect Hate Speech Analysis',AR,arxiv_id='1908.11049',venue='arXiv 2019',year=2019,authors=['N. Ousidhoum','Z. Lin','H. Zhang','Y. Song','D. Yeung']),
P(L,99,'Abusive Language Detection on Arabic Social Media',AR,url='https://www.aclweb.org/anthology/W17-3008',venue='Workshop on Abusive Language Online 2017',year=2017,authors=['H. Mubarak','K. Darwish','W. Magdy']),
P(L,112,'Abusive Language Detection on Arabic Social Media',AR,url='https://www.aclweb.org/anthology/W17-3008',venue='Workshop on Abusive Language Online 2017',year=2017,authors=['H. Mubarak','K. Darwish','W. Magdy']),
P(L,125,'Dataset Construction for the Detection of Anti-Social Behaviour in Online Communication in Arabic',AR,url='https://www.sciencedirect.com/science/article/pii/S1877050918321756',venue='Procedia Computer Science 2018',year=2018,authors=['A. Alakrot','L. Murray','N. Nikolov']),
P(L,140,'Hate Speech Detection in the Bengali language: A Dataset and its Baseline Evaluation',D+'Bengali',arxiv_id='2012.09686',venue='International Joint Conference on Advances in Computational Intelligence 2021',year=2021,authors=['N. Romim','M. Ahmed','H. Talukder','M. S. Islam']),
P(L,155,'SWSR: A Chinese Dataset and Lexicon for Online Sexism Detection',D+'Chinese',url='https://www.sciencedirect.com/science/article/abs/pii/S2468696421000604#fn1',venue='Online Social Networks and Media 2022',year=2022,authors=['Aiqi Jiang','Xiaohan Yang','Yang Liu','Arkaitz Zubiaga']),
P(L,185,'Offensive Language and Hate Speech Detection for Danish',D+'Danish',url='http://www.derczynski.com/papers/danish_hsd.pdf',venue='arXiv 2019',year=2019,authors=['G. Sigurbergsson','L. Derczynski']),
P(L,198,'Annotating Online Misogyny',D+'Danish',url='https://aclanthology.org/2021.acl-long.247/',venue='ACL 2021',year=2021,authors=['Zeinert','Inie','Derczynski']),
P(L,214,'Call me sexist, but…: Revisiting sexism detection using psychological scales and adversarial samples',EN,url='https://ojs.aaai.org/index.php/ICWSM/article/view/18085/17888',venue='ICWSM 2021',year=2021,authors=['M. Samory','I. Sen','J. Kohne','F. Flöck','C. Wagner']),
P(L,227,'Do You Really Want to Hurt Me? Predicting Abusive Swearing in Social Media',EN,url='https://www.aclweb.org/anthology/2020.lrec-1.765.pdf',venue='LREC 2020',year=2020,authors=['E. W. Pamungkas','V. Basile','V. Patti']),
P(L,240,'Multimodal Meme Dataset (MultiOFF) for Identifying Offensive Content in Image and Text',EN,url='https://www.aclweb.org/anthology/2020.trac-1.6.pdf',venue='Workshop on Trolling, Aggression and Cyberbullying 2020',year=2020,authors=['S. Suryawanshi','B. R. Chakravarthi','M. Arcan','P. Buitelaar']),
P(L,279,'Human-in-the-Loop for Data Collection: a Multi-Target Counter Narrative Dataset to Fight Online Hate Speech',EN,url='https://aclanthology.org/2021.acl-long.250.pdf',venue='ACL 2021',year=2021,authors=['Margherita Fanton','Helena Bonaldi','Serra Sinem Tekiroğlu','Marco Guerini']),
P(L,292,'HateXplain: A Benchmark Dataset for Explainable Hate Speech Detection',EN,arxiv_id='2012.10289',venue='AAAI 2021',year=2021,authors=['B. Mathew','P. Saha','S. M. Yimam','C. Biemann','P. Goyal','A. Mukherjee']),
P(L,305,'ALONE: A Dataset for Toxic Behavior among Adolescents on Twitter',EN,arxiv_id='2008.06465',venue='arXiv 2020',year=2020,authors=['T. Wijesiriwardene','H. Inan','U. Kursuncu','M. Gaur','V. Shalin','K. Thirunarayan','A. Sheth','I. Arpinar']),
P(L,318,'Towards a Comprehensive Taxonomy and Large-Scale Annotated Corpus for Online Slur Usage',EN,url='https://www.aclweb.org/anthology/2020.alw-1.17.pdf',venue='Workshop on Online Abuse and Harms 2020',year=2020,authors=['J. Kurrek','H. M. Saleem','D. Ruths']),
P(L,344,'Predicting the Type and Target of Offensive Posts in Social Media',EN,url='https://aclanthology.org/N19-1144.pdf',venue='NAACL 2019',year=2019,authors=['M. Zampieri','S. Malmasi','P. Nakov','S. Rosenthal','N. Farra','R. Kumar']),
P(L,357,'Nuanced metrics for measuring unintended bias with real data for text classification',EN,arxiv_id='1903.04561',venue='WWW 2019 Companion',year=2019,authors=['D. Borkan','L. Dixon','J. Sorensen','N. Thain','L. Vasserman']),
P(L,370,'Introducing CAD: the Contextual Abuse Dataset',EN,url='https://aclanthology.org/2021.naacl-main.182.pdf',venue='NAACL 2021',year=2021,authors=['B. Vidgen','D. Nguyen','H. Margetts','P. Rossini','R. Troble']),
P(L,383,'Automated Hate Speech Detection and the Problem of Offensive Language',EN,arxiv_id='1703.04009',venue='arXiv 2017',year=2017,authors=['T. Davidson','D. Warmsley','M. Macy','I. Weber']),
P(L,422,'Detecting Online Hate Speech Using Context Aware Models',EN,arxiv_id='1710.07395',venue='arXiv 2018',year=2018,authors=['L. Gao','R. Huang']),
]
out=open('labels.jsonl','w')
KEYS=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for r in R:
    lines=open(r['list'],encoding='utf-8').read().split('\n')
    i=r['line']-1
    if r['list']==L:  # heading entry: heading plus its field bullets up to the first blank line
        j=i+1
        while j<len(lines) and lines[j].strip(): j+=1
        raw='\n'.join(lines[i:j])
    else:
        raw=lines[i]
    r['raw']=raw
    out.write(json.dumps({k:r[k] for k in KEYS},ensure_ascii=False)+'\n')
print(len(R))
