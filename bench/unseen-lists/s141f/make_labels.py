import json
G='gopala-kr__DRL-Agents.README.md'; K='kalyancn4u__kalyancn4u.github.io.README.md'; S='sidgairo18__Research-Paper-Reading.README.md'
files={f:open(f,encoding='utf-8').read().split('\n') for f in (G,K,S)}
def P(lst,line,title,nlines=1,arxiv=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,section=None):
    return dict(list=lst,line=line,raw='\n'.join(files[lst][line-1:line-1+nlines]),is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
def N(lst,line,section,nlines=1):
    return dict(list=lst,line=line,raw='\n'.join(files[lst][line-1:line-1+nlines]),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L=[]
# gopala-kr
L+= [P(G,4,'A Tutorial Survey of Reinforcement Learning',url='http://www.cse.iitm.ac.in/~ravi/papers/keerthi.rl-survey.pdf',venue='Sadhana 1994',year=1994,section='Surveys'),
 P(G,5,'Transfer Learning for Reinforcement Learning Domains: A Survey',url='http://machinelearning.wustl.edu/mlpapers/paper_files/jmlr10_taylor09a.pdf',venue='JMLR 2009',year=2009,section='Surveys'),
 P(G,41,'Generalization in Reinforcement Learning: Successful examples using sparse coding',url='http://webdocs.cs.ualberta.ca/~sutton/papers/sutton-96.pdf',venue='NIPS 1996',year=1996,section='Methods / Sarsa (On-policy TD algorithm)'),
 P(G,54,'Policy Gradient Methods for Reinforcement Learning with Function Approximation',url='http://papers.nips.cc/paper/1713-policy-gradient-methods-for-reinforcement-learning-with-function-approximation.pdf',venue='NIPS 1999',year=1999,section='Methods / Policy Search / Policy Gradient'),
 P(G,55,'Natural Actor-Critic',url='https://homes.cs.washington.edu/~todorov/courses/amath579/reading/NaturalActorCritic.pdf',venue='ECML 2005',year=2005,section='Methods / Policy Search / Policy Gradient'),
 P(G,60,'PILCO: A Model-Based and Data-Efficient Approach to Policy Search',url='http://mlg.eng.cam.ac.uk/pub/pdf/DeiRas11.pdf',venue='ICML 2011',year=2011,section='Methods / Policy Search / Policy Gradient'),
 P(G,66,'Between MDPs and Semi-MDPs: A Framework for Temporal Abstraction in Reinforcement Learning',url='https://webdocs.cs.ualberta.ca/~sutton/papers/SPS-aij.pdf',venue='Artificial Intelligence 1999',year=1999,section='Methods / Hierarchical RL'),
 N(G,69,'Methods'),
 P(G,72,'Deep Learning for Real-Time Atari Game Play Using Offline Monte-Carlo Tree Search Planning',url='http://papers.nips.cc/paper/5421-deep-learning-for-real-time-atari-game-play-using-offline-monte-carlo-tree-search-planning.pdf',venue='NIPS 2014',year=2014,section='Methods / Deep Learning + Reinforcement Learning (A sample of recent works on DL+RL)'),
 P(G,74,'Prioritized Experience Replay',arxiv='1511.05952',venue='arXiv 2015',year=2015,section='Methods / Deep Learning + Reinforcement Learning (A sample of recent works on DL+RL)'),
 P(G,75,'Deep Reinforcement Learning with Double Q-Learning',arxiv='1509.06461',venue='arXiv 2015',year=2015,authors=['Hado van Hasselt','Arthur Guez','David Silver'],section='Methods / Deep Learning + Reinforcement Learning (A sample of recent works on DL+RL)'),
 P(G,89,'MarI/O - learning to play Mario with evolutionary reinforcement learning using artificial neural networks',url='http://nn.cs.utexas.edu/downloads/papers/stanley.ec02.pdf',venue='Evolutionary Computation 2002',year=2002,authors=['Stanley'],section='Game Playing / Computer Games'),
 P(G,95,'Autonomous Skill Acquisition on a Mobile Manipulator',url='http://lis.csail.mit.edu/pubs/konidaris-aaai11b.pdf',venue='AAAI 2011',year=2011,authors=['Konidaris'],section='Robotics'),
 P(G,97,'Incremental Semantically Grounded Learning from Demonstration',url='http://people.cs.umass.edu/~sniekum/pubs/NiekumRSS2013.pdf',venue='RSS 2013',year=2013,authors=['Niekum'],section='Robotics'),
 P(G,104,'An Application of Reinforcement Learning to Aerobatic Helicopter Flight',url='http://heli.stanford.edu/papers/nips06-aerobatichelicopter.pdf',venue='NIPS 2006',year=2006,authors=['Abbeel'],section='Control'),
 P(G,118,'Mastering the game of Go with deep neural networks and tree search',section='References'),
 P(G,121,'Policy Distillation',section='References'),
 P(G,131,'Unsupervised Perceptual Rewards for Imitation Learning',section='References'),
 P(G,132,'Towards Deep Symbolic Reinforcement Learning',section='References'),
 N(G,133,'References')]
# kalyancn4u
s1='1. Foundational Architectures'; s2='2. Model Adaptation & Efficiency'; s3='3. Reasoning & Prompting'; s4='4. Reinforcement & Alignment'
L+= [P(K,17,'Attention Is All You Need',4,arxiv='1706.03762',year=2017,authors=['Vaswani'],summary='Introduced the Transformer — a model that looks at all words at once using self-attention, replacing slower step-by-step RNNs.',section=s1),
 P(K,24,'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',4,arxiv='1810.04805',year=2018,authors=['Devlin'],summary='Taught models to understand context both ways (left-to-right and right-to-left).',section=s1),
 P(K,31,'Improving Language Understanding by Generative Pre-Training',4,url='https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf',year=2018,authors=['Radford'],summary='Used unidirectional generative training — predicting the next word — to build scalable general-purpose language models.',section=s1),
 P(K,40,'LoRA: Low-Rank Adaptation of Large Language Models',4,arxiv='2106.09685',year=2021,authors=['Hu'],summary='Fine-tunes large models cheaply by freezing most weights and learning small low-rank updates.',section=s2),
 P(K,47,'Retentive Network: RetNet — A Successor to Transformer',4,arxiv='2307.08621',year=2023,authors=['Sun'],summary='Replaces attention with retention, improving speed and long-sequence handling.',section=s2),
 P(K,56,'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',4,arxiv='2201.11903',year=2022,authors=['Wei'],summary='Shows that prompting models to “think step by step” improves reasoning and math performance.',section=s3),
 P(K,63,'The Illusion of Thinking',4,summary='Explores how LLMs can appear to reason while really pattern-matching statistical structures.',section=s3),
 P(K,70,'Distilling the Knowledge in a Neural Network',4,arxiv='1503.02531',year=2015,authors=['Hinton'],summary='Compresses large “teacher” models into smaller “students” while preserving knowledge.',section=s3),
 P(K,79,'Learning to Summarize with Human Feedback',4,arxiv='2009.01325',year=2020,authors=['Stiennon'],summary='Uses human ratings to guide model training through reinforcement learning.',section=s4),
 P(K,86,'Expanding RL with Verifiable Rewards Across Diverse Domains',4,summary='Explores broad reinforcement learning setups where rewards are automatically validated.',section=s4)]
for ln in (97,98,99,100): L.append(N(K,ln,'Summary — How to Read This List'))
for ln in (106,107,108,109,110): L.append(N(K,ln,'Beginner Roadmap'))
# sidgairo18
OD='Object Detection, Localization, Tracking, and similar'; OC='Object Centric Learning'; SS='Self-Supervised Learning'; WS='Weakly Supervised Learning'
L+= [P(S,14,'Deformable DETR: Deformable Transformers for End-to-End Object Detection',arxiv='2010.04159',section=OD),
 P(S,18,'Sequential Attend, Infer, Repeat: Generative Modelling of Moving Objects',arxiv='1806.01794',venue='NeurIPS 2018',year=2018,section=OC),
 P(S,28,'RELATIVE REPRESENTATIONS ENABLE ZERO-SHOT LATENT SPACE COMMUNICATION',arxiv='2209.15430',section=OC),
 P(S,39,'Unsupervised Semantic Segmentation with Self-supervised Object-centric Representations',arxiv='2207.05027',section=SS),
 P(S,45,'Invariant Information Clustering for Unsupervised Image Classification and Segmentation',arxiv='1807.06653',section=SS),
 N(S,46,SS),
 P(S,53,'Weakly Supervised Semantic Segmentation using Out-of-Distribution Data',url='https://openaccess.thecvf.com/content/CVPR2022/papers/Lee_Weakly_Supervised_Semantic_Segmentation_Using_Out-of-Distribution_Data_CVPR_2022_paper.pdf',section=WS),
 P(S,56,'Mining Cross-Image Semantics for Weakly Supervised Semantic Segmentation',arxiv='2007.01947',section=WS),
 N(S,60,WS),
 P(S,75,'Don’t Judge an Object by Its Context: Learning to Overcome Contextual Bias',arxiv='2001.03152',venue='CVPR 2020',year=2020,section='XAI'),
 P(S,76,'Quantifying Attention Flow in Transformers',arxiv='2005.00928',section='XAI'),
 P(S,77,'Transformer Interpretability Beyond Attention Visualization',arxiv='2012.09838',section='XAI'),
 P(S,83,'Learning Deep Features for Discriminative Localization',arxiv='1512.04150',section='XAI'),
 P(S,84,'Grad-CAM: Visual Explanations from Deep Networks via Gradient-based Localization',arxiv='1610.02391',section='XAI'),
 P(S,85,'Grad-CAM++: Improved Visual Explanations for Deep Convolutional Networks',arxiv='1710.11063',section='XAI'),
 P(S,86,'Right for the Right Concept: Revising Neuro-Symbolic Concepts by Interacting with their Explanations',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Stammer_Right_for_the_Right_Concept_Revising_Neuro-Symbolic_Concepts_by_Interacting_CVPR_2021_paper.pdf',section='XAI'),
 P(S,94,'GroupViT: Semantic Segmentation Emerges from Text Supervision',arxiv='2202.11094',section='Vision Language Models'),
 P(S,100,'IBOT : IMAGE BERT PRE-TRAINING WITH ONLINE TOKENIZER',arxiv='2111.07832',section='Language or NLP Papers'),
 P(S,106,'Early Convolutions Help Transformers See Better',arxiv='2106.14881',section='Miscellenous'),
 P(S,110,'Deformable Convolutional Networks',url='https://openaccess.thecvf.com/content_ICCV_2017/papers/Dai_Deformable_Convolutional_Networks_ICCV_2017_paper.pdf',section='Miscellenous')]
# check sample coverage
samp=[json.loads(l) for l in open('sample.jsonl')]
assert sorted((d['list'],d['line']) for d in samp)==sorted((d['list'],d['line']) for d in L), set((d['list'],d['line']) for d in samp)^set((d['list'],d['line']) for d in L)
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in L: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(L), sum(d['is_paper'] for d in L))
