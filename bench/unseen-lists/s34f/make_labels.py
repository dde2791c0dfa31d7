"""Write labels.jsonl from hand-made labels below; raw text is read from the saved READMEs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
A = "AIDASLab__Awesome-Diffusion-LLM.README.md"
L = "LiQiiiii__DLLM-Survey.README.md"
P = "piesauce__awesome-dLLM-resources.README.md"
Z = "zhanglingzhe0820__Awesome-Parallel-Text-Generation.README.md"


def np(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)


def pp(lst, line, title, section, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)


A21 = "2. Core Methodologies / 2.1 Discrete & Masked Diffusion"
A22 = "2. Core Methodologies / 2.2 Continuous & Latent Space Diffusion"
A31 = "3. Reasoning & Policy Optimization / 3.1 Reasoning & Planning"
A32 = "3. Reasoning & Policy Optimization / 3.2 Alignment & Reinforcement Learning"
A51 = "5. System Efficiency & Acceleration / 5.1 Caching & Memory Strategy"
A52 = "5. System Efficiency & Acceleration / 5.2 Decoding & Sampling"
A53 = "5. System Efficiency & Acceleration / 5.3 Distillation, Quantization & Sparsity"
A61 = "6. Multi-modal & Physical AI / 6.1 Multi-modal dLLMs"
A71 = "7. Theory, Guidance & Applications / 7.1 Theory & Analysis"
A72 = "7. Theory, Guidance & Applications / 7.2 Guidance & Downstream Applications"

LABELS = [
    np(A, 17, "Framework (Taxonomy)"),
    np(A, 28, "Framework (Taxonomy)"),
    pp(A, 55, "Large Language Diffusion Models", A21, arxiv="2502.09992", venue="arXiv 2025", year=2025),
    pp(A, 56, "Scaling up Masked Diffusion Models on Text", A21, arxiv="2410.18514", venue="ICLR", year=2024),
    pp(A, 61, "Dream 7B: Diffusion Large Language Models", A21, arxiv="2508.15487", venue="arXiv 2025", year=2025),
    pp(A, 63, "Esoteric Language Models", A21, arxiv="2506.01928", venue="arXiv 2025", year=2025),
    pp(A, 64, "Next Semantic Scale Prediction via Hierarchical Diffusion Language Models", A21, arxiv="2510.08632", venue="arXiv 2025", year=2025),
    pp(A, 68, "David helps Goliath: Inference-Time Collaboration Between Small and Large Diffusion LMs", A21, arxiv="2305.14771", venue="NAACL", year=2023),
    pp(A, 84, "DINOISER: Diffused Conditional Sequence Learning by Manipulating Noises", A22, arxiv="2302.10025", venue="TACL", year=2023),
    pp(A, 111, "Reinforced Context Order Recovery for Adaptive Reasoning", A31, arxiv="2508.13070", venue="arXiv 2025", year=2025),
    pp(A, 119, "MDPO: Overcoming the Training-Inference Divide", A32, arxiv="2508.13148", venue="arXiv 2025", year=2025),
    pp(A, 159, "Accelerating dLLM Inference via Efficient KV Caching", A51, arxiv="2505.21467", venue="arXiv 2025", year=2025),
    pp(A, 168, "Spiffy: Multiplying Acceleration via Lossless Speculative Decoding", A52, arxiv="2509.18085", venue="arXiv 2025", year=2025),
    pp(A, 171, "Saber: Efficient Sampling with Backtracking Enhanced Remasking", A52, arxiv="2510.18165", venue="arXiv 2025", year=2025),
    pp(A, 195, "LLaDA-MoE: A Sparse MoE Diffusion Language Model", A53, arxiv="2509.24389", venue="arXiv 2025", year=2025),
    pp(A, 209, "Diffuse Everything: Multimodal Diffusion on Arbitrary Spaces", A61, arxiv="2506.07903", venue="ICML 2025", year=2025),
    pp(A, 214, "Dual Diffusion for Unified Image Generation and Understanding", A61, arxiv="2501.00289", venue="arXiv 2025", year=2025),
    pp(A, 233, "Theoretical Benefit and Limitation of Diffusion Language Model", A71, arxiv="2502.09622", venue="NeurIPS 2025", year=2025),
    pp(A, 248, "Beyond Autoregression: Empirical Study for Code Generation", A72, arxiv="2509.11252", venue="arXiv 2025", year=2025),
    pp(A, 277, "Classifier-Free Diffusion Guidance", "8. Seminal Diffusion Papers", arxiv="2207.12598", venue="NeurIPS 2021", year=2021),

    np(L, 63, "Updates"),
    np(L, 84, "Quick Links"),
    np(L, 89, "Quick Links"),
    np(L, 92, "Quick Links"),
    np(L, 93, "Quick Links"),
    np(L, 95, "Quick Links"),
    np(L, 101, "Quick Links"),
    pp(L, 122, "Simplified and Generalized Masked Diffusion for Discrete Data", "Mathematics / Reparameterized Discrete Diffusion Model",
       arxiv="2406.04329", authors=["Jiaxin Shi", "Kehang Han", "Zhe Wang", "Arnaud Doucet", "Michalis K. Titsias"]),
    pp(L, 132, "Simple and Effective Masked Diffusion Language Models", "Mathematics / Concrete Score", arxiv="2406.07524",
       authors=["Subham Sekhar Sahoo", "Marianne Arriola", "Yair Schiff", "Aaron Gokaslan", "Edgar Marroquin", "Justin T Chiu", "Alexander Rush", "Volodymyr Kuleshov"]),
    pp(L, 146, "Diffusion-NAT: Self-Prompting Discrete Diffusion for Non-Autoregressive Text Generation", "Representative Model / Discrete Diffusion Models around 1B",
       arxiv="2305.04044", authors=["Kun Zhou", "Yifan Li", "Wayne Xin Zhao", "Ji-Rong Wen"]),
    pp(L, 151, "Simplified and Generalized Masked Diffusion for Discrete Data", "Representative Model / Discrete Diffusion Models around 1B",
       arxiv="2406.04329", authors=["Jiaxin Shi", "Kehang Han", "Zhe Wang", "Arnaud Doucet", "Michalis K. Titsias"]),
    pp(L, 159, "Diffusion Language Models Can Perform Many Tasks with Scaling and Instruction-Finetuning", "Representative Model / Large Diffusion Language Models",
       arxiv="2308.12219", authors=["Jiasheng Ye", "Zaixiang Zheng", "Yu Bao", "Lihua Qian", "Quanquan Gu"]),
    pp(L, 160, "Scaling Diffusion Language Models via Adaptation from Autoregressive Models", "Representative Model / Large Diffusion Language Models",
       arxiv="2410.17891", authors=["Shansan Gong", "Shivam Agarwal", "Yizhe Zhang", "Jiacheng Ye", "Lin Zheng", "Mukai Li", "Chenxin An", "Peilin Zhao", "Wei Bi", "Jiawei Han", "Hao Peng", "Lingpeng Kong"]),
    pp(L, 186, "DiffusionBERT: Improving Generative Masked Language Models with Diffusion Models", "Training Techniques / Initialization Technique",
       arxiv="2211.15029", authors=["Zhengfu He", "Tianxiang Sun", "Kuanning Wang", "Xuanjing Huang", "Xipeng Qiu"]),
    pp(L, 193, "LaViDa: A Large Diffusion Language Model for Multimodal Understanding", "Training Techniques / Complementary Masking Technique",
       arxiv="2505.16839", authors=["Shufan Li", "Konstantinos Kallidromitis", "Hritik Bansal", "Akash Gokul", "Yusuke Kato", "Kazuki Kozuka", "Jason Kuen", "Zhe Lin", "Kai-Wei Chang", "Aditya Grover"]),
    pp(L, 201, "MaskGIT: Masked Generative Image Transformer", "Training Techniques / Masking Scheduling Technique",
       arxiv="2202.04200", authors=["Huiwen Chang", "Han Zhang", "Lu Jiang", "Ce Liu", "William T. Freeman"]),
    pp(L, 212, "LLaDA-V: Large Language Diffusion Models with Visual Instruction Tuning", "Inference Techniques / Unmasking Techniques",
       arxiv="2505.16933", authors=["Zebin You", "Shen Nie", "Xiaolu Zhang", "Jun Hu", "Jun Zhou", "Zhiwu Lu", "Ji-Rong Wen", "Chongxuan Li"]),
    pp(L, 228, "dKV-Cache: The Cache for Diffusion Language Models", "Inference Techniques / Prefilling and Caching Technique",
       arxiv="2505.15781", authors=["Xinyin Ma", "Runpeng Yu", "Gongfan Fang", "Xinchao Wang"]),
    pp(L, 257, "Discrete Diffusion Language Model for Efficient Text Summarization", "Applications / Text Editing and Summarization",
       arxiv="2407.10998", authors=["Do Huu Dat", "Do Duc Anh", "Anh Tuan Luu", "Wray Buntine"]),
    pp(L, 281, "Underwater Diffusion Attention Network with Contrastive Language-Image Joint Learning for Underwater Image Enhancement", "Applications / Vision and Multimodal",
       arxiv="2505.19895", authors=["Afrah Shaahid", "Muzammil Behzad"]),

    pp(P, 17, "Soft-Masked Diffusion Language Models", "Models", arxiv="2510.17206", year=2025),
    pp(P, 21, "Syntax-Guided Diffusion Language Models with User-Integrated Personalization", "Models", arxiv="2510.01028", year=2025),
    pp(P, 25, "DiffuCoder: Understanding and Improving Masked Diffusion Models for Code Generation", "Models", arxiv="2506.20639", year=2025),
    pp(P, 26, "Mercury: Ultra-Fast Language Models Based on Diffusion", "Models", arxiv="2506.17298", year=2025),
    pp(P, 31, "Diffusion Language Models Are Super Data Learners", "Scaling Laws",
       url="https://jinjieni.github.io/dlms-are-super-data-learners/resources/pdf/Diffusion_Language_Models_are_Super_Data_Learners.pdf", year=2025),
    pp(P, 32, "Diffusion Beats Autoregressive in Data-Constrained Settings", "Scaling Laws", arxiv="2507.15857", year=2025),
    pp(P, 36, "Any-Order GPT as Masked Diffusion Model: Decoupling Formulation and Architecture", "Architecture", arxiv="2506.19935", year=2025),
    pp(P, 42, "WeFT: Weighted Entropy-Driven Fine-Tuning for dLLMs", "Finetuning/RL", arxiv="2509.20863", year=2025),
    pp(P, 44, "Revolutionizing Reinforcement Learning Framework for Diffusion Large Language Models", "Finetuning/RL", arxiv="2509.06949", year=2025),
    pp(P, 56, "Beyond Static Cutoffs: One-Shot Dynamic Thresholding for Diffusion Language Models", "Decoding Strategies", arxiv="2511.02077", year=2025),
    pp(P, 58, "Self-Speculative Decoding for Diffusion Large Language Models", "Decoding Strategies", arxiv="2510.04147", year=2025),
    pp(P, 61, "Time Is a Feature: Exploiting Temporal Dynamics in Diffusion Language Models", "Decoding Strategies", arxiv="2508.09138", year=2025),
    pp(P, 74, "Spiffy: Multiplying Diffusion LLM Acceleration via Lossless Speculative Decoding", "Inference Optimization", arxiv="2509.18085", year=2025),
    pp(P, 89, "Jailbreaking Large Language Diffusion Models: Revealing Hidden Safety Flaws in Diffusion-Based Text Generation", "Security", arxiv="2507.19227", year=2025),
    pp(P, 90, "The Devil Behind the Mask: An Emergent Safety Vulnerability of Diffusion LLMs", "Security", arxiv="2507.11097", year=2025),
    pp(P, 97, "Harnessing LLM for Noise-Robust Cognitive Diagnosis in Web-Based Intelligent Education Systems", "Applications", arxiv="2510.04093", year=2025),
    pp(P, 98, "Discovering Mathematical Equations with Diffusion Language Model", "Applications", arxiv="2509.13136", year=2025),
    np(P, 101, "Position Papers"),
    pp(P, 104, "Beyond Autoregression: An Empirical Study of Diffusion Large Language Models for Code Generation", "Surveys", arxiv="2509.11252", year=2025),
    pp(P, 107, "Discrete Diffusion in Large Language and Multimodal Models: A Survey", "Surveys", arxiv="2506.13759", year=2025),
]

ZDV = "Methodology / AR-Based / Draft-and-Verify"
ZMT = "Methodology / AR-Based / Multiple Token Prediction"
ZOS = "Methodology / Non-AR-Based / One-Shot Generation"
ZMG = "Methodology / Non-AR-Based / Masked Generation"
ZEB = "Methodology / Non-AR-Based / Edit-Based Refinement"
G = "https://github.com/"
LABELS += [
    pp(Z, 21, "Distillspec: Improving speculative decoding via knowledge distillation", ZDV, arxiv="2310.08461", venue="ICLR 2024", year=2024),
    pp(Z, 32, "Hydra: Sequentially-dependent draft heads for medusa decoding", ZDV, arxiv="2302.07863", venue="COLM 2024", year=2024, code=G + "zankner/Hydra"),
    pp(Z, 42, "Online Speculative Decoding", ZDV, arxiv="2310.07177", venue="ICML 2024", year=2024, code=G + "LiuXiaoxuanPKU/OSD"),
    pp(Z, 43, "Pass: Parallel speculative sampling", ZDV, arxiv="2311.13581", venue="NeurIPS-ENLSP 2023", year=2023),
    pp(Z, 48, "REST: Retrieval-based speculative decoding", ZDV, arxiv="2311.08252", venue="NAACL 2024", year=2024, code=G + "FasterDecoding/REST"),
    pp(Z, 50, "Sequoia: Scalable, robust, and hardware-aware speculative decoding", ZDV, arxiv="2402.12374", venue="arXiv 2024", year=2024, code=G + "Infini-AI-Lab/Sequoia"),
    pp(Z, 51, "Generation meets verification: Accelerating large language model inference with smart parallel auto-correct decoding", ZDV, arxiv="2402.11809", venue="ACL 2024", year=2024, code=G + "cteant/SPACE"),
    pp(Z, 55, "SpecTr: Fast Speculative Decoding via Optimal Transport", ZDV, arxiv="2310.15141", venue="NeurIPS 2023", year=2023),
    pp(Z, 78, "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", ZMT, arxiv="2401.10774", venue="ICML 2024", year=2024, code=G + "FasterDecoding/Medusa"),
    pp(Z, 100, "Guiding non-autoregressive neural machine translation decoding with reordering information", ZOS, url="https://ojs.aaai.org/index.php/AAAI/article/view/17618", venue="AAAI 2021", year=2021, code=G + "ranqiu92/ReorderNAT"),
    pp(Z, 104, "Viterbi decoding of directed acyclic transformer for non-autoregressive machine translation", ZOS, arxiv="2210.05193", venue="EMNLP 2022", year=2022, code=G + "thu-coai/DA-Transformer"),
    pp(Z, 115, "Accelerating Large Language Model Decoding with Speculative Sampling", ZMG, arxiv="2302.01318", venue="arXiv 2023", year=2023, code=G + "shreyansh26/Speculative-Sampling"),
    pp(Z, 123, "Score-based continuous-time discrete diffusion models", ZMG, arxiv="2211.16750", venue="ICLR 2023", year=2023),
    pp(Z, 134, "Path planning for masked diffusion model sampling", ZMG, arxiv="2502.03540", venue="arXiv 2025", year=2025, code=G + "pengzhangzhi/Path-Planning"),
    pp(Z, 139, "Accelerating diffusion language model inference via efficient kv caching and guided diffusion", ZMG, arxiv="2505.21467", venue="arXiv 2025", year=2025),
    pp(Z, 142, "Cllms: Consistency large language models", ZMG, url="https://openreview.net/forum?id=8uzBOVmh8H", venue="ICML 2024", year=2024, code=G + "hao-ai-lab/Consistency_LLM"),
    pp(Z, 167, "Latent-variable non-autoregressive neural machine translation with deterministic inference using a delta posterior", ZEB, url="https://aaai.org/ojs/index.php/AAAI/article/view/6413", venue="AAAI 2020", year=2020, code=G + "zomux/lanmt"),
    pp(Z, 173, "An EM approach to non-autoregressive conditional sequence generation", ZEB, url="http://proceedings.mlr.press/v119/sun20c.html", venue="ICML 2020", year=2020),
    pp(Z, 178, "Learning to recover from multi-modality errors for non-autoregressive neural machine translation", ZEB, arxiv="2006.05165", venue="ACL 2020", year=2020, code=G + "ranqiu92/RecoverSAT"),
    pp(Z, 185, "Non-autoregressive dialog state tracking", ZEB, arxiv="2002.08024", venue="ICLR 2020", year=2020, code=G + "henryhungle/NADST"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]


def main():
    sample = json.loads((HERE / "sample.json").read_text(encoding="utf-8"))
    want = {(k, ln) for k, v in sample.items() for ln in v["lines"]}
    have = {(d["list"], d["line"]) for d in LABELS}
    assert want == have, (want - have, have - want)
    cache = {}
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d in LABELS:
            lines = cache.setdefault(d["list"], (HERE / d["list"]).read_text(encoding="utf-8").split("\n"))
            d["raw"] = lines[d["line"] - 1]
            f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
