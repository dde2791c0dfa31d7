#!/usr/bin/env python3
"""Write labels.jsonl from hand-written labels.  `raw` is copied from the file at `line` (every
sampled entry in these three lists is a single line); every other field is typed by hand after
reading the line.  URLs are copied from the raw line with link() only to avoid typing errors."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
HG = "HGthewolf__HOIS-survey.README.md"
AD = "UNKNOWN__awesome-hoi-detection-id52549115096.README.md"
WB = "memoryunreal__awesome-whole-body-control.README.md"

def lines_of(f):
    with open(os.path.join(HERE, f), encoding="utf-8") as fh:
        return fh.read().split("\n")
LINES = {f: lines_of(f) for f in (HG, AD, WB)}

def link(f, line, label):
    m = re.search(r"\[" + re.escape(label) + r"\]\]?\(([^)\s]+)\)", LINES[f][line - 1])
    return m.group(1)

def nonpaper(f, line, section):
    return dict(list=f, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

def paper(f, line, title, section, arxiv_id=None, url=None, venue=None, year=None, code=None, summary=None):
    return dict(list=f, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=None, url=url,
                venue=venue, year=year, authors=[], code=code, summary=summary, section=section)

L = []
# ---------------- HGthewolf: "- [N] ABBR:Title[[Paper]](url)", no venue or year in the text
TS, OS, TR, FM, DS = "Two-stage methods", "One-stage methods", "Transformer-based methods", "Foundation models methods", "Dataset"
def hg(line, title, section):
    L.append(paper(HG, line, title, section, url=link(HG, line, "Paper")))
hg(104, "Detecting and recognizing human-object interactions", TS)
hg(105, "Pairwise body-part attention for recognizing human-object interactions", TS)
hg(106, "Deep contextual attention for human-object interaction detection", TS)
hg(112, "Amplifying key cues for human-object-interaction detection", TS)
hg(114, "DRG: Dual Relation Graph for Human-Object Interaction Detection", TS)
hg(125, "Action-guided attention mining and relation reasoning network for human-object interaction detection", TS)
hg(130, "Distance matters in human-object interaction detection", TS)
hg(132, "Mining cross-person cues for body-part interactiveness learning in hoi detection", TS)
hg(148, "Ppdm: Parallel point detection and matching for real-time human-object interaction detection", OS)
hg(172, "End-to-end human object interaction detection with hoi transformer", TR)
hg(177, "Discovering human interactions with large-vocabulary objects via query and multi-scale detection", TR)
hg(178, "Gtnet: Guided transformer network for detecting human-object interactions", TR)
hg(181, "Detecting human-object interactions with object-guided cross-modal calibrated semantics", TR)
hg(188, "Consistency learning via decoding path augmentation for transformers in human object interaction detection", TR)
hg(192, "Hod: Human-object decoupling network for hoi detection", TR)
hg(240, "Distillation using oracle queries for transformer-based human-object interaction detection", FM)
hg(250, "Hoics: Zero-shot hoi detection via compatibility self-learning", FM)
hg(253, "Contextual human object interaction understanding from pre-trained large language model", FM)
hg(255, "Detecting any human-object interaction relationship: Universal hoi detector with spatial prompt learning on foundation models", FM)
hg(274, "Detailed 2d-3d joint representation for human-object interaction", DS)

# ---------------- unknown awesome HOI detection list: | Year | Venue | Method | Paper | Links |
L.append(nonpaper(AD, 21, "Contents"))
L.append(nonpaper(AD, 22, "Contents"))
L.append(nonpaper(AD, 33, "Datasets"))
L.append(nonpaper(AD, 34, "Datasets"))
L.append(paper(AD, 35, "HCVRD", "Datasets", arxiv_id="1712.07160", year=2018))
V1 = "Papers / Vision-based HOI Detection / One-stage / End-to-End"
V2 = "Papers / Vision-based HOI Detection / Two-stage / Proposal-based"
L1 = "Papers / Vision-Language Model based HOI Detection / One-stage / End-to-End"
L2 = "Papers / Vision-Language Model based HOI Detection / Two-stage / Proposal-based"
def ad(line, title, venue, year, section, code=False):
    L.append(paper(AD, line, title, section, url=link(AD, line, "Paper"), venue=venue, year=year,
                   code=link(AD, line, "Code") if code else None))
ad(56, "End-to-End Human-Object Interaction Detection With Transformers", "CVPR 2021", 2021, V1, code=True)
ad(58, "Query-Based Pairwise Human-Object Interaction Detection With Image-Wide Contextual Information", "CVPR 2021", 2021, V1, code=True)
ad(61, "Distillation Using Oracle Queries for Transformer-Based Human-Object Interaction Detection", "CVPR 2022", 2022, V1)
ad(67, "Relational Context Learning for Human-Object Interaction Detection", "CVPR 2023", 2023, V1)
ad(73, "Human-Object Relation Priors Guided HOI Detection", "CVPR 2025", 2025, V1, code=True)
ad(81, "Learning Human-Object Interactions by Graph Parsing Neural Networks", "ECCV 2018", 2018, V2)
ad(83, "Transferable Interactiveness Knowledge for Human-Object Interaction Detection", "CVPR 2019", 2019, V2, code=True)
ad(89, "Spatial Attention Network for Detecting Human Object Interactions Using Graph Convolutions", "CVPR 2020", 2020, V2)
ad(90, "Detecting Human-Object Interactions with Action Co-occurrence Priors", "ECCV 2020", 2020, V2, code=True)
ad(112, "Learning Transferable Human-Object Interaction Detector With Natural Language Supervision", "CVPR 2022", 2022, L1)
ad(115, "Re-mine, Learn and Reason: Exploring the Cross-modal Semantic Correlations for Language-guided HOI Detection", "ICCV 2023", 2023, L1)
ad(116, "Exploring the Potential of Large Foundation Models for Open-Vocabulary HOI Detection", "CVPR 2024", 2024, L1)
ad(132, "Discovering Syntactic Interaction Clues for Human-Object Interaction Detection", "CVPR 2024", 2024, L2)
L.append(nonpaper(AD, 148, "Useful Resources"))
L.append(nonpaper(AD, 149, "Useful Resources"))

# ---------------- memoryunreal: "- <status emoji> **[Title](arxiv)** — `Venue` — summary"
L.append(nonpaper(WB, 11, "Table of Contents"))
L.append(nonpaper(WB, 12, "Table of Contents"))
L.append(nonpaper(WB, 23, "Table of Contents"))
L.append(nonpaper(WB, 26, "Legend"))
L.append(nonpaper(WB, 33, "Legend"))
MT = "Research Landscape Summary / Main Trends (2024–2026)"
OP = "Research Landscape Summary / Open Problems"
for ln in (40, 41, 43):
    L.append(nonpaper(WB, ln, MT))
for ln in (49, 53):
    L.append(nonpaper(WB, ln, OP))
L.append(nonpaper(WB, 65, "Last Week Updates / Added by Section"))
NE = "Last Week Updates / New Entries / "
IR = "Last Week Updates / Most Implementation-Ready Papers (verified official code)"
HM = "Last Week Updates / Most Relevant for HOI Motion Generation"
def wb(line, title, arxiv_id, venue, summary, section):
    L.append(paper(WB, line, title, section, arxiv_id=arxiv_id, venue=venue, year=2026, summary=summary))
wb(83, "FARO: Feasibility-Aware Robot Motion Optimization", "2607.18362", "arXiv 2026",
   "Nested kinodynamic optimizer checks candidate contact sequences, guides LLM-sampled contact plans, and generates humanoid loco-manipulation trajectories trackable by RL controllers.",
   NE + "Whole-Body Control and Loco-Manipulation")
wb(92, "From Sign Language Generation to Humanoid Execution: Vision-Language Guided Retargeting with Collision Mitigation", "2607.17769", "arXiv 2026",
   "Converts generated sign-language body motions into humanoid joint execution through SMPL-X collision mitigation and VLM-guided retargeting corrections.",
   NE + "Human-to-Humanoid Retargeting")
wb(96, "EgoHTR: Egocentric 4D Demonstrations of Human Terrain Traversal", "2607.13472", "arXiv 2026",
   "Captures 55 scene-aligned egocentric human-terrain sequences and uses them to train perceptive locomotion policies deployed on a Unitree G1.",
   NE + "Datasets and Benchmarks")
wb(104, "LIMMT: Less is More for Motion Tracking", "2606.06953", "ICML 2026",
   "Data-centric motion-tracking study showing that carefully filtered high-quality motions can outperform much larger noisy corpora.", IR)
wb(110, "TEXEDO: Test Time Scaling for Controller-aware Language-conditioned Humanoid Motion Generation", "2606.22998", "arXiv 2026",
   "Samples language-conditioned humanoid motions and selects candidates with a controller-feasibility verifier plus semantic alignment scoring.", IR)
wb(111, "Wh0: Generative World Models as Scalable Sources of Egocentric Human Hand Manipulation Data", "2606.22136", "arXiv 2026",
   "Uses generative video world models to synthesize egocentric human-object manipulation videos and converts them into robot-trainable supervision.", IR)
wb(119, "WHOLE - World-Grounded Hand-Object Lifted from Egocentric Videos", "2602.22209", "arXiv 2026",
   "World-grounded hand-object lifting from egocentric videos.", HM)
wb(120, "HarmoHOI: Harmonizing Appearance and 3D Motion for Multi-view Hand-Object Interaction Synthesis", "2607.17097", "arXiv 2026",
   "Joint diffusion framework synthesizes synchronized multi-view HOI videos together with globally aligned 3D point tracks.", HM)
wb(127, "JointHOI: Jointly Generating Contact Maps Enhances Hand Object Interaction Generation", "2607.01768", "arXiv 2026",
   "Single-sta", HM)

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
    for d in L:
        d["raw"] = LINES[d["list"]][d["line"] - 1]
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels")
