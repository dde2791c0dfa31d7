"""What a list's headings say: section names, years, venues, status, and matter that is not papers.

The reader (``reader``) keeps a stack of the headings open above the text it
reads (``Frame``) and the sections they name (``Heading``); this module knows
what one heading says:

* Its name, with decoration dropped (emoji, bold, anchor links, a trailing
  colon); a ``/`` in a name becomes ``∕`` (``/`` separates section levels).
* A year heading (``### 2024``, ``## Year 2024``, ``## 2024年``) gives its papers
  their year; ``Undated`` is the heading ``export --md --by-year`` writes for
  papers without one.
* A venue heading (``### CVPR 2023``, ``**CVPR**``, ``## arXiv papers``) gives
  its papers a venue; a "to read" / "read" heading a status.
* Headings of news, contents, contributing, citation, tutorials, videos, books,
  code and tools hold no papers: what stands under them is skipped, with the
  kind of matter named in the reason (``verdict`` names the papers they hold all
  the same: an arXiv survey under tutorials, a paper cited in full under news).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import badges, inline, links, proceedings, venue_words, venues
from .blocks import Block

UNDATED = "Undated"  # the year heading ``export --md --by-year`` gives papers without a year
YEAR_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:year\s*)?(?=【.*】$|[^【】]*$)【?\s*"
                          r"((?:19|20)\d\d)(?:\s*年)?\s*】?$", re.IGNORECASE)
# ("#### 2.2.3. YEAR 2021", numbered: razanalharith/Concept-Based-Explanation)
# ("**【2022】**" over its papers, keithAND2020/awesome-Occupancy-research: a year in brackets too)
# A list item over the year's papers: "- 2024", "* 2022:", "* 2022年收录情况：" ("accepted in 2022",
# Cryptocxf/Federated-Learning-Papers)
YEAR_ITEM = re.compile(r"^(?:year\s*)?((?:19|20)\d\d)(?:\s*年[\u4e00-\u9fff]{0,8})?\s*[:：]?$", re.IGNORECASE)
_SKIP_HEADING = re.compile(
    r"^(?:(?:table of )?contents?|toc|目录|quick links?|overview of contents|navigation|"
    r"news|latest news|updates?|(?:recent|latest) updates|what'?s new|changelog|change log|todo|to-?do list|"
    r"contribut\w*|how to contribute|contributors?|citations?|cite|citing|how to cite|bibtex|"
    r"star history|stargazers|acknowledge?ments?|thanks|license|contact|contact us|sponsors?\w*|"
    r"tutorials?|blogs?(?: posts?)?|videos|talks?|courses?|lectures?|books?|podcasts?|codes|"
    r"tools?|toolkits?|toolbox(?:es)?|libraries|software|other (?:awesome )?lists?|awesome lists?|"
    r"related (?:awesome )?(?:lists?|repos|repositories|projects|workshops|events)|other (?:useful )?resources|"
    r"useful resources|community|communities|discussion|star|stars|footnotes?|"
    r"lexicon|glossary|abbreviations?|acronyms?|terminology|terms|notations?)$",  # ("## Lexicon" over " * WER: word
    # error rate", syhw/wer_are_we: terms defined, not papers)
    re.IGNORECASE,
)
# Headings of models, datasets, demos and projects: lists put papers under them too ("## Datasets"
# then "- [RedPajama: an Open Dataset ...](arXiv)"), but an entry there that links no paper is the
# thing itself ("- [The Pile](https://pile.eleuther.ai/) - An 800GB dataset"), not a paper.
DASHED = re.compile(r"[-*+]\s+(?=\S)")  # a heading's name written after a bullet's mark ("### - Model Fine-tuning")
DASHED_RAW = re.compile(r"\s*#{1,6}\s+[-*+]\s+\S")  # ... its line as written
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
_RESOURCE_HEADING = re.compile(
    r"^(?:(?:open[- ]source |open |pre-?trained |foundation |large language |released )?models?|"
    r"(?:open[- ]source )?datasets?|data ?sets?|datesets?|datasets? (?:and|&) (?:models?|tools?)|"
    r"models? (?:and|&) datasets?|checkpoints?|model weights|demos?|apps|products?|apis?|(?:web |cloud )?services|"
    r"(?:open[- ]source )?projects?|(?:open[- ]source )?repositories|repos|resources?|frameworks?|leaderboards?|"
    r"(?:benchmark |experimental |evaluation )?results|performance(?: comparisons?)?|"  # ("### Benchmark results",
    # a table of methods' scores and their code: layumi/Seg-Uncertainty)
    r"(?:evaluation )?metrics?|databases?|(?:[\w-]+ ){0,2}corpora|utilit(?:y|ies)|utils|scripts|snippets|gists|"
    r"datasets? (?:and|&) (?:benchmarks?|competitions?|challenges?)|"  # ("9. Dataset and Competition"; "## 1 Dateset",
    # "## 3.Contest": wenhwu/awesome-remote-sensing-change-detection)
    r"(?:(?!and |& )[\w-]+ ){1,3}(?:datasets?|data ?sets?)|"  # ("Action Recognition Datasets")
    r"[\u4e00-\u9fff]{0,8}数据集)$", re.IGNORECASE)  # ("## 点云数据集", point-cloud datasets: Hardy-Uint/awesome-
# pointcloud-processing)
# Headings of workshops, challenges, people, venues and further reading: events, labs and sites. A paper
# among them links it ("## Workshops" / "- [POSETRACK-ECCV](https://posetrack.net/workshops/eccv2018/)";
# a workshop is named with its meeting and year: "[Unsolved Problems in Social Robot Navigation](..), RSS 2024")
_EVENTS_HEADING = re.compile(
    r"^(?:(?:(?:related|upcoming|recent|past) )?workshops?(?: (?:and|&) (?:shared tasks?|symposiums?|challenges?|"
    r"competitions?))?|shared tasks?|(?:(?!and |& )[\w-]+ ){0,3}(?:challenges?|competitions?|contests?)|"
    r"(?:(?:famous|key|notable|leading|distinguished) )?(?:research )?(?:groups?|labs?|laborator(?:y|ies)|people|"
    r"researchers|scholars?)(?:\s*(?:[∕&,]|and)\s*(?:research )?(?:scholars?|people|researchers|labs?|groups?))*"
    r"(?: (?:in|of|on) .+)?|people directory|"  # ("Laboratories and Research Groups", yue-heu/awesome-lifelong-slam)
    r"group of people|"  # ("Distinguished Scholars in Fake News Detection (虚假新闻检测领域杰出学者)", ICTMCG)
    r"venues|conferences? (?:and|&|∕) journals?|journals? (?:and|&|∕) conferences?|list of (?:journals|venues)\b.*|"
    r"further reading|websites?|(?:learning |tutorial )?materials|additional[- ]resources|"
    r"talks?|slides?|presentations?|ppts?|black ?hat|def ?con|hitb|offensive ?con|secwest|"  # (talks at hackers'
    # meetings and their slides, LyleMi/papers: "# Blackhat", "# Defcon", "# PPT" over rows of titles)
    r"[^\s]{0,8}(?:サイト|网站|網站))$", re.IGNORECASE)  # ("参考サイト", sites for reference, Yagami360/machine-
# learning-papers-survey; "论文网站")
_STATUS_HEADING = {"to read": "unread", "to-read": "unread", "toread": "unread", "unread": "unread",
                   "backlog": "unread", "待读": "unread", "未读": "unread", "read": "read", "done": "read",
                   "finished": "read", "已读": "read", "reading": "reading", "in progress": "reading",
                   "currently reading": "reading", "在读": "reading"}
HTML_HEADING = re.compile(r"<h[1-6]\b", re.IGNORECASE)
_LIST_TITLE = re.compile(r"\b(awesome|papers?|reading|list|collection|survey)\b", re.IGNORECASE)
# "# 论文/Paper" first of five H1 (ML4Comm-Netw/Paper-with-Code-of-Wireless-communication-Based-on-DL, then "# 数据集/
# Database"): a section of papers, not the list's name
_PAPERS_ALONE = re.compile(r"(?:论文|papers?)(?:\s*[/∕]\s*(?:论文|papers?))?", re.IGNORECASE)
# "## arXiv papers", "### ArXiv (Last 6 months)", "### Earlier Arxiv 2025": preprints (of that year)
_PREPRINT_HEADING = re.compile(r"^(?:(?:earlier|recent|latest|new|other|more)\s+)?(?:arxiv|preprints?|arxiv papers?|"
                               r"arxiv preprints?|preprint papers?)(?:\s*\([^()]{1,40}\))?"
                               r"(?:\s+((?:19|20)\d\d)|['’](\d\d))?$",
                               re.IGNORECASE)
_ENDS_WITH_YEAR = re.compile(r"^(?!(?:before|after|until|since|pre|prior to|up to|older than)\s)\w[\w\s&-]{0,40}"
                             r"[:：,]?\s((?:19|20)\d\d)$", re.IGNORECASE)  # "Journals 2024": the year of its papers
# (not "### before 2018", CalayZhou/Multispectral-Pedestrian-Detection-Resource: years before it); "### Survey: 2022"
# (MinghuiChen43/awesome-trustworthy-deep-learning, every paper's heading); "## Recommended Papers for Week 4, 2024"
# (Fatflower/ArXiv_weekly_paper, all 59 papers)
_YEAR_THEN_SUBTITLE = re.compile(r"^((?:19|20)\d\d)\s*[:：]\s+[A-Z][\w'’-]*(?:\s+\S+){1,10}$")  # "## 📅 2022: Scaling
# Laws Change Everything" (ntiwari78/awesome-slm-papers, over 150 of its 171 papers): the year, and what it brought
# "## 2025-07" then "### 0717-0724" (kcxain/Awesome-LLM4Code, a weekly digest): a month's papers, a section
_YEAR_MONTH = re.compile(rf"^((?:19|20)\d\d)(?:[-./](?:0?[1-9]|1[0-2])|年(?:0?[1-9]|1[0-2])月|\s+{venues.MONTH})$",
                         re.IGNORECASE)  # ("## 2023 May": HenryHZY/Awesome-Multimodal-LLM)
_KEYCAP_DIGITS = re.compile(r"(?:\d\ufe0f?\u20e3){2,4}")  # (xiaooochaooo/Awesome-AIGC-Detection's years, in <summary>)
_DECORATION = re.compile(r"[0-9#]\ufe0f?\u20e3|[\u2190-\u2214\u2216-\u2bff\u2600-\u27bf\U0001f000-\U0001faff"
                         r"\ufe0f\u200d\u20e3*]+|:[a-z0-9_+-]{2,50}:")  # (keycaps: "1️⃣ Pruning")
_BACK = re.compile(r"\W*(?:(?:back|go)?[\s_-]*(?:to)?[\s_-]*(?:top|contents?|index|toc)?|返回|返回顶部|回到顶部)\W*",
                   re.IGNORECASE)  # ("Back-to-top", "Back to Contents", "go to top", "↑")
_BACK_WORD = re.compile(r"back|top|返回|回到", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\s*[(（\[]\s*[)）\]]\s*$")


def group_name(text: str) -> str:
    """A ``<summary>`` group label's name: the bold part where the label goes on to count and describe the group
    (``<b>💡 Knowledge</b> (21) · <i>agents that distill ...</i>``, REAL-Lab-NU/Awesome-Self-Evolving-Scientific-
    Agents; ``<b>Reasoning Models › RL-Driven Reasoning</b> · 19 resources``), else the label as written."""
    named = _NAMED_GROUP.fullmatch(text.strip())
    return named.group(1) if named else text


_NAMED_GROUP = re.compile(r"<(?:b|strong)>([^<>]{1,80})</(?:b|strong)>\s*(?:\(\d{1,4}\))?\s*[·•|:-]\s*\S.*",
                          re.IGNORECASE | re.DOTALL)


def table_group(cells: list[str]) -> str | None:
    """A table row that is a group label: one cell filled, in bold, a few words and no link, the other
    cells empty (``|    **<font color=red>Large Scale Recommendation</font>**     |   |   |``, ConanCui/
    Paper-List, over the rows of its papers): the name of a group of the rows below it, not a paper."""
    filled = [c for c in cells if c.strip()]
    if len(filled) != 1 or len(cells) < 2 or "](" in filled[0] or "http" in filled[0]:
        return None
    shown = [p for p in inline.scan(filled[0]) if p.kind != "text" or p.text.strip()]
    if not shown or any(p.kind != "text" or not p.strong for p in shown):
        return None
    name = " ".join(" ".join(p.text for p in shown).split())
    return name if 0 < len(name.split()) <= 8 and len(name) <= 80 else None


def html_heading_cell(cells: list[str]) -> tuple[int, str] | None:
    """A table row (or header) whose one filled cell is an HTML heading: ``| <h6>模拟鱼眼畸变增强</h6> | |``,
    ``| <h3 id="dataset">Dataset</h3> | |`` (mini-sora/minisora: 24 such rows, its papers' sections, nested by
    level, the first its table's header). (level, name), or None."""
    filled = [c for c in cells if c.strip()]
    m = _HTML_HEADING_CELL.fullmatch(filled[0].strip()) if len(filled) == 1 and len(cells) >= 2 else None
    name = " ".join(re.sub(r"<[^>]+>", " ", m.group(2)).split()) if m else ""
    return (int(m.group(1)), name) if m and name and len(name) <= 80 else None


_HTML_HEADING_CELL = re.compile(r"<h([1-6])(?:\s[^>]*)?>(.*?)</h\1>", re.IGNORECASE)


_HEADING_ID = re.compile(r"\s*\{:?\s*#[\w-]+(?:\s+\.[\w-]+)*\s*\}$")


def heading_name(text: str) -> str:
    """``⭐🔥[Think with Images](#think)：`` -> ``Think with Images``; a heading that is only a badge, the
    badge's message."""
    if text.endswith("}") and (anchor := _HEADING_ID.search(text)) and anchor.start():
        text = text[: anchor.start()]  # "## Survey {#survey}" (wxhzyr/Awesome-Fed-Reasonning-LLM, every heading):
        # the heading's id in Pandoc's and kramdown's attribute syntax, for links to it; not its name
    if "`" in text and (tally := _CODE_TALLY.search(text)) and tally.start():
        text = text[: tally.start()]  # "### <a id="s1"></a>S1 — Acquisition  ·  `19 systems`" (EvaxHe/Awesome-LLM-
        # Agent-Experience-Lifecycle, every section): how many it holds, set apart in code as a badge; not its name
    raw, pieces = text, inline.scan(text)
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip(" []")]
    if len(shown) == 1 and shown[0].kind == inline.LINK and text.lstrip().startswith("[[") and links.label_word(
            shown[0].text):  # "#### [[GitHub]](github)" over "#### [[Paper]](..): Title" under "## HRSID" (Sugeradi985/
        return ""  # Awesome-SAR-Detection, every dataset): a link named for what it is, no section's name
    if any(p.kind == inline.LINK and p.href.startswith("#") for p in pieces):
        # "### 📖LLM Algorithmic/Eval Survey ([©️back👆🏻](#paperlist))" (DefTruth/Awesome-LLM-Inference): a link
        # back to the contents is not the heading's name
        kept = [p for p in pieces if not (p.kind == inline.LINK and p.href.startswith("#")
                                          and _BACK.fullmatch(_DECORATION.sub("", p.text)))]
        text = _EMPTY_BRACKETS.sub("", inline.plain(kept))
        if not _DECORATION.sub("", text).strip() and not _BACK_WORD.search(inline.plain(pieces)):
            text = inline.plain(pieces)  # "## [Content](#content)": the link is the heading
    elif any(p.kind == inline.LINK and links.label_word(p.text.strip("[] ")) for p in pieces[1:]) and \
            pieces[0].kind == inline.TEXT and pieces[0].text.strip(" [("):
        # "### Freezing LLM [[link]](https://github.com/WLiK/LLM4Rec)" (westlake-repl/Recommendation-Systems-without-
        # Explicit-ID-Features): the name, then a link for what it names; no part of the name
        kept = [p for p in pieces if not (p.kind == inline.LINK and links.label_word(p.text.strip("[] ")))]
        text = _EMPTY_BRACKETS.sub("", inline.plain(kept))
    else:
        text = inline.plain(pieces)
    keycaps = _KEYCAP_DIGITS.fullmatch(text.strip()) if "\u20e3" in text else None
    text = "".join(re.findall(r"\d", keycaps.group())) if keycaps else _DECORATION.sub("", text)  # "2️⃣0️⃣2️⃣5️⃣": 2025
    badge = badges.badge_fields(raw) if not text.strip() and "shields.io/badge/" in raw else None
    if badge:  # "# <img src="https://img.shields.io/badge/Paper%20Type-Methods-informational" alt="type"/>"
        text = badge[1] if len(badge) >= 3 else badge[0]  # (Sahandfer/EMPaper, every heading): its message
    text = text.strip().rstrip(":：").strip()
    if text.endswith(".") and not text.endswith("..") and "." not in text[:-1]:
        text = text[:-1]  # "**Common sense.**" (a bold line standing as a heading, written as a sentence)
    tags = _HASHTAGS_AFTER.search(text) if "#" in text else None
    if tags and tags.start():
        text = text[: tags.start()]  # "### Activation Patching #causality #circuits" (FF-GardenFn/mechanistic-
        # interpretability-techniques): tags of the list's, to search by, not the section's name
    if _counted_after_bold(pieces):  # "<summary><b>Nature Medicine</b>（70）</summary>" (JXLiu-AI/Awesome-Medical-LLM-
        # in-Top-Journals), "<b>2023</b> &nbsp;·&nbsp; 8 papers" (yclinhh/Awesome-Sign-Language), "<strong>Fusion-
        # based</strong> (7 papers)": the bold is the name, the count after it how many papers it holds. (A count
        # inside the name is kept as written: "End-to-End VLA Architecture (16)", "NeurIPS 2021 (32 Papers)", as
        # all the lists' labels that show one keep it.)
        text = _DECORATION.sub("", pieces[-2].text).strip().rstrip(":：").strip()
    return " ".join(text.replace("/", "∕").split())


