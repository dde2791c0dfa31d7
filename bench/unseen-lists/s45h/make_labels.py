"""Build labels.jsonl from hand-written labels; raw text is copied from the saved lists.

Each label gives the start line and the number of source lines the entry spans;
authors of the LuckyyySTA list are read from the italic authors line and were
checked by hand against the file.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
L1 = "LuckyyySTA__Awesome-LLM-hallucination.README.md"
L2 = "showlab__Awesome-MLLM-Hallucination.README.md"
L3 = "AmourWaltz__Reliable-LLM.README.md"
_cache = {}


def lines(name):
    if name not in _cache:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            _cache[name] = f.read().split("\n")
    return _cache[name]


def raw(name, line, n):
    return "\n".join(lines(name)[line - 1:line - 1 + n])


def italic_authors(name, line):
    m = re.search(r"\*([^*]+)\*", lines(name)[line - 1])
    return [a.strip() for a in m.group(1).split(",")]


def rec(name, line, n, is_paper, section, title=None, arxiv_id=None, url=None,
        venue=None, year=None, authors=None, code=None):
    return {"list": name, "line": line, "raw": raw(name, line, n), "is_paper": is_paper,
            "title": title, "arxiv_id": arxiv_id, "doi": None, "url": url, "venue": venue,
            "year": year, "authors": authors, "code": code, "summary": None,
            "section": section}


def p1(line, title, arxiv_id, venue, year, section, url=None):
    """LuckyyySTA: numbered bold title + `venue`, blank line, italic authors + [[paper]] + date."""
    return rec(L1, line, 3, True, section, title=title, arxiv_id=arxiv_id, url=url,
               venue=venue, year=year, authors=italic_authors(L1, line + 2))


KM = "Causes / Knowledge Gap / Knowledge Memorization"
UE = "Hallucination Detection / Factuality-oriented Hallucination / Uncertainty Estimation"
RA = "Mitigation / Retrieval-Augmented LLM"
CD = "Mitigation / Decoding / Contrastive Decoding"
out = [
    p1(11, "Siren's Song in the AI Ocean: A Survey on Hallucination in Large Language Models", "2309.01219", "arXiv 2023", 2023, "Survey"),
    p1(53, "Factuality Challenges in the Era of Large Language Models", "2310.05189", "arXiv 2023", 2023, KM),
    p1(61, "Exploring Memorization in Fine-tuned Language Models", "2310.06714", "arXiv 2023", 2023, KM),
    p1(107, "Instruction Position Matters in Sequence Generation with Large Language Models", "2308.12097", "arXiv 2023", 2023, "Causes / Sub-optimal Alignment / Instruction Tuning"),
    p1(181, "LM vs LM: Detecting Factual Errors via Cross Examination", "2305.13281", "arXiv 2023", 2023, UE),
    p1(189, "Can LLMs Express Their Uncertainty? An Empirical Evaluation of Confidence Elicitation in LLMs", "2306.13063", "arXiv 2023", 2023, UE),
    p1(197, "LLM Lies: Hallucinations are not Bugs, but Features as Adversarial Examples", "2310.01469", "arXiv 2023", 2023, UE),
    p1(261, "Med-HALT: Medical Domain Hallucination Test for Large Language Models", "2307.15343", "arXiv 2023", 2023, "Hallucination Benchmark"),
    p1(265, "FELM: Benchmarking Factuality Evaluation of Large Language Models", "2310.00741", "NeurIPS 2023", 2023, "Hallucination Benchmark"),
    p1(285, "CTRL: A Conditional Transformer Language Model for Controllable Generation", "1909.05858", "arXiv 2019", 2019, "Mitigation / Parameter Combination"),
    p1(305, "Elastic Weight Removal for Faithful and Abstractive Dialogue Generation", "2303.17574", "arXiv 2023", 2023, "Mitigation / Parameter Combination"),
    p1(311, "MetaGPT: Meta Programming for Multi-Agent Collaborative Framework", "2308.00352", "arXiv 2023", 2023, "Mitigation / Multi-Agent"),
    p1(335, "Large Language Models with Controllable Working Memory", "2211.05110", "ACL 2023 Findings", 2023, RA),
    # venue given as bare `ACL`; year from the stated date 2022.11 (the rules: venue year, else stated date)
    p1(339, "DisentQA: Disentangling Parametric and Contextual Knowledge with Counterfactual Question Answering", None, "ACL", 2022, RA,
       url="https://aclanthology.org/2023.acl-long.559/"),
    p1(473, "PURR: Efficiently Editing Language Model Hallucinations by Denoising Language Model Corruptions", "2305.14908", "arXiv 2023", 2023, "Mitigation / Attributable LLM / Attributed LLM"),
    p1(477, "Large Language Models are Built-in Autoregressive Search Engines", None, "ACL 2023 Findings", 2023, "Mitigation / Attributable LLM / Attributed LLM",
       url="https://aclanthology.org/2023.findings-acl.167.pdf"),
    p1(535, "RAGAS: Automated Evaluation of Retrieval Augmented Generation", "2309.15217", "arXiv 2023", 2023, "Mitigation / Attributable LLM / Others"),
    p1(556, "Trusting Your Evidence: Hallucinate Less with Context-aware Decoding", "2305.14739", "arXiv 2023", 2023, CD),
    p1(560, "Mitigating Hallucinations and Off-target Machine Translation with Source-Contrastive and Language-Contrastive Decoding", "2309.07098", "arXiv 2023", 2023, CD),
    rec(L1, 569, 1, False, "Mitigation / Decoding"),
]

HB = "Hallucination Benchmarks"
HM = "Hallucination Mitigation"


def p2(line, n, title, arxiv_id, year, section, code=None, venue=None):
    """showlab: + **ABBR** [Title](arxiv) (date[, venue]) then badge lines."""
    return rec(L2, line, n, True, section, title=title, arxiv_id=arxiv_id, venue=venue,
               year=year, code=code)


out += [
    rec(L2, 23, 1, False, "Table of Contents"),
    p2(30, 2, "ALOHa: A New Measure for Hallucination in Captioning Models", "2404.02904", 2024, HB, venue="NAACL 2024"),
    p2(77, 3, "HallE-Switch: Controlling Object Hallucination in Large Vision Language Models", "2310.01779", 2023, HB, code="https://github.com/bronyayang/HallE_Switch"),
    p2(81, 2, "HallusionBench: An Advanced Diagnostic Suite for Entangled Language Hallucination & Visual Illusion in Large Vision-Language Models", "2310.14566", 2023, HB),
    p2(84, 2, "Mitigating Hallucination in Visual Language Models with Visual Supervision", "2311.16479", 2023, HB),
    p2(99, 3, "Evaluation and Analysis of Hallucination in Large Vision-Language Models", "2308.15126", 2023, HB, code="https://github.com/junyangwang0410/HaELM"),
    p2(106, 3, "Mitigating Hallucination in Large Multi-Modal Models via Robust Instruction Tuning", "2306.14565", 2023, HB, code="https://github.com/FuxiaoLiu/LRV-Instruction"),
    p2(140, 2, "Mitigating Hallucinations in Large Vision-Language Models with Instruction Contrastive Decoding", "2403.18715", 2024, HM),
    p2(143, 2, "Exploiting Semantic Reconstruction to Mitigate Hallucinations in Vision-Language Models", "2403.16167", 2024, HM),
    p2(149, 2, "Multi-Modal Hallucination Control by Visual Information Grounding", "2403.14003", 2024, HM),
    p2(155, 2, "Mitigating Dialogue Hallucination for Large Multi-modal Models via Adversarial Instruction Tuning", "2403.10492", 2024, HM),
    p2(158, 3, "HALC: Object Hallucination Reduction via Adaptive Focal-Contrast Decoding", "2403.00425", 2024, HM, code="https://github.com/BillChan226/HALC"),
    p2(162, 2, "IBD: Alleviating Hallucinations in Large Vision-Language Models via Image-Biased Decoding", "2402.18476", 2024, HM),
    p2(165, 2, "Seeing is Believing: Mitigating Hallucination in Large Vision-Language Models via CLIP-Guided Decoding", "2402.15300", 2024, HM),
    p2(176, 3, "Aligning Modalities in Vision Large Language Models via Preference Fine-tuning", "2402.11411", 2024, HM, code="https://github.com/YiyangZhou/POVID"),
    p2(201, 3, "MOCHa: Multi-Objective Reinforcement Mitigating Caption Hallucinations", "2312.03631", 2023, HM, code="https://github.com/assafbk/mocha_code"),
    p2(209, 3, "HallE-Switch: Controlling Object Hallucination in Large Vision Language Models", "2310.01779", 2023, HM, code="https://github.com/bronyayang/HallE_Switch"),
    p2(221, 3, "Mitigating Object Hallucinations in Large Vision-Language Models through Visual Contrastive Decoding", "2311.16922", 2023, HM, code="https://github.com/DAMO-NLP-SG/VCD"),
    p2(231, 3, "HalluciDoctor: Mitigating Hallucinatory Toxicity in Visual Instruction Data", "2311.13614", 2023, HM, code="https://github.com/Yuqifan1117/HalluciDoctor"),
    p2(259, 2, "Detecting and Preventing Hallucinations in Large Vision Language Models", "2308.06394", 2023, HM),
]

SI = "Related Works / Survey & Investigation"
UQ = "Related Works / Confidence & Uncertainty Estimation / Uncertainty Quantification"
HD = "Related Works / Confidence & Uncertainty for Hallucination / Hallucination Detection by Uncertainty"
GT = "Related Works / Model Calibration / Generative Tasks"


def p3(line, title, section, arxiv_id=None, url=None, venue="arXiv", year=None):
    """AmourWaltz: | [Title](link) | Conference/Journal | [[Link](notes)] |; prePrint -> arXiv."""
    return rec(L3, line, 1, True, section, title=title, arxiv_id=arxiv_id, url=url,
               venue=venue, year=year)


out += [
    rec(L3, 11, 1, False, "Background & Preliminary / Model Calibration on Classification Tasks"),
    p3(41, "Confidence Under the Hood: An Investigation into the Confidence-Probability Alignment in Large Language Models", SI, arxiv_id="2405.16282"),
    p3(42, "Large Language Models Must Be Taught to Know What They Don’t Know", SI, arxiv_id="2406.08391"),
    p3(53, "When Quantization Affects Confidence of Large Language Models?", UQ, arxiv_id="2405.00632"),
    p3(55, "Kernel Language Entropy: Fine-grained Uncertainty Quantification for LLMs from Semantic Similarities", UQ, arxiv_id="2405.20003"),
    p3(63, "Navigating the Grey Area: Expressions of Overconfidence and Uncertainty in Language Models",
       "Related Works / Confidence & Uncertainty Estimation / Linguistic Uncertainty Expressions",
       url="https://openreview.net/forum?id=fxotfo1j8T&noteId=2Sajm3fx2g", venue="EMNLP 2023", year=2023),
    p3(79, "SaySelf: Teaching LLMs to Express Confidence with Self-Reflective Rationales",
       "Related Works / Confidence & Uncertainty Estimation / Confidence Expressions Improvements", arxiv_id="2405.20974"),
    p3(91, "Learning Confidence for Transformer-based Neural Machine Translation", HD,
       url="https://aclanthology.org/2022.acl-long.167.pdf", venue="ACL 2022", year=2022),
    p3(92, "Towards Reliable Misinformation Mitigation: Generalization, Uncertainty, and GPT-4", HD,
       url="https://openreview.net/forum?id=cCJGuKJYG8&referrer=%5Bthe%20profile%20of%20Kellin%20Pelrine%5D(%2Fprofile%3Fid%3D~Kellin_Pelrine1)",
       venue="EMNLP 2023", year=2023),
    p3(93, "SelfCheckGPT: Zero-Resource Black-Box Hallucination Detection for Generative Large Language Models", HD,
       url="https://openreview.net/forum?id=RwzFNbJ3Ez&referrer=%5Bthe%20profile%20of%20Mark%20Gales%5D(%2Fprofile%3Fid%3D~Mark_Gales1)",
       venue="EMNLP 2023", year=2023),
    p3(102, "Uncertainty Aware Learning for Language Model Alignment",
       "Related Works / Confidence & Uncertainty for Hallucination / Factuality Improvements by Confidence",
       arxiv_id="2406.04854", venue="ACL 2024", year=2024),
    p3(110, "Reducing Conversational Agents’ Overconfidence Through Linguistic Calibration", GT,
       url="https://aclanthology.org/2022.tacl-1.50/", venue="TACL 2022", year=2022),
    p3(111, "Preserving Pre-trained Features Helps Calibrate Fine-tuned Language Models", GT,
       url="https://openreview.net/forum?id=NI7StoWHJPT", venue="ICLR 2023", year=2023),
    p3(112, "Calibrating the Confidence of Large Language Models by Eliciting Fidelity", GT, arxiv_id="2404.02655"),
    p3(115, "Knowing More About Questions Can Help: Improving Calibration in Question Answering", GT,
       url="https://aclanthology.org/2021.findings-acl.172.pdf", venue="ACL 2021 Findings", year=2021),
    p3(116, "Just Ask for Calibration: Strategies for Eliciting Calibrated Confidence Scores from Language Models Fine-Tuned with Human Feedback", GT,
       url="https://aclanthology.org/2023.emnlp-main.330/", venue="EMNLP 2023", year=2023),
    p3(118, "Calibrating Large Language Models Using Their Generations Only", GT, arxiv_id="2403.05973"),
    p3(119, "Calibrating Large Language Models with Sample Consistency", GT, arxiv_id="2402.13904"),
    p3(128, "Knowledge of Knowledge: Exploring Known-Unknowns Uncertainty with Large Language Models",
       "Related Works / Known-Unknown", arxiv_id="2305.13712"),
    rec(L3, 134, 1, False, "Future Directions"),
]

# sanity: every label starts at a sampled line
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "labels")
