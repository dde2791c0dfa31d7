"""What the lines under a heading say of it, before it is read: whether they are its paper's fields (``- arxiv:
URL``, ``* Link to publication: ..``, ``- **Authors**: ..``), a link or an address named as its paper's, so that the
heading is that paper (``paper_headings`` asks). Each looks ahead from the heading's line to the next heading."""

from __future__ import annotations

import re

from . import links, people, venues
from .before_title import a_venue, journal_and_year
from .field_keys import KEY_LINK, SUMMARY_KEYS, URL_ONLY, key_of
from .headings import ANCHOR_TAG
from .nested import ID_TEXT, KEYED_URL, TAG_LINE, bare_url, said_field
from .under_heading import COUNT_NOTE
from .verdict import TAGS_KEYED, title_like


def fields_below(lines: list[str], n: int) -> bool:
    """Do two ``- key: value`` bullets that give a paper's links (``- arxiv: URL``, ``- paper:``, ``- github
    caffe:``) follow line *n*, before the next heading?"""
    found = 0
    for line in lines[n : n + 40]:
        if line.startswith("#"):
            break
        found += _links_field(line)
    return found >= 2


def keyed_fields_below(lines: list[str], n: int) -> bool:
    """Is all that stands below line *n*, up to the next heading, ``- key: value`` bullets, one of them keyed as the
    paper's link and one as its description? ``### Title`` over ``- ArXiv链接: 链接不可用`` ("link unavailable"),
    ``- 关键特点: ...``, ``- 相关技术: TTS`` (oowsxq/SummerQuest-2025's generated lists, 17 of 99 papers; the others
    link arXiv there): one paper, whose link the list could not give."""
    fielded = _field_bullets(lines, n)
    return fielded is not None and sum(map(_links_field, (line for line, _ in fielded))) == 1 and any(
        key_of(key)[1].casefold() in SUMMARY_KEYS for _, key in fielded)


def cited_fields_below(lines: list[str], n: int) -> bool:
    """Is all that stands below line *n*, up to the next heading, ``- key: value`` bullets, among them who wrote
    the paper and when or where? ``### 1. "GroupLens: ..."`` over ``- **Authors**: Resnick, P., ...``, ``- **Year**:
    1994``, ``- **Conference**: CSCW``, ``- **Impact**: ...`` (darinz/Recommender-Systems, every paper): a paper
    cited in fields, with no link."""
    fielded = _field_bullets(lines, n)
    said = {key_of(key)[0] for _, key in fielded or ()}
    return "authors" in said and bool(said & {"year", "venue"})


def _field_bullets(lines: list[str], n: int) -> list[tuple[str, str]] | None:
    """The ``- key: value`` bullets below line *n*, up to the next heading (each line and its ``key: value``), or
    None when anything else stands there."""
    found = []
    for line in lines[n : n + 12]:
        if line.startswith("#"):
            break
        if not line.strip():
            continue
        m = _BULLET_FIELD.match(line)
        if not m:
            return None
        found.append((line, m.group(1)))
    return found


def _links_field(line: str) -> bool:
    """Is *line* a bullet that gives a paper's link (``- arxiv: URL``, ``- paper:``, ``- github caffe:``, ``- Paper
    [Link](..)`` with no colon)?"""
    m = _BULLET_FIELD.match(line)
    keyed = m.group(1) if m else f"{k.group(1)}: {k.group(2)}" if (k := _KEY_THEN_LINK.match(line)) else ""
    return bool(keyed) and key_of(keyed)[0] in ("paper", "code", "project", "citation")


def fields_right_below(lines: list[str], n: int) -> bool:
    """Do the bullets right below line *n* (after one line of who wrote it and where, at most) give the paper's
    link and its code, two fields at least and before any other bullet? ``#### PixelLink: Detecting scene text via
    instance segmentation`` over ``D Deng, H Liu, X Li, D Cai, AAAI 2018.``, ``- Paper [Link](..)``, ``- Code
    [Link](..)``, ``- 简述：...`` (ljrprocc/Awesome-Text-Detection, every paper); not a section's heading over a
    bold title and its fields (``fields_below``, which a venue's heading first may have)."""
    found = prose = cited = 0
    for line in lines[n : n + 12]:
        if not line.strip():
            continue
        if _links_field(line):
            found += 1
            continue
        if found or line.lstrip()[:1] in "-*+#[" or line.startswith("**") or prose:
            break
        prose += 1
        cited = line.count(",") + line.count("，") >= 2 and venues.year_in(line) is not None  # ("C Yao, X Bai, N Sang,
        # X Zhou, S Zhou， arXiv 2016" over "- Paper [Link](..)" and "- Code Link", no link yet: the one field)
    return found >= 2 or found == 1 and cited