_CODE_TALLY = re.compile(r"\s*(?:[·•|]|&middot;)?\s*`\s*\d{1,4}\s+[^\W\d_][\w-]*\s*`\s*$")
_HASHTAGS_AFTER = re.compile(r"(?:\s+#[^\W\d_][\w-]*)+$")
_COUNT = re.compile(r"\s*(?:[·•|–—-]\s*)?(?:[（(]\s*(?:共\s*)?(?:\d{1,3}|\d{1,4}\s*(?:篇|papers?|works))\s*[)）]|"
                    r"\d{1,4}\s*(?:篇|papers?|works))\s*", re.IGNORECASE)  # ("(2021)" is not a count)


def _counted_after_bold(pieces: list[inline.Piece]) -> bool:
    """Is the heading a bold name, then, outside the bold, only how many papers it holds? (A mark before the
    bold is no part of it: "<summary>👁️ <b>Perception</b> (199 papers)</summary>", x-zheng16/Awesome-Embodied-AI-
    Safety.)"""
    if len(pieces) == 3 and pieces[0].kind == inline.TEXT and not pieces[0].strong and not _DECORATION.sub(
            "", pieces[0].text).strip():
        pieces = pieces[1:]
    return len(pieces) == 2 and pieces[0].strong and pieces[0].kind == inline.TEXT and not pieces[1].strong \
        and pieces[1].kind == inline.TEXT and bool(_COUNT.fullmatch(pieces[1].text)) and bool(pieces[0].text.strip())
