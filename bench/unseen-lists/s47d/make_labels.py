import json, os
D=os.path.dirname(os.path.abspath(__file__))+'/'
DZ='DavidZWZ__Awesome-RAG-Reasoning.README.md'
RU='RUC-NLPIR__LLM4IR-Survey.README.md'
JX='jxzhangjhu__Awesome-LLM-RAG.README.md'
lines={f:open(D+f,encoding='utf-8',newline='').read().split('\n') for f in (DZ,RU,JX)}
out=[]
def np(f,line,section,n=1):
    out.append(dict(list=f,line=line,raw='\n'.join(lines[f][line-1:line-1+n]),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))
def p(f,line,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,doi=None,n=1):
    out.append(dict(list=f,line=line,raw='\n'.join(lines[f][line-1:line-1+n]),is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section))

# ---- DavidZWZ (first page only) ----
S='Introduction'
for l in (21,22,25,27): np(DZ,l,S)
S='What This Repository Covers / Research Papers & Frameworks'
for l in (60,63,64,75,83): np(DZ,l,S)
S='What This Repository Covers / Benchmarks & Datasets'
for l in (96,101): np(DZ,l,S)
S='Reasoning-Enhanced RAG / Retrieval Optimization'
p(DZ,111,'Collab-RAG: Boosting Retrieval-Augmented Generation for Complex Question Answering via White-Box and Black-Box LLM Collaboration',arxiv='2504.04915',venue='arXiv 2025',year=2025,code='https://github.com/ritaranx/Collab-RAG/',section=S)
p(DZ,115,'LLM-Independent Adaptive RAG: Let the Question Speak for Itself',arxiv='2505.04253',venue='arXiv 2025',year=2025,code='https://github.com/marialysyuk/External_Adaptive_Retrieval',section=S)
p(DZ,119,'Retrieval and Reasoning on KGs: Integrate Knowledge Graphs into Large Language Models for Complex Question Answering',url='https://aclanthology.org/2024.findings-emnlp.446/',venue='EMNLP 2024',year=2024,code='https://github.com/Dereck0602/Retrieval-and-Reasoning-on-KGs',section=S)
p(DZ,121,'Can Query Expansion Improve Generalization of Strong Cross-Encoder Rankers?',arxiv='2311.09175',venue='SIGIR 2024',year=2024,section=S)
S='Reasoning-Enhanced RAG / Integration Enhancement'
p(DZ,127,'DualRAG: A Dual-Process Approach to Integrate Reasoning and Retrieval for Multi-Hop Question Answering',arxiv='2504.18243',venue='arXiv 2025',year=2025,section=S)
S='Reasoning-Enhanced RAG / Generation Enhancement'
p(DZ,135,'RARE: Retrieval-Augmented Reasoning Enhancement for Large Language Models',arxiv='2503.23513',venue='arXiv 2025',year=2025,section=S)
p(DZ,139,'TRACE the evidence: Constructing knowledge-grounded reasoning chains for retrieval-augmented generation',arxiv='2406.11460',venue='EMNLP 2024',year=2024,code='https://github.com/jyfang6/trace',section=S)
S='RAG-Enhanced Reasoning / External Knowledge Retrieval / Knowledge Base'
p(DZ,148,'PIKE-RAG: sPecIalized KnowledgE and Rationale Augmented Generation',arxiv='2501.11551',venue='arXiv 2025',year=2025,code='https://github.com/microsoft/PIKE-RAG?tab=readme-ov-file',section=S)
p(DZ,151,'CBR-RAG: Case-Based Reasoning for Retrieval Augmented Generation in LLMs for Legal Question Answering',url='https://link.springer.com/chapter/10.1007/978-3-031-63646-2_29',venue='ICCBR 2024',year=2024,code='https://github.com/rgu-iit-bt/cbr-for-legal-rag',section=S)

