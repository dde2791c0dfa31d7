import json
C='creyesp__Awesome-recsys.README.md'
R='robi56__Deep-Learning-for-Recommendation-Systems.README.md'
S='scnu-dil__awesome-RecSys.README.md'
files={n:open(n,encoding='utf-8',newline='').read().split('\n') for n in (C,R,S)}
def raw(l,line,n=1): return '\n'.join(files[l][line-1:line-1+n])
out=[]
def np_(l,line,sec,n=1):
    out.append(dict(list=l,line=line,raw=raw(l,line,n),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=sec))
def p(l,line,sec,title,n=1,arxiv=None,url=None,venue=None,year=None,authors=(),code=None):
    out.append(dict(list=l,line=line,raw=raw(l,line,n),is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=sec))
# creyesp
np_(C,9,'Blogs')
np_(C,19,'Blogs / Deep learning for recsys')
np_(C,31,'Blogs / Probabilistic approach')
np_(C,37,'Blogs / Implicit RecSys')
np_(C,41,'Blogs / Learn to Rank')
np_(C,51,'Blogs / Transformers')
np_(C,67,'Blogs / RecSys series / by James Le')
np_(C,69,'Blogs / RecSys series / by James Le')
np_(C,75,'Blogs / RecSys series / by Eugen Yan')
np_(C,87,'Blogs / NVIDIA')
np_(C,98,'Online Courses')
np_(C,107,'Libraries / Implementations')
np_(C,111,'Libraries / Implementations')
np_(C,112,'Libraries / Implementations')
np_(C,119,'Datasets')
np_(C,122,'Datasets')
np_(C,126,'Papers')
p(C,127,'Papers','Factorization Machine',url='https://www.csie.ntu.edu.tw/~b97053/paper/Rendle2010FM.pdf',year=2010)
p(C,134,'Papers','Neural Collaborative Filtering',arxiv='1708.05031',year=2017)
p(C,139,'Papers','Deep Learning Recommendation Model for Personalization and Recommendation Systems',arxiv='1906.00091',year=2019)
# robi56
sec='Papers'
p(R,4,sec,'Convolutional Matrix Factorization for Document Context-Aware Recommendation',2,venue='RecSys 2016',year=2016,authors=['Donghyun Kim','Chanyoung Park','Jinoh Oh','Seungyong Lee','Hwanjo Yu'],code='https://github.com/cartopy/ConvMF')
p(R,6,sec,'A Neural Autoregressive Approach to Collaborative Filtering',2,url='http://proceedings.mlr.press/v48/zheng16.pdf',authors=['Yin Zheng'])
p(R,8,sec,'Collaborative Recurrent Neural Networks for Dynamic Recommender Systems',2,url='http://proceedings.mlr.press/v63/ko101.pdf',venue='ACML 2016',year=2016,authors=['Young-Jun Ko'])
p(R,10,sec,'Hybrid Recommender System based on Autoencoders',2,arxiv='1606.07659',year=2016,authors=['Florian Strub'])
p(R,16,sec,'Hybrid music recommender using content-based and social information',2,url='http://ieeexplore.ieee.org/document/7472151',authors=['Paulo Chiliguano'])
p(R,18,sec,'CONTENT-AWARE COLLABORATIVE MUSIC RECOMMENDATION USING PRE-TRAINED NEURAL NETWORKS',2,url='http://ismir2015.uma.es/articles/290_Paper.pdf')
p(R,20,sec,'TransNets: Learning to Transform for Recommendation',2,arxiv='1704.02298',authors=['Rose Catherine'])
p(R,22,sec,'Learning Distributed Representations from Reviews for Collaborative Filtering',2,url='http://dl.acm.org/citation.cfm?id=2800192',authors=['Amjad Almahairi'])
p(R,24,sec,'Ask the GRU: Multi-task Learning for Deep Text Recommendations',2,arxiv='1609.02116',authors=['T Bansal'])
p(R,26,sec,'A Multi-View Deep Learning Approach for Cross Domain User Modeling in Recommendation Systems',2,url='http://sonyis.me/paperpdf/frp1159-songA-www-2015.pdf',authors=['Ali Mamdouh Elkahky'])
p(R,28,sec,'Deep collaborative filtering via marginalized denoising auto-encoder',2,url='https://pdfs.semanticscholar.org/ff29/2f00055d8221c42d4831679db9d3872b6fbd.pdf',authors=['S Li'])
p(R,30,sec,'Joint deep modeling of users and items using reviews for recommendation',2,arxiv='1701.04783',authors=['L Zheng'])
p(R,34,sec,'Trust-aware Top-N Recommender Systems with Correlative Denoising Autoencoder',2,arxiv='1703.01760',authors=['Y Pan'])
p(R,36,sec,'Neural Semantic Personalized Ranking for item cold-start recommendation',2,url='http://www.cse.scu.edu/~yfang/NSPR.pdf',authors=['T Ebesu'])
p(R,38,sec,'Representation Learning of Users and Items for Review Rating Prediction Using Attention-based Convolutional Neural Network',2,url='http://mlrec.org/2017/papers/paper8.pdf',authors=['S Seo'])
p(R,40,sec,'Collaborative Denoising Auto-Encoders for Top-N Recommender Systems',2,url='http://alicezheng.org/papers/wsdm16-cdae.pdf',authors=['Y Wu'])
p(R,42,sec,'Deep Neural Networks for YouTube Recommendations',2,url='https://static.googleusercontent.com/media/research.google.com/en//pubs/archive/45530.pdf',authors=['Paul Covington'])
p(R,44,sec,'Wide & Deep Learning for Recommender Systems',2,arxiv='1606.07792',authors=['Heng-Tze Cheng'])
p(R,46,sec,'A Survey and Critique of Deep Learning on Recommender Systems',2,url='http://bdsc.lab.uic.edu/docs/survey-critique-deep.pdf',authors=['Lei Zheng'])
np_(R,50,'Blog',2)
# scnu-dil
p(S,8,'Survey Review','Sequential Recommender Systems: Challenges, Progress and Prospects',url='https://www.researchgate.net/publication/333044093_Sequential_Recommender_Systems_Challenges_Progress_and_Prospects',venue='IJCAI 2019',year=2019,authors=['Shoujin Wang','Liang Hu','Yan Wang','Longbing Cao','Quan Z. Sheng','Mehmet Orgun'])
CTR='Click-Through-Rate(CTR) Prediction'
p(S,19,CTR,'Factorization Machines with libFM',url='https://www.csie.ntu.edu.tw/~b97053/paper/Factorization%20Machines%20with%20libFM.pdf',venue='ACM Trans 2012',year=2012,code='https://github.com/srendle/libfm')
p(S,22,CTR,'Deep Learning over Multi-field Categorical Data: A Case Study on User Response Prediction',arxiv='1601.02376',venue='ECIR 2016',year=2016,code='https://github.com/shenweichen/DeepCTR')
p(S,23,CTR,'Product-based Neural Networks for User Response Prediction',arxiv='1611.00144',venue='ICDM 2016',year=2016,code='https://github.com/Atomu2014/product-nets')
p(S,24,CTR,'Wide & Deep Learning for Recommender Systems',arxiv='1606.07792',venue='DLRS 2016',year=2016,code='https://github.com/tensorflow/models/tree/master/official/wide_deep')
p(S,28,CTR,'Deep & Cross Network for Ad Click Predictions',arxiv='1708.05123',venue='ADKDD 2017',year=2017,code='https://github.com/Nirvanada/Deep-and-Cross-Keras')
p(S,31,CTR,'DIEN: Deep Interest Evolution Network for Click-Through Rate Prediction',arxiv='1809.03672',venue='AAAI 2019',year=2019,code='https://github.com/mouna99/dien')
p(S,33,CTR,'Automatic Feature Interaction Learning via Self-Attentive Neural Networks',arxiv='1810.11921',venue='CIKM 2019',year=2019,code='https://github.com/shichence/AutoInt')
SEQ='Sequence-based Recommendations'
p(S,45,SEQ,'Session-based Recommendations with Recurrent Neural Networks',arxiv='1511.06939',venue='ICLR 2016',year=2016,code='https://github.com/hidasib/GRU4Rec')
p(S,49,SEQ,'Personalized Top-N Sequential Recommendation via Convolutional Sequence EmbeddingCaser',url='http://www.sfu.ca/~jiaxit/resources/wsdm18caser.pdf',venue='WSDM 2018',year=2018,code='https://github.com/graytowne/caser_pytorch')
p(S,52,SEQ,'Session-based Recommendation with Graph Neural Networks',arxiv='1811.00855',venue='AAAI 2019',year=2019,code='https://github.com/CRIPAC-DIG/SR-GNN')
CF='Collaborative Filtering'
p(S,69,CF,'Factorization meets the neighborhood: a multifaceted collaborative filtering model',url='https://www.cs.rochester.edu/twiki/pub/Main/HarpSeminar/Factorization_Meets_the_Neighborhood-_a_Multifaceted_Collaborative_Filtering_Model.pdf',venue='KDD 2008',year=2008,code='https://github.com/lxmly/recsyspy')
p(S,71,CF,'Collaborative Deep Learning for Recommender Systems',arxiv='1409.2944',venue='KDD 2015',year=2015,code='https://github.com/akash13singh/mxnet-for-cdl')
p(S,72,CF,'Convolutional Matrix Factorization for Document Context-Aware Recommendation',venue='RecSys 2016',year=2016,code='https://github.com/cartopy/ConvMF')
p(S,73,CF,'Neural Collaborative Filtering',arxiv='1708.05031',venue='WWW 2017',year=2017,code='https://github.com/hexiangnan/neural_collaborative_filtering')
p(S,90,'Public Datasets','KASANDR: A Large-Scale Dataset with Implicit Feedback for Recommendation',2,url='http://ama.liglab.fr/~sidana/PDF/SIGIR17_short',venue='SIGIR 2017',year=2017)
np_(S,96,'Blogs')
np_(S,100,'Courses & Tutorials')
np_(S,102,'Courses & Tutorials')
np_(S,104,'Courses & Tutorials')
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps({k:r[k] for k in keys},ensure_ascii=False)+'\n')
print(len(out), sum(r['is_paper'] for r in out))
