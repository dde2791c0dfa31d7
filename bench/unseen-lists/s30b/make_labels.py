import json, os
D='/work/wt-lead/bench/unseen-lists/s30b/'
files={'cg':'chengguangtang__Visual-Dialogue-Papers.README.md','iw':'iwangjian__Paper-Reading-ConvAI.README.md',
       'my':'myamamoto555__survey.README.md','sz':'sz128__Natural-language-understanding-papers.README.md'}
lines={k:open(D+v,encoding='utf-8').read().split('\n') for k,v in files.items()}
out=[]
def P(k,n,title,venue=None,year=None,authors=(),arxiv=None,url=None,code=None,section=None,nlines=1,doi=None,summary=None):
    raw='\n'.join(lines[k][n-1:n-1+nlines])
    out.append(dict(list=files[k],line=n,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section))
def N(k,n,section,nlines=1):
    raw='\n'.join(lines[k][n-1:n-1+nlines])
    out.append(dict(list=files[k],line=n,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))

# ---- chengguangtang
S1='Datasets / Open Domain'
P('cg',6,'Visual Dialogue','CVPR 2017',2017,['Abhishek Das'],'1611.08669',section=S1)
P('cg',8,'GuessWhat?! Visual object discovery through multi-modal dialogue','CVPR 2017',2017,['Harm de Vries'],'1611.08481',section=S1)
P('cg',10,'Visual Reference Resolution using Attention Memory for Visual Dialog','NIPS 2017',2017,['Paul Hongsuck Seo'],'1709.07992',section=S1)
P('cg',20,'Image-Chat: Engaging Grounded Conversations','ACL 2020',2020,['Kurt Shuster'],'1811.00945',section=S1)
P('cg',26,'MMChat: Multi-Modal Chat Dataset on Social Media','CVPR 2021',2021,['Yinhe Zheng'],'2108.07154',section=S1)
P('cg',28,'OpenViDial: A Large-Scale, Open-Domain Dialogue Dataset with Visual Contexts','arXiv 2021',2021,['Yuxian Meng'],'2012.15015',section=S1)
P('cg',34,'SIMMC: Situated Interactive Multi-Modal Conversational Data Collection And Evaluation Platform','DSTC9 2020',2020,[],code='https://github.com/facebookresearch/simmc',section='Datasets / Goal Oriented')
N('cg',42,'Challenge')
N('cg',44,'Challenge')
P('cg',68,'Dual Visual Attention Network for Visual Dialog','IJCAI 2019',2019,['Dan Guo'],url='https://www.ijcai.org/Proceedings/2019/0693.pdf',code='https://github.com/gicheonkang/dan-visdial',section='Open Domain / Attention-based')
P('cg',75,'Reasoning Visual Dialogs with Structural and Partial Observations','CVPR 2019',2019,['Zilong Zheng'],'1904.05548',section='Open Domain / Graph-based models')
N('cg',90,'Open Domain / GAN')
P('cg',107,'DMRM: A Dual-channel Multi-hop Reasoning Model for Visual Dialog','AAAI 2020',2020,['Feilong Chen'],'1912.08360',section='Open Domain / General')
P('cg',113,'Multi-step Reasoning via Recurrent Dual Attention for Visual Dialog','ACL 2019',2019,['Zhe Gan'],'1902.00579',section='Open Domain / General')
N('cg',141,'Goal Oriented / General')
N('cg',143,'Goal Oriented / General')
P('cg',150,'Kaleido-BERT: Vision-Language Pre-training on Fashion Domain','CVPR 2021',2021,[],section='Pretraining in Vision and Language')
N('cg',152,'Pretraining in Vision and Language')
P('cg',160,'Trends in Integration of Vision and Language Research: A Survey of Tasks, Datasets, and Methods','JAIR 2021',2021,['Aditya Mogadala'],'1907.09358',section='Related Survey')
N('cg',162,'Related Survey')

