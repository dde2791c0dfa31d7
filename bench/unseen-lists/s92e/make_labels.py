import json
D='/work/main/bench/unseen-lists/s92e/'
LC='LongchaoDa__AwesomeSim2Real.README.md'; YZ='YanjieZe__Paper-List.README.md'; XP='xpharry__dqn-adaptive-cruise.README.md'
files={f:open(D+f,encoding='utf-8').read().split('\n') for f in (LC,YZ,XP)}
def P(lst,line,title,authors=(),arxiv=None,url=None,venue=None,year=None,code=None,section=None,n=1,summary=None):
    return dict(list=lst,line=line,raw='\n'.join(files[lst][line-1:line-1+n]),is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
def N(lst,line,section,n=1):
    return dict(list=lst,line=line,raw='\n'.join(files[lst][line-1:line-1+n]),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L=[]
# ---- LongchaoDa
S0='Sim-to-Real-Paper-Collection'
SS='Surveys and Simulators'; EB=SS+' / Environments and benchmarks'
TO='Technique Papers / Observation'; TA='Technique Papers / Action'; TT='Technique Papers / Transition'
L+= [N(LC,24,S0), N(LC,28,S0),
 P(LC,35,'How simulation helps autonomous driving: A survey of sim2real, digital twins, and parallel intelligence',
   ['Xuemin Hu','Shen Li','Tingyu Huang','Bo Tang','Rouxing Huai','Long Chen'],url='https://ieeexplore.ieee.org/document/10242366',
   venue='IEEE Transactions on Intelligent Vehicles 2023',year=2023,section=SS+' / Survey Papers'),
 P(LC,56,'OpenAI Gym',['Greg Brockman','Vicki Cheung','Ludwig Pettersson','Jonas Schneider','John Schulman','Jie Tang','Wojciech Zaremba'],
   arxiv='1606.01540',year=2016,section=EB+' / Robotics Environments'),
 P(LC,62,'Humanoid-Gym: Reinforcement Learning for Humanoid Robot with Zero-Shot Sim2Real Transfer',['Xinyang Gu','Yen-Jen Wang','Jianyu Chen'],
   arxiv='2404.05695',venue='ICRA 2024 Workshop on Agile Robotics',year=2024,section=EB+' / Robotics Benchmarks'),
 P(LC,63,'NeuronsGym: A Hybrid Framework and Benchmark for Robot Tasks with Sim2Real Policy Learning',
   ['Haoran Li','Shasha Liu','Mingjun Ma','Guangzheng Hu','Yaran Chen','Dongbin Zhao'],url='https://ieeexplore.ieee.org/document/1389727',
   venue='IEEE Transactions on Emerging Topics in Computational Intelligence 2024',year=2024,section=EB+' / Robotics Benchmarks'),
 P(LC,69,'TorchDriveEnv: A Reinforcement Learning Benchmark for Autonomous Driving with Reactive, Realistic, and Diverse Non-Playable Characters',
   ['Jonathan Wilder Lavington','Ke Zhang','Vasileios Lioutas'],arxiv='2405.04491',year=2024,section=EB+' / Transportation Environments'),
 P(LC,82,'CARLA: An open urban driving simulator',['Alexey Dosovitskiy','German Ros','Felipe Codevilla','Antonio Lopez','Vladlen Koltun'],
   arxiv='1711.03938',venue='CoRL 2017',year=2017,section=EB+' / Transportation Environments'),
 P(LC,83,'Duckietown: An open, inexpensive and flexible platform for autonomy education and research',
   ['Liam Paull','Jacopo Tani','Heejin Ahn','Javier Alonso-Mora','Luca Carlone','Michal Cap'],url='https://ieeexplore.ieee.org/document/7989179',
   year=2017,section=EB+' / Transportation Environments'),
 P(LC,118,'DROPO: Sim-to-real transfer with offline domain randomization',['Gabriele Tiboni','Karol Arndt','Ville Kyrki'],arxiv='2201.08434',
   venue='Robotics and Autonomous Systems 2023',year=2023,section=TO+' / Domain Randomization',n=2),
 N(LC,125,TO),
 P(LC,135,'Rl-cyclegan: Reinforcement learning aware simulation-to-real',['Kanishka Rao','Chris Harris','Alex Irpan','Sergey Levine','Julian Ibarz','Mohi Khansari'],
   arxiv='2011.03148',year=2020,section=TO+' / Domain Adaptation',n=2),
 P(LC,177,'Dynamic Modeling for Reinforcement Learning with Random Delay',['Yalou Yu','Bo xia','Minzhi Xie','Zhiheng Li','Xuwqian Wang'],
   url='https://link.springer.com/chapter/10.1007/978-3-031-72341-4_26',venue='ICANN 2024',year=2024,section=TA+' / Action Delay'),
 P(LC,190,'Reinforcement learning for pivoting task',['Rika Antonova','Silvia Cruciani','Christian Smith','Danica Kragic'],arxiv='1703.00472',year=2017,section=TA+' / Action Delay'),
 P(LC,191,'Habits, action sequences and reinforcement learning',['Amir Dezfouli','Bernard W Balleine'],url='https://pmc.ncbi.nlm.nih.gov/articles/PMC3325518/',
   venue='European Journal of Neuroscience 2012',year=2012,section=TA+' / Action Delay'),
 P(LC,198,'Uncertainty-aware action advising for deep reinforcement learning agents',['Felipe Leno Da Silva','Pablo Hernandez-Leal','Bilal Kartal','Matthew E Taylor'],
   url='https://cdn.aaai.org/ojs/6036/6036-13-9261-1-10-20200513.pdf',year=2020,section=TA+' / Action Uncertainty'),
 P(LC,199,'Safe reinforcement learning with model uncertainty estimates',['Björn Lütjens','Michael Everett','Jonathan P. How'],arxiv='1810.08700',
   venue='ICRA 2019',year=2019,section=TA+' / Action Uncertainty'),
 N(LC,210,TT),
 P(LC,214,'Active Domain Randomization',['Bhairav Mehta','Manfred Diaz','Florian Golemo','Christopher J. Pal','Liam Paull'],arxiv='1904.04762',
   venue='PMLR 2021',year=2021,section=TT+' / Domain Randomization'),
 P(LC,223,'Multi-adversarial domain adaptation',[],section=TT+' / Domain Adaptation'),
]
# ---- YanjieZe
R='Recent Random Papers'
L+= [N(YZ,14,None), N(YZ,34,None),
 P(YZ,51,'EquivAct: SIM(3)-Equivariant Visuomotor Policies beyond Rigid Object Manipulation',venue='arXiv 2023',year=2023,section=R),
 P(YZ,53,'Robot Fine-Tuning Made Easy: Pre-Training Rewards and Policies for Autonomous Real-World Reinforcement Learning',venue='arXiv 2023',year=2023,section=R),
 P(YZ,54,'SAQ: Action-Quantized Offline Reinforcement Learning for Robotic Skill Learning',venue='CoRL 2023',year=2023,section=R),
 P(YZ,63,'TD-MPC2: Scalable, Robust World Models for Continuous Control',url='https://openreview.net/forum?id=Oxh5CstDJU',venue='ICLR 2024 submission',year=2024,section=R),
 P(YZ,64,'3D Diffuser Actor: Multi-task 3D Robot Manipulation with Iterative Error Feedback',url='https://openreview.net/forum?id=UnsLGUCynE',venue='ICLR 2024 submission',year=2024,section=R),
 P(YZ,69,'End2End Multi-View Feature Matching with Differentiable Pose Optimization',venue='ICCV 2023',year=2023,section=R),
 P(YZ,70,'Aligning Text-to-Image Diffusion Models with Reward Backpropagation',venue='arXiv 2023',year=2023,code='https://github.com/mihirp1998/AlignProp/',section=R),
 P(YZ,95,'QRL: Optimal Goal-Reaching Reinforcement Learning via Quasimetric Learning',venue='ICML 2023',year=2023,code='https://github.com/quasimetric-learning/quasimetric-rl',section=R),
 P(YZ,99,'DPI-Net: Learning Particle Dynamics for Manipulating Rigid Bodies, Deformable Objects, and Fluids',venue='ICLR 2019',year=2019,section=R),
 P(YZ,128,'DexPBT: Scaling up Dexterous Manipulation for Hand-Arm Systems with Population Based Training',arxiv='2305.12127',venue='RSS 2023',year=2023,section=R),
 P(YZ,147,'VIMA: General Robot Manipulation with Multimodal Prompts',venue='ICML 2023',year=2023,code='https://github.com/vimalabs/VIMA',section=R),
 P(YZ,152,'CoTPC: Chain-of-Thought Predictive Control',venue='arXiv 2023',year=2023,section=R),
 P(YZ,157,'RegNeRF: Regularizing Neural Radiance Fields for View Synthesis from Sparse Inputs',venue='CVPR 2022',year=2022,section=R),
 P(YZ,164,'Emergence of Maps in the Memories of Blind Navigation Agents',url='https://openreview.net/forum?id=lTt4KjHSsyl',venue='ICLR 2023',year=2023,section=R),
 P(YZ,172,'Neural Dynamic Image-Based Rendering',venue='CVPR 2023',year=2023,section=R),
 P(YZ,197,'Grounding DINO: Marrying DINO with Grounded Pre-Training for Open-Set Object Detection',arxiv='2303.05499',venue='arXiv 2023',year=2023,
   code='https://github.com/IDEA-Research/GroundingDINO',section=R),
 N(YZ,203,R),
 P(YZ,207,'DDIM: Denoising Diffusion Implicit Models',arxiv='2010.02502',venue='ICLR 2021',year=2021,section=R),
]
# ---- xpharry
PM='Paper / Methods'; RM='Paper / Robot Motion'; CG='Paper / Computer Games'; OS='Open Source Reinforcement Learning Platforms'; TW='Tutorials / Websites'
L+= [
 P(XP,9,'Reinforcement Learning in Robotics, A Survey',['Jens Kober','J. Andrew Bagnell','Jan Peters'],url='http://www.ias.tu-darmstadt.de/uploads/Publications/Kober_IJRR_2013.pdf',
   venue='IJRR 2013',year=2013,section='Paper / Milestone Papers and Survey Papers'),
 N(XP,17,PM), N(XP,19,PM),
 P(XP,29,'Deep Reinforcement Learning with Double Q-Learning',['Hado van Hasselt','Arthur Guez','David Silver'],arxiv='1509.06461',venue='arXiv 2015',year=2015,
   section='Paper / Recent work on Deep Learning + Reinforcement Learning'),
 P(XP,39,'Efficient Reinforcement Learning for Robots using Informative Simulated Priors',['Cutler'],url='http://markjcutler.com/papers/Cutler15_ICRA.pdf',venue='ICRA 2015',year=2015,section=RM),
 P(XP,42,'An Application of Reinforcement Learning to Aerobatic Helicopter Flight',['Abbeel'],url='http://heli.stanford.edu/papers/nips06-aerobatichelicopter.pdf',venue='NIPS 2006',year=2006,section=RM),
 P(XP,43,'Autonomous helicopter control using Reinforcement Learning Policy Search Methods',['Bagnell'],url='http://repository.cmu.edu/cgi/viewcontent.cgi?article=1082&context=robotics',venue='ICRA 2001',year=2001,section=RM),
 P(XP,46,'Human-level Control through Deep Reinforcement Learning',['Mnih'],
   url='http://www.readcube.com/articles/10.1038%2Fnature14236?shared_access_token=Lo_2hFdW4MuqEcF3CVBZm9RgN0jAjWel9jnR3ZoTv0P5kedCCNjz3FJ2FhQCgXkApOr3ZSsJAldp-tw3IWgTseRnLpAc9xQq-vTA2Z5Ji9lg16_WvCy4SaOgpK5XXA6ecqo8d8J7l4EJsdjwai53GqKt-7JuioG0r3iV67MQIro74l6IxvmcVNKBgOwiMGi8U0izJStLpmQp6Vmi_8Lw_A%3D%3D',
   venue='Nature 2015',year=2015,code='https://sites.google.com/a/deepmind.com/dqn/',section=CG),
 N(XP,47,CG),
 N(XP,61,OS), N(XP,62,OS), N(XP,65,OS), N(XP,66,OS), N(XP,69,OS), N(XP,70,OS), N(XP,71,OS),
 P(XP,76,'Reinforcement Learning in a Nutshell',['C. Igel','M.A. Riedmiller'],url='http://image.diku.dk/igel/paper/RLiaN.pdf',venue='ESANN 2007',year=2007,section=TW),
 N(XP,78,TW), N(XP,81,TW), N(XP,86,TW),
]
samp=[(json.loads(l)['list'],json.loads(l)['line']) for l in open(D+'sample.jsonl')]
got=[(r['list'],r['line']) for r in L]
assert sorted(samp)==sorted(got), (set(samp)^set(got))
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for r in L: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(L), sum(r['is_paper'] for r in L))
