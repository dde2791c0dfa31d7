import json
S = {json.loads(l)['list'][:4] + str(json.loads(l)['line']): json.loads(l) for l in open('sample.jsonl')}
R='RUC-'; T='theb'; W='weny'
def P(title, arxiv=None, url=None, venue=None, year=None, authors=None, code=None, summary=None, section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section)
def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)
A = lambda s: [x.strip() for x in s.split(',')]
L = {}
# ---- RUC-NLPIR
TO='Method / Text only'; MM='Method / Multimodal'
L[R+'62'] = P('VisRAG: Vision-based Retrieval-augmented Generation on Multi-modality Documents', arxiv='2410.10594', venue='arXiv 2024', year=2024,
  authors=A('Shi Yu, Chaoyue Tang, Bokai Xu, Junbo Cui, Junhao Ran, Yukun Yan, Zhenghao Liu, Shuo Wang, Xu Han, Zhiyuan Liu, Maosong Sun'),
  summary='Authors directly view web pages as images instead of spliting text or image information blocks. They use multi-modal retriever and Visual-understanding LLMs to build VisRAG framework and evaluate models on various visual QA tasks.', section=MM)
L[R+'50'] = P('MLLM IS A STRONG RERANKER: ADVANCING MULTIMODAL RETRIEVAL-AUGMENTED GENERATION VIA KNOWLEDGE-ENHANCED RERANKING AND NOISEINJECTED TRAINING', arxiv='2407.21439', venue='arXiv 2024', year=2024,
  authors=A('Zhanpeng Chen, Chengjin Xu, Yiyan Qi, Jian Guo'), section=MM)
L[R+'23'] = P('RQ-RAG: Learning to Refine Queries for Retrieval Augmented Generation', arxiv='2404.00610', venue='arXiv 2024', year=2024,
  authors=A('Chi-Min Chan, Chunpu Xu, Ruibin Yuan, Hongyin Luo, Wei Xue, Yike Guo, Jie Fu'), section=TO)
L[R+'78'] = P('Not All Languages are Equal: Insights into Multilingual Retrieval-Augmented Generation', arxiv='2410.21970', venue='arXiv 2024', year=2024,
  authors=A('Suhang Wu, Jialong Tang, Baosong Yang, Ante Wang, Kaidi Jia, Jiawei Yu, Junfeng Yao, Jinsong Su'), section='Benchmark')
L[R+'84'] = P('RAC: Retrieval-augmented Conversation Dataset for Open-domain Question Answering in Conversational Settings', url='https://aclanthology.org/2024.emnlp-industry.108', venue='EMNLP 2024 Industry Track', year=2024,
  authors=A('Bonggeun Choi, JeongJae Park, Yoonsung Kim, Jaehyun Park, Youngjoong Ko'), section='Benchmark / Conversational')
L[R+'69'] = P('Video Enriched Retrieval Augmented Generation Using Aligned Video Captions', arxiv='2405.17706', venue='arXiv 2024', year=2024,
  authors=['Kevin Dela Rosa'], section=MM)
L[R+'16'] = P('In-Context Retrieval-Augmented Language Models', arxiv='2302.00083', venue='arXiv 2023', year=2023,
  authors=A('Ori Ram, Yoav Levine, Itay Dalmedigos, Dor Muhlgay, Amnon Shashua, Kevin Leyton-Brown, Yoav Shoham'),
  summary="Using retrieved results can effectively imrpove LLMs' performance. Retrieve after every $k$ tokens, and the performance can be improved when $k$ is small (more frequent retrieval). Reranking is also helpful.", section=TO)
L[R+'35'] = P('RAGulator: Lightweight Out-of-Context Detectors for Grounded Text Generation', arxiv='2411.03920', venue='arXiv 2024', year=2024,
  authors=A('Ian Poey, Jiajun Liu, Qishuai Zhong, Adrien Chenailler'), section=TO)
L[R+'26'] = P('Retrieval-Augmented Generation with Estimation of Source Reliability', arxiv='2410.22954', venue='arXiv 2024', year=2024,
  authors=A('Jeongyeon Hwang, Junyoung Park, Hyejin Park, Sangdon Park, Jungseul Ok'), section=TO)
L[R+'94'] = P('RETA-LLM: A Retrieval-Augmented Large Language Model Toolkit', arxiv='2306.05212', venue='arXiv 2023', year=2023,
  authors=A('Jiongnan Liu, Jiajie Jin, Zihan Wang, Jiehan Cheng, Zhicheng Dou, Ji-Rong Wen'), section='Toolkit')
L[R+'56'] = P('Enhancing Multi-modal Multi-hop Question Answering via Structured Knowledge and Unified Retrieval-Generation', url='https://dl.acm.org/doi/pdf/10.1145/3581783.3611964', venue='MM 2023', year=2023,
  authors=A('Qian Yang, Qian Chen, Wen Wang, Baotian Hu, Min Zhang'), section=MM)