# ---- iwangjian
N('iw',13,None); N('iw',15,None); N('iw',21,None)
P('iw',32,'An Introductory Survey on Attention Mechanisms in NLP Problems','arXiv 2018',2018,[],'1811.05544',section='Deep Learning in NLP')
P('iw',53,'BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension','ACL 2020',2020,[],url='https://www.aclweb.org/anthology/2020.acl-main.703.pdf',code='https://github.com/huggingface/transformers',section='Pre-trained Language Models')
P('iw',54,'ERNIE-GEN: An Enhanced Multi-Flow Pre-training and Fine-tuning Framework for Natural Language Generation','IJCAI 2020',2020,[],'2001.11314',code='https://github.com/PaddlePaddle/ERNIE/tree/repro/ernie-gen',section='Pre-trained Language Models')
P('iw',63,'Unified Language Model Pre-training for Natural Language Understanding and Generation','NeurIPS 2019',2019,[],url='http://papers.nips.cc/paper/9464-unified-language-model-pre-training-for-natural-language-understanding-and-generation.pdf',code='https://github.com/microsoft/unilm',section='Pre-trained Language Models',nlines=2)
P('iw',76,'A Generalized Framework of Sequence Generation with Application to Undirected Sequence Models','arXiv 2019',2019,[],'1905.12790',code='https://github.com/nyu-dl/dl4mt-seqgen',section='Natural Language Generation')
TOD='Dialogue System / Task-Oriented Dialogue'
P('iw',121,'Dual Dynamic Memory Network for End-to-End Multi-turn Task-oriented Dialog Systems','COLING 2020',2020,[],url='https://www.aclweb.org/anthology/2020.coling-main.362/',code='https://github.com/siat-nlp/DDMN',section=TOD)
P('iw',125,'CrossWOZ: A Large-Scale Chinese Cross-Domain Task-Oriented Dialogue Dataset','TACL 2020',2020,[],'2002.11893',code='https://github.com/thu-coai/CrossWOZ',section=TOD)
P('iw',139,'Sequicity: Simplifying Task-oriented Dialogue Systems with Single Sequence-to-Sequence Architectures','ACL 2018',2018,[],url='https://www.aclweb.org/anthology/P18-1133',code='https://github.com/WING-NUS/sequicity',section=TOD)
OD='Dialogue System / Open-domain Dialogue'
P('iw',149,'DialoGPT : Large-Scale Generative Pre-training for Conversational Response Generation','ACL 2020',2020,[],'1911.00536',code='https://github.com/microsoft/DialoGPT',section=OD)
P('iw',150,'PLATO: Pre-trained Dialogue Generation Model with Discrete Latent Variable','ACL 2020',2020,[],'1910.07931',code='https://github.com/PaddlePaddle/Research/tree/master/NLP/Dialogue-PLATO',section=OD)
P('iw',162,'Learning to Ask Questions in Open-domain Conversational Systems with Typed Decoders','ACL 2018',2018,[],url='https://www.aclweb.org/anthology/P18-1204',code='https://github.com/victorywys/Learning2Ask_TypedDecoder',section=OD)
P('iw',171,'Multi-Turn Response Selection for Chatbots with Deep Attention Matching Network','ACL 2018',2018,[],url='https://www.aclweb.org/anthology/P18-1103',code='https://github.com/baidu/Dialogue/tree/master/DAM',section=OD)
P('iw',183,'Unsupervised Enrichment of Persona-grounded Dialog with Background Stories','ACL 2021',2021,[],'2106.08364',code='https://github.com/majumderb/pabst',section='Dialogue System / Personalized Dialogue')
P('iw',193,'USR: An Unsupervised and Reference Free Evaluation Metric for Dialog Generation','ACL 2020',2020,[],url='https://www.aclweb.org/anthology/2020.acl-main.64',code='https://github.com/Shikib/usr',section='Dialogue System / Dialogue Evaluation')
P('iw',217,'Neural Document Summarization by Jointly Learning to Score and Select Sentences','ACL 2018',2018,[],url='https://www.aclweb.org/anthology/P18-1061',section='Text Summarization')
P('iw',231,'Adaptive Multi-pass Decoder for Neural Machine Translation','EMNLP 2018',2018,[],url='https://www.aclweb.org/anthology/D18-1048',section='Machine Translation')
P('iw',242,'An End-to-End Model for Question Answering over Knowledge Base with Cross-Attention Combining Global Knowledge','ACL 2017',2017,[],url='https://aclweb.org/anthology/P17-1021',section='Question Answering')

