import json
A='AI-Chen__Awesome-CoT-Finetuning.README.md'
D='Daham-Mustaf__llm-reasoning-papers.README.md'
R='Dereck0602__Awesome_Test_Time_LLMs.README.md'
SFT='Being a Thinking Model / Supervised Fine-tuning (SFT) / Training Methods'
ACQ='Being a Thinking Model / Supervised Fine-tuning (SFT) / Acquiring CoT'
RFT='Being a Thinking Model / Reinforced Fine-tuning (RFT) / Training Methods'
# (list, line, nlines, is_paper, title, arxiv, url, venue, year, code, summary, section)
rows=[
(A,21,1,False,None,None,None,None,None,None,None,'Bookmarks'),
(A,22,1,False,None,None,None,None,None,None,None,'Bookmarks'),
(A,25,1,False,None,None,None,None,None,None,None,'Bookmarks'),
(A,35,1,True,'Towards Large Reasoning Models: A Survey of Reinforced Reasoning with Large Language Models','2501.09686',None,'arXiv 2025',2025,None,None,'Survey Papers'),
(A,37,1,True,'From System 1 to System 2: A Survey of Reasoning Large Language Models','2502.17419',None,'arXiv 2025',2025,None,None,'Survey Papers'),
(A,38,1,True,'LLM Post-Training: A Deep Dive into Reasoning Large Language Models','2502.21321',None,'arXiv 2025',2025,None,None,'Survey Papers'),
(A,46,1,True,'MMLU','2009.03300',None,None,None,None,'Multiple-choice Q&A across 57 tasks','Datasets'),
(A,63,1,True,'StrategyQA',None,'https://aclanthology.org/2021.tacl-1.21/',None,None,None,'True or false Q&A','Datasets'),
(A,70,1,True,'ToolBench','2307.16789',None,None,None,None,'General tool-use tasks','Datasets'),
(A,84,1,True,'SCOTT: Self-Consistent Chain-of-Thought Distillation',None,'https://aclanthology.org/2023.acl-long.304v2.pdf','ACL 2023',2023,None,None,SFT),
(A,96,1,True,'Gemini 2.5: Pushing the frontier with advanced reasoning, multimodality, long context, and next generation agentic capabilities','2507.06261',None,'arXiv 2025',2025,None,None,SFT),
(A,105,1,True,'Looking beyond the surface:a challenge set for reading comprehension over multiple sentences',None,'https://aclanthology.org/N18-1023.pdf','NAACL 2018',2018,None,None,ACQ),
(A,119,1,True,'MoDE-CoTD: Chain-of-Thought Distillation for Complex Reasoning Tasks with Mixture of Decoupled LoRA-Experts',None,'https://aclanthology.org/2024.lrec-main.1003.pdf','LREC-COLING 2024',2024,'https://github.com/Xiang-Li-oss/MoDE-CoTD',None,ACQ),
(A,120,1,True,'Mind’s Mirror: Distilling Self-Evaluation Capability and Comprehensive Thinking from Large Language Models',None,'https://aclanthology.org/2024.naacl-long.376.pdf','NAACL 2024',2024,'https://github.com/Attention-is-All-I-Need/Mind-s-Mirror-Distilling-LLM',None,ACQ),
(A,129,1,True,'Marco-o1: Towards open reasoning models for open-ended solutions','2411.14405',None,'arXiv 2024',2024,'https://github.com/AIDC-AI/Marco-o1',None,ACQ),
(A,147,1,True,'Scalable trust-region method for deep reinforcement learning using kronecker-factored approximation,',None,'http://proceedings.neurips.cc/paper/2017/file/361440528766bbaaaa1901845cf4152b-Paper.pdf','NeurIPS 2017',2017,'https://github.com/openai/baselines',None,RFT),
(A,150,1,True,'Penalized proximal policy optimization for safe reinforcement learning','2205.11814',None,'IJCAI 2022',2022,None,None,RFT),
(A,155,1,True,'Statistical rejection sampling improves preference optimization','2309.06657',None,'ICLR 2024',2024,None,None,RFT),
(A,158,1,True,'Token-level direct preference optimization','2404.11999',None,'ICML 2024',2024,'https://github.com/Vance0124/Token-level-Direct-Preference-Optimization',None,RFT),
(A,166,1,True,"What's Behind PPO's Collapse in Long-CoT? Value Optimization Holds the Secret",'2503.01491',None,'arXiv 2025',2025,None,None,RFT),
(D,4,6,True,'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning','2501.12948',None,None,None,None,'Making LLM reason through pure RL (open-source)','Train LLM to reason'),
(D,11,5,True,'DRT: Deep Reasoning Translation via Long Chain-of-Thought','2412.17498',None,None,None,None,'Agentic + CoT for Machine Translation','Train LLM to reason'),
(D,16,6,True,'Scaling up Test-Time Compute with Latent Reasoning: A Recurrent Depth Approach','2502.05171',None,None,None,None,'Recurrent reasoning in latent space as compared to using tokens.','Train LLM to reason'),
(D,22,6,True,'On the Emergence of Thinking in LLMs I: Searching for the Right Intuition','2502.06773',None,None,None,None,'Propose RLSP (Reinforcement Learning via Self-Play) as a framework to understand and build large reasoning models.','Train LLM to reason'),
(D,28,6,True,'Competitive Programming with Large Reasoning Models','2502.06807',None,None,None,None,'Demonstrates that competitive coding scaling test time computing leads to better performance than hand-crafted features used to choose a particular solution.','Train LLM to reason'),
(D,35,5,True,'s1: Simple test-time scaling','2501.19393',None,None,None,None,'Post-training using SFT on 1000 samples leads to a reasoning model similar to o1','Efficient Reasoning methods'),
(D,41,6,True,'Imagine while Reasoning in Space: Multimodal Visualization-of-Thought','2501.07542',None,None,None,None,'Proposes Multimodal Visualization-of-Thought (MVoT) having an intermediate thinking stack composed of vision and language.','Vision/Multimodal Reasoning'),
(D,48,5,False,None,None,None,None,None,None,None,'Related Blogs'),
(R,24,1,False,None,None,None,None,None,None,None,'Table of Contents'),
(R,50,1,True,'COMET: A Neural Framework for MT Evaluation',None,'https://aclanthology.org/2020.emnlp-main.213.pdf','EMNLP 2020',2020,None,None,'Test-time Adaptation / Updating the Model'),
(R,53,1,True,'Selective Annotation Makes Language Models Better Few-Shot Learners','2209.01975',None,'arXiv 2022',2022,'https://github.com/xlang-ai/icl-selective-annotation',None,'Test-time Adaptation / Updating the Model'),
(R,78,1,True,'Self-Generated In-Context Learning: Leveraging Auto-regressive Language Models as a Demonstration Generator','2206.08082',None,'arXiv 2022',2022,None,None,'Test-time Adaptation / Modifying the Input'),
(R,81,1,True,'Plug and Play Language Models: A Simple Approach to Controlled Text Generation','1912.02164',None,'ICLR 2022',2022,None,None,'Test-time Adaptation / Editing the Representation'),
(R,86,1,True,'In-context Vectors: Making In Context Learning More Effective and Controllable Through Latent Space Steering','2311.06668',None,'arXiv 2024',2024,'https://github.com/shengliu66/ICV',None,'Test-time Adaptation / Editing the Representation'),
(R,88,1,True,'Personalized Steering of Large Language Models: Versatile Steering Vectors Through Bi-directional Preference Optimization','2406.00045',None,'arXiv 2024',2024,'https://github.com/CaoYuanpu/BiPO',None,'Test-time Adaptation / Editing the Representation'),
(R,107,1,True,'V-STaR: Training Verifiers for Self-Taught Reasoners',None,'https://openreview.net/pdf?id=stmqBSW2dV','COLM 2024',2024,None,None,'Test-time Reasoning / Feedback Modeling / Score-based'),
(R,130,1,True,'JudgeLM: Fine-tuned Large Language Models are Scalable Judges','2310.17631',None,'arXiv 2023',2023,'https://github.com/baaivision/JudgeLM',None,'Test-time Reasoning / Feedback Modeling / Verbal-based'),
(R,147,1,True,'Training Verifiers to Solve Math Word Problems','2110.14168',None,'arXiv 2021',2021,None,None,'Test-time Reasoning / Search Strategies / Repeated sampling'),
(R,153,1,True,'Adaptive Inference-Time Compute: LLMs Can Predict if They Can Do Better, Even Mid-Generation','2410.02725',None,'arXiv 2024',2024,'https://github.com/rohinmanvi/Capability-Aware_and_Mid-Generation_Self-Evaluations',None,'Test-time Reasoning / Search Strategies / Repeated sampling'),
(R,163,1,True,'NL-EDIT: Correcting Semantic Parse Errors through Natural Language Interaction',None,'https://aclanthology.org/2021.naacl-main.444.pdf','ACL 2021',2021,'https://github.com/MSR-LIT/NLEdit/',None,'Test-time Reasoning / Search Strategies / Self-correction'),
(R,175,1,True,'Debating with More Persuasive LLMs Leads to More Truthful Answers',None,'https://openreview.net/pdf?id=iLCZtl7FTa','ICML 2024',2024,'https://github.com/ucl-dark/llm_debate',None,'Test-time Reasoning / Search Strategies / Self-correction'),
(R,184,1,True,'Constitutional AI: Harmlessness from AI Feedback','2212.08073',None,'arXiv 2022',2022,'https://github.com/anthropics/ConstitutionalHarmlessnessPaper',None,'Test-time Reasoning / Search Strategies / Self-correction'),
(R,191,1,True,'Can Large Language Models Really Improve by Self-critiquing Their Own Plans?','2310.08118',None,'arXiv 2023',2023,None,None,'Test-time Reasoning / Search Strategies / Self-correction'),
(R,206,1,True,'Accessing GPT-4 level Mathematical Olympiad Solutions via Monte Carlo Tree Self-refine with LLaMa-3 8B','2406.07394',None,'arXiv 2024',2024,'https://github.com/trotsky1997/MathBlackBox',None,'Test-time Reasoning / Search Strategies / Tree search'),
(R,211,1,True,'Mutual Reasoning Makes Smaller LLMs Stronger Problem-Solvers','2408.06195',None,'arXiv 2024',2024,'https://github.com/zhentingqi/rStar',None,'Test-time Reasoning / Search Strategies / Tree search'),
(R,226,1,True,'DogeRM: Equipping Reward Models with Domain Knowledge through Model Merging','2407.01470',None,'EMNLP 2024',2024,'https://github.com/MiuLab/DogeRM',None,'Future Directions / Generalizable System-2 Model'),
(R,233,1,True,'Test-Time Adaptation with CLIP Reward for Zero-Shot Generalization in Vision-Language Models','2305.18010',None,'ICLR 2024',2024,'https://github.com/lil-lab/bandit-qa',None,'Future Directions / Multimodal Reasoning'),
(R,242,1,True,'Scaling LLM Inference with Optimized Sample Compute Allocation','2410.22480',None,'arXiv 2024',2024,'https://github.com/LeiLiLab/OSCA',None,'Future Directions / Efficiency and Performance Trade-off'),
]
cache={}
out=[]
for (lst,line,n,isp,title,ax,url,venue,year,code,summ,sec) in rows:
    if lst not in cache: cache[lst]=open(lst,encoding='utf-8').read().split('\n')
    raw='\n'.join(cache[lst][line-1:line-1+n])
    out.append(dict(list=lst,line=line,raw=raw,is_paper=isp,title=title,arxiv_id=ax,doi=None,url=url,venue=venue,year=year,authors=[],code=code,summary=summ,section=sec))
with open('labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))