# "CVPR2020(共33篇)", "NeurIPS 2021 (32 Papers)" (weimingwill/awesome-federated-learning): how many papers it holds
_RANKED = re.compile(r"\s*[（(]\s*(?:CCF|CORE)[\s-]?[A-C]\*?\s*类?\s*[)）]$", re.IGNORECASE)
_PAPERS_IN_ALL = re.compile(r"\s*-?\s*[（(]\s*(?:(?:共\s*)?\d{1,4}\s*(?:篇|papers?)?|accepted(?: papers?)?)\s*[)）]$",
                            re.IGNORECASE)  # ("#### CVPR 2024 (Accepted Papers)", zya3d/Awesome-3D-Occupancy-
# Prediction; "#### 量化 2020-(14)", RobertLuobo/ReadingPaper_Daily: quantisation, 2020, its 14 papers)
# "<summary>2024 Papers (27)</summary>" (kawchar85/Awesome-Deblurring-Resources): the year's papers
_YEAR_THEN_PAPERS = re.compile(r"^((?:19|20)\d\d)\s+(?:papers?|works|publications|articles)(?:\s*[（(]\d{1,4}[)）])?$",
                               re.IGNORECASE)
YEAR_OF_PAPERS = re.compile(r"^((?:19|20)\d\d)\s+(?:[A-Za-z&]+\s+){0,4}(?:papers?|works|publications|articles)\b",
                            re.IGNORECASE)  # "# 2021 Conference and Journal Papers": a section, of that year's papers