_BULLET_FIELD = re.compile(r"\s{0,3}[-*+]\s+(?:\[[ xX]\]\s+)?((?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\s?)?"
                           r"(?:\*\*|__)?\w[\w ]{0,20}(?:[:：](?:\*\*|__)?|(?:\*\*|__)\s?[:：]).*)")
# (after a task's box: " - [x] 论文地址: [..](arXiv)", codecat0/CV, every paper; "  * 📄 **Paper:** [URL](URL)", "  * 💻
# **Code:** [URL](URL)" under "### Title", ChengpengLi1003/Awesome-Long-Chain-of-Thought-Reasoning-with-tools, every
# paper: an emoji, the key in bold)
_KEY_THEN_LINK = re.compile(r"\s{0,3}[-*+]" + KEY_LINK.pattern)  # "- Paper
# [Link](..)": a key with no colon, then its link (ljrprocc/Awesome-Text-Detection, every paper)


def identified_below(lines: list[str], n: int) -> bool:
    """Do ``- **key**: value`` bullets, two or more and nothing else, follow line *n* up to the next heading,
    one of them the paper's arXiv or DOI link? ``### Title`` over ``- **arXiv**: [2412.05454v3](arXiv)``,
    ``- **Date**: 2024-12-06``, ``- **Abstract**: ...`` (AcWiz/ML-Ocean-Weather-Papers, every one of its
    94 papers): the heading is the paper's title, its bullets its fields. One is enough where it gives the paper's
    link or its code (``## HeadGAN: One-shot Neural Head ...`` over ``- Paper：https://arxiv.org/abs/2012.08261``,
    Kobaayyy/Awesome-ICCV2021-Low-Level-Vision, its 80 papers over one or two such bullets), and a bullet or two
    of notes may follow them (``- 手绘图变动画``, "hand-drawn images to animation"). A bullet keyed as the paper's
    link (``* Link to publication: [..](aclweb)``) is enough among flat bullets, and so is any link beside a
    dated reference (``* Reference: Mubarak, H., ..., 2017. Title. In: ...``: leondz/hatespeechdata, every
    dataset); not bullets nested under items (``- ACL2020: Title`` over ``  - url: ..``, items that are papers
    under a section: cs-liangchen-work/EAE_paper). An HTML anchor (``<a name="4.图像翻译"></a>``) ends them, as
    the next heading does."""
    keyed = identified = linked = notes = cited = named = nested = quoted = 0
    opened = False  # the last key's value is not on its line
    for line in lines[n : n + 40]:
        if line.startswith("#") or ANCHOR_TAG.fullmatch(line.strip()) or _RULE.fullmatch(line):
            break  # (a rule across the page too: "---" between IncineratorR/redteam-knowledge-base's papers)
        if not line.strip():
            continue
        if not keyed and quoted < 6 and (line.startswith(">") or _PROSE.match(line) and len(line.split()) >= 8):
            quoted += 1  # the paper's abstract first, quoted or not (hemilkaklotar/fetch-latest-human-pose-papers);
            continue  # not a bold title ("## Image Reconstruction" over "**Title**" over "- Paper: arXiv")
        if keyed and _UNDER_BULLET.match(line):
            continue  # a field's own lines: "- Framework Overview:" over "    ![](./images/..)" (WindyLab/LLM-RL-
            # Papers, every paper)
        m = _BOLD_FIELD.match(line)
        if not m and keyed and (_SUB_BULLET.match(line) or opened and _NESTED_BULLET.match(line)):
            continue  # "* 相关数据集：" over "    * Citeseer" (Cantoria/dynamic-graph-papers): a field's own items;
            # "- **核心贡献**:" over "  - 提出推理（Reasoning）和行动（Acting）结合的框架" (alg-bug-engineer/agent-
            # skills-collections, every paper): a key with no value on its line, its items nested below it
        if not m:
            if keyed and notes < 2 and _NOTE_BULLET.fullmatch(line):
                notes += 1
                continue
            return False
        keyed += 1
        kind, _, value = key_of(m.group(1))
        opened = not value.strip()
        identified += kind in ("paper", "title") and bool(_IDENTIFIED.search(m.group(1)) or ID_TEXT.fullmatch(
            value.strip()))  # ("- **Paper**: *VideoScore* (Pan et al., EMNLP 2024) [arXiv](..)": a title, linked)
        # ("- **arXiv**: 2202.05262" under "### 1. ROME: Locating and Editing ...", Hypogenic-AI/isolate-knowledge-
        # updates-claude: the paper's arXiv number alone, unlinked)
        linked += kind in ("paper", "code") and bool(URL_ONLY.fullmatch(value.strip())) and (
            kind == "code" or links.classify(_address_of(value)).kind in links.PAPER_KINDS)
        cited += kind == "citation" and venues.year_in(value) is not None and len(value.split()) >= 6
        named += kind == "paper" and (links.classify(_address_of(value)).kind in links.PAPER_KINDS or any(
            links.classify(m.group(0)).kind in links.PAPER_KINDS for m in _ADDRESS.finditer(value)))
        # ("- **🔗 Link**: [[Code](github)] [[CVPR:2023](thecvf PDF)]": SaFoLab-WISC/Awesome-T2I-safety-Papers)
        nested += line[:1].isspace()
    return keyed >= 2 and (identified > 0 or named > 0 and not nested or linked > 0 and cited > 0) or \
        0 < keyed == linked <= 2