L[R+'59'] = P('An Interactive Multi-modal Query Answering System with Retrieval-Augmented Large Language Models', url='https://dl.acm.org/doi/10.14778/3685800.3685868', venue='VLDB 2024', year=2024,
  authors=A('Mengzhao Wang, Haotian Wu, Xiangyu Ke, Yunjun Gao, Xiaoliang Xu, Lu Chen'), section=MM)
L[R+'8'] = P('Measuring and Narrowing the Compositionality Gap in Language Models', url='https://aclanthology.org/2023.findings-emnlp.378/', venue='EMNLP 2023 Findings', year=2023,
  authors=A('Ofir Press, Muru Zhang, Sewon Min, Ludwig Schmidt, Noah Smith, Mike Lewis'),
  summary='This paper proposes self-ask, an elicitive prompting strategy that ask the LLM itself to generate the decomposition of a complex query. The Bamboogle dataset is also created by this paper.', section=TO)
L[R+'89'] = P('Long Context RAG Performance of Large Language Models', arxiv='2411.03538', venue='arXiv 2024', year=2024,
  authors=A('Quinn Leng, Jacob Portes, Sam Havens, Matei Zaharia, Michael Carbin'), section='Analysis')
L[R+'47'] = P('Murag: Multimodal retrieval-augmented generator for open question answering over images and text', url='https://aclanthology.org/2022.emnlp-main.375.pdf', venue='EMNLP 2022', year=2022,
  authors=A('Wenhu Chen, Hexiang Hu, Xi Chen, Pat Verga, William W. Cohen'), section=MM)
L[R+'41'] = P('TRACE the Evidence: Constructing Knowledge-Grounded Reasoning Chains for Retrieval-Augmented Generation', url='https://aclanthology.org/2024.findings-emnlp.496', venue='EMNLP 2024 Findings', year=2024,
  authors=A('Jinyuan Fang, Zaiqiao Meng, Craig MacDonald'),
  summary='This paper proposes method TRACE that extracts logically connected knowledge triples from the retrieved docuemnts.', section=TO)
L[R+'12'] = P('Answering Questions by Meta-Reasoning over Multiple Chains of Thought', url='https://aclanthology.org/2023.emnlp-main.364/', venue='EMNLP 2023', year=2023,
  authors=A('Ori Yoran, Tomer Wolfson, Ben Bogin, Uri Katz, Daniel Deutch, Jonathan Berant'),
  summary='This paper proposes a multi-chain reasoning method (meta-CoT) that combining multiple reasoning chains to infer the final answer.', section=TO)
L[R+'38'] = P('Agentic Information Retrieval', arxiv='2410.09713', venue='arXiv 2024', year=2024,
  authors=A('Weinan Zhang, Junwei Liao, Ning Li, Kounianhua Du'), section=TO)
L[R+'53'] = P('Retrieval-Augmented Multimodal Language Modeling', url='https://dl.acm.org/doi/10.5555/3618408.3620067', venue='ICML 2023', year=2023,
  authors=A('Michihiro Yasunaga, Armen Aghajanyan, Weijia Shi, Rich James, Jure Leskovec, Percy Liang, Mike Lewis, Luke Zettlemoyer, Wen-tau Yih'), section=MM)
L[R+'72'] = P('Towards Retrieval Augmented Generation over Large Video Libraries', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10613524', venue='arXiv 2024', year=2024,
  authors=A('Yannis Tevissen, Khalil Guetari, Frédéric Petitpont'), section=MM)
# ---- thebestFM
def TB(title, link, venue, year, section):
    ax = None; url = link
    if 'arxiv.org/pdf/' in link:
        ax = link.split('arxiv.org/pdf/')[1]; url = None
    return P(title, arxiv=ax, url=url, venue=venue, year=year, section=section)