# ---- myamamoto555
N('my',3,None); N('my',4,None)
def Y(n,title,url,year):
    P('my',n,title,None,year,[],url=url,section=f'Papers and Slides / {year}',nlines=2)
Y(11,'発話間関係の構造化による会議録からの議論マップ自動生成システム','http://db-event.jpn.org/deim2016/papers/288.pdf',2016)
Y(23,'Abstractive Meeting Summarization as a Markov Decision Process','http://www.ufv.ca/media/assets/computer-information-systems/gabriel-murray/publications/canadian-ai-2015-1.pdf',2015)
Y(39,'非言語情報と重要文の選定に基つく複数人自由対話要約手法の改善','http://www.anlp.jp/proceedings/annual_meeting/2014/pdf_dir/P6-18.pdf',2014)
Y(41,'A Template-based Abstractive Meeting Summarization: Leveraging Summary and Source Text Relationships','https://www.aclweb.org/anthology/W/W14/W14-4407.pdf',2014)
Y(45,'Towards abstractive speech summarization: Exploring unsupervised and supervised approaches for spoken utterance compression','http://ieeexplore.ieee.org/abstract/document/6488744/',2013)
Y(59,'Unsupervised Topic Modeling Approaches to Decision Summarization in Spoken Meetings','https://www.cs.cornell.edu/home/cardie/papers/SIGDIAL13-Unsupervised.pdf',2012)
Y(61,'複数人談話における笑いの情報を考慮した盛り上がり判定','http://ci.nii.ac.jp/els/110009588597.pdf?id=ART0010043625&type=pdf&lang=jp&host=cinii&order_no=&ppv_type=0&lang_sw=&no=1478516103&cp=',2012)
N('my',69,'Papers and Slides / 2011',nlines=2)
Y(71,'The Impact of ASR on Abstractive vs. Extractive Meeting Summaries','http://www.cs.ubc.ca/~gabrielm/inter2010.pdf',2011)
N('my',73,'Papers and Slides / 2011',nlines=2)
Y(79,'Long story short Global unsupervised models for keyphrase based meeting summarization','http://www.sciencedirect.com/science/article/pii/S0167639310001019',2010)
Y(83,'Improving supervised learning for meeting summarization using sampling and regression','http://www.sciencedirect.com/science/article/pii/S0885230809000394',2010)
Y(99,'A global optimization framework for meeting summarization','http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.186.9577&rep=rep1&type=pdf',2009)
Y(109,'コールセンターにおける音声対話からの営業日報変換手法の提案','http://www.anlp.jp/proceedings/annual_meeting/2008/pdf_dir/PB2-2.pdf',2008)
Y(113,'Using corpus and knowledge-based similarity measure in maximum marginal relevance for meeting summarization','http://www.icsi.berkeley.edu/pubs/speech/usingcorpus08.pdf',2008)
Y(142,'Automatic summarization of open-domain multiparty dialogues in diverse genres','http://www.aclweb.org/anthology/J02-4003',2002)
N('my',147,'Corpus / AMI Meeting Corpus'); N('my',148,'Corpus / AMI Meeting Corpus')