def tagged_below(lines: list[str], n: int) -> bool:
    """Are the lines under line *n*, up to the next heading, one to four ``- **key:** value`` bullets and nothing
    else, one of them the paper's tags? ``## MM-OR: A Large Multimodal Operating Room Dataset for ...`` over ``-
    **Tags:** Multimodal Learning, Semantic Segmentation, ...`` (AcademicDissect's paper collections, every paper):
    the heading is a paper, the bullet what it is about; a section stands over entries, not over its own tags."""
    keyed = tagged = 0
    for line in lines[n : n + 12]:
        if line.startswith("#"):
            break
        if not line.strip():
            continue
        m = _BOLD_FIELD.match(line)
        if not m or keyed == 4:
            return False
        keyed += 1
        tagged += bool(TAGS_KEYED.match(m.group(1).replace("*", "").replace("_", " ")))
    return tagged > 0


def paper_linked_below(lines: list[str], n: int) -> bool:
    """Does a ``- key: value`` bullet after line *n*, before the next heading, give the paper's address
    (``* Link to publication: [https://www.aclweb.org/anthology/W17-3008](..)``), or a line that starts with a link
    named as the paper's (``[📄 Paper](https://arxiv.org/abs/1607.03827) | [💻 Code](..)``)?"""
    for line in lines[n : n + 40]:
        if line.startswith("#"):
            break
        m = _BOLD_FIELD.match(line)
        kind, _, value = key_of(m.group(1)) if m else (None, "", "")
        if kind == "paper" and links.classify(_address_of(value)).kind in links.PAPER_KINDS:
            return True
        named = _PAPER_LINK.match(line.lstrip(" -*+"))  # "[📄 Paper](arXiv) | [💻 Code](..)" under "### [Big
        if named and links.classify(named.group(1)).kind in links.PAPER_KINDS:  # Data, 2016] The KIT Motion-Language
            return True  # Dataset", its authors and abstract (zhanglbthu/awesome-human-motion-generation's datasets)
    return False




def _address_of(value: str) -> str:
    """The address a value that is a link alone gives: ``<https://..>``, ``https://..``, ``[text](https://..)``."""
    value = value.strip()
    return value[value.rindex("](") + 2:-1] if value.endswith(")") and "](" in value else value.strip("<>")


