#!/usr/bin/env python3
"""A deterministic synthetic library of arXiv-like papers, for the benchmarks.

    python bench/gen_corpus.py N SEED OUTDIR

writes OUTDIR/corpus.bib (arXiv-style BibTeX) and OUTDIR/corpus.jsonl (paperctl
JSON Lines) describing the same N papers. The same N and SEED give byte-identical
files (standard library only; nothing depends on the clock, the locale or hash
randomisation).

Each paper has a unique new-style arXiv ID (``yymm.nnnnn``, yymm in 1501..2512), a
unique title built from word lists typical of ML titles, 1-12 authors (Latin names
with diacritics and CJK names mixed), a ~150-word abstract, 1-3 sections out of 20
(``LLM/In-Context Learning``), a one-line summary for ~70% of papers (some in
Chinese), notes for ~20%, a venue for ~30%, and a reading status.

BibTeX: ``@misc`` entries with ``eprint``/``archivePrefix``/``primaryClass``/``url``
(``@inproceedings`` with ``booktitle`` when the paper has a venue, keeping the
eprint fields), ``keywords`` = sections joined by ", ", ``annote`` = summary; UTF-8,
no LaTeX escapes. Notes and status are in the JSON Lines only.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SECTIONS = [
    "LLM/In-Context Learning", "LLM/Reasoning", "LLM/Efficiency", "LLM/Alignment", "LLM/RLHF",
    "LLM/Agents", "LLM/Long Context", "LLM/Evaluation", "LLM/Retrieval-Augmented Generation",
    "LLM/Interpretability", "VLM/Hallucination", "VLM/Instruction Tuning", "VLM/Grounding",
    "VLM/Video Understanding", "Diffusion/Image Generation", "Diffusion/Theory",
    "Efficient Inference/Speculative Decoding", "Efficient Inference/Quantization",
    "Robotics/Manipulation", "Theory/Scaling Laws",
]
# How the sections relate to the words of a paper: a paper's sections bias its title.
SECTION_TOPICS = {
    "LLM/In-Context Learning": ["In-Context Learning", "Few-Shot Prompting", "Demonstration Selection"],
    "LLM/Reasoning": ["Chain-of-Thought Reasoning", "Mathematical Reasoning", "Multi-Step Reasoning"],
    "LLM/Efficiency": ["Efficient Fine-Tuning", "Parameter-Efficient Adaptation", "KV Cache Compression"],
    "LLM/Alignment": ["Preference Optimization", "Value Alignment", "Instruction Following"],
    "LLM/RLHF": ["Reward Modeling", "Reinforcement Learning from Human Feedback", "Policy Optimization"],
    "LLM/Agents": ["Tool Use", "Autonomous Agents", "Web Navigation"],
    "LLM/Long Context": ["Long-Context Modeling", "Context Window Extension", "Memory Retrieval"],
    "LLM/Evaluation": ["Benchmarking", "Contamination Detection", "Model Evaluation"],
    "LLM/Retrieval-Augmented Generation": ["Retrieval-Augmented Generation", "Dense Retrieval",
                                           "Knowledge Grounding"],
    "LLM/Interpretability": ["Mechanistic Interpretability", "Circuit Discovery", "Probing"],
    "VLM/Hallucination": ["Object Hallucination", "Visual Hallucination", "Faithful Captioning"],
    "VLM/Instruction Tuning": ["Visual Instruction Tuning", "Multimodal Instruction Following",
                               "Vision-Language Pretraining"],
    "VLM/Grounding": ["Visual Grounding", "Referring Expression Comprehension", "Region Captioning"],
    "VLM/Video Understanding": ["Video Question Answering", "Temporal Grounding", "Video Captioning"],
    "Diffusion/Image Generation": ["Text-to-Image Generation", "Image Editing", "Controllable Generation"],
    "Diffusion/Theory": ["Score Matching", "Denoising Diffusion", "Flow Matching"],
    "Efficient Inference/Speculative Decoding": ["Speculative Decoding", "Parallel Decoding",
                                                 "Draft Model Verification"],
    "Efficient Inference/Quantization": ["Post-Training Quantization", "Low-Bit Inference",
                                         "Weight Quantization"],
    "Robotics/Manipulation": ["Robotic Manipulation", "Embodied Planning", "Imitation Learning"],
    "Theory/Scaling Laws": ["Scaling Laws", "Compute-Optimal Training", "Emergent Abilities"],
}
PRIMARY_CLASS = {"LLM": "cs.CL", "VLM": "cs.CV", "Diffusion": "cs.CV", "Efficient Inference": "cs.LG",
                 "Robotics": "cs.RO", "Theory": "cs.LG"}

METHOD_PREFIXES = ["Flash", "Meta", "Self", "Mix", "Deep", "Hyper", "Omni", "Auto", "Sparse", "Q", "Long",
                   "Turbo", "Lite", "Uni", "Multi", "Pro", "Tiny", "Open", "Co", "Re", "Ada", "Vi", "Med",
                   "Hi", "Neuro", "Star", "Echo", "Pixel", "Graph", "Chrono", "Lumi", "Astra"]
METHOD_SUFFIXES = ["LM", "Former", "Net", "GPT", "BERT", "Diff", "Agent", "RL", "Mamba", "LoRA", "CoT",
                   "Bench", "Align", "Gen", "Vision", "Tune", "Prompt", "Mind", "Verse", "Scope", "Chat",
                   "Llama", "Coder", "Ranker", "Fusion", "Distill", "Search", "Planner"]
ADJECTIVES = ["Efficient", "Scalable", "Robust", "Unified", "Simple", "Adaptive", "Faithful", "Sparse",
              "Provable", "Generalizable", "Data-Efficient", "Training-Free", "Interpretable", "Lightweight",
              "Self-Supervised", "Contrastive", "Hierarchical", "Compositional", "Zero-Shot", "Continual",
              "Causal", "Dynamic", "Multilingual", "Calibrated", "Decoupled", "Structured", "Fast"]
NOUNS = ["Transformers", "Language Models", "Large Language Models", "Vision-Language Models",
         "Diffusion Models", "Mixture-of-Experts", "Attention", "Representations", "Embeddings",
         "Reward Models", "Policies", "State Space Models", "Tokenizers", "Encoders", "Decoders",
         "Multimodal Models", "Small Models", "Foundation Models", "Neural Networks", "Agents"]
VERBS = ["Improving", "Rethinking", "Scaling", "Understanding", "Revisiting", "Towards", "Learning",
         "Teaching", "Benchmarking", "Accelerating", "Compressing", "Aligning", "Evaluating", "Probing",
         "Mitigating", "Unlocking", "Distilling", "Steering", "Grounding", "Measuring"]
PHRASES = ["via", "with", "through", "using", "without", "beyond", "for"]
QUESTIONS = ["Do {n} Really {v} {t}?", "Can {n} {v} {t}?", "When Do {n} {v} {t}?", "Why Do {n} Fail at {t}?"]
QUESTION_VERBS = ["Learn", "Benefit from", "Need", "Generalize in", "Understand", "Scale with"]

FIRST_NAMES = [
    ("Hans", "Hans"), ("Łukasz", "Lukasz"), ("José", "Jose"), ("François", "Francois"),
    ("Zoë", "Zoe"), ("Søren", "Soren"), ("Ana", "Ana"), ("Jiří", "Jiri"), ("Ömer", "Omer"),
    ("Bartłomiej", "Bartlomiej"), ("Nguyễn", "Nguyen"), ("Björn", "Bjorn"), ("Iñaki", "Inaki"),
    ("Małgorzata", "Malgorzata"), ("Aurélie", "Aurelie"), ("Yaniv", "Yaniv"), ("Matan", "Matan"),
    ("Wei", "Wei"), ("Yuki", "Yuki"), ("Priya", "Priya"), ("Arjun", "Arjun"), ("Chloé", "Chloe"),
    ("Raúl", "Raul"), ("Dmitrii", "Dmitrii"), ("Sebastián", "Sebastian"), ("Emily", "Emily"),
    ("Michael", "Michael"), ("Sarah", "Sarah"), ("David", "David"), ("Jiaqi", "Jiaqi"),
    ("Xinyu", "Xinyu"), ("Minjoon", "Minjoon"), ("Seo-yeon", "Seo-yeon"), ("Kaiyi", "Kaiyi"),
    ("Ahmed", "Ahmed"), ("Fatma", "Fatma"), ("Lars", "Lars"), ("Ingrid", "Ingrid"), ("Tomás", "Tomas"),
    ("Élodie", "Elodie"),
]
LAST_NAMES = [
    ("Müller", "Muller"), ("Kowalski", "Kowalski"), ("García", "Garcia"), ("Dubois", "Dubois"),
    ("Kierkegaard", "Kierkegaard"), ("Nováková", "Novakova"), ("Yılmaz", "Yilmaz"), ("Wiśniewski", "Wisniewski"),
    ("Nguyen", "Nguyen"), ("Sørensen", "Sorensen"), ("Leviathan", "Leviathan"), ("Kalman", "Kalman"),
    ("Zhang", "Zhang"), ("Wang", "Wang"), ("Li", "Li"), ("Chen", "Chen"), ("Liu", "Liu"), ("Tanaka", "Tanaka"),
    ("Kim", "Kim"), ("Park", "Park"), ("Sharma", "Sharma"), ("Patel", "Patel"), ("Ivanov", "Ivanov"),
    ("Smith", "Smith"), ("Johnson", "Johnson"), ("Brown", "Brown"), ("Rodríguez", "Rodriguez"),
    ("Fernández", "Fernandez"), ("Lefèvre", "Lefevre"), ("Gómez", "Gomez"), ("Schäfer", "Schafer"),
    ("Jäger", "Jager"), ("Özdemir", "Ozdemir"), ("Çelik", "Celik"), ("Håkansson", "Hakansson"),
    ("Dvořák", "Dvorak"), ("Ferreira", "Ferreira"), ("Rossi", "Rossi"), ("Bianchi", "Bianchi"),
    ("O'Brien", "OBrien"),
]
# Whole CJK names, written as they would be on arXiv by authors who use them.
CJK_NAMES = [("张伟", "Zhang"), ("王芳", "Wang"), ("李娜", "Li"), ("刘洋", "Liu"), ("陈静", "Chen"),
             ("杨磊", "Yang"), ("赵敏", "Zhao"), ("黄勇", "Huang"), ("周杰", "Zhou"), ("吴昊", "Wu"),
             ("山田太郎", "Yamada"), ("佐藤花子", "Sato"), ("김민준", "Kim"), ("이서연", "Lee")]

ABSTRACT_SENTENCES = [
    "{Ns} have shown remarkable progress on {t}, yet their behaviour under distribution shift remains poorly understood.",
    "In this work, we introduce {m}, a {a} framework for {t} that requires no additional human annotation.",
    "Our key insight is that {t} can be cast as a sequence of simpler subproblems, each of which is solved by a lightweight module.",
    "We propose a {a} objective that aligns intermediate representations with the final prediction.",
    "Extensive experiments on {k} benchmarks show that {m} outperforms strong baselines by up to {p} points.",
    "Surprisingly, we find that scaling the number of parameters alone does not close the gap on {t}.",
    "We further provide a theoretical analysis showing that the proposed estimator is consistent under mild assumptions.",
    "Ablation studies reveal that both the {a} attention mechanism and the curriculum are necessary for the gains.",
    "Compared with prior work on {t2}, our method reduces inference cost by {x}x while matching accuracy.",
    "We release our code, data and model checkpoints to facilitate future research.",
    "Human evaluation confirms that the outputs of {m} are preferred in {q}% of pairwise comparisons.",
    "These results suggest that {t} is an emergent property of pretraining on diverse data rather than of model size.",
    "We identify three failure modes of existing {Ns} and design targeted interventions for each of them.",
    "Our analysis uncovers a simple scaling relationship between data quality and downstream performance on {t2}.",
    "The approach is model-agnostic and can be applied to any pretrained {n} with a few lines of code.",
    "On long inputs, {m} maintains stable accuracy where previous methods degrade sharply.",
    "Finally, we discuss limitations, including the reliance on synthetic supervision and the cost of evaluation.",
    "Motivated by these observations, we revisit the standard training recipe and propose a two-stage alternative.",
]
SUMMARIES_EN = [
    "Shows that {t} emerges from {a} training; simple and strong baseline.",
    "{m}: {a} method for {t}, {x}x cheaper than prior work.",
    "Benchmark for {t}; most models fail on the hard split.",
    "Casts {t} as retrieval; good ablations, weak theory.",
    "Key idea: verify with the large model, draft with the small one.",
    "Negative result: scaling alone does not fix {t}.",
    "Useful survey-style overview of {t} with a clean taxonomy.",
    "Theory for {t} under {a} assumptions; proofs in the appendix.",
]
SUMMARIES_ZH = ["用小模型生成，大模型并行验证", "提出了一种高效的{t}方法", "在多个基准上验证了方法的有效性",
                "关键在于数据质量而非模型规模", "视觉幻觉的成因分析与缓解方法", "无需训练即可提升推理能力"]
NOTES = ["Compare with the baseline in Table 3 before citing.", "Code released; reproduces on one GPU.",
         "Reading group: discussed on Friday, see slides.", "The ablation in Section 5 is the interesting part.",
         "Check whether the gains hold for smaller models.", "和之前读的那篇思路类似，但实验更充分",
         "Cited in our related work; the main claim is overstated.", "TODO: try their prompt format on our data."]
VENUES = ["NeurIPS 2023", "ICML 2024", "ICLR 2024 Oral", "ACL 2024", "EMNLP 2023", "CVPR 2024", "ECCV 2024",
          "NAACL 2024", "COLM 2024", "AAAI 2025", "ICLR 2025 Spotlight", "NeurIPS 2024", "CoRL 2024",
          "TMLR", "ICCV 2023"]


def yymm_list() -> list[int]:
    return [yy * 100 + mm for yy in range(15, 26) for mm in range(1, 13)]


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]", "", folded)


def method_name(rng: random.Random) -> str:
    name = rng.choice(METHOD_PREFIXES) + rng.choice(METHOD_SUFFIXES)
    if rng.random() < 0.25:
        name += f"-{rng.choice(['2', '3', 'X', 'R1', 'Pro', 'Mini', 'V'])}"
    return name


def make_title(rng: random.Random, topics: list[str]) -> str:
    t = rng.choice(topics)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{method_name(rng)}: {rng.choice(ADJECTIVES)} {t} {rng.choice(PHRASES)} {rng.choice(NOUNS)}"
    if shape == 1:
        return f"{rng.choice(VERBS)} {t} in {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    if shape == 2:
        q = rng.choice(QUESTIONS)
        return q.format(n=rng.choice(NOUNS), v=rng.choice(QUESTION_VERBS), t=t)
    if shape == 3:
        return (f"{rng.choice(ADJECTIVES)} {t} for {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
                f" {rng.choice(PHRASES)} {rng.choice(topics + [rng.choice(ADJECTIVES) + ' Objectives'])}")
    if shape == 4:
        return f"{method_name(rng)}: {rng.choice(VERBS)} {rng.choice(NOUNS)} for {t}"
    if shape == 5:
        return f"On the {rng.choice(['Limits', 'Role', 'Power', 'Geometry', 'Dynamics'])} of {t} in {rng.choice(NOUNS)}"
    return f"{rng.choice(VERBS)} {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(PHRASES)} {t}"


def make_authors(rng: random.Random) -> list[tuple[str, str]]:
    """(display name, ASCII family name for the citation key)."""
    count = min(12, max(1, int(rng.expovariate(1 / 4.0)) + 1))
    authors = []
    for _ in range(count):
        if rng.random() < 0.15:
            authors.append(rng.choice(CJK_NAMES))
        else:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if rng.random() < 0.1:
                first = (f"{first[0]} {rng.choice('ABCDEFGHJKLMNPRSTW')}.", first[1])
            authors.append((f"{first[0]} {last[0]}", last[1]))
    return authors


def fill(template: str, rng: random.Random, method: str, topics: list[str]) -> str:
    return template.format(
        t=rng.choice(topics).lower(), t2=rng.choice(topics).lower(), m=method, a=rng.choice(ADJECTIVES).lower(),
        Ns=rng.choice(NOUNS), n=rng.choice(NOUNS).lower().rstrip("s"), k=rng.randint(3, 14),
        p=f"{rng.uniform(1, 15):.1f}", x=rng.randint(2, 9), q=rng.randint(55, 85))


def make_abstract(rng: random.Random, method: str, topics: list[str]) -> str:
    words, sentences = 0, []
    target = rng.randint(130, 175)
    pool = list(ABSTRACT_SENTENCES)
    rng.shuffle(pool)
    for template in pool:
        sentence = fill(template, rng, method, topics)
        sentences.append(sentence)
        words += len(sentence.split())
        if words >= target:
            break
    return " ".join(sentences)


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    months = yymm_list()
    used_ids: set[str] = set()
    used_titles: set[str] = set()
    used_keys: set[str] = set()
    papers = []
    for _ in range(n):
        while True:
            yymm = rng.choice(months)
            arxiv_id = f"{yymm:04d}.{rng.randint(1, 29999):05d}"
            if arxiv_id not in used_ids:
                used_ids.add(arxiv_id)
                break
        yy, mm = divmod(yymm, 100)
        year = 2000 + yy
        sections = rng.sample(SECTIONS, rng.choice([1, 1, 1, 2, 2, 3]))
        topics = [t for s in sections for t in SECTION_TOPICS[s]]
        while True:
            title = make_title(rng, topics)
            norm = re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()
            if norm not in used_titles:
                used_titles.add(norm)
                break
        method = title.split(":")[0] if ":" in title else method_name(rng)
        authors = make_authors(rng)
        abstract = make_abstract(rng, method, topics)
        summary = None
        if rng.random() < 0.7:
            pool = SUMMARIES_ZH if rng.random() < 0.2 else SUMMARIES_EN
            summary = fill(rng.choice(pool), rng, method, topics)
        notes = rng.sample(NOTES, rng.randint(1, 3)) if rng.random() < 0.2 else []
        venue = rng.choice(VENUES) if rng.random() < 0.3 else None
        status = "read" if summary and rng.random() < 0.8 else rng.choice(["unread", "unread", "reading"])
        first_word = next((w for w in re.findall(r"[A-Za-z]+", title)
                           if w.lower() not in {"a", "an", "the", "on", "do", "can", "why", "when"}), "paper")
        base_key = f"{ascii_fold(authors[0][1]).lower()}{year}{first_word.lower()}"
        key, suffix = base_key, 0
        while key in used_keys:
            suffix += 1
            key = f"{base_key}{chr(ord('a') + (suffix - 1) % 26)}{(suffix - 1) // 26 or ''}"
        used_keys.add(key)
        papers.append({
            "key": key, "arxiv_id": arxiv_id, "title": title, "authors": [a[0] for a in authors], "year": year,
            "published": f"{year}-{mm:02d}-{rng.randint(1, 28):02d}", "abstract": abstract, "venue": venue,
            "summary": summary, "notes": notes, "tags": sections, "status": status,
            "primary_class": PRIMARY_CLASS[sections[0].split("/")[0]],
        })
    return papers


def bib_value(text: str) -> str:
    # The generated text has no braces or backslashes; escape what BibTeX/LaTeX would misread.
    return re.sub(r"([&%#_$])", r"\\\1", text)


def to_bibtex(paper: dict) -> str:
    kind = "inproceedings" if paper["venue"] else "misc"
    fields = [("title", paper["title"]), ("author", " and ".join(paper["authors"])), ("year", str(paper["year"]))]
    if paper["venue"]:
        fields.append(("booktitle", paper["venue"]))
    fields += [("eprint", paper["arxiv_id"]), ("archivePrefix", "arXiv"), ("primaryClass", paper["primary_class"]),
               ("url", f"https://arxiv.org/abs/{paper['arxiv_id']}"), ("abstract", paper["abstract"]),
               ("keywords", ", ".join(paper["tags"]))]
    if paper["summary"]:
        fields.append(("annote", paper["summary"]))
    body = ",\n".join(f"  {name} = {{{bib_value(value)}}}" for name, value in fields)
    return f"@{kind}{{{paper['key']},\n{body}\n}}\n"


def to_jsonl(paper: dict) -> str:
    record = {k: paper[k] for k in ("arxiv_id", "title", "authors", "year", "published", "abstract", "venue",
                                    "summary", "notes", "tags", "status")}
    return json.dumps(record, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    n, seed, outdir = int(argv[0]), int(argv[1]), Path(argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    papers = generate(n, seed)
    with open(outdir / "corpus.bib", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(to_bibtex(p) for p in papers))
    with open(outdir / "corpus.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.writelines(to_jsonl(p) for p in papers)
    print(f"{n} papers -> {outdir / 'corpus.bib'}, {outdir / 'corpus.jsonl'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