DAY = re.compile(r"((?:19|20)\d\d)[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])")  # "2026-01-20"
_A_YEAR = venues.FOUR_DIGIT_YEAR


@dataclass
class Frame:
    """A heading open above the text being read, and what it says of the papers under it."""

    level: float
    name: str
    written: int  # the heading's level as written
    kind: str = "section"  # section, year, title, group
    line: int = 0
    raw: str = ""
    year: int | None = None
    venue: str | None = None
    status: str | None = None
    skip: str | None = None
    skip_below: bool = True  # does *skip* hold for the headings under it too? (not a contents heading's)
    skip_identified: bool = False  # is an entry with an arXiv ID or DOI under it a paper still? ("## Other
    # Resources": "[A Survey on Contextual Embeddings](https://arxiv.org/abs/2003.07278)" beside other lists)
    skip_sections: bool = True  # ... for a section heading under it? (not a news heading's: "## News" then
    # "#### VLM Pre-training Methods" and the papers added lately, jingyi0000/VLM_survey)
    resources: str | None = None  # a heading of models or datasets: why an entry linking no paper is none
    events: bool = False  # ... of workshops, people or sites (a title cited with a venue and year is an event's)
    bold: bool = False  # a bold line standing as a heading (``**CVPR**``): the next such line replaces it
    italic: bool = False  # ... in bold italics (``***Dense Voxels***``): below a bold one


@dataclass
class Heading:
    """A section the list names, and what stood under it (decides whether it becomes one)."""

    path: str
    line: int
    raw: str
    content: bool = False  # something stands under it
    papers: int = 0
    year_headings: bool = False
    parent: str | None = None  # the path of the section it stands in, its own name and level as written
    name: str = ""
    level: int = 0