def url_below(lines: list[str], n: int, keyed: bool = False) -> bool:
    """Is the first line after line *n* (past blank ones) a paper's address alone (``<https://www.arxiv.org/abs/
    2002.06622>``), or named as the paper's (``paper link: [here](..)``)? ``### Robustness Verification for
    Transformers`` over it, then a paragraph that describes the paper (mekty2012/Deep-Learning-Theory, every
    paper; Strivin0311/ads-learning, every paper, a BibTeX block below): the heading is the paper."""
    if keyed and lines[n : n + 3] and any(line.strip() == "$$" for line in lines[n : n + 3]):
        close = next((k for k in range(n, min(n + 30, len(lines))) if lines[k].strip() == "$$"), None)
        close = next((k for k in range(close + 1, min(close + 30, len(lines))) if lines[k].strip() == "$$"), None) \
            if close is not None else None
        n = close + 1 if close is not None else n  # ("$$ \begin{align} ... $$" first, Strivin0311/long-llms-learning:
        # the method's formula, then its paper's link)
    for line in lines[n : n + 6]:
        if not line.strip() or TAG_LINE.match(line) or keyed and _RULE.fullmatch(line.rstrip()):
            continue  # ("tag: `MiniMax-01` | `Lightning Attention`" first: Strivin0311/llms-learning's pages; a
            # rule under the heading, "Paper:URL<br>" below it: SaulZhang/Awesome_Video_Frame_Prediction)
        line = _BREAK_END.sub("", line)
        line = _ATX_MARK.sub("", line) if keyed and line[:1] == "#" else line  # ("#### Link：[URL](URL)" under "####
        # Title", Paper2Chinese/CVPR-2025-reading-papers-with-code: the field written as a heading too)
        line = line.lstrip()[2:] if not keyed and line.lstrip()[:2] in ("- ", "* ", "+ ") else line  # ("- https://
        # arxiv.org/pdf/2503.21526", a bullet of the address alone, then a line of notes: jcochanc/Causal-Papers-Code)
        address = bare_url(line) if not keyed else (m.group(1) or m.group(2) or m.group(3)) if (
            m := KEYED_URL.fullmatch(line.strip())) else None  # (*keyed*: named as the paper's link, only)
        return address is not None and links.classify(address).kind in links.PAPER_KINDS and not (
            not keyed and _addresses_bulleted(lines, n))
    return False


_NESTED_BULLET = re.compile(r"[ \t]+[-*+][ \t]+\S")


def _addresses_bulleted(lines: list[str], n: int) -> bool:
    """Are two bullets or more after line *n*, before the next heading, each an address alone: the papers of a
    list that writes each as its address, its title on the bullet below (``* https://arxiv.org/abs/2006.06762``
    over ``- Ansor: ...``, grwlf/topics), not the address of one paper under its heading?"""
    found = 0
    for k in range(n, min(n + 400, len(lines))):
        if lines[k].startswith("#"):
            break
        if lines[k][:2] in ("- ", "* ", "+ ") and bare_url(lines[k][2:]) is not None and k + 1 < len(lines) and \
                _NESTED_BULLET.match(lines[k + 1]):  # (its title nested below it; not "- https://..journal..", "-
            found += 1  # https://arxiv.org/..", one paper's two addresses under its heading: jcochanc/Causal-
            if found >= 2:  # Papers-Code)
                return True
    return False


_ATX_MARK = re.compile(r"^#{1,6}[ \t]+")


def notes_then_url(lines: list[str], n: int) -> bool:
    """Do lines of prose, then a paper's address alone on its line, follow line *n* up to the next heading
    (``#### DPGAN (2018)`` over "This is the first work on differentially private GANs. ...", then
    ``https://arxiv.org/pdf/1802.06739.pdf`` and the code's address: MahedAb/Private-synthetic-data-generation-
    methods, all 18 of its headings)? No bullet, table row or quote among them: the owner's note on the paper
    the heading names, then its links."""
    found = False
    for line in lines[n : n + 30]:
        if line.startswith("#"):
            break
        said = line.strip()
        if not said:
            continue
        if said[:1] in "-*+>|<!`[" or said[:2] in ("1.", "1)"):
            return False
        address = bare_url(said)
        found = found or address is not None and links.classify(address).kind in links.PAPER_KINDS
    return found


def dated_url_below(lines: list[str], n: int) -> bool:
    """Are the bullets after line *n*, up to the next heading, only a date and the paper's address (``### 2021
    GTR`` over ``- **2021-12-15**`` and ``- https://arxiv.org/pdf/2112.07899``, luischary/charystudy, every
    paper)? Then the heading is the paper."""
    said = [line.strip() for line in lines[n : n + 8] if line.strip()]
    said = said[: next((k for k, line in enumerate(said) if line.startswith("#")), len(said))]
    if not 2 <= len(said) <= 3 or not all(line[:2] in ("- ", "* ", "+ ") for line in said):
        return False
    values = [line[2:].strip().strip("*_ ") for line in said]
    urls = [address for value in values if (address := bare_url(value)) is not None]
    return len(urls) == 1 and links.classify(urls[0]).kind in links.PAPER_KINDS and all(
        bare_url(value) is not None or _DAY.fullmatch(value) for value in values)


