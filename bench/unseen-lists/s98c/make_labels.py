import json
D='/work/main/bench/unseen-lists/s98c/'
L='Lafitte1573__Awesome-FinTS-Generation.README.md'
C='czyssrs__LLM_X_papers.README.md'
F='fengbinzhu__fintech-nlp.README.md'
files={n:open(D+n,encoding='utf-8',newline='').read().split('\n') for n in (L,C,F)}
def raw(n,line,k): return '\n'.join(files[n][line-1:line-1+k])
def np(n,line,k,section):
    return dict(list=n,line=line,raw=raw(n,line,k),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
def p(n,line,k,title,section,arxiv=None,doi=None,url=None,venue=None,year=None,authors=None,code=None,summary=None):
    return dict(list=n,line=line,raw=raw(n,line,k),is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
def abstract(n,line,k):
    for l in files[n][line-1:line-1+k]:
        if l.startswith('- **Abstract**: '): return l[len('- **Abstract**: '):]
    return None
TOC='Contents / All sections and taxonomy leaves'
LR='Literature Review / A. Financial Time Series Extrapolation (FTSE)'
out=[]
for ln in (23,30,33,42,47,50,51,52,54,58,62,66):
    out.append(np(L,ln,1,TOC))
out.append(np(L,72,3,'Highlights'))
out.append(p(L,198,7,'Adversarial Learning Networks for FinTech Applications Using Heterogeneous Data Sources',
  LR+' / A1 Deep Learning Models / A1.2 Ensemble, multi-source and feature-engineered forecasters (beyond Figure 1)',
  doi='10.1109/jiot.2021.3100742',url='https://doi.org/10.1109/jiot.2021.3100742',venue='IEEE Internet of Things Journal 2023',year=2023,
  authors=['Parus Khuwaja','Sunder Ali Khowaja','Kapal Dev'],summary=abstract(L,198,7)))
out.append(p(L,244,6,'N-BEATS-GAN: A risk-aware financial time series forecasting with generative adversarial networks',
  LR+' / A2 Generative Learning Models / A2.1 GAN-based models',
  doi='10.1016/j.asoc.2025.114235',url='https://doi.org/10.1016/j.asoc.2025.114235',venue='Applied Soft Computing 2026',year=2026,
  authors=['Manna Dai','Mao Yu Seow','Ricardo Shirota Filho','Alex Sclip','Kavilash Chawla','Rick Siow Mong Goh','Joyjit Chattoraj']))
out.append(p(L,269,7,'TimeDiT: General-purpose Diffusion Transformers for Time Series Foundation Model',
  LR+' / A2 Generative Learning Models / A2.2 Diffusion models',arxiv='2409.02322',
  venue='ICML Workshop on Foundation Models in the Wild 2024',year=2024,
  authors=['Defu Cao','Wen Ye','Yizhou Zhang','Yan Liu'],summary=abstract(L,269,7)))
out.append(p(L,281,7,'Chronos: Learning the Language of Time Series',
  LR+' / A3 Time-series Foundation Models / A3.1 Fine-tuned LLM / foundation model',arxiv='2403.07815',
  venue='Transactions on Machine Learning Research 2024',year=2024,
  authors=['Abdul Fatir Ansari','Lorenzo Stella','Caner Turkmen','Xiyuan Zhang','Pedro Mercado','Huibin Shen','Oleksandr Shchur','Syama Sundar Rangapuram'],summary=abstract(L,281,7)))
A32=LR+' / A3 Time-series Foundation Models / A3.2 Edited / adapted LLM'
out.append(p(L,339,7,'Time-LLM: Time Series Forecasting by Reprogramming Large Language Models',A32,arxiv='2310.01728',venue='ICLR 2024',year=2024,
  authors=['Ming Jin','Shiyu Wang','Lintao Ma','Zhixuan Chu','James Y. Zhang','Xiaoming Shi','Pin-Yu Chen','Yuxuan Liang','Yuan-Fang Li','Shirui Pan','Qingsong Wen'],summary=abstract(L,339,7)))
out.append(p(L,347,7,'CALF: Aligning LLMs for Time Series Forecasting via Cross-modal Fine-Tuning',A32,
  doi='10.1609/aaai.v39i18.34082',url='https://doi.org/10.1609/aaai.v39i18.34082',venue='AAAI Conference on Artificial Intelligence 2025',year=2025,
  authors=['Peiyuan Liu','Hang Guo','Tao Dai','Naiqi Li','Jigang Bao','Xudong Ren','Yong Jiang','Shu-Tao Xia'],summary=abstract(L,347,7)))
out.append(p(L,355,7,'Retrieval-augmented Large Language Models for Financial Time Series Forecasting',A32,arxiv='2502.05878',venue='arXiv 2025',year=2025,
  authors=['Mengxi Xiao','Zihao Jiang','Lingfei Qian','Zhengyu Chen','Yueru He','Yijing Xu','Yuecheng Jiang','Dong Li','Ruey-Ling Weng','Min Peng','Jimin Huang'],summary=abstract(L,355,7)))
# czyssrs
T='Finance / Tasks and Datasets in Financial NLP'
O=T+' / Other Financial NLP Tasks'
out.append(p(C,28,2,'BloombergGPT: A Large Language Model for Finance',T+' / Sentiment Analysis (SA)',arxiv='2303.17564',venue='arXiv 2023',year=2023))
out.append(p(C,60,2,'TAT-QA: A Question Answering Benchmark on a Hybrid of Tabular and Textual Content in Finance',T+' / Question Answering (QA)',
  url='https://aclanthology.org/2021.acl-long.254/',venue='ACL 2021',year=2021,code='https://github.com/NExTplusplus/TAT-QA'))
out.append(p(C,105,2,'Impact of News on the Commodity Market: Dataset and Results',O+' / Other Classification tasks / News headline classification',arxiv='2009.04202',venue='arXiv 2020',year=2020))
out.append(p(C,110,2,'Trillion Dollar Words: A New Financial Dataset, Task & Market Analysis',O+' / Other Classification tasks / hawkish-dovish classification',
  url='https://aclanthology.org/2023.acl-long.368/',venue='ACL 2023',year=2023,code='https://github.com/gtfintechlab/fomc-hawkish-dovish'))
out.append(p(C,126,2,'BloombergGPT: A Large Language Model for Finance',O+' / NER+NED',arxiv='2303.17564',venue='arXiv 2023',year=2023))
out.append(p(C,131,2,'BizBench: A Quantitative Reasoning Benchmark for Business and Finance',O+' / Reasoning',arxiv='2311.06602',venue='arXiv 2024',year=2024))
out.append(p(C,180,2,'Classifying sentential modality in legal language: a use case in financial regulations, acts and directives',
  T+' / Financial NLP Tasks Under-Explored for LLMs / Compliance and regulations',url='https://dl.acm.org/doi/10.1145/3086512.3086528',venue='ICAIL 2017',year=2017))
IF='Finance / Financial LLMs / Instruction Fine-Tuning LLMs'
out.append(p(C,225,2,'PIXIU: A Large Language Model, Instruction Data and Evaluation Benchmark for Finance',IF,arxiv='2306.05443',venue='arXiv 2023',year=2023,code='https://github.com/The-FinAI/PIXIU'))
out.append(p(C,231,2,'CFGPT: Chinese Financial Assistant with Large Language Model',IF,arxiv='2309.10654',venue='arXiv 2023',year=2023,code='https://github.com/TongjiFinLab/CFGPT'))
out.append(p(C,269,2,'FinBen: A Holistic Financial Benchmark for Large Language Models','Finance / Evaluation and Analysis / New Evaluation Frameworks and Tasks',arxiv='2402.12659',venue='arXiv 2024',year=2024))
M='Finance / LLM-based Methodologies for Financial Tasks and Challenges'
out.append(p(C,296,2,'No Language is an Island: Unifying Chinese and English in Financial Large Language Models, Instruction Data, and Benchmarks',M+' / Confidentiality and Scarcity of High-Quality Data',
  arxiv='2403.06249',venue='arXiv 2024',year=2024,code='https://github.com/The-FinAI/PIXIU'))
out.append(p(C,301,2,'Enhancing Numerical Reasoning with the Guidance of Reliable Reasoning Processes',M+' / Quantitative Reasoning',arxiv='2402.10654',venue='arXiv 2024',year=2024))
out.append(p(C,318,2,'UReader: Universal OCR-free Visually-situated Language Understanding with Multimodal Large Language Model',M+' / Multimodal Understanding',
  url='https://aclanthology.org/2023.findings-emnlp.187/',venue='EMNLP 2023',year=2023,code='https://github.com/LukeForeverYoung/UReader'))
H='Healthcare / LLMs for Healthcare'
out.append(p(C,335,1,'BioBERT: a pre-trained biomedical language representation model for biomedical text mining',H,url='https://academic.oup.com/bioinformatics/article/36/4/1234/5566506'))
out.append(p(C,347,1,'LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day',H,url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/5abcdf8ecdcacba028c6662789194572-Abstract-Datasets_and_Benchmarks.html'))
out.append(p(C,349,1,'BioInstruct: instruction tuning of large language models for biomedical natural language processing',H,url='https://academic.oup.com/jamia/advance-article-abstract/doi/10.1093/jamia/ocae122/7687618'))
out.append(p(C,357,1,'BioMistral: A Collection of Open-Source Pretrained Large Language Models for Medical Domains',H,arxiv='2402.10373'))
out.append(p(C,377,1,'Lawformer: A pre-trained language model for chinese legal long documents','Law / LLMs for Law',arxiv='2105.03887'))
out.append(p(C,409,1,'Beavertails: Towards Improved Safety Alignment of LLM via a Human-preference Dataset','Ethics / Ethics in LLM + Finance',
  url='https://proceedings.neurips.cc/paper_files/paper/2023/file/4dbb61cb68671edc4ca3712d70083b9f-Paper-Datasets_and_Benchmarks.pdf',venue='NeurIPS 2024',year=2024))
out.append(p(C,429,1,'Ethical Dilemmas, Mental Health, Artificial Intelligence, and LLM-based Chatbots','Ethics / Ethics in LLM + Healthcare',
  url='https://link.springer.com/chapter/10.1007/978-3-031-34960-7_22',venue='IWBBIO 2023',year=2023))
# fengbinzhu
for ln in (8,11,15,18,19,20,22,23,24,25,26): out.append(np(F,ln,1,'Workshops'))
out.append(np(F,34,1,'Tasks / Sentiment Analysis'))
out.append(np(F,54,1,'Tasks / Information Extraction'))
out.append(np(F,81,1,'Tasks / Sentence Boundary Detection(SBD)'))
out.append(np(F,85,2,'Tasks / Semantic Representations'))
out.append(np(F,93,1,'Corpus'))
out.append(np(F,103,1,'Pretrained LM Models in Financial Domain'))
out.append(np(F,104,1,'Pretrained LM Models in Financial Domain'))
out.append(np(F,109,1,'Resources'))
out.append(np(F,116,1,'Reference'))
# non-papers: authors None -> keep null like dev set? check
with open(D+'labels.jsonl','w',encoding='utf-8') as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out), sum(d['is_paper'] for d in out))
