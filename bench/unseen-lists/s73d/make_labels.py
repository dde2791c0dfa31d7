import json
J='JGEthanChen__Awesome-story-generation.README.md'
T='THUNLP-AIPoet__PaperList.README.md'
W='wuk32__Progress-on-Natural-Language-Generation.README.md'
files={f:open(f,encoding='utf-8').read().split('\n') for f in (J,T,W)}
def P(lst,line,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,end=None):
    return dict(list=lst,line=line,end=end,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section)
def N(lst,line,section,end=None):
    return dict(list=lst,line=line,end=end,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L=[]
# JGEthanChen
L+= [N(J,58,'Dataset'),
P(J,22,'Controllable Neural Story Plot Generation via Reward Shaping',arxiv='1809.10736',venue='arXiv',section='Paper'),
N(J,46,'Dataset',end=50),
P(J,19,'Plug-and-Blend: A Framework for Controllable Story Generation with Blended Control Codes',arxiv='2104.04039',code='https://github.com/xxbidiao/plug-and-blend',section='Paper'),
P(J,35,'Generating Interactive Worlds with Text',section='Paper / Microsoft Textworld'),
P(J,21,'A Survey of Natural Language Generation',arxiv='2112.11739',venue='arXiv',section='Paper'),
N(J,54,'Dataset'),
P(J,8,'Goal-Directed Story Generation: Augmenting Generative Language Models with Reinforcement Learning',arxiv='2112.08593',venue='arXiv',section='Paper'),
N(J,41,'Paper / FAIR LIGHT'),
P(J,10,'Towards Document-Level Paraphrase Generation with Sentence Rewriting and Reordering',arxiv='2109.07095',venue='EMNLP 2021 Findings',year=2021,code='https://github.com/l-zhe/corpg',section='Paper'),
P(J,26,'More Data, More Relations, More Context and More Openness: A Review and Outlook for Relation Extraction',section='Paper / Some about extraction'),
P(J,17,'StoryGAN: A Sequential Conditional GAN for Story Visualization',arxiv='1812.02784',venue='CVPR 2019',year=2019,code='https://github.com/yitong91/StoryGAN',section='Paper'),
P(J,11,'Event Representations for Automated Story Generation with Deep Neural Nets',arxiv='1706.01331',code='https://github.com/lara-martin/ASTER',section='Paper'),
N(J,52,'Dataset'),
P(J,13,'Story Realization: Expanding Plot Events into Sentences',arxiv='1909.03480',code='https://github.com/rajammanabrolu/StoryRealization',section='Paper'),
P(J,12,'Telling Stories through Multi-User Dialogue by Modeling Character Relations',arxiv='2105.15054',venue='SIGDIAL 2021',year=2021,section='Paper'),
P(J,16,'From Linear Story Generation to Branching Story Graphs',section='Paper'),
P(J,28,'Joint Extraction of Events and Entities within a Document Context',section='Paper / Some about extraction'),
P(J,27,'Neural Information Extraction From Natural Language Text',section='Paper / Some about extraction'),
P(J,9,'Towards Controllable Story Generation',url='https://aclanthology.org/W18-1505.pdf',venue='WS 2018',year=2018,section='Paper'),
]
CC='Chinese Classical Poetry Generation'; OL='Poetry Generation for Other Languages'
L+= [P(T,60,'Generating Topical Poetry',url='https://www.aclweb.org/anthology/D16-1126',venue='EMNLP 2016',year=2016,authors=['Marjan Ghazvininejad','Xing Shi','Yejin Choi','Kevin Knight'],section=OL),
P(T,94,'PoeTryMe: a Versatile Platform for Poetry Generation',url='https://eden.dei.uc.pt/~hroliv/pubs/GoncaloOliveira2012_c3gi_CRC.pdf',venue='Workshop Computational Creativity, Concept Invention, and General Intelligence 2012',year=2012,authors=['Hugo Gonçalo Oliveira'],section='Demo'),
P(T,80,'Machine Learning for Metrical Analysis of English Poetry',url='https://www.aclweb.org/anthology/C16-1074',venue='COLING 2016',year=2016,authors=['Manex Agirrezabal','Inaki Alegria','Mans Hulden'],section='Poetry Analysis'),
P(T,63,'Poetic Machine: Computational Creativity for Automatic Poetry Generation in Bengali',url='https://pdfs.semanticscholar.org/40c5/2a0ad0322ee0e02105d578d561c35edbb5e2.pdf',venue='ICCC 2014',year=2014,authors=['Amitava Das','Björn Gambäck'],section=OL),
P(T,65,'Less Rhyme, More Reason:Knowledge-based Poetry Generation with Feeling, Insight and Wit',url='http://www.computationalcreativity.net/iccc2013/download/iccc2013-veale-2.pdf',venue='ICCC 2013',year=2013,authors=['Tony Veale'],section=OL),
N(T,20,None),
P(T,58,'Shall I Compare Thee to a Machine-Written Sonnet? An Approach to Algorithmic Sonnet Generation',arxiv='1811.05067',venue='arXiv 2018',year=2018,authors=['John Benhart','Tianlin Duan','Peter Hase','Liuyi Zhu','Cynthia Rudin'],section=OL),
P(T,31,'Automatic Poetry Generation with Mutual Reinforcement Learning',url='https://aclweb.org/anthology/D18-1353',venue='EMNLP 2018',year=2018,authors=['Xiaoyuan Yi','Maosong Sun','Ruoyu Li','Wenhao Li'],section=CC),
P(T,37,'Chinese Poetry Generation with Planning Based Neural Network',url='https://www.aclweb.org/anthology/C16-1100',venue='COLING 2016',year=2016,authors=['Zhe Wang','Wei He','Hua Wu','Haiyang Wu','Wei Li','Haifeng Wang','Enhong Chen'],section=CC),
P(T,36,'Flexible and Creative Chinese Poetry Generation Using Neural Memory',url='https://www.aclweb.org/anthology/P17-1125',venue='ACL 2017',year=2017,authors=['Jiyuan Zhang','Yang Feng','Dong Wang','Yang Wang','Andrew Abel','Shiyue Zhang','Andi Zhang'],section=CC),
P(T,34,'Chinese Poetry Generation with a Working Memory Model',url='https://www.ijcai.org/proceedings/2018/0633.pdf',venue='IJCAI 2018',year=2018,authors=['Xiaoyuan Yi','Maosong Sun','Ruoyu Li','Zonghan Yang'],code='https://github.com/THUNLP-AIPoet/WMPoetry',section=CC),
P(T,44,'Genetic Algorithm and Its Implementation of Automatic Generation of Chinese SONGCI',url='http://swarmagents.cn.13442.m8849.cn/bs/files/%E8%AE%A1%E7%AE%97%E5%A3%AB2010518131655.pdf',venue='Journal of Software 2010',year=2010,authors=['Changle Zhou','Wei You','Xiaojun Ding'],section=CC),
P(T,86,'Neural Poetry Translation',url='https://aclweb.org/anthology/N18-2011',venue='NAACL 2018',year=2018,authors=['Marjan Ghazvininejad','Yejin Choi','Kevin Knight'],section='Poetry Translation'),
P(T,28,'Neural Network-Based Jiju Poetry Generation',url='http://jcip.cipsc.org.cn/CN/volumn/volumn_1312.shtml',venue='Journal of Chinese Information Processing 2019',year=2019,authors=['Jiannan Liang','Maosong Sun','Xiaoyuan Yi','Cheng Yang','Huimin Chen','Zhenghao Liu'],section=CC),
P(T,87,'"Poetic" Statistical Machine Translation: Rhyme and Meter',url='https://storage.googleapis.com/pub-tools-public-publication-data/pdf/36745.pdf',venue='EMNLP 2010',year=2010,authors=['Dmitriy Genzel','Jakob Uszkoreit','Franz Och'],section='Poetry Translation'),
N(T,12,None),
P(T,27,'Sentiment-Controllable Chinese Poetry Generation',url='https://www.ijcai.org/proceedings/2019/0684.pdf',venue='IJCAI 2019',year=2019,authors=['Huimin Chen','Xiaoyuan Yi','Maosong Sun','Wenhao Li','Cheng Yang','Zhipeng Guo'],section=CC),
N(T,18,None), N(T,17,None),
P(T,61,'A Chart Generation System for Topical Metrical Poetry',url='http://axon.cs.byu.edu/ICCC2015proceedings/14.2Tobing.pdf',venue='ICCC 2015',year=2015,authors=['Berty Chrismartin Lumban Tobing','Ruli Manurung'],section=OL),
]
ND='Neural Data-to-Text Generation'
L+= [P(W,52,'Operations Guided Neural Networks for High Fidelity Data-To-Text Generation',arxiv='1809.02735',venue='EMNLP 2018',year=2018,authors=['Feng Nie','Jinpeng Wang'],section=ND),
P(W,266,'METEOR: An Automatic Metric for MT Evaluation with Improved Correlation with Human Judgments',url='https://www.aclweb.org/anthology/W07-0734.pdf',venue='ACL workshop on Intrinsic and Extrinsic Evaluation Measures for Machine Translation and/or Summarization',authors=['Satanjeev Banerjee','Alon Lavie'],section='Evaluation Metrics'),
P(W,223,'A Simple, Fast Diverse Decoding Algorithm for Neural Generation',arxiv='1611.08562',venue='arXiv 2016',year=2016,authors=['Jiwei Li','Will Monroe','Dan Jurafsky'],section='Some Tricks'),
P(W,114,'Generating Sequences With Recurrent Neural Networks',arxiv='1308.0850',venue='Computer Science 2013',year=2013,authors=['Alex Graves'],section='Text Generation Theory and Application'),
N(W,12,None),
P(W,214,'A Graph-to-Sequence Model for AMR-to-Text Generation',url='https://www.aclweb.org/anthology/P18-1150.pdf',venue='ACL 2018',year=2018,authors=['Linfeng Song','Yue Zhang'],code='https://github.com/freesunshine0316/neural-graph-to-seq-mp',section='Graph-based Text Generation'),
P(W,247,'The Code2Text Challenge: Text Generation in Source Code Libraries',url='https://www.aclweb.org/anthology/W17-3516.pdf',venue='INLG 2017',year=2017,authors=['Kyle Richardson','Sina Zarrieß'],section='DataSet'),
P(W,243,'E2E Dataset: New Challenges For End-to-End Generation',url='https://www.aclweb.org/anthology/W17-5525.pdf',venue='SIGDIAL 2017',year=2017,authors=['Jekaterina Novikova','Ondrˇej Dusˇek','Verena Rieser'],section='DataSet'),
N(W,4,None),
P(W,169,'Self-critical Sequence Training for Image Captioning',arxiv='1612.00563',venue='CVPR 2017',year=2017,authors=['Steven J. Rennie','Etienne Marcheret'],section='Text Generation with Reinforcement Learning'),
P(W,262,'BEER: BEtter Evaluation as Ranking',url='https://www.aclweb.org/anthology/W14-3354.pdf',venue='SMT 2014',year=2014,authors=['Milos Stanojevic','Khalil Sima’an'],section='Evaluation Metrics'),
P(W,104,'Personalized Review Generation by Expanding Phrases and Attending on Aspect-Aware Representations',url='https://www.aclweb.org/anthology/P18-2112.pdf',venue='ACL 2018',year=2018,authors=['Jianmo Ni','Julian McAuley'],code='https://github.com/nijianmo/textExpansion',section='Text Generation Theory and Application'),
N(W,5,None),
N(W,275,'Demo'),
P(W,50,'Bootstrapping Generators from Noisy Data',arxiv='1804.06385',venue='NAACL 2019',year=2019,authors=['Laura Perez-Beltrachini','Mirella Lapata'],code='https://github.com/EdinburghNLP/wikigen',section=ND),
P(W,225,'Neural Machine Translation of Rare Words with Subword Units',arxiv='1508.07909',venue='Computer Science 2015',year=2015,authors=['Rico Sennrich','Barry Haddow','Alexandra Birch'],code='https://github.com/rsennrich/subword-nmt',section='Some Tricks'),
N(W,15,None),
P(W,203,'Adversarial Learning for Neural Dialogue Generation',url='https://www.aclweb.org/anthology/D17-1229.pdf',venue='EMNLP 2017',year=2017,authors=['Jiwei Li','Will Monroe','Tianlin Shi'],section='Adversarial Text Generation'),
P(W,180,'Neural machine translation by jointly learning to align and translate',arxiv='1409.0473',venue='ICLR 2015',year=2015,authors=['Dzmitry Bahdanau'],section='Attention in Text Generation'),
P(W,258,'BERTScore: Evaluating Text Generation with BERT',url='https://openreview.net/pdf?id=SkeHuCVFDr',venue='ICLR 2020',year=2020,section='Evaluation Metrics'),
]
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in L:
        lines=files[d['list']]
        end=d.pop('end') or d['line']
        d['raw']='\n'.join(lines[d['line']-1:end])
        f.write(json.dumps({k:d[k] for k in keys},ensure_ascii=False)+'\n')
print(len(L))
