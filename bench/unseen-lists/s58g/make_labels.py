#!/usr/bin/env python3
"""Hand labels for the 60 sampled entries; raw text is copied from sample.json (the file's lines)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
H = "HITsz-TMG__Awesome-Large-Multimodal-Reasoning-Models.README.md"
Z = "ZhuYun97__Awesome-Visual-Reasoning-Datasets.README.md"
J = "jinzhuoran__Awesome-Multimodal-Reasoning.README.md"
H_MRN = "2 Roadmap of Multimodal Reasoning Models / 2.1 Stage 1 Perception Driven Reasoning - Developing Task-Specific Reasoning Modules / 2.1.1 Modular Reasoning Networks / Click to expand Modular Reasoning Networks table"
H_VLM = "2 Roadmap of Multimodal Reasoning Models / 2.1 Stage 1 Perception Driven Reasoning - Developing Task-Specific Reasoning Modules / 2.1.2 Vision-Language Models-based Modular Reasoning / Click to expand Vision-Language Models table"
J_PAI = "Method / Prompt-Augmented Inference"
J_RGI = "Method / Reward-Guided Inference"
J_SFT = "Method / Supervised Fine-Tuning"
J_RFT = "Method / Reinforcement Fine-Tuning"

def NP(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

def P(lst, line, title, section, arxiv_id=None, doi=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)

L = [
    # HITsz-TMG: table of contents items (non-papers)
    NP(H, 29, "Table of Contents"),
    NP(H, 33, "Table of Contents"),
    NP(H, 42, "Table of Contents"),
    NP(H, 43, "Table of Contents"),
    NP(H, 45, "Table of Contents"),
    NP(H, 51, "Table of Contents"),
    NP(H, 52, "Table of Contents"),
    NP(H, 55, "Table of Contents"),
    NP(H, 61, "Table of Contents"),
    NP(H, 65, "Table of Contents"),
    # HITsz-TMG: model tables (name link | Year | Architecture | Highlight | Training Method)
    P(H, 97, "MCB", H_MRN, arxiv_id="1606.01847", year=2016,
      summary="Optimizes cross-modal feature interactions with efficient bilinear modules."),
    P(H, 101, "UpDn", H_MRN, url="http://openaccess.thecvf.com/content_cvpr_2018/html/Anderson_Bottom-Up_and_Top-Down_CVPR_2018_paper.html", year=2018,
      summary="Combines bottom-up and top-down attention for object-level reasoning."),
    P(H, 105, "MuRel", H_MRN, url="http://openaccess.thecvf.com/content_CVPR_2019/html/Cadene_MUREL_Multimodal_Relational_Reasoning_for_Visual_Question_Answering_CVPR_2019_paper.html", year=2019,
      summary="Models reasoning as a relational network over object pairs for fine-grained inference."),
    P(H, 124, "ALBEF", H_VLM, url="https://proceedings.neurips.cc/paper/2021/hash/505259756244493872b7709a8a01b536-Abstract.html", year=2021,
      summary="Integrates contrastive learning with momentum distillation for robust reasoning."),
    P(H, 126, "VLMo", H_VLM, url="http://papers.nips.cc/paper_files/paper/2022/hash/d46662aa53e78a62afd980a29e0c37ed-Abstract-Conference.html", year=2022,
      summary="Employs a mixture-of-modality-experts for dynamic cross-modal reasoning."),
    P(H, 135, "VinVL", H_VLM, url="https://openaccess.thecvf.com/content/CVPR2021/html/Zhang_VinVL_Revisiting_Visual_Representations_in_Vision-Language_Models_CVPR_2021_paper.html", year=2021,
      summary="Boosts reasoning with enhanced visual features in a single Transformer."),
    P(H, 139, "CoCa", H_VLM, url="https://openreview.net/forum?id=Ee277P3AYC", year=2022,
      summary="Combines contrastive and generative heads for versatile cross-modal reasoning."),
    P(H, 146, "CLIPCap", H_VLM, arxiv_id="2111.09734", year=2021,
      summary="Projects CLIP visual features into an LLM for reasoning and captioning."),
    P(H, 151, "mPLUG-Owl", H_VLM, arxiv_id="2304.14178", year=2023,
      summary="Integrates modular visual encoder with LLM for instruction-following reasoning."),
    P(H, 152, "Otter", H_VLM, arxiv_id="2305.03726", year=2023,
      summary="Combines modular visual encoder with LLM for in-context multimodal reasoning."),

    # ZhuYun97: table of contents and contributing bullets (non-papers)
    NP(Z, 16, "Table of Contents"),
    NP(Z, 17, "Table of Contents"),
    NP(Z, 18, "Table of Contents"),
    NP(Z, 19, "Table of Contents"),
    NP(Z, 21, "Table of Contents"),
    NP(Z, 23, "Table of Contents"),
    NP(Z, 169, "Contributing"),
    # ZhuYun97: dataset rows with a Paper link (papers) / only a website (non-papers)
    P(Z, 34, "GeoQA", "Mathematical Reasoning", arxiv_id="2105.14517",
      summary="Geometry problem-solving with diagram understanding."),
    P(Z, 38, "Geo170K", "Mathematical Reasoning", arxiv_id="2404.09341",
      summary="Large synthetic geometric dataset for diagram-based QA and reasoning."),
    P(Z, 39, "MM-MathInstruct", "Mathematical Reasoning", arxiv_id="2502.07531",
      summary="Instruction-tuning dataset for multimodal mathematical reasoning models."),
    P(Z, 40, "MathV360K", "Mathematical Reasoning", arxiv_id="2403.08593",
      summary="Multimodal dataset containing diverse math visual reasoning problems."),
    P(Z, 41, "MultiMath", "Mathematical Reasoning", arxiv_id="2406.05134",
      summary="Multilingual and multimodal math reasoning dataset across algebra, geometry, and calculus."),
    P(Z, 44, "CLEVR-Math", "Mathematical Reasoning", arxiv_id="2212.01500",
      summary="Synthetic dataset combining CLEVR visual scenes with symbolic math expressions."),
    P(Z, 69, "ShapeWorld", "Spatial & Geometric Reasoning", arxiv_id="1704.04517",
      summary="Synthetic shapes dataset for abstract reasoning."),
    NP(Z, 70, "Spatial & Geometric Reasoning"),
    P(Z, 89, "FigureQA", "Chart, Diagram & Figure Reasoning", arxiv_id="1710.07300",
      summary="Synthetic figure reasoning via attribute comparison."),
    P(Z, 95, "InfographicsVQA", "Chart, Diagram & Figure Reasoning", arxiv_id="2105.02795",
      summary="VQA dataset focused on infographics, requiring reasoning about charts, text, and layout."),
    NP(Z, 126, "Synthetic & Programmatic Datasets"),
    P(Z, 149, "MiniGPT-4 Instruct", "Hybrid Datasets", arxiv_id="2304.10592",
      summary="Curated instruction-following data used for the alignment stage of MiniGPT-4."),
    P(Z, 150, "InternVL-Chat-SFT", "Hybrid Datasets", arxiv_id="2405.05047",
      summary="Instruction tuning data from the InternVL 1.5 model, covering general VQA, OCR, and reasoning."),

    # jinzhuoran: bold-title bullets, [[Paper]] link, month-year / Task / Method badges
    P(J, 17, "Thinking Before Looking: Improving Multimodal LLM Reasoning via Mitigating Visual Hallucination", J_PAI, arxiv_id="2411.12591", year=2024),
    P(J, 45, "See, Think, Confirm: Interactive Prompting Between Vision and Language Models for Knowledge-based Visual Reasoning", J_PAI, arxiv_id="2301.05226", year=2023),
    P(J, 56, "Boosting Multimodal Reasoning with Automated Structured Thinking", J_RGI, arxiv_id="2506.08691", year=2025),
    P(J, 67, "LLaVA-CoT: Let Vision Language Models Reason Step-by-Step", J_RGI, arxiv_id="2411.10440", year=2025),
    P(J, 69, "Progressive Multimodal Reasoning via Active Retrieval", J_RGI, arxiv_id="2412.14835", year=2024),
    P(J, 80, "Sherlock: Self-Correcting Reasoning in Vision-Language Models", J_SFT, arxiv_id="2505.22651", year=2025),
    P(J, 84, "Unsupervised Visual Chain-of-Thought Reasoning via Preference Optimization", J_SFT, arxiv_id="2504.18397", year=2025),
    P(J, 90, "SoTA with Less: MCTS-Guided Sample Selection for Data-Efficient Visual Reasoning Self-Improvement", J_SFT, arxiv_id="2504.07934", year=2025),
    P(J, 98, "RedStar: Does Scaling Long-CoT Data Unlock Better Slow-Reasoning Systems?", J_SFT, arxiv_id="2501.11284", year=2025),
    P(J, 108, "Insight-V: Exploring Long-Chain Visual Reasoning with Multimodal Large Language Models", J_SFT, arxiv_id="2411.14432", year=2024),
    P(J, 126, "Video-of-Thought: Step-by-Step Video Reasoning from Perception to Cognition", J_SFT, arxiv_id="2501.03230", year=2024),
    P(J, 136, "Play to Generalize: Learning to Reason Through Game Play", J_RFT, arxiv_id="2506.08011", year=2025),
    P(J, 152, "MoDoMoDo: Multi-Domain Data Mixtures for Multimodal LLM Reinforcement Learning", J_RFT, arxiv_id="2505.24871", year=2025),
    P(J, 156, "VisualSphinx: Large-Scale Synthetic Vision Logic Puzzles for RL", J_RFT, arxiv_id="2505.23977", year=2025),
    P(J, 164, "Omni-R1: Reinforcement Learning for Omnimodal Reasoning via Two-System Collaboration", J_RFT, arxiv_id="2505.20256", year=2025),
    P(J, 176, "UniVG-R1: Reasoning Guided Universal Visual Grounding with Reinforcement Learning", J_RFT, arxiv_id="2505.14231", year=2025),
    P(J, 178, "G1: Bootstrapping Perception and Reasoning Abilities of Vision-Language Model via Reinforcement Learning", J_RFT, arxiv_id="2505.13426", year=2025),
    P(J, 196, "VL-Rethinker: Incentivizing Self-Reflection of Vision-Language Models with Reinforcement Learning", J_RFT, arxiv_id="2504.08837", year=2025),
    P(J, 200, "VLM-R1: A Stable and Generalizable R1-style Large Vision-Language Model", J_RFT, arxiv_id="2504.07615", year=2025),
    P(J, 210, "Improved Visual-Spatial Reasoning via R1-Zero-Like Training", J_RFT, arxiv_id="2504.00883", year=2025),
]

sample = {(s["list"], s["line"]): s["raw"] for s in json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))}
assert len(L) == len(sample) == 60, (len(L), len(sample))
keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for d in L:
        d["raw"] = sample[(d["list"], d["line"])]
        f.write(json.dumps({k: d[k] for k in keys}, ensure_ascii=False) + "\n")
print("wrote", len(L))