_DAY = re.compile(r"(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?")
_BREAK_END = re.compile(r"\s*<br\s*/?>\s*$", re.IGNORECASE)


def linked_below(lines: list[str], n: int) -> bool:
    """Does a link named for the paper (``[📄 Paper](arXiv)``) to a paper follow line *n*, before the next
    heading? ``### 1. [ICLR '2024] DiffusionSat: ...`` over ``**Authors**: ...`` and ``[📄 Paper](arXiv) |
    [💻 Code](..)`` (RenshengJi/awesome-remote-sensing-image-generation): the heading is the paper."""
    for line in lines[n : n + 40]:
        if line.startswith("#"):
            break
        if any(links.classify(m.group(1)).kind in links.PAPER_KINDS for m in _PAPER_LINK.finditer(line)):
            return True
    return False


_LINKS_THEN_FACTS = re.compile(r"\s*\[[^\[\]]+\]\([^()]+\)")  # a bullet that starts with a link


def paper_link_first(lines: list[str], n: int) -> bool:
    """Does the first line after line *n* (past blank ones) link the paper by a link named for it? ``#####
    LXMERT: Learning Cross-Modality Encoder Representations from Transformers`` over ``EMNLP 2019 [[paper]](arXiv)
    [[code]](..)`` (zh-plus/Awesome-VLP-and-Efficient-Transformer, every paper), ``### Learning Quadrupedal
    Locomotion over Challenging Terrain`` over ``- [Website](..) | [Paper](science.org) | [Code](..)``
    (MengyangGao/Awesome-Robotics-Embodied-AI): the heading is the paper's title."""
    line = next((line for line in lines[n : n + 4] if line.strip()), "")
    if line.startswith("#") or any(not (links.label_word(m.group(1)) or links.host_named(m.group(1)))
                                   for m in _ANY_LINK.finditer(line)):
        return False  # (links named as links, only: not "- [Computational Optimal Transport](arXiv) [[paper]](..)")
    rest = " ".join(_ITALIC.sub(" ", _ANY_LINK.sub(" ", line)).strip(" \t-*+|>/·,").split())
    if rest and rest[0] in "[\\" and not _TAG_BOXES.sub("", rest).strip():
        rest = ""  # "[SVD][2024.8][preprint]\[[paper](arXiv)\]\[[code](..)\]" under "### TrackGo: A Flexible and ..."
        # (MetaDriveScape/Awesome-Generation-Model): tags in boxes, then the links
    if rest and line.lstrip()[:1] in "-*+" and _LINKS_THEN_FACTS.match(line.lstrip()[1:]) and all(
            venues.parse(part) or COUNT_NOTE.fullmatch(part) for part in rest.split(", ")):
        rest = ""  # "- [Paper](arXiv), 인용수 555이상, SIGIR'19" (RS-KR/GNN-RS-Beginner): the links first, then where,
        # and how often it is cited
    if rest and (line.lstrip()[:1] in "-*+" or not venues.parse(rest)):  # (not "- StableSSM: Alleviating ...
        return False  # [paper](arXiv)", the first paper under a section's heading, nor "- IWSLT 2018, [link](..),
    # [paper](..)", a meeting's: a venue and an italic affiliation beside the links only on a line of its own)
    return any(links.classify(m.group(2)).kind in links.PAPER_KINDS for m in _NAMED_PAPER.finditer(line)) or any(
        links.host_named(m.group(1)) and links.classify(m.group(2)).kind in links.PAPER_KINDS
        for m in _LINK_TO.finditer(line))  # ("[arxiv.org](https://arxiv.org/pdf/1611.01752.pdf)" alone under "###
    # Learning a Static Analyzer from Data", sagr4019/ResearchProject, every paper: the site its paper is on)


