import json
import os
D=os.path.dirname(os.path.abspath(__file__))+'/'
samp={(r['list'],r['line']):r['raw'] for r in map(json.loads,open(D+'sample.jsonl'))}
A='apexrl__Batch-Offline--RL-Paper-Lists.README.md'
I='ishandutta2007__Awesome-RLVR.README.md'
M='mengdi-li__awesome-RLAIF.README.md'
L=[]
def P(lst,line,title,arxiv=None,url=None,venue=None,year=None,authors=None,code=None,section=None):
    L.append(dict(list=lst,line=line,raw=samp[(lst,line)],is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=None,section=section))
def N(lst,line,section):
    L.append(dict(list=lst,line=line,raw=samp[(lst,line)],is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
EW='Overview / Early Work'; MF='Overview / General Batch RL / Model-free'; MB='Overview / General Batch RL / Model-based'
BM='Overview / General Batch RL / Benchmark'; AP='Overview / Applied Batch RL'
P(A,19,'Least-squares policy iteration',url='http://www.jmlr.org/papers/v4/lagoudakis03a.html',year=2003,authors=['Michail G. Lagoudakis','Ronald Parr'],section=EW)
P(A,20,'Tree-based batch mode reinforcement learning',url='https://www.jmlr.org/papers/volume6/ernst05a/ernst05a.pdf',year=2005,authors=['Damien Ernst','Pierre Geurts','Louis Wehenkel'],section=EW)
P(A,25,'Exponentially Weighted Imitation Learning for Batched Historical Data',url='https://papers.nips.cc/paper/7866-exponentially-weighted-imitation-learning-for-batched-historical-data.pdf',venue='NIPS 2018',year=2018,authors=['Qing Wang','Jiechao Xiong','Lei Han','Peng Sun','Han Liu','Tong Zhang'],section='Overview / Try to imitate without interacting with environments')
P(A,31,'Deep Q-learning from Demonstrations',arxiv='1704.03732',year=2017,authors=['Todd Hester','Matej Vecerik','Olivier Pietquin','Marc Lanctot','Tom Schaul','Bilal Piot','Dan Horgan','John Quan','Andrew Sendonaris','Gabriel Dulac-Arnold','Ian Osband','John Agapiou','Joel Z. Leibo','Audrunas Gruslys'],section=MF)
P(A,47,'Benchmarking Batch Deep Reinforcement Learning Algorithms',arxiv='1910.01708',year=2019,authors=['Fujimoto','Edoardo Conti','Mohammad Ghavamzadeh','Joelle Pineau'],section=MF)
P(A,51,'Advantage-Weighted Regression: Simple and Scalable Off-Policy Reinforcement Learning',arxiv='1910.00177',year=2019,authors=['Xue Bin Peng','Aviral Kumar','Grace Zhang','Sergey Levine'],section=MF)
P(A,65,'An Optimistic Perspective on Offline Reinforcement Learning',arxiv='1907.04543',venue='ICML 2020',year=2020,authors=['Rishabh Agarwal','Dale Schuurmans','Mohammad Norouzi'],section=MF)
P(A,69,'Can Increasing Input Dimensionality Improve Deep Reinforcement Learning?',arxiv='2003.01629',venue='ICML 2020',year=2020,authors=['Kei Ota','Tomoaki Oiki','Devesh K. Jha','Toshisada Mariyama','Daniel Nikovski'],section=MF)
P(A,71,'Control Frequency Adaptation via Action Persistence in Batch Reinforcement Learning',arxiv='2002.06836',venue='ICML 2020',year=2020,authors=['Alberto Maria Metelli','Flavio Mazzolini','Lorenzo Bisi','Luca Sabbioni','Marcello Restelli'],section=MF)
P(A,73,'Reducing Sampling Error in Batch Temporal Difference Learning',url='http://proceedings.mlr.press/v119/pavse20a/pavse20a.pdf',venue='ICML 2020',year=2020,authors=['Brahma S. Pavse','Ishan Durugkar','Josiah P. Hanna','Peter Stone'],section=MF)
P(A,83,'Strictly Batch Imitation Learning by Energy-based Distribution Matching',arxiv='2006.14154',venue='NIPS 2020',year=2020,authors=['Daniel Jarrett','Ioana Bica','Mihaela van der Schaar'],section=MF)
P(A,85,'Accelerating Online Reinforcement Learning with Offline Datasets',arxiv='2006.09359',year=2020,authors=['Ashvin Nair','Murtaza Dalal','Abhishek Gupta','Sergey Levine'],section=MF)
P(A,89,'Deployment-Efficient Reinforcement Learning via Model-Based Offline Optimization',arxiv='2006.03647',year=2020,authors=['Tatsuya Matsushima','Hiroki Furuta','Yutaka Matsuo','Ofir Nachum','Shixiang Shane Gu'],section=MF)
P(A,99,'Risk-Averse Offline Reinforcement Learning',url='https://openreview.net/forum?id=TBIzh9b5eaz',venue='ICLR 2021',year=2021,authors=['Nuria Armengol Urpi','Sebastian Curi','Andreas Krause'],section=MF)
P(A,111,'Model-Based Offline Planning',arxiv='2008.05556',venue='ICLR 2021',year=2021,authors=['Arthur Argenson','Gabriel Dulac-Arnold'],section=MB)
P(A,115,'COMBO: Conservative Offline Model-Based Policy Optimization',arxiv='2102.08363',year=2021,authors=['Tianhe Yu','Aviral Kumar','Rafael Rafailov','Aravind Rajeswaran','Sergey Levine','Chelsea Finn'],section=MB)
P(A,121,'Rl unplugged: Benchmarks for offline reinforcement learning',arxiv='2006.13888',year=2020,authors=['Caglar Gulcehre'],section=BM)
P(A,123,'NeoRL: A Near Real-World Benchmark for Offline Reinforcement Learning',arxiv='2102.00714',year=2021,authors=['Rongjun Qin','Songyi Gao','Xingyuan Zhang','Zhen Xu','Shengkai Huang','Zewen Li','Weinan Zhang','Yang Yu'],section=BM)
P(A,128,'Way Off-Policy Batch Deep Reinforcement Learning of Implicit Human Preferences in Dialog',arxiv='1907.00456',year=2019,authors=['Natasha Jaques'],section=AP)
P(A,129,'Iris: Implicit reinforcement without interaction at scale for learning control from offline robot manipulation data',url='https://ieeexplore.ieee.org/abstract/document/9196935/',year=2020,authors=['Ajay Mandlekar'],section=AP)
S1='1. The Chronological Evolution'; S2='2. Core Verifier & Interaction Variants'; S3='3. Structural Reward Architecture Types'
S4='4. Production Engineering Challenges & Hardware Solutions'; S5='5. Frontier Real-World AI Safety Applications'; R='References'
for ln in (26,27,28): N(I,ln,S1)
N(I,40,S2)
for ln in (50,51,52): N(I,ln,S3)
for ln in (62,63): N(I,ln,S4)
for ln in (71,72,73): N(I,ln,S5)
P(I,78,'Proximal policy optimization algorithms',arxiv='1707.06347',venue='arXiv 2017',year=2017,authors=['J. Schulman'],section=R)
P(I,79,'Training verifiers to solve math word problems',arxiv='2110.14168',venue='arXiv 2021',year=2021,authors=['K. Cobbe'],section=R)
P(I,80,'CodeRL: Mastering code generation through pretrained models and deep reinforcement learning',arxiv='2207.01780',venue='NeurIPS 2022',year=2022,authors=['H. Le'],section=R)
P(I,81,"Let's verify step by step",arxiv='2305.20050',venue='arXiv 2023',year=2023,authors=['H. Lightman'],section=R)
for ln in (88,89,90,94): N(I,ln,R)
W='What is RLAIF? ChatGPT:'
for ln in (11,12,13): N(M,ln,W)
P(M,29,'RLAIF: Scaling Reinforcement Learning from Human Feedback with AI Feedback',arxiv='2309.00267',year=2023,authors=['Harrison Lee','Samrat Phatale','Hassan Mansoor','Kellie Lu','Thomas Mesnard','Colton Bishop','Victor Carbune','Abhinav Rastogi'],section='Papers / 2023')
P(M,33,'Reward Design with Language Models',arxiv='2303.00001',year=2023,authors=['Minae Kwon','Sang Michael Xie','Kalesha Bullard','Dorsa Sadigh'],code='https://github.com/minaek/reward_design_with_llms',section='Papers / 2023')
P(M,39,'Constitutional AI: Harmlessness from AI Feedback',arxiv='2212.08073',year=2022,authors=['Yuntao Bai','Saurav Kadavath','Sandipan Kundu','Amanda Askell','Jackson Kernion'],section='Papers / 2022')
N(M,47,'Related Awesome Repos')
assert len(L)==len(samp)==len({(x['list'],x['line']) for x in L}), (len(L),len(samp))
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+'\n')
print(len(L), sum(x['is_paper'] for x in L))