def path_of(frames: list[Frame], year_groups: bool) -> str:
    """The section path that *frames* (the headings open above, outermost first) make."""
    return "/".join(f.name for f in frames if f.kind in ("section", "group") or (
        f.kind == "year" and not year_groups))


def venue_item(pieces: list) -> str | None:
    """``+ ICCV`` over a list of papers: a known venue's name alone, in plain text (a bold one is a
    pseudo-heading, a section of its own), that the papers under it appeared at; else None."""
    if any(p.kind != "text" or p.strong or p.em or p.code for p in pieces):
        return None
    text = "".join(p.text for p in pieces).strip()
    found = venues.parse(text)
    return found[0] if found else text if (" " not in text or text.startswith("USENIX ")) and venues.is_known_name(
        text.split()[0]) else None  # ("- USENIX Security" over its papers: malware-defense/adversarial_detection_
    # papers)


_ASIDE = re.compile(r"\s*\([^()]*\)\s*")  # "(International Conference on Robotics and Automation )"
_GROUP_LINK = re.compile(r"(?:conference|journal|proceedings?|workshop|venue|homepage|website)s?", re.IGNORECASE)


_BOLD_LINE = re.compile(r"<(b|strong)>([^<>\n]{1,100})</\1>", re.IGNORECASE)
ANCHOR_TAG = re.compile(r"<a\s+(?:name|id)\s*=\s*[^<>]*>(?:\s*</a>)?", re.IGNORECASE)  # '<a name="aidd" />'
# (a place to link to, no text: lists put one over each heading or group)


def bold_html_line(text: str) -> str | None:
    """The text of an HTML block that is one bold line (an anchor before it perhaps): ``<a name="aidd" />`` then
    ``<b>1.2 Drug Discovery in the AI Era</b>`` over its papers (dengjianyuan/Survey_AI_Drug_Discovery), a bold
    line standing as a heading, as ``**1.2 Drug Discovery ...**`` does; else None."""
    lowered = text.lower()
    if "<b" not in lowered and "<strong" not in lowered:
        return None
    bold = _BOLD_LINE.fullmatch(ANCHOR_TAG.sub("", text).strip())
    return bold.group(2) if bold else None


def venue_line(pieces: list) -> tuple[str, int | None] | None:
    """``*ICRA(International Conference on Robotics and Automation ) 2022*: [[Conference]](..)`` over a list of
    papers (HinsZei/Pedestrian-Trajectory-Prediction-Papers, every group): a venue in italics, its long name in
    brackets, and a link to its site, that the papers below appeared at; a line, no heading. The venue and its
    year, or None."""
    words = [p for p in pieces if p.kind != "text" or p.text.strip(" :：")]
    if not words or words[0].kind != "text" or not words[0].em or words[0].strong or len(words) > 2 or (
            len(words) == 2 and (words[1].kind != "link" or not _GROUP_LINK.fullmatch(words[1].text.strip("[] ")))):
        return None
    text = " ".join(_ASIDE.sub(" ", words[0].text).strip(" :：").split())
    if not text or len(text) > 80:
        return None
    found = venues.parse(text)
    if found is None and len(words) == 2 and "journal" in words[1].text.lower() and venue_words.journal_named(text):
        found = (text, None)
    return found


def said_above(frames: list[Frame], year_groups: bool) -> dict:
    """What *frames* say of the papers under them: their ``Context``'s section, year, venue,
    status, skip and resources (as keywords; the reader's options are the rest)."""
    said: dict = {"section": path_of(frames, year_groups) or None, "year": None, "venue": None, "venue_titled": False,
                  "status": None,
                  "skip": None, "skip_unless_identified": False, "skip_unless_titled": False,
                  "skip_unless_arxiv": False, "skip_unless_cited": False, "skip_unless_linked": False,
                  "resources": None, "events": False}
    for k, f in enumerate(frames):
        said["year"] = f.year if f.year is not None else said["year"]
        said["venue_titled"] = f.kind == "title" if f.venue else said["venue_titled"]
        track = _TRACK_HEADING.get(f.name.casefold()) if said["venue"] and not f.venue else None
        said["venue"] = f.venue or (f"{said['venue']} {track}" if track and venues.year_in(said["venue"]) and not
                                    said["venue"].endswith(track) else said["venue"])  # "## ACL 2025" / "**Findings**"
        if said["venue"] and not f.venue and _REJECTED.fullmatch(f.name.casefold()):
            said["venue"] = None  # ("## Reject" under "# ICLR2017": papers that venue turned down, not its own)
        said["status"] = f.status or said["status"]
        if not (track and said["venue"] and said["venue"].endswith(track)):  # ("## Workshop" under "# ICLR2017",
            said["resources"] = f.resources or said["resources"]  # finlay-liu/awesome-collections: the venue's
            said["events"] = f.events if f.resources else said["events"]  # workshop papers, not events)
        if k == len(frames) - 1 or f.skip_below and (
                f.skip_sections or not any(b.kind in ("section", "group") for b in frames[k + 1:])):
            if f.skip and not said["skip"]:
                said["skip"], said["skip_unless_identified"] = f.skip, not f.skip_below or f.skip_identified
                said["skip_unless_titled"] = f.skip.endswith("of code and tools, not papers")
                # (an arXiv survey under "# Tutorials" / "## Tutorial & survey", iCGY96/awesome_OpenSetRecognition_list;
                # a tutorial's slides or a book there, ewanlee/MARL-Papers, is none)
                said["skip_unless_arxiv"] = f.skip.endswith("of tutorials, talks and posts, not papers")
                said["skip_unless_cited"] = f.skip.endswith("of news, not papers")
                said["skip_unless_linked"] = f.skip.endswith("of things to do, not papers")
    return said