KP='Attack Mechanisms / Knowledge Poisoning (S1) / '
L[T+'314'] = TB('BadRAG: Identifying Vulnerabilities in Retrieval Augmented Generation of Large Language Models','https://arxiv.org/pdf/2406.00083','arXiv 2024',2024,KP+'Text Corpus / Memory Poisoning')
L[T+'367'] = TB('Backdoored Retrievers for Prompt Injection Attacks on Retrieval Augmented Generation of Large Language Models','https://arxiv.org/pdf/2410.14479','arXiv 2024',2024,'Attack Mechanisms / Retrieval Result Manipulation (S2) / Document Ranking / Retriever Compromise')
L[T+'568'] = TB('Beyond Text: Unveiling Privacy Vulnerabilities in Multi-modal Retrieval-Augmented Generation','https://aclanthology.org/2025.emnlp-main.1259.pdf','EMNLP 2025',2025,'Secure-RAG Evaluation Studies / Systematic Evaluation Studies')
L[T+'494'] = TB('RbFT: Robust Fine-tuning for Retrieval-Augmented Generation against Retrieval Defects','https://arxiv.org/pdf/2501.18365','arXiv 2025',2025,'Defenses and Remediation Mechanisms / Post-Retrieval Context Isolation (L3) / Robust Generation Baselines')
L[T+'315'] = TB("Typos that Broke the RAG's Back: Genetic Attack on RAG Pipeline by Simulating Documents in the Wild via Low-level Perturbations",'https://aclanthology.org/2024.findings-emnlp.161.pdf','EMNLP 2024 Findings',2024,KP+'Text Corpus / Memory Poisoning')
L[T+'324'] = TB('MemoryGraft: Persistent Compromise of LLM Agents via Poisoned Experience Retrieval','https://arxiv.org/pdf/2512.16962','arXiv 2025',2025,KP+'Text Corpus / Memory Poisoning')
L[T+'365'] = TB('FlippedRAG: Black-Box Opinion Manipulation Adversarial Attacks to Retrieval-Augmented Generation Models','https://dl.acm.org/doi/pdf/10.1145/3719027.3765023','ACM CCS 2025',2025,'Attack Mechanisms / Retrieval Result Manipulation (S2) / Document Ranking / Retriever Compromise')
L[T+'428'] = TB('D-RAG: A Privacy-Preserving Framework for Decentralized RAG using Blockchain','https://par.nsf.gov/servlets/purl/10578004','CS and IT Conference Proceedings 2025',2025,'Defenses and Remediation Mechanisms / Knowledge-Base Integrity and Remediation (L1) / Provenance and Admission')
L[T+'399'] = TB('Mask-based Membership Inference Attacks for Retrieval-Augmented Generation','https://arxiv.org/pdf/2410.20142','WWW 2025',2025,'Attack Mechanisms / Private Knowledge Extraction (S4) / Membership Inference')
L[T+'398'] = TB('Generating Is Believing: Membership Inference Attacks against Retrieval-Augmented Generation','https://arxiv.org/pdf/2406.19234','ICASSP 2025',2025,'Attack Mechanisms / Private Knowledge Extraction (S4) / Membership Inference')
L[T+'339'] = TB('MM-PoisonRAG: Disrupting Multimodal RAG with Local and Global Poisoning Attacks','https://arxiv.org/pdf/2502.17832','arXiv 2025',2025,KP+'Graph / Multimodal Knowledge Poisoning')
L[T+'340'] = TB('Poisoned-MRAG: Knowledge Poisoning Attacks to Multimodal Retrieval Augmented Generation','https://arxiv.org/pdf/2503.06254','arXiv 2025',2025,KP+'Graph / Multimodal Knowledge Poisoning')
L[T+'509'] = TB('Privacy-Preserving Retrieval-Augmented Generation with Differential Privacy','https://arxiv.org/pdf/2412.04697','arXiv 2024',2024,'Defenses and Remediation Mechanisms / Access Control, Privacy and Confidentiality (L4) / Local DP and Decoding Shields')
L[T+'406'] = TB('Follow My Instruction and Spill the Beans: Scalable Data Extraction from Retrieval-Augmented Generation Systems','https://openreview.net/pdf?id=Y4aWwRh25b','ICLR 2025',2025,'Attack Mechanisms / Private Knowledge Extraction (S4) / Targeted Data Extraction')
L[T+'25'] = N('Securing Retrieval-Augmented Generation: A Taxonomy of Attacks, Defenses, and Future Directions')
L[T+'567'] = TB('The Good and The Bad: Exploring Privacy Issues in Retrieval-Augmented Generation','https://aclanthology.org/2024.findings-acl.267.pdf','ACL 2024 Findings',2024,'Secure-RAG Evaluation Studies / Systematic Evaluation Studies')
L[T+'378'] = TB('PANDORA: Jailbreak GPTs by Retrieval Augmented Generation Poisoning','https://arxiv.org/pdf/2402.08416','arXiv 2024',2024,'Attack Mechanisms / Retrieved-Context Exploitation (S3) / Indirect Prompt Injection / Jailbreak / Backdoor')
L[T+'323'] = TB('AgentPoison: Red-teaming LLM Agents via Poisoning Memory or Knowledge Bases','https://arxiv.org/pdf/2407.12784','arXiv 2024',2024,KP+'Text Corpus / Memory Poisoning')
L[T+'441'] = TB('Traceback of Poisoning Attacks to Retrieval-Augmented Generation','https://arxiv.org/pdf/2504.21668','WWW 2025',2025,'Defenses and Remediation Mechanisms / Knowledge-Base Integrity and Remediation (L1) / Forensics and Remediation')
L[T+'42'] = N('Taxonomy and Papers')
# ---- wenyiwy99
SV='Papers / Survey Papers'; BM='Papers / Benchmark'; UN='Papers / Unstructured Long Term Memory'; ST='Papers / Structural Long Term Memory'
L[W+'51'] = P('PerLTQA: A Personal Long-Term Memory Dataset for Memory Classification, Retrieval, and Synthesis in Question Answering', url='https://aclanthology.org/2024.sighan-1.18.pdf', venue='ACL-SIGHAN 2024', year=2024, section=BM)
L[W+'33'] = P('Human-inspired Perspectives: A Survey on AI Long-term Memory', arxiv='2411.00489', venue='arXiv 2025', year=2025, section=SV)
L[W+'75'] = P('Beyond Retrieval: Embracing Compressive Memory in Real-World Long-Term Conversations', url='https://aclanthology.org/2025.coling-main.51.pdf', venue='Coling 2025', year=2025, code='https://github.com/nuochenpku/COMEDY', section=UN)
L[W+'59'] = P('Toward Conversational Agents with Context and Time Sensitive Long-term Memory', url='https://openreview.net/pdf?id=pZiyCaVuti', venue='arXiv 2025', year=2025, section=BM)
L[W+'89'] = P('Crafting Personalized Agents through Retrieval-Augmented Generation on Editable Memory Graphs', url='https://aclanthology.org/2024.emnlp-main.281.pdf', venue='EMNLP 2024', year=2024, section=ST)
L[W+'90'] = P('HippoRAG: Neurobiologically Inspired Long-Term Memory for Large Language Models', url='https://openreview.net/pdf?id=hkujvAPVsg', venue='NeurIPS 2024', year=2024, code='https://github.com/OSU-NLP-Group/HippoRAG', section=ST)
L[W+'15'] = N('Bookmarks')
L[W+'50'] = P('MemoChat: Tuning LLMs to Use Memos for Consistent Long-Range Open-Domain Conversation', arxiv='2308.08239', venue='arXiv 2023', year=2023, section=BM)
L[W+'60'] = P('StoryBench: A Dynamic Benchmark for Evaluating Long-Term Memory with Multi Turns', arxiv='2506.13356', venue='arXiv 2025', year=2025, section=BM)
L[W+'48'] = P('Beyond Goldfish Memory: Long-Term Open-Domain Conversation', url='https://aclanthology.org/2022.acl-long.356.pdf', venue='ACL 2022', year=2022, section=BM)
L[W+'91'] = P('From Isolated Conversations to Hierachical Schemas: Dynamic Tree Memory Representation for LLMs', url='https://openreview.net/pdf?id=moXtEmCleY', venue='arXiv 2025', year=2025, section=ST)
L[W+'36'] = P('Rethinking Memory in AI: Taxonomy, Operations, Topics, and Future Directions', arxiv='2505.00675', venue='arXiv 2025', year=2025, section=SV)
L[W+'57'] = P('On Memory Construction and Retrieval for Personalized Conversational Agents', url='https://openreview.net/pdf?id=xKDZAW0He3', venue='ICLR 2025', year=2025, section=BM)
L[W+'72'] = P('Think-in-Memory: Recalling and Post-thinking Enable LLMs with Long-Term Memory', arxiv='2311.08719', venue='arXiv 2023', year=2023, section=UN)
L[W+'35'] = P('Advances and Challenges in Foundation Agents: From Brain-Inspired Intelligence to Evolutionary, Collaborative, and Safe Systems', arxiv='2504.01990', venue='arXiv 2025', year=2025, section=SV)
L[W+'14'] = N('Bookmarks')
L[W+'71'] = P('Recursively Summarizing Enables Long-Term Dialogue Memory in Large Language Models', arxiv='2308.15022', venue='Neurocomputing 2023', year=2023, section=UN)
L[W+'92'] = P('From RAG to Memory: Non-Parametric Continual Learning for Large Language Models', arxiv='2502.14802', venue='ICML 2025', year=2025, code='https://github.com/OSU-NLP-Group/HippoRAG', section=ST)
L[W+'32'] = P('A Survey on the Memory Mechanism of Large Language Model based Agents', arxiv='2404.13501', venue='arXiv 2024', year=2024, section=SV)
L[W+'31'] = P('A survey on large language model based autonomous agents', url='https://link.springer.com/article/10.1007/s11704-024-40231-1', venue='FCS 2024', year=2024, section=SV)
assert set(L) == set(S), (set(S) - set(L), set(L) - set(S))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for l in open('sample.jsonl'):
        o = json.loads(l); k = o['list'][:4] + str(o['line'])
        o.update(L[k])
        f.write(json.dumps({x: o[x] for x in KEYS}, ensure_ascii=False) + '\n')
print(len(L))
