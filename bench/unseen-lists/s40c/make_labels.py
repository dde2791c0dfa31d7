"""Write labels.jsonl from hand-made labels below. raw is taken from the list
files (paths relative to this file), one line per entry here."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
Z = "zenrran4nlp__Awesome-LLM-Inference-Serving.README.md"
A = "AmadeusChan__Awesome-LLM-System-Papers.README.md"
T = "tiingweii-shii__Awesome-Resource-Efficient-LLM-Papers.README.md"
P = "PDZZXL__Awesome-LLM-Serving.README.md"


def np_(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)


def p(lst, line, title, section, arxiv=None, url=None, venue=None, year=None, code=None, summary=None, authors=()):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)


ZI = "LLM Inference Serving in Instance"
ZC = "LLM Inference Serving in Cluster"
ZE = "Emerging Scenarios"
L = [
    # zenrran4nlp: bold title, [venue date], [paper](..) [code](..)
    np_(Z, 28, "Table of Contents"),
    np_(Z, 35, "Table of Contents"),
    np_(Z, 38, "Table of Contents"),
    np_(Z, 48, "Table of Contents"),
    np_(Z, 60, "Table of Contents"),
    p(Z, 82, "DeepSpeed Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale",
      ZI + " / Model Placement / Offloading", arxiv="2207.00032", venue="arXiv 2022", year=2022,
      code="https://github.com/deepspeedai/DeepSpeed"),
    p(Z, 84, "PowerInfer: Fast Large Language Model Serving with a Consumer-grade GPU",
      ZI + " / Model Placement / Offloading", arxiv="2312.12456", venue="arXiv 2024", year=2024),
    p(Z, 98, "Don't Stop Me Now: Embedding Based Scheduling for LLMs",
      ZI + " / Request Scheduling / Inter-Request Scheduling", arxiv="2410.01035", venue="arXiv 2024", year=2024),
    p(Z, 133, "BatchLLM: Optimizing Large Batched LLM Inference with Global Prefix Sharing and Throughput-oriented Token Batching",
      ZI + " / Decoding Length Prediction / Relative Ranking Prediction", arxiv="2412.03594", venue="arXiv 2025", year=2025),
    p(Z, 146, "InstCache: A Predictive Cache for LLM Serving",
      ZI + " / KV Cache Optimization / Memory Management", arxiv="2411.13820", venue="arXiv 2024", year=2024),
    p(Z, 190, "Optimizing llm inference clusters for enhanced performance and energy efficiency",
      ZC + " / Cluster Optimization / Architecture and Optimization for Heterogeneous Resources",
      url="https://www.techrxiv.org/users/812455/articles/1213926-optimizing-llm-inference-clusters-for-enhanced-performance-and-energy-efficiency",
      venue="TechRxiv 2024", year=2024),
    p(Z, 231, "EdgeShard: Efficient LLM Inference via Collaborative Edge Computing",
      ZC + " / Cloud-Based LLM Serving / Cooperation with Edge Device",
      url="https://ieeexplore.ieee.org/abstract/document/10818760", venue="JIOT 2024", year=2024),
    p(Z, 271, "EPIC: Efficient Position-Independent Context Caching for Serving Large Language Models",
      ZE + " / RAG / Storage Optimization", arxiv="2410.15332", venue="arXiv 2024", year=2024),
    p(Z, 282, "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding",
      ZE + " / MoE / Expert Placement", url="https://iclr.cc/virtual/2021/poster/3196", venue="ICLR 2021", year=2021,
      code="https://github.com/lucidrains/mixture-of-experts"),
    p(Z, 289, "Mixture-of-Experts with Expert Choice Routing",
      ZE + " / MoE / Expert Load Balancing", url="https://dl.acm.org/doi/abs/10.5555/3600270.3600785",
      venue="NeurIPS 2022", year=2022),
    p(Z, 294, "Optimizing Mixture-of-Experts Inference Time Combining Model Deployment and Communication Scheduling",
      ZE + " / MoE / All-to-All Communication", arxiv="2410.17043", venue="arXiv 2024", year=2024),
    p(Z, 300, "LongLoRA: Efficient Fine-tuning of Long-Context Large Language Models",
      ZE + " / LoRA", arxiv="2309.12307", venue="ICLR 2024", year=2024,
      code="https://github.com/dvlab-research/LongLoRA"),
    p(Z, 320, "Efficiently Serving LLM Reasoning Programs with Certaindex",
      ZE + " / Test-Time Reasoning", arxiv="2412.20993", venue="arXiv 2024", year=2024,
      code="https://github.com/hao-ai-lab/Dynasor"),
    p(Z, 321, "Learning How Hard to Think: Input-Adaptive Allocation of LM Computation",
      ZE + " / Test-Time Reasoning", arxiv="2410.04707", venue="ICLR 2025", year=2025),
    p(Z, 332, "LLM as a System Service on Mobile Devices",
      "Miscellaneous Areas / Hardware", arxiv="2403.11805", venue="arXiv 2024", year=2024),

    # AmadeusChan: Title (Venue'YY) [link to paper](..)
    p(A, 20, "Fast Distributed Inference Serving for Large Language Models", "LLM Inference (Serving) Systems",
      arxiv="2305.05920", venue="arXiv 2023", year=2023),
    p(A, 25, "Accelerating LLM Inference with Staged Speculative Decoding", "LLM Inference (Serving) Systems",
      arxiv="2308.04623", venue="arXiv 2023", year=2023),
    p(A, 28, "Draft & Verify: Lossless Large Language Model Acceleration via Self-Speculative Decoding",
      "LLM Inference (Serving) Systems", arxiv="2309.08168", venue="arXiv 2023", year=2023),
    p(A, 30, "Punica: Multi-Tenant LoRA Serving", "LLM Inference (Serving) Systems",
      arxiv="2310.18547", venue="arXiv 2023", year=2023),
    p(A, 32, "Deja Vu: Contextual Sparsity for Efficient LLMs at Inference Time", "LLM Inference (Serving) Systems",
      arxiv="2310.17157", venue="ICML 2023", year=2023),
    p(A, 35, "SuperServe: Fine-Grained Inference Serving for Unpredictable Workloads", "LLM Inference (Serving) Systems",
      arxiv="2312.16733", venue="arXiv 2023", year=2023),
    p(A, 48, "CRAMMING: Training a Language Model on a Single GPU in One Day", "LLM Training Systems / Single-GPU Systems",
      arxiv="2212.14034", venue="arXiv 2022", year=2022),
    p(A, 51, "ByteTransformer: A High-Performance Transformer Boosted for Variable-Length Inputs",
      "LLM Training Systems / Single-GPU Systems", arxiv="2210.03052", venue="arXiv 2023", year=2023),
    p(A, 66, "Varuna: Scalable, Low-cost Training of Massive Deep Learning Models", "LLM Training Systems / Distributed Systems",
      url="https://dl.acm.org/doi/pdf/10.1145/3492321.3519584", venue="EuroSys 2022", year=2022),
    p(A, 78, "DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme Long Sequence Transformer Models",
      "LLM Training Systems / Distributed Systems", arxiv="2309.14509", venue="arXiv 2023", year=2023),
    p(A, 80, "GrowLength: Accelerating LLMs Pretraining by Progressively Growing Training Length",
      "LLM Training Systems / Distributed Systems", arxiv="2310.00576", venue="arXiv 2023", year=2023),
    p(A, 81, "LightSeq: Sequence Level Parallelism for Distributed Training of Long Context Transformers",
      "LLM Training Systems / Distributed Systems", arxiv="2310.03294", venue="arXiv 2023", year=2023),
    p(A, 89, "Enabling preemptive multiprogramming on GPUs", "General MLSys-Related Techniques (Not Complete)",
      url="https://ieeexplore.ieee.org/document/6853208", venue="ISCA 2014", year=2014),
    p(A, 94, "Mesh-TensorFlow: Deep Learning for Supercomputers", "General MLSys-Related Techniques (Not Complete)",
      url="https://proceedings.neurips.cc/paper_files/paper/2018/file/3a37abdeefe1dab1b30f7c5c7e581b93-Paper.pdf",
      venue="NeurIPS 2018", year=2018),
    p(A, 97, "PipeSwitch: Fast Pipelined Context Switching for Deep Learning Applications",
      "General MLSys-Related Techniques (Not Complete)", url="https://www.usenix.org/system/files/osdi20-bai.pdf",
      venue="OSDI 2020", year=2020),
    p(A, 98, "Microsecond-scale Preemption for Concurrent GPU-accelerated DNN Inferences",
      "General MLSys-Related Techniques (Not Complete)", url="https://www.usenix.org/conference/osdi22/presentation/han",
      venue="OSDI 2022", year=2022),
    p(A, 115, "PaLM: Scaling Language Modeling with Pathways", "LLM Algorithm Papers Recommended for System Researchers",
      arxiv="2204.02311", venue="arXiv 2022", year=2022),
    p(A, 119, "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model",
      "LLM Algorithm Papers Recommended for System Researchers", arxiv="2211.05100", venue="arXiv 2023", year=2023),
    p(A, 127, "SkipDecode: Autoregressive Skip Decoding with Batching and Caching for Efficient LLM Inference",
      "LLM Algorithm Papers Recommended for System Researchers", arxiv="2307.02628", venue="arXiv 2023", year=2023),
    p(A, 149, "Towards Efficient Generative Large Language Model Serving: A Survey from Algorithms to Systems",
      "Survyes", arxiv="2312.15234", venue="arXiv 2023", year=2023),

    # tiingweii-shii: | Date | Keywords | [Title](link) | Venue |
    np_(T, 29, "Table of Contents"),
    np_(T, 32, "Table of Contents"),
    np_(T, 34, "Table of Contents"),
    np_(T, 36, "Table of Contents"),
    np_(T, 39, "Table of Contents"),
    p(T, 56, "KDEformer: Accelerating Transformers via Kernel Density Estimation",
      "LLM Architecture Design / Efficient Transformer Architecture", arxiv="2302.02451", venue="ICML 2023", year=2023),
    p(T, 72, "Hyena Hierarchy: Towards Larger Convolutional Language models",
      "LLM Architecture Design / Non-transformer Architecture", arxiv="2302.10866", venue="ICML 2023", year=2023),
    p(T, 91, "Zero: Memory optimizations toward training trillion parameter models",
      "LLM Pre-Training / Memory Efficiency / Distributed Training", arxiv="1910.02054", venue="IEEE SC 2020", year=2020),
    p(T, 93, "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism",
      "LLM Pre-Training / Memory Efficiency / Distributed Training", arxiv="1909.08053", venue="arXiv 2019", year=2019),
    p(T, 111, "Machine Learning Force Fields with Data Cost Aware Training",
      "LLM Pre-Training / Data Efficiency / Importance Sampling", arxiv="2306.03109", venue="ICML 2023", year=2023),
    p(T, 115, "Not All Samples Are Created Equal: Deep Learning with Importance Sampling",
      "LLM Pre-Training / Data Efficiency / Importance Sampling",
      url="http://proceedings.mlr.press/v80/katharopoulos18a.html", venue="ICML 2018", year=2018),
    p(T, 150, "Full Parameter Fine-tuning for Large Language Models with Limited Resources",
      "LLM Fine-Tuning / Full-Parameter Fine-Tuning", arxiv="2306.09782", venue="arXiv 2023", year=2023),
    p(T, 167, "SliceGPT: Compress Large Language Models by Deleting Rows and Columns",
      "LLM Inference / Model Compression / Pruning", arxiv="2401.15024", venue="ICLR 2024", year=2024),
    p(T, 207, "PuMer: Pruning and Merging Tokens for Efficient Vision Language Models",
      "LLM Inference / Dynamic Acceleration / Input Pruning", arxiv="2305.17530", venue="ACL 2023", year=2023),
    p(T, 229, "Training Large-Vocabulary Neural Language Models by Private Federated Learning for Resource-Constrained Devices",
      "System Design / Support Infrastructure", arxiv="2207.08988", venue="ICASSP 2023", year=2023),
    p(T, 235, "Alpa: Automating Inter- and Intra-Operator Parallelism for Distributed Deep Learning",
      "System Design / Support Infrastructure", arxiv="2201.12023", venue="OSDI 2022", year=2022),
    np_(T, 291, "Resource-Efficiency Evaluation Metrics & Benchmarks / Financial Cost Metric"),
    np_(T, 304, "Resource-Efficiency Evaluation Metrics & Benchmarks / Other Metrics"),
    p(T, 311, "Overview of the SustaiNLP 2020 Shared Task",
      "Resource-Efficiency Evaluation Metrics & Benchmarks / Benchmarks",
      url="https://aclanthology.org/2020.sustainlp-1.24.pdf",
      summary="a challenge for development of energy-efficient NLP models by assessing their performance across eight NLU tasks using SuperGLUE metrics and evaluating their energy consumption during inference"),
    p(T, 313, "VLUE: A Multi-Task Benchmark for Evaluating Vision-Language Models",
      "Resource-Efficiency Evaluation Metrics & Benchmarks / Benchmarks", arxiv="2205.15237",
      summary="a comprehensive benchmark for assessing vision-language models across multiple tasks, offering an online platform for evaluation and comparison"),

    # PDZZXL: - [Name:](link) rest of title | Venue-or-affiliation
    p(P, 8, "SuperServe: Fine-Grained Inference Serving for Unpredictable Workloads", "LLM Serving / Scheduling",
      arxiv="2312.16733"),
    p(P, 9, "Fairness in Serving Large Language Models", "LLM Serving / Scheduling",
      arxiv="2401.00588", venue="OSDI 2024", year=2024),
    p(P, 10, "Llumnix: Dynamic Scheduling for Large Language Model Serving", "LLM Serving / Scheduling",
      arxiv="2406.03243", venue="OSDI 2024", year=2024),
    p(P, 12, "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "LLM Serving / Memory/KVCache",
      arxiv="2205.14135"),
    p(P, 14, "vAttention: Dynamic Memory Management for Serving LLMs without PagedAttention", "LLM Serving / Memory/KVCache",
      arxiv="2405.04437"),
    p(P, 18, "DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving",
      "LLM Serving / Disaggregated", arxiv="2401.09670"),
    p(P, 21, "MemServe: Context Caching for Disaggregated LLM Serving with Elastic Memory Pool",
      "LLM Serving / Disaggregated", arxiv="2406.17565"),
    p(P, 23, "FlexGen: High-throughput Generative Inference of Large Language Models with a Single GPU",
      "LLM Serving / Resource-Constrained", arxiv="2303.06865", venue="ICML 2023", year=2023),
    p(P, 25, "PowerInfer-2: Fast Large Language Model Inference on a Smartphone",
      "LLM Serving / Resource-Constrained", arxiv="2406.06282"),
    p(P, 26, "LLMCad: Fast and Scalable On-device Large Language Model Inference",
      "LLM Serving / Resource-Constrained", arxiv="2309.04255"),
    p(P, 31, "AttAcc! Unleashing the Power of PIM for Batched Transformer-based Generative Model Inference",
      "LLM Serving / Heterogeneous", venue="ASPLOS 2024", year=2024,
      code="https://github.com/scale-snu/attacc_simulator"),
    p(P, 33, "Helix: Distributed Serving of Large Language Models via Max-Flow on Heterogeneous GPUs",
      "LLM Serving / Heterogeneous", arxiv="2406.01566"),
    p(P, 43, "Optimizing Speculative Decoding for Serving Large Language Models Using Goodput",
      "LLM Serving / Speculative", arxiv="2406.14066"),
    p(P, 50, "AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation",
      "LLM Serving / Agent", arxiv="2308.08155"),
    p(P, 57, "FlashDecoding++: Faster Large Language Model Inference on GPUs", "Misc", arxiv="2311.01282"),
    np_(P, 58, "Misc"),
    p(P, 59, "S-LoRA: Serving Thousands of Concurrent LoRA Adapters", "Misc", arxiv="2311.03285"),
    p(P, 60, "Infinite-LLM: Efficient LLM Service for Long Context with DistAttention and Distributed KVCache", "Misc",
      arxiv="2401.02669"),
    p(P, 64, "LoongServe: Efficiently Serving Long-context Large Language Models with Elastic Sequence Parallelism", "Misc",
      arxiv="2404.09526"),
    np_(P, 71, "Other list"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code",
        "summary", "section"]
sample = json.load(open(os.path.join(HERE, "sample.json")))
seen = {(d["list"], d["line"]) for d in L}
want = {(n, i) for n, v in sample.items() for i in v["lines"]}
assert seen == want, (want - seen, seen - want)
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for d in L:
        lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
        d["raw"] = lines[d["line"] - 1]
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels;", sum(d["is_paper"] for d in L), "papers")
