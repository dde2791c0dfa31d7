#!/usr/bin/env python3
"""Build labels.jsonl from hand-written judgements (below) and the saved READMEs.

Every field value was decided by reading the entry; the script only copies the exact
raw source lines from the README files (paths relative to this script) so that `raw`
is byte-exact, and writes one JSON object per line.
For AcWiz (title in a `### ` heading, details in the three bullets below it) and for
RenshengJi (title in a `### N. [Venue 'Year]` heading, Authors line, abstract, links)
the sampled bullet/bold line is mapped to the whole entry, which starts at its heading.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().split("\n")


def rec(lst, lines, start, end, **kw):
    d = {k: None for k in KEYS}
    d.update(list=lst, line=start, raw="\n".join(lines[start - 1:end]), is_paper=False)
    d.update(kw)
    return d


def nonpaper(lst, lines, start, end, section):
    return rec(lst, lines, start, end, section=section)


out = []

# ---------------- PrasannaPulakurthi ----------------
P = "PrasannaPulakurthi__awesome-remote-sensing-architectures.README.md"
PL = read(P)
out += [
    nonpaper(P, PL, 46, 46, "How to read an entry"),
    nonpaper(P, PL, 48, 48, "How to read an entry"),
    nonpaper(P, PL, 59, 60, "How to read an entry / Venue policy"),
    nonpaper(P, PL, 76, 76, "Contents / Architecture families"),
    nonpaper(P, PL, 84, 84, "Contents / By modality"),
    nonpaper(P, PL, 91, 91, "Contents / Resources"),
]
FM = "Foundation Models & Self-Supervised Pretraining"
VT = "Vision Transformers"
MB = "Mamba & State-Space Models"
HS = "Hyperspectral"


def ppaper(start, end, title, section, venue, year, code, summary, arxiv=None, url=None, doi=None):
    return rec(P, PL, start, end, is_paper=True, title=title, arxiv_id=arxiv, url=url, doi=doi,
               venue=venue, year=year, code=code, summary=summary, section=section)


out += [
    ppaper(143, 146, "CACo", FM + " / Contrastive & geo-aware self-supervision", "CVPR 2023", 2023,
           "https://github.com/utkarshmall13/CACo",
           "Contrasts long-term against short-term temporal differences so the objective learns what change looks like, with change-driven geographic sampling.",
           url="https://openaccess.thecvf.com/content/CVPR2023/html/Mall_Change-Aware_Sampling_and_Contrastive_Learning_for_Satellite_Images_CVPR_2023_paper.html"),
    ppaper(242, 245, "Major TOM", FM + " / Agency & open-release models", "IGARSS", None,
           "https://github.com/ESA-PhiLab/Major-TOM",
           "A grid and metadata standard that makes terabyte-scale EO datasets interoperable and mergeable; now the default distribution format on Hugging Face.",
           arxiv="2402.12095"),
    ppaper(307, 310, "RSPrompter", VT + " / Semantic segmentation", "TGRS 2024", 2024,
           "https://github.com/KyanChen/RSPrompter",
           "Learns category-aware prompt embeddings that drive a frozen SAM decoder, turning SAM into an end-to-end automatic instance segmenter rather than an interactive one.",
           arxiv="2306.16269"),
    ppaper(318, 321, "BIT", VT + " / Change detection", "TGRS 2021", 2021,
           "https://github.com/justchenhao/BIT_CD",
           "Expresses each image as a handful of semantic tokens and refines them with a small transformer, beating pure-CNN baselines at roughly a third of the cost. The reference transformer CD baseline.",
           arxiv="2103.00208"),
    ppaper(322, 325, "ChangeStar", VT + " / Change detection", "ICCV 2021", 2021,
           "https://github.com/Z-Zheng/ChangeStar",
           "A ChangeMixin module converts any single-temporal segmentation network into a change detector, removing the need for paired bi-temporal labels entirely.",
           arxiv="2108.07002"),
    ppaper(451, 454, "ChangeMamba", MB + " / Change detection", "TGRS 2024", 2024,
           "https://github.com/ChenHongruixuan/ChangeMamba",
           "VMamba encoder plus three spatio-temporal relation mechanisms (sequential, cross and parallel scan) covering binary CD, semantic CD and building damage assessment in one framework. ESI Highly Cited.",
           arxiv="2404.03425"),
    ppaper(484, 486, "TrackingMamba", MB + " / Fusion, super-resolution & detection", "JSTARS 2024", 2024,
           "https://github.com/KustTeamWQW/TrackingMamba",
           "Single-stream visual state-space tracking backbone replacing transformer relation modelling for satellite video.",
           url="https://ieeexplore.ieee.org/document/10678881"),
    ppaper(552, 555, "morphFormer", HS + " / Transformers for HSI classification", "TGRS 2023", 2023,
           "https://github.com/mhaut/morphFormer",
           "Injects learnable spectral and spatial morphological (erosion/dilation) operations into the attention block to capture shape and structure cues that plain attention misses.",
           url="https://doi.org/10.1109/TGRS.2023.3242346", doi="10.1109/TGRS.2023.3242346"),
    ppaper(566, 569, "MambaHSI", HS + " / State-space models for HSI", "TGRS 2024", 2024,
           "https://github.com/li-yapeng/MambaHSI",
           "The first image-level rather than patch-level Mamba HSI classifier, with separate spatial and spectral Mamba blocks and an adaptive spatial-spectral fusion module. The canonical HSI-Mamba paper.",
           url="https://ieeexplore.ieee.org/document/10604894"),
    ppaper(573, 575, "IGroupSS-Mamba", HS + " / State-space models for HSI", "TGRS 2024", 2024,
           "https://github.com/IIP-Team/IGroupSS-Mamba",
           "Interval grouping of spectral bands with group-wise multi-directional scanning, cutting the redundancy of scanning all bands jointly.",
           arxiv="2410.05100"),
    ppaper(630, 633, "HTD-Mamba", HS + " / Fusion, detection, denoising & restoration", "TGRS 2025", 2025,
           "https://github.com/shendb2022/HTD-Mamba",
           "Self-supervised spectrally contrastive learning over group-wise spectral embeddings with a pyramid SSM backbone, for target detection. ESI Highly Cited.",
           arxiv="2407.06841"),
]
out += [
    nonpaper(P, PL, 646, 646, HS + " / Hyperspectral datasets"),
    nonpaper(P, PL, 658, 660, HS + " / Hyperspectral datasets"),
    nonpaper(P, PL, 689, 689, HS + " / A note on HSI benchmarking"),
]

# ---------------- AcWiz ----------------
A = "AcWiz__ML-Ocean-Weather-Papers.README.md"
AL = read(A)
with open(os.path.join(HERE, "sample.json"), encoding="utf-8") as f:
    sampled = json.load(f)[A]["lines"]
seen = set()
for ln in sampled:
    h = ln
    while not AL[h - 1].startswith("### "):
        h -= 1
    if h in seen:  # two sampled bullets of one entry: one label
        continue
    seen.add(h)
    g = h
    while not AL[g - 1].startswith("## "):
        g -= 1
    arx = re.search(r"arxiv\.org/abs/(\d{4}\.\d{4,5})", AL[h]).group(1)
    year = int(re.search(r"\*\*Date\*\*: (\d{4})-", AL[h + 1]).group(1))
    out.append(rec(A, AL, h, h + 3, is_paper=True, title=AL[h - 1][4:].strip(), arxiv_id=arx,
                   venue="arXiv", year=year, section=AL[g - 1][3:].strip()))

# ---------------- taohan10200 ----------------
T = "taohan10200__Awesome_AI4Earth.README.md"
TL = read(T)
for ln in (10, 11, 13, 14, 25, 29):
    out.append(nonpaper(T, TL, ln, ln, "Table of Content"))


def tpaper(start, end, title, section, venue, year, arxiv=None, url=None):
    return rec(T, TL, start, end, is_paper=True, title=title, arxiv_id=arxiv, url=url,
               venue=venue, year=year, section=section)


out += [
    tpaper(65, 65, "Towards an End-to-End Artificial Intelligence Driven Global Weather Forecasting System",
           "Preprocessing / data-assimilation", "arXiv 2023", 2023, arxiv="2312.12462"),
    tpaper(70, 70, "Neural General Circulation Models", "Forcasting / numerical-weather-prediction",
           "arXiv 2023", 2023, arxiv="2311.07222"),
    tpaper(71, 72, "Diffusion-based ensemble forecasting for medium-range weather",
           "Forcasting / numerical-weather-prediction", "arXiv 2023", 2023, arxiv="2312.15796"),
    tpaper(78, 78, "A comprehensive benchmark and a new model for precipitation forecasting",
           "Forcasting / precipitation-prediction", "arXiv 2023", 2023, arxiv="2310.02676"),
    tpaper(86, 86, "Two deep learning-based bias-correction pathways improve summer precipitation prediction over China",
           "Postprocessing / bias-correction", "Environmental Research Letters 2022", 2022,
           url="https://iopscience.iop.org/article/10.1088/1748-9326/aca68a/pdf"),
    tpaper(90, 90, "Improving extreme rainfall and wind forecasts with diffusion mode",
           "Applications / extreme-weather-and-prediction", "arXiv 2023", 2023, arxiv="2310.19822"),
]
out += [
    nonpaper(T, TL, 103, 103, "ai4earth-benchmark / Other Papers"),
    nonpaper(T, TL, 113, 113, "ai4earth-benchmark / Other Papers"),
    nonpaper(T, TL, 130, 130, "ai4earth-benchmark / Weather Forecast Leaderboard / Base Weather Forecasting Models"),
    nonpaper(T, TL, 132, 132, "ai4earth-benchmark / Weather Forecast Leaderboard / Base Weather Forecasting Models"),
    nonpaper(T, TL, 138, 138, "ai4earth-benchmark / BigModel Training Frameworks"),
    nonpaper(T, TL, 140, 140, "ai4earth-benchmark / BigModel Training Frameworks"),
    nonpaper(T, TL, 141, 141, "ai4earth-benchmark / BigModel Training Frameworks"),
    nonpaper(T, TL, 151, 151, "ai4earth-benchmark / Tools for deploying LLM"),
]

# ---------------- RenshengJi ----------------
R = "RenshengJi__awesome-remote-sensing-image-generation.README.md"
RL = read(R)
VENUE = {"ICLR": "ICLR", "Arxiv": "arXiv", "NIPS": "NIPS", "CVPR": "CVPR", "CVPRW": "CVPRW", "NIPSW": "NIPSW"}
with open(os.path.join(HERE, "sample.json"), encoding="utf-8") as f:
    rsampled = json.load(f)[R]["lines"]
for ln in rsampled:
    h = ln - 1  # the `### N. [Venue 'Year] Title` heading right above the Authors line
    m = re.match(r"^### \d+\. \[(\w+) '(\d{4})\] (.+)$", RL[h - 1])
    e = h
    while "📄 Paper" not in RL[e - 1]:
        e += 1
    links = RL[e - 1]
    arx = re.search(r"arxiv\.org/pdf/(\d{4}\.\d{4,5})", links).group(1)
    cm = re.search(r"\[💻 Code\]\((https://github\.com/[^)]+)\)", links)
    authors = [a.strip() for a in RL[ln - 1].split(":", 1)[1].split(",")]
    out.append(rec(R, RL, h, e, is_paper=True, title=m.group(3).strip(), arxiv_id=arx,
                   venue=f"{VENUE[m.group(1)]} {m.group(2)}", year=int(m.group(2)),
                   authors=authors, code=cm.group(1) if cm else None, section=None))

with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(out), "labels;", sum(d["is_paper"] for d in out), "papers")