# A heading under a venue's that names its track: its papers' venue is the venue in that track ("## ACL 2025",
# then "**Main**" and "**Findings**" over their papers, Geralt-Targaryen/Awesome-Speculative-Decoding: ACL 2025
# Findings, as the rules write it)
_REJECTED = re.compile(r"(?:rejected|reject|rejections?)(?: papers?| submissions?)?")
_TRACK_HEADING = {"findings": "Findings", "workshop": "Workshop", "workshops": "Workshop"}  # (not "### Oral" under
# "## ICML 2024": its papers are ICML 2024's, shaoshitong/awesome-papers-in-efficient-diffusion-llm-ar)


# Tutorials, talks and posts may be named with a word before them ("AI4TS Tutorials", "Video
# Lectures") or several at once ("Tutorials/Talks/Lectures", "Blogs & Talks").
_MEDIA_WORDS = r"tutorials?|talks?|lectures?|courses?|blogs?(?: posts?)?|posts|videos|podcasts?|slides|books?|" \
    r"thes[ie]s|dissertations?"
_MEDIA = rf"(?:{_MEDIA_WORDS})"
# ... beside others of a kind ("Tutorials & Workshops & Blogs", "Books and PhD Thesis", "Blog Posts & News",
# "Tutorials and Learning Resources"): the media name what the heading holds
_BESIDE_MEDIA = rf"(?:[\w.-]+ )?(?:workshops?|symposiums?|news|(?:learning )?resources|materials|websites?|" \
    rf"chapters?|notes|{_MEDIA_WORDS})"  # ("Books and Book Chapters", "Courses and Notes": franzesegiovanni/
# Gaussian-Processes)
_MEDIA_HEADING = re.compile(rf"^(?:[\w.-]+ )?{_MEDIA}$|^(?=.*\b{_MEDIA}\b){_BESIDE_MEDIA}"
                            rf"(?:\s*(?:[/∕&,+]|and|or)\s*{_BESIDE_MEDIA})+$")


def _skip_name(lowered: str) -> bool:
    """Does a heading's name (casefolded) say that what stands under it is not papers?"""
    lowered = lowered.strip(" !！:：.。")  # ("## ✨ News! ✨": Charmve/awesome-scene-text-detection)
    return bool(_SKIP_HEADING.match(re.sub(r"^(?:the|our|other|more)\s+", "", lowered))
                or _SKIP_HEADING.match(lowered) or _MEDIA_HEADING.match(lowered))


def year_named(name: str) -> bool:
    """Is the heading *name* a year (``2024``, ``2024 Papers``)?"""
    return bool(YEAR_HEADING.match(name) or _YEAR_THEN_PAPERS.match(name))


def years_named(name: str) -> bool:
    """Is the heading *name* a span of years (``2021–2022``, ``Before 2020``, ``2019 and earlier``)? A year's
    heading after it is its sibling, not a part of it (``#### 2021–2022`` then ``#### 2023``: yat0i811/Text-to-
    Motion-Research-Survey)."""
    return _YEARS_SPAN.fullmatch(name.strip()) is not None


_YEARS_SPAN = re.compile(r"(?:(?:before|after|since|until|pre|prior to|up to)\s*)?(?:19|20)\d\d"
                         r"(?:\s*(?:[-–—~～]|to)\s*(?:(?:19|20)?\d\d|now|present|today))?"
                         r"(?:\s*(?:and\s+|&\s*|or\s+)?(?:earlier|before|older|prior|later|after|onwards?))?",
                         re.IGNORECASE)


def _resources_named(lowered: str) -> bool:
    """``Lexicons, Datasets, Word embeddings, and other resources`` (laugustyniak/awesome-sentiment-analysis): a
    heading that names several kinds of resources, and nothing else."""
    parts = [p.strip() for p in _LISTED.split(lowered) if p.strip()]
    return len(parts) >= 2 and all(_RESOURCE_WORD.fullmatch(p) for p in parts)


_LISTED = re.compile(r",|\band\b|&|/")
_RESOURCE_WORD = re.compile(r"(?:other )?(?:lexicons?|datasets?|data ?sets?|corpora|(?:word )?embeddings|resources|"
                            r"tools?|toolkits?|libraries|apis?|models?|checkpoints?|demos?|benchmarks?)")


