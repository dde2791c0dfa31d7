#!/usr/bin/env python3
"""Hand labels for the s54d sample, written out as labels.jsonl.

Every value below was read by eye from the README line; `raw` is copied from
the file at the sampled line (the entry's start line plus its continuation
lines, as sample.py gives it in sample.json).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Y = "YerbaPage__Awesome-Repo-Level-Code-Generation.README.md"
C = "codefuse-ai__Awesome-Code-LLM.README.md"
T = "tongye98__Awesome-Code-Benchmark.README.md"

YI = "Repo-Level Issue Resolution"
YC = "Repo-Level Code Completion"
YT = "Repo-Level Code Translation"
YQ = "Repo-Level Code QA"
YD = "Datasets and Benchmarks"
CT = "Table of Contents"
CM = "2. Models / 2.1 Base LLMs and Pretraining Strategies"
TT = "Table of Contents"
TX = "Taxonomy"
TG = "Benchmark Categories / Code Generation & Completion"


def P(title, arxiv=None, url=None, venue=None, year=None, code=None, doi=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=[], code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


LABELS = {
    # ---- YerbaPage: "- [**Name**: ]Title [YYYY-MM-venue] [[📄 paper](...)] [[🔗 repo](...)]"
    (Y, 260): P("AutoCodeBench: Large Language Models are Automatic Code Benchmark Generators",
                arxiv="2508.09101", venue="arXiv 2025", year=2025,
                code="https://autocodebench.github.io/", section=YD),
    (Y, 350): P("Enhancing and Benchmarking Real-world Repository-level Code Completion Abilities of Code Large Language Models",
                arxiv="2406.01359", venue="arXiv 2024", year=2024, section=YD),
    (Y, 323): P("An Evolution-aware Benchmark for More Realistic Evaluation of Repository-level Code Generation",
                url="https://www.computer.org/csdl/proceedings-article/icse/2025/056900a764/251mHzzKizu",
                venue="ICSE 2025", year=2025,
                code="https://github.com/DeepSoftwareAnalytics/HumanEvo", section=YD),
    (Y, 177): P("Lost in Translation: A Study of Bugs Introduced by Large Language Models while Translating Code",
                url="https://doi.org/10.1145/3597503.3639226", doi="10.1145/3597503.3639226",
                venue="ICSE 2024", year=2024,
                code="https://github.com/Intelligent-CAT-Lab/PLTranslationEmpirical", section=YT),
    (Y, 169): P("Fully Autonomous Programming with Large Language Models",
                url="https://dl.acm.org/doi/pdf/10.1145/3583131.3590481", venue="GECCO 2023", year=2023,
                code="https://github.com/KoutchemeCharles/aied2023", section=YC),
    (Y, 59): P("AEGIS: An Agent-based Framework for General Bug Reproduction from Issue Descriptions",
               arxiv="2411.18015", venue="FSE 2025", year=2025, section=YI),
    (Y, 135): P("RAMBO: Enhancing RAG-based Repository-Level Method Body Completion",
                arxiv="2409.15204", venue="arXiv 2024", year=2024,
                code="https://github.com/ise-uet-vnu/rambo", section=YC),
    (Y, 285): P("Synthesizing Verifiable Bug-Fix Data to Enable Large Language Models in Resolving Real-World Bugs",
                arxiv="2504.14757", venue="arXiv 2025", year=2025,
                code="https://github.com/FSoft-AI4Code/SWE-Synth", section=YD),
    (Y, 91): P("Lingma SWE-GPT: An Open Development-Process-Centric Language Model for Automated Software Improvement",
               arxiv="2411.00622", venue="arXiv 2024", year=2024,
               code="https://github.com/LingmaTongyi/Lingma-SWE-GPT", section=YI),
    (Y, 75): P("SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution",
               arxiv="2502.18449", venue="arXiv 2025", year=2025,
               code="https://github.com/facebookresearch/swe-rl", section=YI),
    (Y, 244): P("Can Language Models Answer Repository-level Code Questions?",
                arxiv="2509.14635", venue="arXiv 2025", year=2025,
                code="https://github.com/peng-weihan/SWE-QA-Bench", section=YD),
    (Y, 167): P("Repository-Level Prompt Generation for Large Language Models of Code",
                url="https://proceedings.mlr.press/v202/shrivastava23a.html", venue="ICML 2023", year=2023,
                code="https://github.com/shrivastavadisha/repo_level_prompt_generation", section=YC),
    (Y, 117): P("CodexGraph: Bridging Large Language Models and Code Repositories via Code Graph Databases",
                url="https://aclanthology.org/2025.naacl-long.7/", venue="NAACL 2025", year=2025, section=YC),
    (Y, 219): P("CodeQueries: A Dataset of Semantic Queries over Code",
                arxiv="2209.08372", venue="arXiv 2022", year=2022, section=YQ),
    (Y, 246): P("Evaluating LLMs on Code Generation under Stepwise Requirement Refinement",
                arxiv="2509.18808", venue="arXiv 2025", year=2025, section=YD),
    (Y, 93): P("SWE-Search: Enhancing Software Agents with Monte Carlo Tree Search and Iterative Refinement",
               arxiv="2410.20285", venue="arXiv 2024", year=2024,
               code="https://github.com/aorwall/moatless-tree-search", section=YI),
    (Y, 141): P("GraphCoder: Enhancing Repository-Level Code Completion via Code Context Graph-based Retrieval and Language Model",
                arxiv="2406.07003", venue="arXiv 2024", year=2024, section=YC),
    (Y, 81): P("Training Software Engineering Agents and Verifiers with SWE-Gym",
               arxiv="2412.21139", venue="arXiv 2024", year=2024,
               code="https://github.com/SWE-Gym/SWE-Gym", section=YI),
    (Y, 125): P("REPOFILTER: Adaptive Retrieval Context Trimming for Repository-Level Code Completion",
                url="https://openreview.net/forum?id=oOSeOEXrFA", venue="OpenReview 2025", year=2025, section=YC),
    (Y, 159): P("DraCo: Dataflow-Guided Retrieval Augmentation for Repository-Level Code Completion",
                url="https://aclanthology.org/2024.acl-long.431/", venue="ACL 2024", year=2024,
                code="https://github.com/nju-websoft/DraCo", section=YC),

    # ---- codefuse-ai: 'N. **Name**: "Title" [YYYY-MM] [Venue] [[paper](...)] [[repo](...)]'
    (C, 101): N(CT),
    (C, 149): N(CT),
    (C, 136): N(CT),
    (C, 236): P("DeepSeek LLM: Scaling Open-Source Language Models with Longtermism",
                arxiv="2401.02954", year=2024, code="https://github.com/deepseek-ai/DeepSeek-LLM", section=CM),
    (C, 276): P("Xmodel-LM Technical Report", arxiv="2406.02856", year=2024, section=CM),
    (C, 270): P("MAP-Neo: Highly Capable and Transparent Bilingual Large Language Model Series",
                arxiv="2405.19327", year=2024,
                code="https://github.com/multimodal-art-projection/MAP-NEO", section=CM),
    (C, 94): N(CT),
    (C, 226): P("Qwen Technical Report", arxiv="2309.16609", year=2023,
                code="https://github.com/QwenLM/Qwen", section=CM),
    (C, 220): P("Llama 2: Open Foundation and Fine-Tuned Chat Models", arxiv="2307.09288", year=2023,
                code="https://github.com/facebookresearch/llama", section=CM),
    (C, 216): P("LLaMA: Open and Efficient Foundation Language Models", arxiv="2302.13971", year=2023,
                section=CM),
    (C, 174): P("A Survey on Pretrained Language Models for Neural Code Intelligence", arxiv="2212.10079",
                year=2022, section="1. Surveys"),
    (C, 99): N(CT),
    (C, 116): N(CT),
    (C, 288): P("The FineWeb Datasets: Decanting the Web for the Finest Text Data at Scale",
                arxiv="2406.17557", year=2024, section=CM),
    (C, 11): P("Robust and Secure Code Watermarking for Large Language Models via ML/Crypto Codesign",
               arxiv="2502.02068", section="News"),
    (C, 92): N(CT),
    (C, 122): N(CT),
    (C, 45): N(CT),
    (C, 292): P("Gemma 2: Improving Open Language Models at a Practical Size", year=2024, section=CM),
    (C, 15): P("Humanity's Last Exam", arxiv="2501.14249", section="News"),

    # ---- tongye98: table | Benchmark | Paper | Year | ... | Links |
    (T, 49): N(TX),
    (T, 22): N(TT),
    (T, 30): N(TT),
    (T, 21): N(TT),
    (T, 71): P("MultiPL-E: A Scalable and Polyglot Approach to Benchmarking Neural Code Generation",
               url="https://ieeexplore.ieee.org/abstract/document/10103177", year=2023,
               code="https://github.com/nuprl/MultiPL-E", section=TG),
    (T, 19): N(TT),
    (T, 27): N(TT),
    (T, 90): P("CodeAgent: Enhancing Code Generation with Tool-Integrated Agent Systems for Real-World Repo-level Coding Challenges",
               arxiv="2401.07339", year=2024, section=TG),
    (T, 74): P("Python Code Generation by Asking Clarification Questions", arxiv="2212.09885", year=2023,
               code="https://github.com/UKPLab/codeclarqa", section=TG),
    (T, 69): P("Measuring Coding Challenge Competence With APPS", arxiv="2105.09938", year=2021,
               code="https://github.com/hendrycks/apps", section=TG),
    (T, 66): P("Program Synthesis with Large Language Models", arxiv="2108.07732", year=2021,
               code="https://github.com/google-research/google-research/tree/master/mbpp", section=TG),
    (T, 78): P("RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems", arxiv="2306.03091",
               year=2024, code="https://github.com/Leolty/repobench", section=TG),
    (T, 33): N(TT),
    (T, 25): N(TT),
    (T, 37): N(TT),
    (T, 81): P("DevEval: A Manually-Annotated Code Generation Benchmark Aligned with Real-World Code Repositories",
               arxiv="2405.19856", year=2024, code="https://github.com/seketeam/DevEval", section=TG),
    (T, 73): P("LongCoder: A Long-Range Pre-trained Language Model for Code Completion", arxiv="2306.14893",
               year=2023, code="https://github.com/microsoft/CodeBERT/tree/master/LongCoder", section=TG),
    (T, 28): N(TT),
    (T, 45): N(TX),
    (T, 76): P("CrossCodeEval: A Diverse and Multilingual Benchmark for Cross-File Code Completion",
               arxiv="2310.11248", year=2023, code="https://github.com/amazon-science/cceval", section=TG),
}

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    with open(os.path.join(HERE, "sample.json"), encoding="utf-8") as fh:
        sample = json.load(fh)
    assert len(sample) == len(LABELS) == 60, (len(sample), len(LABELS))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for s in sample:
            lab = LABELS[(s["list"], s["line"])]
            rec = {"list": s["list"], "line": s["line"], "raw": s["raw"], **lab}
            out.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