# ---- RUC-NLPIR ----
for l in (32,34): np(RU,l,'Update Log')
for l in (40,44): np(RU,l,'Table of Content')
S='Paper List / Query Rewriter / Prompting Methods'
p(RU,68,'Large Language Models Know Your Contextual Search Intent: A Prompting Framework for Conversational Search',arxiv='2303.06573',venue='arXiv 2023',year=2023,authors=['Mao'],section=S)
S='Paper List / Retriever / Leveraging LLMs to Generate Search Data'
p(RU,96,'UDAPDR: Unsupervised Domain Adaptation via LLM Prompting and Distillation of Rerankers',arxiv='2303.00807',venue='arXiv 2023',year=2023,authors=['Saad-Falco'],section=S)
p(RU,99,'Leveraging LLMs for Synthesizing Training Data Across Many Languages in Multilingual Dense Retrieval',arxiv='2311.05800',doi='10.48550/arXiv.2311.05800',venue='arXiv 2023',year=2023,authors=['Thakur'],section=S)
p(RU,101,'Beyond Factuality: A Comprehensive Evaluation of Large Language Models as Knowledge Generators',arxiv='2310.07289',venue='EMNLP 2023',year=2023,authors=['Chen'],section=S)
S='Paper List / Retriever / Employing LLMs to Enhance Model Architecture'
p(RU,109,'Large Language Models are Built-in Autoregressive Search Engines',url='https://aclanthology.org/2023.findings-acl.167.pdf',venue='ACL 2023 Findings',year=2023,authors=['Ziems'],section=S)
S='Paper List / Reranker / Utilizing LLMs as Unsupervised Rerankers'
p(RU,126,'Discrete Prompt Optimization via Constrained Generation for Zero-shot Re-ranker',url='https://aclanthology.org/2023.findings-acl.61.pdf',venue='ACL 2023 Findings',year=2023,authors=['Cho'],section=S)
p(RU,127,'Open-source Large Language Models are Strong Zero-shot Query Likelihood Models for Document Ranking',url='https://aclanthology.org/2023.findings-emnlp.590.pdf',venue='EMNLP 2023 Findings',year=2023,authors=['Zhuang'],section=S)
p(RU,134,'A Setwise Approach for Effective and Highly Efficient Zero-shot Ranking with Large Language Models',arxiv='2310.09497',venue='SIGIR 2024',year=2024,authors=['Zhuang'],section=S)
S='Paper List / Reranker / Utilizing LLMs for Training Data Augmentation'
p(RU,143,'RankZephyr: Effective and Robust Zero-Shot Listwise Reranking is a Breeze!',arxiv='2312.02724',venue='arXiv 2023',year=2023,authors=['Pradeep'],section=S)
S='Paper List / Reader / Passive Reader'
p(RU,150,'Atlas: Few-shot Learning with Retrieval Augmented Language Models',url='https://jmlr.org/papers/volume24/23-0037/23-0037.pdf',venue='JMLR 2023',year=2023,authors=['Izacard'],section=S)
p(RU,160,'In-Context Retrieval-Augmented Language Models',arxiv='2302.00083',venue='arXiv 2023',year=2023,authors=['Ram'],section=S)
S='Paper List / Reader / Compressor'
p(RU,173,'RECOMP: Improving Retrieval-Augmented LMs with Compression and Selective Augmentation',arxiv='2310.04408',venue='arXiv 2023',year=2023,authors=['Xu'],section=S)
S='Paper List / Reader / Analysis'
p(RU,181,'When Not to Trust Language Models: Investigating Effectiveness of Parametric and Non-Parametric Memories',url='https://aclanthology.org/2023.acl-long.546.pdf',venue='ACL 2023',year=2023,authors=['Mallen'],section=S)
S='Paper List / Reader / Applications'
p(RU,186,'Clinfo.ai: An Open-Source Retrieval-Augmented Large Language Model System for Answering Medical Questions using Scientific Literature',arxiv='2310.16146',venue='arXiv 2023',year=2023,authors=['Lozano'],section=S)
S='Paper List / Search Agent / Static Agent'
p(RU,204,'Know Where to Go: Make LLM a Relevant, Responsible, and Trustworthy Searcher',arxiv='2310.12443',venue='arXiv 2023',year=2023,authors=['Shi'],section=S)
S='Paper List / Search Agent / Dynamic Agent'
p(RU,208,'WebCPM: Interactive Web Search for Chinese Long-form Question Answering',url='https://aclanthology.org/2023.acl-long.499.pdf',venue='ACL 2023',year=2023,authors=['Qin'],section=S)