def describe(frame: Frame) -> None:
    """Fill in what the heading *frame* says of its papers: skip, status, venue, year."""
    name, lowered = frame.name, frame.name.casefold()
    if _skip_name(lowered):
        kind = _kind_of(lowered)
        frame.skip = f"under '{name}', a heading of {kind}, not papers"
        # "## Table of Contents" then "### Benchmarks", "### Policies": the sections written one
        # level too deep hold the papers; only the contents lines are the contents heading's own.
        frame.skip_below = kind != "contents"
        frame.skip_sections = kind not in ("news", "citation")  # ("## Citation" over its BibTeX, then "### Quick
        # Links", "### Training-Time Attacks", ... one level too deep, LiQiiiii/Awesome-VLA-Safety: the sections below
        # it are the list's; only the lines under it alone are the citation's)
        frame.skip_identified = kind == "other lists and resources"
    elif _RESOURCE_HEADING.match(_NUMBERED.sub("", lowered)) or _resources_named(lowered):  # ("# 2. Datasets",
        # lh9171338/Monocular-Depth-...)
        frame.resources = f"under '{name}', a heading of datasets, models or projects; links no paper"
    elif _EVENTS_HEADING.match(_NUMBERED.sub("", lowered)):  # ("### 4.6 People Directory", zhijing-jin/CausalNLP_...)
        frame.resources = f"under '{name}', a heading of events, people or sites; links no paper"
        frame.events = True
    frame.status = _STATUS_HEADING.get(lowered)
    preprints = _PREPRINT_HEADING.match(lowered)
    if preprints:
        year = preprints.group(1) or (f"20{preprints.group(2)}" if preprints.group(2) else None)  # ("arXiv papers'23")
        frame.venue = "arXiv" + (f" {year}" if year else "")
        frame.year = int(year) if year else frame.year
    elif frame.kind in ("section", "group"):
        bare = _RANKED.sub("", _PAPERS_IN_ALL.sub("", _HELD_ON.sub("", name))) if name.endswith((")", "）")) else name
        found = venues.parse(bare) or (venues.parse(_NUMBERED.sub("", bare)) or venues.year_dash_name(bare.strip())
                                       if bare[:1].isdigit() else None)
        # ("### 1.1 S&P (CCF A)", Cryptocxf/Federated-Learning-Papers: a numbered venue and its rank; "##### 2018-CVPR"
        # over bare titles, smilewsw/image-text-localization-recognition: the year, then the venue)
        dashed = _VENUE_THEN_DATE.fullmatch(name) if not found and " - " in name else None
        found = found or (venues.parse(dashed.group(1)) if dashed else None)  # "## [[CVPR 2018]](url) - 201711"
        # (Bob130/Human-Pose-Estimation-Papers, every venue's heading): the venue, then the month of its deadline
        dayed = _VENUE_THEN_DAY.fullmatch(name) if not found and "," in name else None
        found = found or (_venue_on_day(dayed) if dayed else None)  # "## CVPR2021 Jun 19, 2021" (shot1107/anomaly_
        # detection_papers, 26 venues' headings over 171 papers): the venue, then the day it began
        found = found or (_papers_at(name) if "aper" in name else None)  # "## Papers of CVPR2021"
        joint = name.strip().replace("∕", "/") if not found and ("∕" in name or "/" in name) else ""
        found = found or ((joint, None) if joint and " " not in joint and venues.is_known_name(joint) else None)
        # ("### ESEC/FSE" over its papers, each with its year: zhuozhuoH/DL-TEST; one meeting, two names)
        found = found if found and len(name) <= 40 else proceedings.spelled_venue(name.strip())
        if found:
            frame.venue = found[0]
            frame.year = found[1] if found[1] else None
        elif dated := _YEAR_THEN_PAPERS.match(name):
            frame.year = int(dated.group(1))
        elif frame.kind == "section" and not _TERM.match(name) and (
                dated := _ENDS_WITH_YEAR.match(bare) or _YEAR_THEN_SUBTITLE.match(name)):
            frame.year = int(dated.group(1))  # "### Journals 2024" then "`TPAMI` Title": TPAMI 2024
        elif frame.kind == "section" and (month := _YEAR_MONTH.match(name)):
            frame.year = int(month.group(1))


_TERM = re.compile(r"(?i:winter|spring|summer|fall|autumn)\s+(?:19|20)\d\d$")  # ("### Winter 2020" over the papers
# read that term, julienroyd/Papernotes: when the notes were written, not the papers' year)
_HELD_ON = re.compile(r"\s*[(（](?:19|20)\d\d[/∕.-]\d{1,2}[/∕.-]\d{1,2}\s*[~～–-]\s*(?:(?:19|20)\d\d[/∕.-])?"
                      r"\d{1,2}[/∕.-]\d{1,2}[)）]$")
# ("### [COLING 2020](..) (2020/12/08 ~ 2020/12/13)", kaisugi/entity-related-papers: the days it was held)


_VENUE_THEN_DAY = re.compile(r"(.+?)\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                             r"\s+\d{1,2},?\s+((?:19|20)\d\d))", re.IGNORECASE)


def _venue_on_day(m: re.Match[str]) -> tuple[str, int | None] | None:
    """The venue of ``CVPR2021 Jun 19, 2021``: the name's, when it has no year or the day's."""
    found = venues.parse(m.group(1))
    if not found or found[1] not in (None, int(m.group(3))):
        return None
    return found if found[1] else venues.dated(m.group(1), int(m.group(3)))


def _papers_at(name: str) -> tuple[str, int] | None:
    """The venue and year of a heading that names the meeting its papers appeared at: ``## Papers of CVPR2021``
    (bei181/Monocular-Depth-Estimation, over all its papers), ``CVPR 2021 Papers``, ``Accepted papers at ICLR
    2024``, ``Papers at the Conference [COPA 2017](..)`` (Rowing0914/COPA_papers); only a venue with its year
    (not "## Survey Papers", "## NLP Papers")."""
    m = _PAPERS_AT.fullmatch(_DAY_FIRST.sub("", name.strip()))  # ("### 2023.1.17 NeurIPS 2022 Paper List",
    # shinjiwlab's reading group: the day it met, then the meeting whose papers it read)
    found = venues.parse(m.group("after") or m.group("before")) if m else None
    return found if found and found[1] else None  # type: ignore[return-value]


_PAPERS_AT = re.compile(r"(?:(?:based on|selected|list of|some)\s+)?"  # ("Based on accepted papers in ICLR 2026")
                        r"(?:accepted\s+)?papers?\s+(?:of|in|at|from)\s+(?:the\s+(?:conference|workshop|symposium)\s*)?"
                        r"[(（]?(?P<after>[^\s()（）].{1,30}?)[)）]?|"
                        r"(?P<before>\S.{1,30}?)\s+(?:accepted\s+)?papers?(?:\s+list)?"
                        r"(?:\s+(?:on|in|for|about|of)?\s*[A-Z][\w&/ -]{2,60})?", re.IGNORECASE)
# ("# CVPR 2024 Papers Autonomous Driving" over its papers' bold titles, Fishsoup0/Autonomous-Driving-Perception:
# the meeting, then what its papers are about)
_DAY_FIRST = re.compile(r"^(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\s+")
_VENUE_THEN_DATE = re.compile(r"\[?\s*([^\[\]]{2,30}?)\s*\]?\s+-\s+(?:19|20)\d\d(?:0[1-9]|1[0-2])?")