_ANY_LINK = re.compile(r"\[\[?([^\[\]]*)\]\]?\(\(?[^()\s]*\)\)?")
_TAG_BOXES = re.compile(r"\[[^\[\]()]{0,20}\]|[\\\[\]\s]")
_ITALIC = re.compile(r"(?<![*\w])\*[^*]{1,80}\*(?!\*)")
_LINK_TO = re.compile(r"\[([^\[\]]{1,40})\]\((https?://[^()\s]+)\)")
_NAMED_PAPER = re.compile(r"\[\[?([^\[\]]{0,12}\b(?:paper|pdf|arxiv))\]\]?\(\(?(https?://[^()\s]+)\)", re.IGNORECASE)


def bold_fields_below(lines: list[str], n: int) -> bool:
    """Do two bold-keyed field paragraphs (``**Authors:** ...``, ``**Source:** arxiv • 2026-02-12``,
    ``**Summary:** ...``) and a paper's address follow line *n*, before the next heading? ``## 1. Title``
    over them (TH-Koln-Bartnik/llm-edu-digest, every paper): the heading is the paper."""
    keyed = linked = named = 0
    for line in lines[n : n + 40]:
        if line.startswith("#") or not keyed and _ITEM.match(line):
            break  # (not "- **DeepSeek-V3 Technical Report**" over "  **Paper**: [Link](arXiv)", "  **Summary**: ..."
            # under "### Language Models & Architecture", cycloarcane/Gathered-Paper-Resources: the item's fields)
        if (said := said_field(line)) is not None and said[0] in ("authors", "venue", "year", "summary", "paper"):
            keyed += 1
        linked = linked or any(links.classify(m.group(0)).kind in links.PAPER_KINDS for m in _ADDRESS.finditer(line))
        named = named or any(links.classify(m.group(1)).kind in links.PAPER_KINDS for m in _PAPER_LINK.finditer(line))
    return keyed >= 2 and bool(linked) or keyed >= 1 and bool(named)  # (or one, and a link named for the paper:
    # "### 4. GART: ..." over "**Authors**: ...", its abstract folded, "[📄 Paper](arXiv) | [💻 Code](..)",
    # MrNeRF/awesome-3D-gaussian-splatting, every paper)


def keyed_paper_below(lines: list[str], n: int) -> bool:
    """Does a line keyed as the paper's link (``📄 Paper: [EasyRAG](https://arxiv.org/abs/2410.10315) ||``) come
    within a few paragraphs after line *n*, before the next heading or rule? ``## [1] **EasyRAG**`` over an
    authors line, a description and it (raselmeya94/RAGpedia, every paper): the heading is the paper's name."""
    for line in lines[n : n + 16]:
        if line.startswith("#") or line.strip() in ("---", "***", "___") or _BOLD_THEN_TITLE.match(line):
            return False  # (not "## Single-Agent Optimization" over "**ICLR 2023** ERL-Re2: ..." and "Arxiv: [..](..)
            # Code: ..", yeshenpy/Awesome-Evolutionary-Reinforcement-Learning: a section over its papers)
        m = _KEYED_PAPER.match(line)
        if m and links.classify(m.group(1)).kind in links.PAPER_KINDS:
            return True
    return False


_BOLD_THEN_TITLE = re.compile(r"\*\*[^*:：]{2,40}\*\*\s+[A-Z0-9]\S*\s+\S+\s+\S+")
_KEYED_PAPER = re.compile(r"(?:[^\w\s*+-]{1,3}\s*)?(?:\*\*)?(?:paper|pdf|arxiv)\s*"  # (the key in bold, perhaps:
                          r"(?:[:：]\s*\*\*|\*\*\s*[:：]|[:：])\s*"  # "**Paper:** [Title](..)")
                          r"\[[^\[\]]*\]\((https?://[^()\s]+)\)", re.IGNORECASE)


_ADDRESS = re.compile(r"https?://[^\s()<>\]\[]+")
_PAPER_LINK = re.compile(r"\[[^\[\]]{0,12}\b(?:paper|pdf|arxiv)\]\((https?://[^()\s]+)\)", re.IGNORECASE)
_BOLD_FIELD = re.compile(r"\s{0,3}[-*+]\s+(?:\[[ xX]\]\s+)?((?:\*\*|__)?(?:[^\w\s*_\[\]()<>:：]{1,8} ?)?"
                         r"\w[\w ]{0,20}(?:\*\*|__)?\s*[:：].*)")
