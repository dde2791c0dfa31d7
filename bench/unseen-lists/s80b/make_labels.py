# Hand labels for s80b; raw is cut from the files by the line ranges read by eye.
import json
H='Jason-cs18__HetServe-LLMs.README.md'; M='MAC-AutoML__Awesome-Efficient-LLM.README.md'; P='PengtuLi__patrick-blog.README.md'
def lines(f): return open(f,encoding='utf-8').read().split('\n')
L={f:lines(f) for f in (H,M,P)}
out=[]
def np_(f,a,sec,b=None):
    b=b or a
    out.append(dict(list=f,line=a,raw='\n'.join(L[f][a-1:b]),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=sec))
def p(f,a,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,sec=None,b=None,doi=None,summary=None):
    b=b or a
    out.append(dict(list=f,line=a,raw='\n'.join(L[f][a-1:b]),is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=sec))
T='Table of Contents'
for a in (11,12,13,15,17,20,23,26): np_(H,a,T)
p(H,42,'Attention is all you need',url='https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf',venue='NeurIPS 2017',year=2017,sec='LLM Serving / Background')
p(H,43,'Language Models are Few-Shot Learners',url='https://papers.nips.cc/paper/2020/file/1457c0d6bfcb4967418bfb8ac142f64a-Paper.pdf',venue='NeurIPS 2020',year=2020,sec='LLM Serving / Background')
np_(H,55,'LLM Serving / Serving Metrics / Common Metrics')
EM='LLM Serving / Latency-oriented Optimizations / Efficient Models'
p(H,64,'Fast Inference from Transformers via Speculative Decoding',arxiv='2211.17192',venue='ICML 2023',year=2023,sec=EM)
p(H,67,'Break the Sequential Dependency of LLM Inference Using Lookahead Decoding',arxiv='2402.02057',venue='arXiv 2024',year=2024,sec=EM)
p(H,72,'FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning',url='https://openreview.net/forum?id=mZn2Xyh9Ec',venue='ICLR 2024',year=2024,sec='LLM Serving / Latency-oriented Optimizations / Efficient Operators/Kernels')
RM='LLM Serving / Throughput-oriented Optimizations / Resource Management'
p(H,85,'Efficient Memory Management for Large Language Model Serving with PagedAttention',url='https://dl.acm.org/doi/abs/10.1145/3600006.3613165',venue='SOSP 2023',year=2023,sec=RM)
p(H,87,'DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving',arxiv='2401.09670',venue='arXiv 2024',year=2024,sec=RM)
p(H,88,'FlexLLM: A System for Co-Serving Large Language Model Inference and Parameter-Efficient Finetuning',arxiv='2402.18789',venue='arXiv 2024',year=2024,sec=RM)
p(H,109,'FASTDECODE: High-Throughput GPU-Efficient LLM Serving using Heterogeneous Pipelines',arxiv='2403.11421',venue='arXiv 2024',year=2024,sec='LLM Serving / Throughput-oriented Optimizations / Parallelism')
p(H,145,'HeteGen: Heterogeneous Parallel Inference for Large Language Models on Resource-Constrained Devices',arxiv='2403.01164',venue='MLSys 2024',year=2024,sec='Serving on Heterogeneous Devices / Scaling to Distributed Devices')
np_(H,149,'Other List')
for a in (8,9,12,17): np_(M,a,'Toxonomy and Papers')
S='Sparsity and Pruning / Sparsity Rate Allocation'
G='https://github.com/'
p(M,25,'ALS: Adaptive Layer Sparsity for Large Language Models via Activation Correlation Assessment',url='https://openreview.net/forum?id=Jup0qZxH7U',venue='NeurIPS 2024',year=2024,code=G+'lliai/ALS',sec=S)
p(M,32,'Dynamic Sparse No Training: Training-Free Fine-tuning for Sparse LLMs',arxiv='2310.08915',venue='ICLR 2024',year=2024,code=G+'zyxxmu/DSnoT',sec=S)
p(M,33,'Compressing LLMs: The Truth is Rarely Pure and Never Simple',arxiv='2310.01382',venue='ICLR 2024',year=2024,code=G+'VITA-Group/llm-kick',sec=S)
p(M,34,'Junk DNA Hypothesis: Pruning Small Pre-Trained Weights Irreversibly andMonotonically Impairs “Difficult" Downstream Tasks in LLMs',arxiv='2310.02277',venue='ICML 2024',year=2024,code=G+'VITA-Group/Junk_DNA_Hypothesis',sec=S)
p(M,36,'The LLM Surgeon',arxiv='2312.17244',venue='ICLR 2024',year=2024,code=G+'Qualcomm-AI-research/llm-surgeon',sec=S)
p(M,37,'BESA: Pruning Large Language Models with Blockwise Parameter-Efficient Sparsity Allocation',arxiv='2402.16880',venue='ICLR 2024',year=2024,code=G+'OpenGVLab/LLMPrune-BESA',sec=S)
p(M,38,'Plug-and-Play: An Efficient Post-training Pruning Method for Large Language Models',url='https://openreview.net/forum?id=Tr0lPx9woF',venue='ICLR 2024',year=2024,code=G+'biomedical-cybernetics/Relative-importance-and-activation-pruning',sec=S)
p(M,45,'Pruner-Zero: Evolving Symbolic Pruning Metric from scratch for Large Language Models',arxiv='2406.02924',venue='ICML 2024',year=2024,code=G+'pprp/Pruner-Zero',sec=S)
p(M,52,'Beyond Linear Approximations: A Novel Pruning Approach for Attention Matrix',arxiv='2410.11261',venue='ICLR 2025',year=2025,sec=S)
p(M,56,'Adaptive Pruning of Pretrained Transformer via Differential Inclusions',arxiv='2501.03289',venue='ICLR 2025',year=2025,code=G+'yizhuoDi/Solution-Path-Pruning',sec=S)
p(M,57,'Dynamic Low-Rank Sparse Adaptation for Large Language Models',arxiv='2502.14816',venue='ICLR 2025',year=2025,code=G+'wzhuang-xmu/LoSA',sec=S)
p(M,62,'An Efficient Pruner for Large Language Model with Theoretical Guarantee',url='https://openreview.net/forum?id=nh9mBCYeF7',venue='ICML 2025',year=2025,sec=S)
p(M,65,'DLP: Dynamic Layerwise Pruning in Large Language Models',arxiv='2505.23807',venue='ICML 2025',year=2025,code=G+'ironartisan/DLP',sec=S)
p(M,67,'SwiftPrune: Hessian-Free Weight Pruning for Large Language Models',arxiv='2501.16376',venue='EMNLP 2025 Findings',year=2025,sec=S)
p(M,70,'DuoGPT: Training-free Dual Sparsity through Activation-aware Pruning in LLMs',arxiv='2506.20194',venue='NeurIPS 2025',year=2025,code=G+'RuokaiYin/DuoGPT',sec=S)
p(M,80,'ProxSparse: Regularized Learning of Semi-Structured Sparsity Masks for Pretrained LLMs',arxiv='2502.00258',venue='ICML 2025',year=2025,code=G+'amazon-science/ProxSparse',sec='Sparsity and Pruning / Semi-structured Pruning')
Q='papers'
p(P,11,'Fast On-device LLM Inference with NPUs',arxiv='2407.05858',venue='ASPLOS 2025',year=2025,authors=['Daliang Xu'],sec=Q,b=14)
p(P,15,'LLM in a flash: Efficient Large Language Model Inference with Limited Memory',arxiv='2312.11514',venue='arXiv 2023',year=2023,authors=['Keivan Alizadeh'],sec=Q,b=17)
p(P,18,'Mooncake: Trading More Storage for Less Computation — A KVCache-centric Architecture for Serving LLM Chatbot',url='https://www.usenix.org/system/files/fast25-qin.pdf',venue='FAST 2025',year=2025,authors=['Ruoyu Qin'],sec=Q,b=20)
p(P,21,'APE: Faster and Longer Context-Augmented Generation via Adaptive Parallel Encoding',arxiv='2502.05431',venue='ICLR 2025 Poster',year=2025,authors=['Xinyu Yang'],sec=Q,b=25)
p(P,26,'KVLink: Accelerating Large Language Models via Efficient KV Cache Reuse',arxiv='2502.16002',venue='arXiv 2025',year=2025,authors=['Jingbo Yang'],sec=Q,b=27)
p(P,28,'Speculative Decoding and Beyond: An In-Depth Survey of Techniques',arxiv='2502.19732',venue='arXiv 2025',year=2025,authors=['Yunhai Hu'],sec=Q)
p(P,29,'LongSpec: Long-Context Speculative Decoding with Efficient Drafting and Verification',arxiv='2502.17421',venue='arXiv 2025',year=2025,authors=['Penghui Yang'],sec=Q,b=30)
p(P,31,'Unlocking Efficiency in Large Language Model Inference: A Comprehensive Survey of Speculative Decoding',arxiv='2401.07851',venue='arXiv 2024',year=2024,authors=['Heming Xia'],sec=Q,b=32)
p(P,33,'KVDirect: Distributed Disaggregated LLM Inference',arxiv='2501.14743',venue='arXiv 2024',year=2024,authors=['Shiyang Chen'],sec=Q)
p(P,34,'vAttention: Dynamic Memory Management for Serving LLMs without PagedAttention',arxiv='2405.04437',venue='arXiv 2024',year=2024,authors=['Ramya Prabhu'],sec=Q,b=35)
p(P,36,'IMPRESS: An Importance-Informed Multi-Tier Prefix KV Storage System for Large Language Model Inference',url='https://www.usenix.org/conference/fast25/presentation/chen-weijian-impress',venue='FAST 2025',year=2025,authors=['Weijian Chen'],sec=Q)
p(P,37,'Long-Context Language Modeling with Parallel Context Encoding',arxiv='2402.16617',venue='ACL 2024',year=2024,authors=['Howard Yen'],sec=Q,b=40)
p(P,41,'Attention Entropy is a Key Factor: An Analysis of Parallel Context Encoding with Full-attention-based Pre-trained Language Models',arxiv='2412.16545',venue='arXiv 2024',year=2024,authors=['Zhisong Zhang'],sec=Q,b=42)
p(P,43,'LoongServe: Efficiently Serving Long-Context Large Language Models with Elastic Sequence Parallelism',arxiv='2404.09526',venue='SOSP 2024',year=2024,authors=['Bingyang Wu'],sec=Q,b=45)
p(P,46,'FastDecode: High-Throughput GPU-Efficient LLM Serving using Heterogeneous Pipelines',arxiv='2403.11421',venue='arXiv 2024',year=2024,authors=['Jiaao He'],sec=Q,b=48)
p(P,49,'Liger: Interleaving Intra- and Inter-Operator Parallelism for Distributed Large Model Inference',doi='10.1145/3627535.3638466',url='https://doi.org/10.1145/3627535.3638466',venue='PPoPP 2024',year=2024,authors=['Du Jiangsu'],sec=Q,b=50)
with open('labels.jsonl','w',encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))
