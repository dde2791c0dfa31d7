import json
A='Anya-bond__Awesome-Privacy-RecSys.README.md'
Z='ZuyiZhou__Awesome-Interpretable-Cross-modal-Reasoning.README.md'
K='kalinlau__awesome-causal-learning.README.md'
M='mohammadi-hadi__awesome-explainable-nlp.README.md'
files={f:open(f,encoding='utf-8').read().splitlines() for f in (A,Z,K,M)}
out=[]
def lab(lst,line,nlines=1,is_paper=True,title=None,arxiv=None,doi=None,url=None,venue=None,year=None,authors=(),code=None,section=None):
    raw='\n'.join(files[lst][line-1:line-1+nlines])
    if not is_paper:
        title=arxiv=doi=url=venue=year=code=None; authors=()
    out.append(dict(list=lst,line=line,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section))
# --- Anya-bond
S='MIAs (成员推理攻击)'
lab(A,28,title='Interaction-level Membership Inference Attack against Recommender Systems with Long-tailed Distribution',doi='10.1145/3627673.3679804',url='https://doi.org/10.1145/3627673.3679804',section=S+' / 对抗学习')
lab(A,33,title='Interaction-level membership inference attack against federated recommender systems',url='https://www.semanticscholar.org/paper/Interaction-level-Membership-Inference-Attack-Yuan-Yang/b48a8c226efb52844c9b97309a654a383f33b823',section=S+' / 模糊化方法')
S='AIAs (属性推理攻击)'
lab(A,41,title='Defending against Attribute Inference Attacks in Post-Training of Recommendation Systems via Unlearning',arxiv='2504.11510',section=S+' / approximate unlearning')
lab(A,54,title='Unlearning Protected User Attributes in Recommendations with Adversarial Training',doi='10.1145/3477495.3531820',url='https://doi.org/10.1145/3477495.3531820',section=S+' / 对抗学习')
lab(A,55,title='Privacy-Aware Recommendation with Private-Attribute Protection using Adversarial Learning',doi='10.1145/3336191.3371832',url='https://doi.org/10.1145/3336191.3371832',section=S+' / 对抗学习')
lab(A,72,title='Hide Your Model: A Parameter Transmission-free Federated Recommender System',arxiv='2311.14968',section='MEAs (模型抽取攻击) / 模糊化方法')
lab(A,78,title='Comprehensive Privacy Analysis on Recommendation With Causal Embedding Against Model Inversion Attacks',arxiv='2205.11857',section='Inversion Attacks (模型反演攻击) / 对抗学习')
S='User-Plat.'
lab(A,88,title='PrivateRec: Differentially Private Model Training and Online Serving for Federated News Recommendation',doi='10.1145/3580305.3599889',url='https://doi.org/10.1145/3580305.3599889',section=S+' / differential privacy')
lab(A,99,title='Federated Unlearning for On-Device Recommendation',doi='10.1145/3539597.3570463',url='https://doi.org/10.1145/3539597.3570463',section=S+' / exact unlearning')
lab(A,116,title='FR-FMSS: Federated Recommendation via Fake Marks and Secret Sharing',url='https://dl.acm.org/doi/10.1145/3460231.3478855',section=S+' / 模糊化方法')
lab(A,132,title='DeepRec: On-device Deep Learning for Privacy-Preserving Sequential Recommendation in Mobile Commerce',doi='10.1145/3442381.3449942',url='https://doi.org/10.1145/3442381.3449942',section=S+' / 系统设计')
lab(A,138,title='A Privacy-Preserving Distributed Contextual Federated Online Learning Framework with Big Data Support in Social Recommender Systems',doi='10.1109/TKDE.2019.2936565',url='https://doi.org/10.1109/TKDE.2019.2936565',section=S+' / 系统设计')
lab(A,141,title='Enhanced Privacy Preservation for Recommender Systems',url='https://www.researchgate.net/publication/373944108_Enhanced_Privacy_Preservation_for_Recommender_Systems',section=S+' / 系统设计')
S='Plat.-Plat.'
lab(A,150,title='Enhancing Dual-Target Cross-Domain Recommendation with Federated Privacy-Preserving Learning',url='https://www.ijcai.org/proceedings/2024/238',section=S+' / differential privacy')
lab(A,157,title='Privacy-Preserving Social Recommendation: Privacy Leakage and Countermeasure',doi='10.1145/3705328.3748051',url='https://doi.org/10.1145/3705328.3748051',section=S+' / 加密化技术')
lab(A,165,title='PPGenCDR: A Stable and Robust Framework for Privacy-Preserving Cross-Domain Recommendation',url='https://openreview.net/pdf?id=yuzbzzekdB',section=S+' / 模糊化方法')
lab(A,166,title='Vertical Federated Graph Neural Network for Recommender System',url='https://proceedings.mlr.press/v202/mai23b.html',section=S+' / 模糊化方法')
lab(A,171,title='P4GCN: Vertical Federated Social Recommendation with Privacy-Preserving Two-Party Graph Convolution Network',url='https://www.themoonlight.io/en/review/p4gcn-vertical-federated-social-recommendation-with-privacy-preserving-two-party-graph-convolution-network',section=S+' / 系统设计')
lab(A,176,title='Win-Win: A Privacy-Preserving Federated Framework for Dual-Target Cross-Domain Recommendation',url='http://urban-computing.com/pdf/AAAI23_WinWin.pdf',section=S+' / 系统设计')
lab(A,179,title='FedCDR: Federated Cross-Domain Recommendation for Privacy-Preserving Rating Prediction',doi='10.1145/3511808.3557320',url='https://doi.org/10.1145/3511808.3557320',section=S+' / 系统设计')
# --- ZuyiZhou
for n in (35,37,42): lab(Z,n,is_paper=False,section='Content')
S='2. Methods for interpretable cross-modal reasoning / '
V=S+'2.1 Methods of Visual Explanation'
lab(Z,66,3,title='Grounding answers for visual questions asked by visually impaired people',arxiv='2202.01993',venue='CVPR 2022',year=2022,authors=['Chongyan Chen','Samreen Anjum','Danna Gurari'],code='https://vizwiz.org/tasks-and-datasets/answergrounding-for-vqa',section=V)
lab(Z,70,3,title='Film: Visual reasoning with a general conditioning layer',arxiv='1709.07871',venue='AAAI 2018',year=2018,authors=['Ethan Perez','Florian Strub','Harm De Vries','Vincent Dumoulin','Aaron Courville'],code='https://github.com/ethanjperez/film',section=V)
lab(Z,86,3,title='DIME: Fine-grained Interpretations of Multimodal Models via Disentangled Local Explanations',arxiv='2203.02013',venue='AIES 2022',year=2022,authors=['Yiwei Lyu','Paul Pu Liang','Zihao Deng','Ruslan Salakhutdinov','Louis-Philippe Morency'],code='https://github.com/lvyiwei1/DIME',section=V)
lab(Z,90,3,title='MultiViz: Towards Visualizing and Understanding Multimodal Models',arxiv='2207.00056',venue='ICLR 2023',year=2023,authors=['Paul Pu Liang','Yiwei Lyu','Gunjan Chhablani','Nihal Jain','Zihao Deng','Xingbo Wang','Louis-Philippe Morency','Ruslan Salakhutdinov'],code='https://github.com/pliang279/MultiViz',section=V)
lab(Z,94,3,title='X-pool: Cross-modal language-video attention for text-video retrieval',arxiv='2203.15086',venue='CVPR 2022',year=2022,authors=['Satya Krishna Gorti','Noël Vouitsis','Junwei Ma','Keyvan Golestan','Maksims Volkovs','Animesh Garg','Guangwei Yu'],code='https://layer6ai-labs.github.io/xpool/',section=V)
lab(Z,110,3,title='SLAN: Self-Locator Aided Network for Cross-Modal Understanding',arxiv='2211.16208',venue='arXiv 2022',year=2022,authors=['Jiang-Tian Zhai','Qi Zhang','Tong Wu','Xing-Yu Chen','Jiang-Jiang Liu','Bo Ren','Ming-Ming Cheng'],section=V)
T=S+'2.2 Methods of Textual Explanation'
lab(Z,146,3,title='Relation-Aware Image Captioning for Explainable Visual Question Answering',url='https://ieeexplore.ieee.org/document/10056492',venue='TAAI 2022',year=2022,authors=['Ching-Shan Tseng','Ying-Jia Lin','Hung-Yu Kao'],section=T)
lab(Z,190,3,title='The Art of SOCRATIC QUESTIONING: Zero-shot Multimodal Reasoning with Recursive Thinking and Self-Questioning',arxiv='2305.14999',venue='arXiv 2023',year=2023,authors=['Jingyuan Qi','Zhiyang Xu','Ying Shen','Minqian Liu','Di Jin','Qifan Wang','Lifu Huang'],section=T)
G=S+'2.3 Methods of Graph Explanation'
lab(Z,244,3,title='Mucko: multi-layer cross-modal knowledge reasoning for fact-based visual question answering',arxiv='2006.09073',venue='IJCAI 2021',year=2021,authors=['Zihao Zhu','Jing Yu','Yujing Wang','Yajing Sun','Yue Hu','Qi Wu'],section=G)
Y=S+'2.4 Methods of Symbol Explanation'
lab(Z,270,3,title='SPACES: Explainable multimodal ai for active surveillance, diagnosis, and management of adverse childhood experiences',url='https://ieeexplore.ieee.org/document/9671303',venue='Big Dat 2021',year=2021,authors=['Nariman Ammar','Parya Zareie','Marion E Hare','Lisa Rogers','Sandra Madubuonwu','Jason Yaun','Arash Shaban-Nejad'],section=Y)
lab(Z,282,3,title='VQA-LOL: Visual Question Answering Under the Lens of Logic',arxiv='2002.08325',venue='ECCV 2022',year=2022,authors=['Tejas Gokhale','Pratyay Banerjee','Chitta Baral','Yezhou Yang'],section=Y)
lab(Z,298,3,title='Explainable neural computation via stack neural module networks',arxiv='1807.08556',venue='ECCV 2018',year=2018,authors=['Ronghang Hu','Jacob Andreas','Trevor Darrell','Kate Saenko'],section=Y)
lab(Z,314,3,title='Visual programming: Compositional visual reasoning without training',arxiv='2211.11559',venue='CVPR 2023',year=2023,authors=['Tanmay Gupta','Aniruddha Kembhavi'],code='https://prior.allenai.org/projects/visprog',section=Y)
for n in (336,340,348,368): lab(Z,n,3,is_paper=False,section=S+'2.5 Methods of Multimodal Explanation')
# --- kalinlau
I='causal machine learning / From IID data / '
lab(K,8,is_paper=False,section='Table of Contents')
lab(K,18,is_paper=False,section=I+'Individual Treatment Effects (ITE)')
lab(K,20,title='Estimating individual treatment effect: generalization bounds and algorithms',arxiv='1606.03976',venue='ICML 2017',year=2017,authors=['Uri Shalit','Fredrik D. Johansson','David Sontag'],code='https://github.com/clinicalml/cfrnet',section=I+'Individual Treatment Effects (ITE)')
lab(K,22,title='Representation Learning for Treatment Effect Estimation from Observational Data',url='https://papers.nips.cc/paper/7529-representation-learning-for-treatment-effect-estimation-from-observational-data.pdf',venue='Advances in Neural Information Processing Systems 2018',year=2018,authors=['Liuyi Yao','Sheng Li','Yaliang Li','Mengdi Huai','Jing Gao','Aidong Zhang'],code='https://github.com/Osier-Yi/SITE',section=I+'Individual Treatment Effects (ITE)')
lab(K,24,title='Estimation and inference of heterogeneous treatment effects using random forests',url='https://www.tandfonline.com/doi/pdf/10.1080/01621459.2017.1319839',venue='Journal of the American Statistical Association 2017',year=2017,authors=['Stefan Wager','Susan Athey'],code='https://github.com/grf-labs/grf',section=I+'Individual Treatment Effects (ITE)')
lab(K,27,title='GANITE: Estimation of Individualized Treatment Effects using Generative Adversarial Nets',url='https://openreview.net/forum?id=ByKWUeWA-',year=2018,authors=['Jinsung Yoon','James Jordon','Mihaela van der Schaar'],code='https://github.com/jsyoon0823/GANITE',section=I+'Individual Treatment Effects (ITE)')
lab(K,41,title='Adapting Neural Networks for the Estimation of Treatment Effects',arxiv='1906.02120',code='https://github.com/claudiashi57/dragonnet',section=I+'Averaged Treatment Effects (ATE)')
lab(K,51,title='Deepmatch: Balancing deep covariate representations for causal inference using adversarial training',arxiv='1802.05664',venue='arXiv 2018',year=2018,authors=['Nathan Kallus'],section=I+'Averaged Treatment Effects (ATE)')
lab(K,57,title='Classifying Treatment Responders Under Causal Effect Monotonicity',arxiv='1902.05482',venue='ICML 2019',year=2019,authors=['Nathan Kallus'],section=I+'Continuous Treatment Effects')
lab(K,58,title='Learning Counterfactual Representations for Estimating Individual Dose-Response Curves',arxiv='1902.00981',venue='AAAI 2020',year=2020,authors=['Patrick Schwab','Lorenz Linhardt','Stefan Bauer','Joachim M. Buhmann','Walter Karlen'],code='https://github.com/d909b/drnet',section=I+'Continuous Treatment Effects')
lab(K,64,title='Deep iv: A flexible approach for counterfactual prediction',url='http://proceedings.mlr.press/v70/hartford17a/hartford17a.pdf',venue='International Conference on Machine Learning 2017',year=2017,authors=['Jason Hartford','Greg Lewis','Kevin Leyton-Brown','Matt Taddy'],code='https://github.com/jhartford/DeepIV',section=I+'Instrumental Variables')
MC=I+'Multi-Cause: An important discussion'
lab(K,70,title='The blessings of multiple causes',arxiv='1805.06826',venue='Journal of the American Statistical Association 2019',year=2019,authors=['Yixin Wang','David M. Blei'],code='https://github.com/blei-lab/deconfounder_tutorial',section=MC)
lab(K,72,title='On multi-cause causal inference with unobserved confounding: Counterexamples, impossibility, and alternatives',arxiv='1902.10286',venue='arXiv 2019',year=2019,authors=["Alexander D'Amour"],section=MC)
lab(K,73,title='Multiple causal inference with latent confounding',arxiv='1805.08273',venue='arXiv 2018',year=2018,authors=['Rajesh Ranganath','Adler Perotte'],section=MC)
lab(K,74,title='Multi-cause causal inference with unmeasured confounding and binary outcome',arxiv='1907.13323',venue='arXiv 2019',year=2019,authors=['Dehan Kong','Shu Yang','Linbo Wang'],section=MC)
lab(K,86,title='Linked Causal Variational Autoencoder for Inferring Paired Spillover Effects',url='http://www.public.asu.edu/~rguo12/CIKM18.pdf',venue='CIKM 2018',year=2018,authors=['Vineeth Rakesh','Ruocheng Guo','Raha Moraffah','Nitin Agarwal','Huan Liu'],code='https://github.com/rguo12/CIKM18-LCVA',section='causal machine learning / Spillover Effect/Interference')
lab(K,93,title='Targeted maximum likelihood estimation for dynamic and static longitudinal marginal structural working models',url='https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4405134/',venue='Journal of causal inference 2014',year=2014,authors=['Maya Petersen','Joshua Schwab','Susan Gruber','Nello Blaser','Michael Schomaker','Mark van der Laan'],code='https://github.com/joshuaschwab/ltmle',section='causal machine learning / Time Varying/Dependent Causal Effects')
lab(K,105,title='On the estimation of treatment effect with text covariates',url='https://pdfs.semanticscholar.org/2e2f/39232771711248940f68c3c1d6bd0a22c3e4.pdf',venue='International Joint Conference on Artificial Intelligence 2019',year=2019,authors=['Liuyi Yao','Sheng Li','Yaliang Li','Hongfei Xue','Jing Gao','Aidong Zhang'],section='causal machine learning / Application in ML / NLP')
CV='causal machine learning / Application in ML / CV: debias'
lab(K,114,title='Causal Attention for Vision-Language Tasks',arxiv='2103.03493',venue='CVPR 2021',year=2021,code='https://github.com/yangxuntu/lxmertcatt',section=CV)
lab(K,116,title='Two Causal Principles for Improving Visual Dialog',arxiv='1911.10496',venue='CVPR 2020',year=2020,code='https://github.com/simpleshinobu/visdial-principles',section=CV)
# --- mohammadi-hadi
lab(M,17,is_paper=False,section='Contents'); lab(M,19,is_paper=False,section='Contents')
SP='Surveys and Position Papers'
lab(M,32,title='Stop Explaining Black Box Machine Learning Models for High Stakes Decisions and Use Interpretable Models Instead',arxiv='1811.10154',venue='Nature Machine Intelligence 2019',year=2019,authors=['Rudin'],section=SP)
lab(M,33,title='A Survey of the State of Explainable AI for Natural Language Processing',arxiv='2010.00711',venue='AACL 2020',year=2020,authors=['Danilevsky'],section=SP)
lab(M,37,title='Rethinking Interpretability in the Era of Large Language Models',arxiv='2402.01761',year=2024,authors=['Singh'],section=SP)
lab(M,38,title='A Primer in BERTology: What We Know About How BERT Works',arxiv='2002.12327',venue='TACL 2020',year=2020,authors=['Rogers'],section=SP)
lab(M,54,title='The (Un)reliability of Saliency Methods',arxiv='1711.00867',year=2017,authors=['Kindermans'],section='Feature Attribution')
lab(M,71,title='BERT Rediscovers the Classical NLP Pipeline',arxiv='1905.05950',venue='ACL 2019',year=2019,authors=['Tenney'],section='Probing and Representations')
R='Rationales and Natural Language Explanations'
lab(M,96,title='Learning to Faithfully Rationalize by Construction',arxiv='2005.00115',venue='ACL 2020',year=2020,authors=['Jain'],section=R)
lab(M,99,title='The Unreliability of Explanations in Few-shot Prompting for Textual Reasoning',arxiv='2205.03401',venue='NeurIPS 2022',year=2022,authors=['Ye','Durrett'],section=R)
F='Faithfulness and Evaluation'
lab(M,106,title='Towards Faithfully Interpretable NLP Systems: How Should We Define and Evaluate Faithfulness?',arxiv='2004.03685',venue='ACL 2020',year=2020,authors=['Jacovi','Goldberg'],section=F)
lab(M,110,title='A Diagnostic Study of Explainability Techniques for Text Classification',arxiv='2009.13295',venue='EMNLP 2020',year=2020,authors=['Atanasova'],section=F)
C='Reasoning and Chain-of-Thought Faithfulness'
lab(M,118,title='Show Your Work: Scratchpads for Intermediate Computation with Language Models',arxiv='2112.00114',year=2021,authors=['Nye'],section=C)
lab(M,119,title="Language Models Don't Always Say What They Think: Unfaithful Explanations in Chain-of-Thought Prompting",arxiv='2305.04388',venue='NeurIPS 2023',year=2023,authors=['Turpin'],section=C)
MI='Mechanistic Interpretability'
lab(M,129,title='A Mathematical Framework for Transformer Circuits',url='https://transformer-circuits.pub/2021/framework/index.html',year=2021,authors=['Elhage'],section=MI)
lab(M,132,title='Towards Monosemanticity: Decomposing Language Models With Dictionary Learning',url='https://transformer-circuits.pub/2023/monosemantic-features/index.html',year=2023,authors=['Bricken'],section=MI)
lab(M,140,title='Inference-Time Intervention: Eliciting Truthful Answers from a Language Model',arxiv='2306.03341',venue='NeurIPS 2023',year=2023,authors=['Li'],section=MI)
lab(M,144,title='Understanding Black-box Predictions via Influence Functions',arxiv='1703.04730',venue='ICML 2017',year=2017,authors=['Koh','Liang'],section='Training Data Attribution')
lab(M,162,is_paper=False,section='Tools and Libraries')
lab(M,166,title='AllenNLP Interpret: A Framework for Explaining Predictions of NLP Models',arxiv='1909.09251',venue='EMNLP 2019 demo',year=2019,authors=['Wallace'],section='Tools and Libraries')
d=json.load(open('/tmp/s21a-work/sample.json'))
want={(k,n) for k,v in d.items() for n in v['lines']}
have={(o['list'],o['line']) for o in out}
assert want==have,(want-have,have-want)
out.sort(key=lambda o:(o['list'],o['line']))
with open('labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))