# (an emoji may come before the key: "- **🔗 链接**：", Awesome3DGS)
_IDENTIFIED = re.compile(r"\barxiv\.org/(?:abs|pdf)/|\bdoi\.org/10\.")
_RULE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_SUB_BULLET = re.compile(r"\s{4,}[-*+]\s")
_NESTED_BULLET = re.compile(r"\s{2,}[-*+]\s")
_ITEM = re.compile(r"\s{0,3}(?:[-*+]|\d{1,3}[.)])\s")
_UNDER_BULLET = re.compile(r"(?: {2}|\t| ?\t)\s*(?![-*+]\s|\d{1,3}[.)]\s)\S")  # indented, not an item
_PROSE = re.compile(r"[A-Za-z][^\[\]<>]*$")  # a sentence: no link, no item, no markup first
_NOTE_BULLET = re.compile(r"\s{0,3}[-*+]\s+(?:\[ \]\s+)?[^\[\]()<>:：]{1,60}")  # a short note, no link or key (" - [ ]
# 模型代码": a task not done yet, "model code", codecat0/CV)


def venue_first(text: str) -> bool:
    """Does the heading *text* begin with a venue in brackets before a title (``[CVPR-2019] Title``)?"""
    m = _VENUE_FIRST.match(text)
    return m is not None and bool(a_venue(m.group(1)) or journal_and_year(m.group(1))) and \
        len(text[m.end():].split()) >= 3


_VENUE_FIRST = re.compile(r"\s*\[([^\[\]]{2,60})\]\s*")


def titled_below(lines: list[str], n: int) -> bool:
    """Is the first line after line *n* a bullet giving the paper's title by its key, with more field bullets
    (authors, venue, link...) after it, before the next heading? ``### SIFT`` over ``- **Title**: Distinctive
    Image Features from Scale-Invariant Keypoints``, ``- **Author**: David Lowe``, ``- **Venue**: IJCV, 2004``
    (a list of key papers with notes in Chinese, every paper): the heading names the paper the bullets give."""
    rows = [line for line in lines[n : n + 12] if line.strip()]
    if not rows or rows[0].startswith("#"):
        return False
    first = _BULLET_FIELD.match(rows[0]) or _BOLD_FIELD.match(rows[0])
    kind, _, value = key_of(first.group(1)) if first else (None, "", "")
    if kind != "title" or len(value.split()) < 3 or "](" in value:
        return False
    fielded = 0
    for line in rows[1:]:
        if line.startswith("#"):
            break
        m = _BULLET_FIELD.match(line) or _BOLD_FIELD.match(line)
        fielded += bool(m and key_of(m.group(1))[0] in ("authors", "venue", "paper", "code", "year"))
    return fielded >= 2


def names_below(lines: list[str], n: int) -> bool:
    """Is the first line after line *n* the paper's authors, two full names or more and nothing else (``#### 6.
    SimAvatar: Simulation-Ready Avatars with Layered Hair and Clothing`` over ``Xueting Li, Ye Yuan, ..., Umar
    Iqbal (NVIDIA)`` and its abstract folded, minnie-lin/World-Simulator's arXiv papers)?"""
    line = next((line for line in lines[n : n + 3] if line.strip()), "").strip()
    if line.startswith(">"):
        return bool(people.affiliated_names(line[1:]))
    kind, _, value = key_of(line) if line.startswith(("**", "__")) else (None, "", "")
    if kind == "authors":  # "**作者：**Zhengyang Zhou (University of Science and Technology of China), ..." under
        return bool(people.affiliated_names(value))  # "### 1. Maintaining the Status Quo: ..." (shenzekai/STLab-
        # Summary, every paper, no link)
    if line[:1] in "*_" and line[-1:] == line[:1] and not line.startswith(("**", "__")):
        line = line.strip("*_ ")  # (in italics: "*Jianrong Zhang, Yangsong Zhang, ..., Xi Shen*" over "Venue:
        # CVPR2023", mrpositron/motion-generation-papers, every paper)
    text = _AFFILIATION.sub("", dotted_names(line))
    if not text or "," not in text or len(text) > 600 or "[" in text or "http" in text or text.startswith(("#", "<")):
        return False
    names = people.parse(text)
    return len(names) >= 2 and people.only_people(names) and all(len(name.split()) >= 2 for name in names)


