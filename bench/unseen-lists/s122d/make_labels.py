import json
import os
D=os.path.dirname(os.path.abspath(__file__))+'/'
B='BUPT-GAMMA__Awesome-Graph4LLM.README.md'
K='Darklightened__Awsome-Diffusion-LLM.README.md'
S='Shiy-Li__Awesome-Graph-augmented-LLM-Agent.README.md'
files={f:open(D+f,encoding='utf-8').read().split('\n') for f in (B,K,S)}
out=[]
def P(lst,line,title,venue=None,year=None,arxiv=None,url=None,code=None,section=None,doi=None,summary=None,authors=None):
    out.append(dict(list=lst,line=line,raw=files[lst][line-1],is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section))
def N(lst,line,section):
    out.append(dict(list=lst,line=line,raw=files[lst][line-1],is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
# ---- BUPT-GAMMA
toc='Research Papers / Table of Contents'
N(B,34,toc); N(B,56,toc)
s='Input Phase / Prompt from Knowledge Graph / Graph-Retrieval Augmented Generation'
P(B,80,'Reasoning on Graphs: Faithful and Interpretable Large Language Model Reasoning','ICLR 2024',2024,'2310.01061',section=s)
P(B,81,'Mitigating Large Language Model Hallucinations via Autonomous Knowledge Graph-Based Retrofitting','AAAI 2024',2024,'2311.13314',section=s)
s='Input Phase / Prompt from Corpus-Level Graph'
P(B,88,'LightRAG: Simple and Fast Retrieval-Augmented Generation','EMNLP 2025',2025,url='https://aclanthology.org/2025.findings-emnlp.568/',section=s)
P(B,93,'PathRAG: Pruning Graph-Based Retrieval Augmented Generation with Relational Paths','AAAI 2026',2026,'2502.14902',section=s)
s='Output Phase / Reasoning / Reasoning Based on Path Exploration'
P(B,162,'Everything of Thoughts: Defying the Law of Penrose Triangle for Thought Generation','ACL 2024',2024,'2311.04254',section=s)
P(B,163,'Policy Guided Tree Search for Enhanced LLM Reasoning','ICML 2025',2025,'2502.06813',section=s)
P(B,170,'ControlLLM: Augment Language Models with Tools by Searching on Graphs','ECCV 2024',2024,'2310.17796',section='Output Phase / Planning')
P(B,182,'GraphEval: A Knowledge\u2011Graph Based LLM Hallucination Evaluation Framework','KiL 2024',2024,'2407.10793',section='Output Phase / Evaluation / Factuality Evaluation')
g='Applications of Graph4LLM / General Applications / '
P(B,224,'CodePlan: Repository-Level Coding using LLMs and Planning','FSE 2024',2024,'2309.12499',section=g+'Code')
P(B,237,'Hybrid Graphs for Table-and-Text based Question Answering using LLMs','NAACL 2025',2025,'2501.17767',section=g+'Table')
P(B,238,'Plugging schema graph into multi-table qa: A human-guided framework for reducing llm reliance','EMNLP 2025',2025,'2501.17767',section=g+'Table')
d='Applications of Graph4LLM / Domain-Specific Applications / '
P(B,250,'CORONA: A Coarse-to-Fine Framework for Graph-based Recommendation with Large Language Models','SIGIR 2025',2025,'2407.10747',section=d+'E-Commerce')
P(B,260,'Magic: AN LLM-based multi-agent activated graph-reasoning intelligent collaboration model for liver disease diagnosis','Information Fusion 2026',2026,url='https://www.sciencedirect.com/science/article/pii/S1566253525006293',section=d+'Medicine')
P(B,264,'Leveraging Graph Retrieval-Augmented Generation to Support Learners\u2019 Understanding of Knowledge Concepts in MOOCs','EMOOCs 2025',2025,'2505.10074',section=d+'Education')
P(B,275,'FinCARE: Financial Causal Analysis with Reasoning and Evidence','GenAI in Finance 2025',2025,'2510.20221',section=d+'Finance')
P(B,283,'Legal-LM: Knowledge Graph Enhanced Large Language Models for Law Consulting','ICIC 2024',2024,url='https://link.springer.com/chapter/10.1007/978-981-97-5672-8_15',section=d+'Law')
P(B,288,'LegisSearch: navigating legislation with graphs and large language models','Artificial Intelligence and Law 2025',2025,'2503.08762',section=d+'Law')
P(B,297,'RTL++: Graph-enhanced LLM for RTL Code Generation','ASP-DAC 2025',2025,'2411.08260',section=d+'EDA')
# ---- Darklightened
r='Useful Resources (Blogs & Technical Reports)'
N(K,31,r); N(K,33,r); N(K,48,'Framework')
P(K,56,'Diffusion-based Large Language Models Survey','arXiv 2025',2025,url='https://www.researchgate.net/profile/Junhao-Song-3/publication/394262235_Diffusion-based_Large_Language_Models_Survey/links/68901ee37b62e240dd32d2af/Diffusion-based-Large-Language-Models-Survey.pdf',section='Survey Papers')
L='Diffusion Language Models / Large Diffusion Language Models (>7B) / '
P(K,74,'LongLLaDA: Unlocking Long Context Capabilities in Diffusion LLMs','arXiv 2025',2025,'2506.14429',section=L+'Scaling')
P(K,75,'Dream 7B: Diffusion Large Language Models','arXiv 2025',2025,'2508.15487',section=L+'Scaling')
P(K,81,'Accelerating Diffusion Language Model Inference via Efficient KV Caching and Guided Diffusion','arXiv 2025',2025,'2505.21467',section=L+'Accelerating')
P(K,92,'d1: Scaling Reasoning in Diffusion Large Language Models via Reinforcement Learning','arXiv 2025',2025,'2504.12216',section=L+'Reasoning')
P(K,93,'Diffusion of Thought: Chain-of-Thought Reasoning in Diffusion Language Models','NeurIPS 2024',2024,'2402.07754',section=L+'Reasoning')
P(K,114,'LLaDA-MoE: A Sparse MoE Diffusion Language Model','arXiv 2025',2025,'2509.24389',section=L+'Others')
P(K,116,'Test-Time Anchoring for Discrete Diffusion Posterior Sampling','arXiv 2025',2025,'2510.02291',section=L+'Others')
sm='Diffusion Language Models / Diffusion Language Models (<7B)'
P(K,128,'AR-Diffusion: Auto-Regressive Diffusion Model for Text Generation','NeurIPS 2023',2023,url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/7d866abba506e5a56335e4644ebe18f9-Abstract-Conference.html',section=sm)
P(K,129,'Likelihood-Based Diffusion Language Models','NeurIPS 2023',2023,url='https://papers.nips.cc/paper_files/paper/2023/hash/35b5c175e139bff5f22a5361270fce87-Abstract-Conference.html',section=sm)
P(K,132,'The Diffusion Duality','ICML 2025',2025,'2506.10892',section=sm)
mm='Multi-Modal Diffusion Models'
P(K,152,'Unified Multimodal Discrete Diffusion','arXiv 2025',2025,'2503.20853',section=mm)
P(K,153,'Dimple: Discrete Diffusion Multimodal Large Language Model with Parallel Decoding','arXiv 2025',2025,'2505.16990',section=mm)
P(K,157,'Show-o2: Improved Native Unified Multimodal Models','arXiv 2025',2025,'2506.15564',section=mm)
se='Seminal Diffusion Papers'
P(K,166,'Denoising Diffusion Implicit Models','ICLR 2021',2021,'2010.02502',section=se)
P(K,167,'Score-Based Generative Modeling through Stochastic Differential Equations','ICLR 2021',2021,'2011.13456',section=se)
P(K,173,'Vector Quantized Diffusion Model for Text-to-Image Synthesis','CVPR 2022',2022,'2111.14822',section=se)
# ---- Shiy-Li
t='Table of Contents'
N(S,15,t); N(S,16,t); N(S,19,t)
A='Graph-Augmented LLM Agent System Framework / '
P(S,31,'Plan-over-Graph: Towards Parallelable LLM Agent Schedule','arXiv 2025',2025,'2502.14563',code='https://github.com/zsq259/Plan-over-Graph',section=A+'Graphs for Agent Planning / Plan as a Graph')
P(S,44,'Graph of Goal-Oriented Thoughts: Design and Implementation of LLM Agents','SOCIALIZE 2025',2025,'2501.02474',section=A+'Graphs for Agent Planning / Reasoning Thought as a Graph')
P(S,55,'AriGraph: Learning Knowledge Graph World Models with Episodic Memory for LLM Agents','arXiv 2024',2024,'2407.04363',code='https://github.com/AIRI-Institute/AriGraph',section=A+'Graphs for Agent Memory Management / Graph-organized Interaction Memory')
km=A+'Graphs for Agent Memory Management / Graph-organized Knowledge Memory'
P(S,58,'Synergizing LLM Agents and Knowledge Graph for Socioeconomic Prediction in LBSN','arXiv 2024',2024,'2411.00028',section=km)
P(S,59,'KG-Agent: An Efficient Autonomous Agent Framework for Complex Reasoning over Knowledge Graph','ACL 2025',2025,'2406.14550',section=km)
P(S,65,'SciToolAgent: A Knowledge Graph-Driven Scientific Agent for Multi-Tool Integration','preprint 2025',2025,doi='10.21203/rs.3.rs-5610718/v1',url='https://doi.org/10.21203/rs.3.rs-5610718/v1',code='https://github.com/HICAI-ZJU/SciToolAgent',section=A+'Graphs for Tool Management / Tool Graphs for Tool Selection')
M='Graph-Augmented LLM Multi-Agent Systems / '
P(S,78,'AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation','ICLR 2024 workshop',2024,url='https://openreview.net/pdf?id=BAakY1hNKS',code='https://github.com/microsoft/autogen',section=M+'Graphs for MAS Orchestration / Static MAS Topology')
P(S,81,'GPTSwarm: Language Agents as Optimizable Graphs','ICML 2024',2024,'2402.16823',code='https://github.com/metauto-ai/gptswarm',section=M+'Graphs for MAS Orchestration / Static MAS Topology')
td=M+'Graphs for MAS Orchestration / Task-dynamic MAS Topology'
P(S,88,'Understanding the Information Propagation Effects of Communication Topologies in LLM-based Multi-Agent Systems','EMNLP 2025',2025,'2501.02474',code='https://github.com/se7esx/EIB/',section=td)
P(S,89,'Assemble Your Crew: Automatic Multi-agent Communication Topology Design via Autoregressive Graph Generation','arXiv 2025',2025,'2507.18224',code='https://github.com/Shiy-Li/ARG-Designer',section=td)
pd=M+'Graphs for MAS Orchestration / Process-dynamic MAS Topology'
P(S,95,'ReSo: A Reward-driven Self-organizing LLM-based Multi-Agent System for Reasoning Tasks','arXiv 2025',2025,'2503.02390',code='https://github.com/hengzzzhou/ReSo',section=pd)
P(S,97,'AnyMAC: Cascading Flexible Multi-Agent Collaboration via Next-Agent Prediction','arXiv 2025',2025,'2506.17784',section=pd)
er=M+'Graph for MAS Efficiency / Edge Redundancy in MAS'
P(S,103,'Improving Multi-Agent Debate with Sparse Communication Topology','EMNLP 2024 Findings',2024,'2405.19119',section=er)
P(S,104,'Talk structurally, act hierarchically: A collaborative framework for llm multi-agent systems','arXiv 2025',2025,'2502.11098',code='https://github.com/sony/talkhier',section=er)
tw=M+'Graphs for Trustworthy MAS'
P(S,114,'G-Safeguard: A Topology-Guided Security Lens and Treatment on LLM-based Multi-agent Systems','ACL 2025',2025,'2502.11127',code='https://github.com/wslong20/G-safeguard',section=tw)
P(S,117,'Goal-Aware Identification and Rectification of Misinformation in Multi-Agent Systems','arXiv 2025',2025,'2506.00509',section=tw)
P(S,119,'Agent-SafetyBench: Evaluating the Safety of LLM Agents','arXiv 2024',2024,'2412.14470',section=tw)
# sanity: every title appears in raw
for o in out:
    if o['is_paper']:
        assert o['title'] in o['raw'], o['line']
        if o['arxiv_id']: assert o['arxiv_id'] in o['raw']
        for k in ('url','code'):
            if o[k]: assert o[k] in o['raw'], (o['line'],k)
samp=[(json.loads(l)['list'],json.loads(l)['line']) for l in open(D+'sample.jsonl')]
assert samp==[(o['list'],o['line']) for o in out], 'sample mismatch'
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))