# ---- sz128
N('sz',8,None); N('sz',11,'Bookmarks'); N('sz',12,'Bookmarks')
A='1 Variant networks for different semantic representations'
P('sz',20,'Attention-based recurrent neural network models for joint intent detection and slot filling','InterSpeech 2016',2016,['Bing Liu','Ian Lane'],url='https://pdfs.semanticscholar.org/84a9/bc5294dded8d597c9d1c958fe21e4614ff8f.pdf',code='https://github.com/HadoopIt/rnn-nlu',section=A+' / 1.1 Domain-intent-slot')
P('sz',22,'Neural Models for Sequence Chunking','AAAI 2017',2017,['Fei Zhai'],url='https://www.aaai.org/ocs/index.php/AAAI/AAAI17/paper/download/14776/14262',section=A+' / 1.1 Domain-intent-slot')
P('sz',31,'A Hierarchical Decoding Model for Spoken Language Understanding from Unaligned Data','ICASSP 2019',2019,['Zijian Zhao'],'1904.04498',section=A+' / 1.2 Dialogue act (act-slot-value triples)')
P('sz',39,'Joint Online Spoken Language Understanding and Language Modeling with Recurrent Neural Networks','SIGDIAL 2016',2016,['Bing Liu','Ian Lane'],url='http://www.aclweb.org/anthology/W16-3603',code='https://github.com/HadoopIt/joint-slu-lm',section='2 Robustness to ASR-error')
Z='3 Zero-shot learning and domain adaptation'
P('sz',46,'A model of zero-shot learning of spoken language understanding','EMNLP 2015',2015,['Majid Yazdani','James Henderson'],url='http://www.anthology.aclweb.org/D/D15/D15-1027.pdf',section=Z+' / 3.1 Zero-shot learning')
P('sz',48,'Online Adaptative Zero-shot Learning Spoken Language Understanding Using Word-embedding','ICASSP 2015',2015,['Emmanuel Ferreira'],url='https://ieeexplore.ieee.org/document/7178987/',section=Z+' / 3.1 Zero-shot learning')
P('sz',49,'Label Embedding for Zero-shot Fine-grained Named Entity Typing','COLING 2016',2016,['Yukun Ma'],url='https://sentic.net/label-embedding-for-zero-shot-named-entity-typing.pdf',section=Z+' / 3.1 Zero-shot learning')
P('sz',50,'Towards Zero-Shot Frame Semantic Parsing for Domain Scaling','Interspeech 2017',2017,['Ankur Bapna'],url='https://www.isca-speech.org/archive/Interspeech_2017/pdfs/0518.PDF',section=Z+' / 3.1 Zero-shot learning')
P('sz',51,'Concept Transfer Learning for Adaptive Language Understanding','SIGDIAL 2018',2018,['Su Zhu','Kai Yu'],url='http://aclweb.org/anthology/W18-5047',section=Z+' / 3.1 Zero-shot learning')
P('sz',53,'Large-Scale Multi-Domain Belief Tracking with Knowledge Sharing','ACL 2018',2018,['Osman Ramadan'],url='http://aclweb.org/anthology/P18-2069',section=Z+' / 3.1 Zero-shot learning')
P('sz',57,'Few-Shot Text Classification with Induction Network','arXiv 2019',2019,['Ruiying Geng'],'1902.10482',section=Z+' / 3.2 Few-shot learning')
P('sz',59,'Domain Attention with an Ensemble of Experts','ACL 2017',2017,['Young-Bum Kim'],url='http://www.karlstratos.com/publications/acl17ensemble.pdf',section=Z+' / 3.3 Domain adaptation')
P('sz',60,'Adversarial Adaptation of Synthetic or Stale Data','ACL 2017',2017,['Young-Bum Kim'],url='http://karlstratos.com/publications/acl17adversarial.pdf',section=Z+' / 3.3 Domain adaptation')
P('sz',61,'Fast and Scalable Expansion of Natural Language Understanding Functionality for Intelligent Agents','NAACL 2018',2018,['Anuj Goyal'],url='http://aclweb.org/anthology/N18-3018',section=Z+' / 3.3 Domain adaptation')
P('sz',62,'Bag of Experts Architectures for Model Reuse in Conversational Language Understanding','NAACL 2018',2018,['Rahul Jha'],url='http://aclweb.org/anthology/N18-3019',section=Z+' / 3.3 Domain adaptation')
P('sz',73,'SoPa: Bridging CNNs, RNNs, and Weighted Finite-State Machines','ACL 2018',2018,['Roy Schwartz'],url='http://aclweb.org/anthology/P18-1028',code='https://github.com/Noahs-ARK/soft_patterns',section='5 Which may inspire us')
P('sz',77,'Neural Finite State Transducers: Beyond Rational Relations','NAACL 2019',2019,['Chu-Cheng Lin'],url='https://www.aclweb.org/anthology/N19-1024',section='5 Which may inspire us')

with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))
# sanity: raw contains title
for o in out:
    if o['is_paper'] and o['title'].replace(' ','') not in o['raw'].replace('\n','').replace(' ',''):
        print('TITLE?', o['list'], o['line'])
    for k in ('url','code'):
        if o[k] and o[k] not in o['raw']: print('MISSING',k,o['line'])
    if o['arxiv_id'] and o['arxiv_id'] not in o['raw']: print('ARX?',o['line'])
import collections; print(collections.Counter(o['list'] for o in out))