def dotted_names(text: str) -> str:
    """``Bin Huang · Xin Wang · Hong Chen`` (a conference site's byline, HaoquanZhang/Cvpr-2024-Scraper, every
    paper under its heading) as names set apart by commas, as ``people`` reads them; other text as it is."""
    return text.replace(" · ", ", ") if text.count(" · ") >= 1 and "," not in text else text


_AFFILIATION = re.compile(r"\s*\([^()]{2,80}\)\s*$")  # "(NVIDIA)" after the names


def described_then_linked(lines: list[str], n: int) -> bool:
    """Does a paragraph of prose follow line *n*, then a line of links alone, one named for the paper, and then
    the next heading? ``### Selection via Proxy: Efficient Data Selection for Deep Learning (2020)`` over what
    it does, then ``[📄 PDF Anotado](annotated_papers/(2020)%20selection%20via%20proxy.pdf)`` (gtironi/awesome-
    data-selection, every paper): the heading is the paper, the prose its description."""
    prose = gap = False
    for line in lines[n : n + 12]:
        text = line.strip()
        if not text:
            gap = prose
            continue
        if not prose:
            if not _PROSE.match(text):
                return False
            prose = True
            continue
        if not gap:
            continue  # (the paragraph goes on)
        rest = _LINK_ANY_TARGET.sub("", text).strip(" |·,-")
        return not rest and any(_PAPER_WORD.search(m.group(1)) for m in _LINK_ANY_TARGET.finditer(text))
    return False


# a link, its target any address (a file of the list's own too, its name with brackets: "(2020)%20selection.pdf")
_LINK_ANY_TARGET = re.compile(r"\[([^\[\]]{1,40})\]\((?:[^()\s]|\([^()\s]*\))+\)")
_PAPER_WORD = re.compile(r"\b(?:paper|pdf|arxiv)\b", re.IGNORECASE)


def noted_with_link(lines: list[str], n: int) -> bool:
    """Does one short paragraph follow line *n* up to the next heading, the owner's note on the paper with its
    link named as a link (``[链接](..)``, ``[paper](..)``) to the paper? ``### Deep Neural Networks for YouTube
    Recommendations`` over "提出 softmax loss , 必看。 [链接](research.google.com/..45530.pdf)" (DachuanZhao/
    rec_serach_paper, every paper with a link): the heading is the paper, the line a note on it."""
    said: list[str] = []
    for line in lines[n : n + 6]:
        if line.lstrip().startswith("#"):
            break
        if line.strip():
            said.append(line.strip())
    if not 1 <= len(said) <= 2 or any(s[:1] in "-*+>|<!`[_" or s[:2] in ("1.", "1)") for s in said):
        return False
    first = _NAMED_LINK.search(said[0])
    noted = said[0][: first.start()].strip(" _*[") if first else ""
    if len(_NAMED_LINK.sub("", " ".join(said))) > 200 or not noted or len(noted.split()) >= 3 and title_like(noted):
        return False  # (not the DRS parsing page's paragraph of prose, with "[paper](..)" in it, nor "On the
        # Automatic Generation of Medical Imaging Reports [[paper](..)]" under a heading: a paper of its own)
    return any(links.label_word(m.group(1)) and links.classify(m.group(2)).kind in links.PAPER_KINDS
               for s in said for m in _NAMED_LINK.finditer(s))


_NAMED_LINK = re.compile(r"\[([^\[\]]{1,20})\]\(([^()\s]+)\)")


def said_of_a_paper(lines: list[str], n: int) -> bool:
    """Does the first paragraph after line *n* (before the next heading) open by saying it speaks of a paper:
    "本文…", "该论文…", "This paper …"? ``## Collaborative Memory Network for Recommendation
    Systems`` over "本文是圣塔克拉拉大学和 Google 联合发表于 SIGIR 2018 的工作。…" ("this paper is a work of Santa
    Clara University and Google published at SIGIR 2018", daiwk/daiwk.github.io, every paper of its digest): the
    heading is the paper the paragraph describes."""
    for line in lines[n : n + 6]:
        said = line.strip()
        if said.startswith("#"):
            return False
        if said:
            return _THIS_PAPER.match(said) is not None
    return False


_THIS_PAPER = re.compile(r"本文|该文|该论文|此论文|这篇(?:论文|文章|paper)|本论文|This paper\b")  # (not "We propose a
# taxonomy", "In this paper, we present the first survey": the list's own words on its own survey)
