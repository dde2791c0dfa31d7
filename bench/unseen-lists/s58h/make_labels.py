#!/usr/bin/env python3
"""Write labels.jsonl from hand-typed labels. `raw` is copied from the file at `line`
(the entry's exact source line; every sampled entry here is one line); every other field
was typed by hand after reading the entry."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
M = "MLGroup-JLU__LLM-data-aug-survey.README.md"
A = "ahmad-alismail__LLM_based_Synthetic_Data_Generation.README.md"
C = "chenmengdx__awesome-data-synthesis-for-code-llm.README.md"

def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)

def N(lst, line, section=None):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)

TP = "Approaches / Image Augmentation / Prompt-driven approaches / Text Prompt-driven"
MP = "Approaches / Image Augmentation / Prompt-driven approaches / Multimodal Prompt-driven"
GC = "Approaches / Text Augmentation / Generated content-based approaches"
TRAD = "SDG Methods / Traditional Architectures: Single LLM without External Tools"
AG = "SDG Methods / Agentic Workflows"
TOC = "Table of Contents"

L = [
 # ---- MLGroup-JLU / LLM-data-aug-survey
 N(M, 28, None),
 P(M, 73, "Camdiff: Camouflage image augmentation via diffusion model", "2304.05469",
   venue="arXiv 2023", year=2023, authors=["X.-J. Luo"], section=TP),
 P(M, 83, "StyleGAN-NADA: CLIP-guided domain adaptation of image generators", "2108.00946",
   venue="ACM Transactions on Graphics (TOG)", year=None, authors=["R. Gal"], section=TP),
 P(M, 109, "Boosting Dermatoscopic Lesion Segmentation via Diffusion Models with Visual and Textual Prompts",
   "2310.02906", venue="arXiv 2023", year=2023, authors=["S. Du"], section=MP),
 P(M, 121, "FastComposer: Tuning-Free Multi-Subject Image Generation with Localized Attention",
   "2305.10431", venue="arXiv 2023", year=2023, authors=["G. Xiao"],
   section="Approaches / Image Augmentation / Subject-driven approaches"),
 P(M, 132, "Data augmentation using pre-trained transformer models", "2003.02245",
   venue="arXiv 2020", year=2020, authors=["V. Kumar"],
   section="Approaches / Text Augmentation / Label-based approaches"),
 P(M, 145, "Chataug: Leveraging chatgpt for text data augmentation", "2302.13007",
   venue="arXiv 2023", year=2023, authors=["H. Dai"], section=GC),
 P(M, 151, "Genius: Sketch-based language model pre-training via extreme and selective masking for text generation and augmentation",
   "2211.10330", venue="arXiv 2022", year=2022, authors=["B. Guo"], section=GC),
 P(M, 152, "Inpars: Data augmentation for information retrieval using large language models",
   "2202.05144", venue="arXiv 2022", year=2022, authors=["L. Bonifacio"], section=GC),
 P(M, 177, "DAGAM: Data Augmentation with Generation And Modification", "2204.02633",
   venue="arXiv 2022", year=2022, authors=["B. Jo"],
   section="Applications / Natural Language Processing / Text classification"),
 P(M, 192, "EPA: Easy Prompt Augmentation on Large Language Models via Multiple Sources and Multiple Targets",
   "2309.04725", venue="arXiv 2023", year=2023, authors=["H. Lu"],
   section="Applications / Natural Language Processing / Machine translation"),
 P(M, 207, "EPA: Easy Prompt Augmentation on Large Language Models via Multiple Sources and Multiple Targets",
   "2309.04725", venue="arXiv 2023", year=2023, authors=["H. Lu"],
   section="Applications / Natural Language Processing / Others"),
 P(M, 215, "Boosting Unsupervised Contrastive Learning Using Diffusion-Based Data Augmentation From Scratch",
   "2309.07909", venue="arXiv 2023", year=2023, authors=["Z. Zang"],
   section="Applications / Computer Vision / Image classification"),
 P(M, 223, "Generative Data Augmentation Improves Scribble-supervised Semantic Segmentation",
   "2311.17121", venue="arXiv 2023", year=2023, authors=["J. Schnell"],
   section="Applications / Computer Vision / Semantic segmentation"),
 P(M, 230, "Improving Audio Captioning Models with Fine-grained Audio Features, Text Embedding Supervision, and LLM Mix-up Augmentation",
   "2309.17352", venue="arXiv 2023", year=2023, authors=["S. Wu"],
   section="Applications / Audio signal processing"),
 P(M, 233, "Deep Transformer based Data Augmentation with Subword Units for Morphologically Rich Online ASR",
   "2007.06949", venue="arXiv 2020", year=2020, authors=["B. Tarj\u00e1n"],
   section="Applications / Audio signal processing"),
 P(M, 240, "Generating training data with language models: Towards zero-shot language understanding",
   "2202.04538", venue="Advances in Neural Information Processing Systems", year=None,
   authors=["Y. Meng"], section="Data Post Processing / Top-K Selection"),
 P(M, 241, "Strata: Self-training with task augmentation for better few-shot learning", "2109.06270",
   venue="arXiv 2021", year=2021, authors=["T. Vu"], section="Data Post Processing / Top-K Selection"),
 P(M, 250, "Improving Audio Captioning Models with Fine-grained Audio Features, Text Embedding Supervision, and LLM Mix-up Augmentation",
   "2309.17352", venue="arXiv 2023", year=2023, authors=["S. Wu"],
   section="Data Post Processing / Model-based Approaches"),
 P(M, 255, "Generative Data Augmentation using LLMs improves Distributional Robustness in Question Answering",
   "2309.06358", venue="arXiv 2023", year=2023, authors=["A. Chowdhury"],
   section="Data Post Processing / Score-based Approaches"),

 # ---- ahmad-alismail / LLM_based_Synthetic_Data_Generation
 N(A, 20, TOC),
 N(A, 24, TOC),
 P(A, 46, "Domain-Specific Data Synthesis for LLMs via Minimal Sufficient Representation Learning",
   "2605.30039", year=2026,
   summary="Introduces DOMINO, which synthesizes domain-specific data from reference examples by learning minimal domain representations via prompt tuning with a contrastive disentanglement objective separating domain patterns from sample noise.",
   section=TRAD),
 P(A, 50, "MathSmith: Towards Extremely Hard Mathematical Reasoning by Forging Synthetic Problems with a Reinforced Policy",
   "2508.05592", year=2025,
   summary="Synthesizes hard mathematical problems from scratch using PlanetMath concept-explanation pairs and a reinforcement-learning policy that optimizes problem validity, complexity, and reasoning consistency.",
   section=TRAD),
 P(A, 54, "A Modular Approach for Clinical SLMs Driven by Synthetic Data with Pre-Instruction Tuning, Model Merging, and Clinical-Tasks Alignment",
   "2505.10717", year=2025,
   summary="Introduces a modular framework adapting small language models into clinical experts via pre-instruction tuning, model merging, and alignment, producing the MediFlow synthetic dataset of 2.5 million medical instructions.",
   section=TRAD),
 P(A, 56, "Self-Judge: Selective Instruction Following with Alignment Self-Evaluation", "2409.00935",
   year=2024,
   summary="Introduces a framework for a large language model to self-evaluate and decide whether to respond to a given prompt.",
   section=TRAD),
 P(A, 70, "Self-Play Fine-Tuning Converts Weak Language Models to Strong Language Models", "2401.01335",
   year=2024,
   summary='Shows that a language model can improve its reasoning and problem-solving skills by "playing" against itself to solve problems.',
   section=TRAD),
 P(A, 78, "MAMMOTH: BUILDING MATH GENERALIST MODELS THROUGH HYBRID INSTRUCTION TUNING", "2309.05653",
   year=2023,
   summary="Introduces open-source language models trained on a diverse set of math problems to improve general math problem-solving skills.",
   section=TRAD),
 P(A, 83, "WizardCoder: Empowering Code Large Language Models with Evol-Instruct", "2306.08568",
   year=2023,
   summary="Introduces Evol-Instruct, a method for generating complex instruction data to train more capable code-generating language models.",
   section=TRAD),
 P(A, 92, "CHATGPT OUTPERFORMS CROWD WORKERS FOR TEXT-ANNOTATION TASKS",
   url="https://www.pnas.org/doi/abs/10.1073/pnas.2305016120", year=2023,
   summary="Shows that for several text annotation tasks, ChatGPT performs better and is more cost-effective than human crowd workers.",
   section=TRAD),
 P(A, 94, "SELF-INSTRUCT: Aligning Language Models with Self-Generated Instructions", "2212.10560",
   year=2022,
   summary="Introduces a method for a language model to generate its own instruction-following data for self-improvement through fine-tuning.",
   section=TRAD),
 P(A, 96, "CORE: A Retrieve-then-Edit Framework for Counterfactual Data Generation", "2210.04873",
   year=2022,
   summary='Presents a "retrieve-then-edit" framework where a model finds and modifies text to create counterfactual examples.',
   section=TRAD),
 P(A, 106, "CausalSynth: Generating Structurally Sound Synthetic Data", "2605.17528", year=2026,
   summary="Proposes CausalSynth, which generates causal skeletons from a structural causal model, uses an LLM as a constrained realizer, and applies iterative consistency verification with closed-loop corrections to produce causally valid synthetic data.",
   section=AG),
 P(A, 110, "Benchmarking Agentic Workflow Generation", "2410.07869", year=2024,
   code="https://github.com/zjunlp/WorfBench",
   summary="Introduces WORFBENCH, a comprehensive benchmark designed to evaluate how well large language model (LLM) agents can generate workflows\u2014that is, structured plans of subtasks needed to solve complex problems.",
   section=AG),
 P(A, 114, "AgentInstruct: Toward Generative Teaching with Agentic Flows", "2407.03502", year=2024,
   summary="Introduces a framework to generate synthetic data for instruction-tuning. Instead of relying on human-curated prompts or limited seed sets, they use a network of AI agents, combined with tools and reflection loops\u2014to turn raw content (e.g., documents, code) into 25 million prompt\u2013response pairs.",
   section=AG),
 P(A, 116, "MALLM-GAN: Multi-Agent Large Language Model as Generative Adversarial Network for Synthesizing Tabular Data",
   "2406.10521", year=2024,
   summary="Leverages a multi-agent system within a GAN framework to improve the generation of realistic synthetic tabular data.",
   section=AG),
 P(A, 117, "Advancing LLM Reasoning Generalists With Preference Trees", "2404.02078", year=2024,
   summary='Improves a model\'s reasoning skills by having it explore and evaluate multiple reasoning paths, forming a "preference tree" of the best steps.',
   section=AG),
 P(A, 138, "On the Diversity of Synthetic Data and its Impact on Training Large Language Models",
   "2410.15226", year=2024,
   summary="Introduces a diversity metric (\u201cLLM cluster-agent\u201d) to quantify synthetic data variety, demonstrating that data diversity boosts model performance\u2014especially during fine-tuning\u2014even for smaller-scale LLMs",
   section="Further Reading"),
 N(A, 146, "Related Repositories"),
 N(A, 147, "Related Repositories"),

 # ---- chenmengdx / awesome-data-synthesis-for-code-llm
 P(C, 15, "WizardCoder: Empowering Code Large Language Models with Evol-Instruct",
   url="https://openreview.net/pdf?id=UnUwSIgK5W", venue="ICLR 2024", year=2024,
   code="https://github.com/nlpxucan/WizardLM", section=TOC),
 P(C, 18, "SemCoder: Training Code Language Models with Comprehensive Semantics Reasoning",
   "2406.01006", venue="NeurIPS 2024", year=2024, code="https://github.com/ARiSE-Lab/SemCoder",
   section=TOC),
 P(C, 19, "SemCoder: Training Code Language Models with Comprehensive Semantics Reasoning",
   "2406.01006", venue="NeurIPS 2024", year=2024, code="https://github.com/ARiSE-Lab/SemCoder",
   section=TOC),
 P(C, 23, "CRUXEval: A Benchmark for Code Reasoning, Understanding and Execution", "2401.03065",
   venue="arXiv 2024", year=2024, code="https://github.com/facebookresearch/cruxeval", section=TOC),
 P(C, 24, "Benchmarking and Improving Text-to-SQL Generation Under Ambiguity",
   url="https://aclanthology.org/2023.emnlp-main.436.pdf", venue="EMNLP 2023", year=2023,
   code="https://github.com/testzer0/AmbiQT", section=TOC),
 P(C, 28, "OpenCodeInterpreter: Integrating Code Generation with Execution and Refinement",
   url="https://aclanthology.org/2024.findings-acl.762.pdf", venue="ACL 2024 Findings", year=2024,
   code="https://github.com/OpenCodeInterpreter/OpenCodeInterpreter", section=TOC),
 P(C, 29, "DebugBench: Evaluating Debugging Capability of Large Language Models",
   url="https://aclanthology.org/2024.findings-acl.247.pdf", venue="ACL 2024 Findings", year=2024,
   code="https://github.com/thunlp/DebugBench", section=TOC),
 P(C, 41, "Evaluating Large Language Models Trained on Code", "2107.03374", venue="arXiv 2021",
   year=2021, code="https://github.com/openai/human-eval", section=TOC),
 P(C, 43, "Program Synthesis with Large Language Models", "2108.07732", venue="arXiv 2021", year=2021,
   code="https://github.com/google-research/google-research/tree/master/mbpp", section=TOC),
 P(C, 51, "BigCodeBench: Benchmarking Code Generation with Diverse Function Calls and Complex Instructions",
   "2406.15877", venue="arXiv 2024", year=2024, code="https://github.com/bigcode-project/bigcodebench",
   section=TOC),
 P(C, 55, "MultiPL-E: A Scalable and Extensible Approach to Benchmarking Neural Code Generation",
   "2208.08227", venue="IEEE Trans. Software Engineering 2022", year=2022,
   code="https://github.com/nuprl/MultiPL-E", section=TOC),
 P(C, 57, "McEval: Massively Multilingual Code Evaluation", "2406.07436", venue="arXiv 2024", year=2024,
   code="https://github.com/MCEVAL/McEval", section=TOC),
 P(C, 59, "CRUXEval: A Benchmark for Code Reasoning, Understanding and Execution", "2401.03065",
   venue="ICML 2024", year=2024, code="https://github.com/facebookresearch/cruxeval", section=TOC),
 N(C, 61, TOC),
 P(C, 65, "Enhancing the Code Debugging Ability of LLMs via Communicative Agent Based Data Refinement",
   "2408.05006", venue=None, year=2024, code="https://github.com/NEUIR/DebugEval", section=TOC),
 N(C, 77, TOC),
 N(C, 81, TOC),
 N(C, 83, TOC),
 N(C, 85, TOC),
 N(C, 87, TOC),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
want = {(n, e["line"]): e["raw"] for n, v in sample.items() for e in v["entries"]}
have = {(d["list"], d["line"]) for d in L}
assert have == set(want), (set(want) - have, have - set(want))
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for d in L:
        d["raw"] = want[(d["list"], d["line"])]
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels;", sum(d["is_paper"] for d in L), "papers")