# ---- jxzhangjhu ----
for l in (22,24,27,28,30,31): np(JX,l,'Contents')
np(JX,57,'Resources / Workshops and Tutorials',n=3)
S='Papers / Retrieval-enhanced LLMs'
p(JX,84,'Adaptive Retrieval without Self-Knowledge? Bringing Uncertainty Back Home',arxiv='2501.12835',venue='arXiv 2025',year=2025,authors=['Viktor Moskvoretskii','Maria Lysyuk','Mikhail Salnikov','Nikolay Ivanov','Sergey Pletenev','Daria Galimzianova','Nikita Krayko','Vasily Konovalov','Irina Nikishina','Alexander Panchenko'],section=S,n=3)
p(JX,92,'Chain-of-Note: Enhancing Robustness in Retrieval-Augmented Language Models',arxiv='2311.09210',venue='arXiv 2023',year=2023,authors=['Wenhao Yu','Hongming Zhang','Xiaoman Pan','Kaixin Ma','Hongwei Wang','Dong Yu'],section=S,n=3)
p(JX,101,'Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection',url='https://openreview.net/forum?id=hSyW5go0v8',venue='ICLR 2024',year=2024,authors=[],section=S,n=3)
p(JX,110,'Retrieval meets Long Context Large Language Models',arxiv='2310.03025',venue='arXiv 2023',year=2023,authors=['Peng Xu','Wei Ping','Xianchao Wu','Lawrence McAfee','Chen Zhu','Zihan Liu','Sandeep Subramanian','Evelina Bakhturina','Mohammad Shoeybi','Bryan Catanzaro'],section=S,n=3)
p(JX,128,'REPLUG: Retrieval-Augmented Black-Box Language Models',arxiv='2301.12652',venue='arXiv 2023',year=2023,authors=['Weijia Shi','Sewon Min','Michihiro Yasunaga','Minjoon Seo','Rich James','Mike Lewis','Luke Zettlemoyer','Wen-tau Yih'],section=S,n=3)
S='Papers / RAG Instruction Tuning'
p(JX,145,'InstructRetro: Instruction Tuning post Retrieval-Augmented Pretraining',url='https://openreview.net/forum?id=4stB7DFLp6',venue='arXiv 2023',year=2023,authors=['Boxin Wang','Wei Ping','Lawrence McAfee','Peng Xu','Bo Li','Mohammad Shoeybi','Bryan Catanzaro'],section=S,n=3)
S='Papers / RAG Embeddings'
p(JX,159,'RegaVAE: A Retrieval-Augmented Gaussian Mixture Variational Auto-Encoder for Language Modeling',arxiv='2310.10567',venue='EMNLP 2023',year=2023,authors=['Jingcheng Deng','Liang Pang','Huawei Shen','Xueqi Cheng'],code='https://github.com/TrustedLLM/RegaVAE',section=S,n=3)
p(JX,163,'Text Embeddings Reveal (Almost) As Much As Text',arxiv='2310.06816',venue='EMNLP 2023',year=2023,authors=['John X. Morris','Volodymyr Kuleshov','Vitaly Shmatikov','Alexander M. Rush'],code='https://github.com/jxmorris12/vec2text',section=S,n=3)
S='Papers / RAG Long-text and Memory'
p(JX,181,'HippoRAG: Neurobiologically Inspired Long-Term Memory for Large Language Models',arxiv='2405.14831',venue='arXiv 2024',year=2024,authors=['Bernal Jiménez Gutiérrez','Yiheng Shu','Yu Gu','Michihiro Yasunaga','Yu Su'],code='https://github.com/OSU-NLP-Group/HippoRAG',section=S,n=3)
p(JX,185,'Understanding Retrieval Augmentation for Long-Form Question Answering',arxiv='2310.12150',venue='arXiv 2023',year=2023,authors=['Hung-Ting Chen','Fangyuan Xu','Shane A. Arora','Eunsol Choi'],section=S,n=3)
S='Papers / RAG Optimization'
p(JX,204,'Large Language Models Can Be Easily Distracted by Irrelevant Context',arxiv='2302.00093',venue='ICML 2023',year=2023,authors=['Freda Shi','Xinyun Chen','Kanishka Misra','Nathan Scales','David Dohan','Ed Chi','Nathanael Schärli','Denny Zhou'],code='https://github.com/google-research-datasets/GSM-IC',section=S,n=3)
p(JX,209,'Evidentiality-guided Generation for Knowledge-Intensive NLP Tasks',arxiv='2112.08688',venue='NAACL 2022',year=2022,authors=['Akari Asai','Matt Gardner','Hannaneh Hajishirzi'],code='https://github.com/akariasai/evidentiality_qa',section=S,n=3)
p(JX,213,'When Not to Trust Language Models: Investigating Effectiveness of Parametric and Non-Parametric Memories',arxiv='2212.10511',venue='ACL 2023',year=2023,authors=['Alex Mallen','Akari Asai','Victor Zhong','Rajarshi Das','Daniel Khashabi','Hannaneh Hajishirzi'],code='https://github.com/alextmallen/adaptive-retrieval',section=S,n=3)

with open(D+'labels.jsonl','w',encoding='utf-8') as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out))