def numbered_under(above: str, name: str) -> bool:
    """Does heading *name*'s number extend the number of the heading *above* it (``1.1.`` under ``1.``,
    ``2.3`` under ``2``)?"""
    outer, inner = _SECTION_NUMBER.match(above), _SECTION_NUMBER.match(name)
    return bool(outer and inner) and inner.group(1).startswith(outer.group(1) + ".")  # type: ignore[union-attr]


_SECTION_NUMBER = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s")


def _kind_of(name: str) -> str:
    for words, kind in (("content|toc|目录|navigation|quick link", "contents"),
                        ("tutorial|course|lecture|talk|video|podcast|blog", "tutorials, talks and posts"),
                        ("news|update|new|changelog", "news"), ("to-?do", "things to do"),
                        ("contribut", "contributing notes"), ("cit|bibtex", "citation"),
                        ("book", "books"), ("thes[ie]s|dissertation", "theses"),
                        ("code|tool|librar|software", "code and tools"),
                        ("list|resource|related", "other lists and resources")):
        if re.search(words, name):
            return kind
    return "other matter"


def skip_path(path: str) -> bool:
    """Does any level of *path* name matter that is not papers (Contributing, Citation...)?"""
    return any(_skip_name(part.casefold()) for part in path.split("/"))


def title_venue(name: str) -> tuple[str, int] | None:
    """``# Awesome Efficient Diffusion/LLM in ICML 2024`` (shaoshitong/awesome-papers-in-efficient-diffusion-llm-ar),
    ``# acl2025 - Jailbreak Research Papers`` (GenggengSvan/Jailbreak-Observatory): a list of one meeting's papers,
    its title naming the meeting and year; the venue of its entries that name none. Not a list about a survey or
    a repository's own paper (``... (ACL 2024 survey)``, ``Official repository of our ICLR 2024 paper``), nor
    one naming two meetings."""
    if _NOT_ONE_MEETING.search(name):
        return None
    found = {(f[0], f[1]) for text in (name, name.replace("-", " ")) for m in _NAME_AND_YEAR.finditer(text)
             if venues.is_known_name(m.group(1)) and not venues.preprint(m.group(1))
             and (f := venues.parse(f"{m.group(1)} {m.group(2)}" if m.group(2) else f"{m.group(1)}'{m.group(3)}"))
             and f[1]}  # ("# NeRFs-CVPR2023": lif314/awesome-NeRF-papers, a hyphen before the meeting; "# [ICLR'24]
    # Learning on Graphs", XiaoxinHe/iclr2024_learning_on_graphs, the year's last digits)
    return found.pop() if len(found) == 1 else None


_NAME_AND_YEAR = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z&-]{1,10})\s?(?:['’‘-]?((?:19|20)\d\d)|['’‘](\d\d))(?!\d)")
_NOT_ONE_MEETING = re.compile(r"\b(?:survey|accepted|official|our|tutorial|repo(?:sitory)?|since|before|after|"
                              r"updated?)\b", re.IGNORECASE)  # ("(ICML 2025 Update)": pengr/LLM-Synthetic-Data)


def title_frame(name: str, written: int, line: int) -> Frame:
    """The list's own title heading as the reader keeps it open: no section level, and the venue of the one
    meeting it may name (``title_venue``). (Read whole or in parts, every part opens with it.)"""
    frame = Frame(0.5, name, written, "title", line)
    meeting = title_venue(name) if name else None
    if meeting:
        frame.venue, frame.year = meeting
    return frame


def _repeated(first: Block, h1: list[Block]) -> bool:
    """Does an H1 after *first* repeat it word for word (``# CVPR2021最新信息及已接收论文/代码(持续更新)`` at the top of
    52CV/CVPR-2021-Papers and again over its papers, then ``# 目录``)? Then it is the list's title, written twice."""
    name = heading_name(first.text)
    return bool(name) and any(heading_name(b.text) == name for b in h1[1:] if b.kind == "heading")


def document_title(blocks: list[Block]) -> int:
    """Line of the document's own title heading, or -1 (*blocks*: the top-level blocks)."""
    h1 = [b for b in blocks if b.kind == "heading" and b.level == 1]
    h1 += [b for b in blocks if b.kind == "html" and re.search(r"<h1\b", b.text, re.I)]
    first = next((b for b in blocks if b.kind == "heading" or (
        b.kind == "html" and HTML_HEADING.search(b.text))), None)
    after = next((b for b in blocks if b.start > first.start), None) if first is not None else None
    if first is not None and h1 and h1[0] is first and (len(h1) == 1 or _repeated(first, h1) or (
            _LIST_TITLE.search(first.text) and not (
            _PAPERS_ALONE.fullmatch(heading_name(first.text))) and not (
            len(h1) >= 3 and after is not None and after.kind == "list"))) \
            and not YEAR_HEADING.match(heading_name(first.text)):  # ("# 2024" over a year's papers: majianz/dl4gps;
        # "# Research Papers" straight over its papers, then "# Shared Task Overview Papers" and six more H1s over
        # theirs, jaealways/must-read-paper-NLP-daily: the first of the list's sections, not its title)
        return first.start  # a lone H1, or a first H1 naming the list ("# Awesome Continual Learning")
    html_h1 = [b for b in h1 if b.kind == "html"]
    return html_h1[0].start if len(html_h1) == 1 and len(h1) == 1 else -1


ATX_LINE = re.compile(r"(#{1,6})[ \t]+(\S.*?)[ \t#]*$")


def atx_level(line: str) -> int:
    """The level of the ATX heading *line* (its number of leading "#")."""
    return len(line) - len(line.lstrip("#"))
