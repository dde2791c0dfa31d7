"""Whether an entry the reader made is a paper, and when not, why: the one place for that verdict.

An entry is a paper when something says so: an arXiv ID, a DOI or a paper link, a venue,
authors, or a bold title (the user's own lists mark papers that way). It is not when its links
only reach a repository, a video, a blog, documentation or a model page, when it only links
anchors (a table of contents), when it is a meeting's own page or an author's post, or when its
section holds news, tutorials or tools; the reason is reported. ``finishing.finish`` asks
``not_a_paper`` once an entry is read whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...text import squashed
from . import links, people, said_kinds, venue_words, venues
from .before_title import KIND_TAG
from .blocks import Block
from .model import Context, ListEntry
from .plain_title import title_case

NO_EVIDENCE = "no paper link, venue or authors"
# "[2023-05-01]: ...", "2025/04/07 We release the third version of our survey paper!" (hanyang1999/Preference-
# Tuning-with-Human-Feedback): a date, then a colon or the list's owners speaking
_CITING_END = re.compile(r"(?:^|\s)(?:from|in|by|see|of|to|with|via|following|cf\.?)$")
_SAID_A_TOOL = re.compile(r"\((?:project|tool|toolkit|library|code|demo)\)\s*$", re.IGNORECASE)  # ("... (Project)")
_FOLDER = re.compile(r"github\.com/[^/]+/[^/]+/(?:tree|blob)/[^/]+/[^/]+/.")  # a folder within a repository
_NEWS = re.compile(r"^\s*[\[(]?(?:\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|\w{3,9}\.? \d{1,2}, \d{4})[\])]?\s*"
                   r"(?:[:：]|[-–—]?\s*(?:We|Our|I)\s)|\s*\[(?i:news)[\s.:-]*\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?\]")
_UPDATED = re.compile(r"\s*(?:last\s+)?updated?\s*(?:at|on|:)?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b",
                      re.IGNORECASE)
# ("[NEWS.2024/05/02] **🎉🎉🎉Congratulations to [Vision Mamba](arXiv) on being accepted in ICML 2024.**",
# Ruixxxx/Awesome-Vision-Mamba-Models: news, its date in the tag)


def kind_tag(title: str) -> re.Match[str] | None:
    """``KIND_TAG.match(title)``, not tried on a title without a bracket (every match starts
    with one): most titles have none, and the match of its alternatives is not free."""
    return KIND_TAG.match(title) if "[" in title or "(" in title or "【" in title else None


_REFERENCE_LABEL = re.compile(r"\bet al\.?$|^(?:an?|the|this|that|these|our|their|his|her|its|one)\s(?:[\w-]+\s){0,3}"
                              r"(?:paper|survey|work|study|article|preprint)s?\b", re.IGNORECASE)


# "our [survey paper](..)": a link named by what it is, the sentence's determiner before it
_PAPER_NOUN = re.compile(r"(?:[\w-]+\s){0,3}(?:paper|survey|work|study|article|preprint)s?", re.IGNORECASE)
_DETERMINER_END = re.compile(r"\b(?:an?|the|this|that|these|our|their|his|her|its|my|your)$", re.IGNORECASE)


_POST_LABEL = re.compile(r"blog|blog ?post|post|medium|tweet|twitter|x thread|thread|zhihu|知乎|news")


def _a_paper_all_the_same(entry: ListEntry, ctx: Context) -> bool:
    """Is this entry, under a heading of things that are not papers, a paper all the same?

    Under "## Navigation" in a robotics list, one with an arXiv ID or DOI; under "## Other
    Resources", one cited with its authors and venue (caiyinqiong/Semantic-Retrieval-Models); under
    "# Tools", one whose title links arXiv (``[FastText Classifier](https://arxiv.org/pdf/1607.01759)
    - Bag of Tricks for ...``) or cited in full (idrl-lab/PINNpapers' "## Software": ``**DeepXDE: A
    Deep Learning Library ...**, *Lu Lu, ...*, SIAM Review, 2021. [[paper](..)]``); under "# Tutorials",
    one on arXiv (iCGY96/awesome_OpenSetRecognition_list's surveys)."""
    if ctx.skip_unless_identified and (entry.arxiv or entry.doi or (entry.url and entry.authors and entry.venue) or (
            entry.authors and entry.venue and venues.year_in(entry.venue) and entry.shape == "table")):
        return True  # ("| VLNCL [Li et al., 2025] | ML + ER | 🌍 | R2R |  | IROS’25 |" under "### Navigation",
        # OSU-MLB/awesome-continual-learning-robotics-embodied-ai: a row of a table of papers, cited)
    if ctx.skip_unless_identified and not entry.anchors and entry.title_target is None and any(
            label.strip().lower() in ("paper", "pdf") for label in entry.link_labels) and title_like(entry.title):
        return True  # "2. Deep Image Prior [[note](./Deep-Image-Prior/..md)][[paper](dmitryulyanov.github.io/..)]"
        # under "## Content" (Hhhhhhao/Paper-Notes): a title and a link it names the paper's, not a contents line
    if ctx.skip_unless_cited and entry.title_target in (links.ARXIV, links.DOI) and entry.authors and entry.venue:
        return True  # "### NEWs" / "- [Hidden Biases of End-to-End Driving Models](arXiv)" / "  - Bernhard Jaeger,
        # ..." / "  - ICCV 2023" (opendilab/awesome-end-to-end-autonomous-driving): the latest papers
    if ctx.skip_unless_titled and (entry.title_target in (links.ARXIV, links.DOI) or (
            (entry.arxiv or entry.doi or entry.url) and entry.authors and (entry.venue or entry.date_year)) or (
            entry.title_target is None and (entry.arxiv or entry.doi) and len((entry.title or "").split()) >= 4
            and title_like(entry.title))):  # "| 2022 | DavarOCR: A Toolbox for OCR and Multi-Modal Document
        return True  # Understanding | [[paper]](arXiv)[[code]](..) |" under "## Toolkits" (entropy2333/awesome-key-
        # information-extraction): a toolkit's paper, its title in words and its arXiv link
    if ctx.skip_unless_linked and (entry.arxiv or entry.doi or entry.url) and (
            entry.authors or entry.bold or entry.venue and venues.year_in(entry.venue) and venues.name_known(
                entry.venue)):
        return True  # "**Gradient Guidance for Diffusion Models: ...**" over its names and "[[Paper](arXiv)]" under
        # "# TODO" (sunovivid/Awesome-Diffusion-Guidance); not "- [x] Update presentation [[link](drive)]"
    return ctx.skip_unless_arxiv and (entry.title_target == links.ARXIV or entry.title_target is None and bool(
        entry.arxiv))  # ("NIPS 2016 Tutorial: Generative Adversarial Networks [[arXiv]](..)", nightrome/really-
    # awesome-gan: a write-up on arXiv; not a talk whose title links its page, and its [[Paper]] the survey it presents)


_SAYS_OF_IT = re.compile(r"\s*(?:[—–:：|(→⇒-]|[^\W\d_A-Z])")  # a separator, or a sentence going on in lower case
_SENTENCE_CASE = re.compile(r"[A-Z][^\sA-Z]*(?: [^\sA-Z]+)+$")  # "Efficient proof-carrying generation"


def _a_bold_name(entry: ListEntry, ctx: Context) -> bool:
    """In a list that links nothing, a bold name of four words at most, with no year, link or other sign
    of a paper: a term, when what stands beside it reads as its explanation (``_described``,
    ``explained_term``)."""
    return ctx.links_nothing and entry.bold and len((entry.title or "").split()) <= 4 and not (
        entry.year or entry.date_year or entry.stated or entry.links or entry.other_hosts) and not (
        ctx.nothing_linked and any(map(_METHOD_NAME.fullmatch, re.split(r"[\s/()]+", entry.title or ""))))


# A method's name, not a term: capitals or digits inside one word ("DDIM", "UniPC", "DPM-Solver++", "D²Cache",
# joelulu/Awesome-Efficient-Diffusion's "- **LogCD** — local-to-global consistency distillation，CVPR 2026"),
# where a term is words ("**Skill Transfer** — reusing and composing learned skills"); in a document that links
# nothing (in one that links its papers, "**OSWorld** — Desktop benchmark standard" under "### If You Have One
# Day (Top 10)" names a paper written in full elsewhere, yunqi-meng/GUIAgent-paperlist)
_METHOD_NAME = re.compile(r"[A-Za-z]*[A-Z][a-z]*[A-Z0-9²³][\w²³+.-]*")


def _described(entry: ListEntry) -> bool:
    """A description follows the bold name as a term's would: after a dash or a colon, or in lower case
    (``**Skill Transfer** — reusing ...``, ``**Prospecting** future directions ...``), or the name is a
    phrase in sentence case (``**One model, all tasks.** An ideal AI system ...``). Not a method's name
    that its paper's title or citation follows (``**CDVAE-VC** Unsupervised Representation
    Disentanglement ...``, ``**GOTURN** David Held, ...``, SHI-Yu-Zhe/Single-Object-Visual-Tracking_A-
    Paper-List: the list's papers, wrapped over lines)."""
    after = entry.summary_parts[0] if entry.summary_parts else ""
    return bool(after.strip()) and bool(_SAYS_OF_IT.match(after) or _SENTENCE_CASE.match(
        entry.title or ""))  # (a bold name alone, "1. **Segment Anything**", may be a title written with nothing else)


_STATEMENT = re.compile(r"\s(?:is|are|was|were|remains|becomes|is becoming|are becoming|has become|have become)\s")
_CITED = re.compile(r"\b(?:19|20)\d\d\b|\bet al\b")


def explained_term(entry: ListEntry, ctx: Context) -> str | None:
    """Why an item is not a paper when its bold name of four words at most stands over bullets (or a
    line) that explain it, in a list that links nothing (``- **Compression / deployment layer**`` over
    ``  - For real systems, dynamic Gaussian models increasingly need ...``, duyanxi/awesome-4DGS;
    ``- **Direct End-to-End Generation**`` over ``(There are multiple internal steps, ...)``,
    ZhenyuSun-Walker/Awesome-Text-to-3D-Plus); else None. Asked by the reader once the item's nested
    text has become the entry's notes."""
    if not (entry.notes and _a_bold_name(entry, ctx)):
        return None
    if (entry.venue and not entry.venue_free) or entry.authors or entry.arxiv or entry.doi or entry.url \
            or _CITED.search(entry.notes[0]):
        return None  # (not "- **ResNet**" over "  - He et al. Deep residual learning ... CVPR 2016": its citation)
    return "a bold term in a list that links nothing, explained below it, not a paper"


_PLACEHOLDER = re.compile(r"[\W_]*(?:(?:(?i:(?:(?:full )?paper )?title|name|xxx+|todo|tbd)|[a-z]|"
                          r"论文(?:全|完整)?(?:标题|题目|名称))[\W_]*)?")
# (not "G.", an initial; the marks after the word only after one: a run of marks is not cut in two at every length;
# "- **论文全标题**. 第一作者姓名 et al. ...", LiyuHou8/Embodied-AI-Eval-Survey: a template's lines in Chinese)


def _paper_url(entry: ListEntry) -> bool:
    """Does *entry* link a paper by its address? Not by a site's page it names in a word: ``- SSCAIT, Student
    StarCraft AI Tournament [[Link]](http://sscaitournament.com/)`` under "## Competitions" (SKTBrain/awesome-
    starcraftAI), where a link to a paper is what would make an entry of such a heading one."""
    if not entry.url:
        return False
    return links.classify(entry.url).kind in links.PAPER_KINDS or entry.title_target is not None or not (
        entry.link_labels and all(links.label(label) == "link" for label in entry.link_labels))


def _names_its_repository(title: str, code: str) -> bool:
    """The title is the code repository's own name (``segan_pytorch``, ``TCNSE`` for ``ykoyama58/tcnse``), or
    that name and a description (``nara_wpe:Different implementations of "Weighted Prediction Error" for ...``):
    a repository listed for itself. Not the name and a paper's title (``dereverberation-and-denoising:Supervised
    Speech Dereverberation in Noisy Environments using ...``): the repository of that paper."""
    parts = code.split("/")
    if len(parts) < 5 or not links.is_code_host(parts[2]):
        return False
    repo = squashed(parts[4])
    name, colon, rest = title.partition(":")
    # (a title in four words or more is a paper's, its code named after it: "|Deep Architectures for Modulation
    # Recognition|[qieaaa / Deep-Architectures-for-Modulation-Recognition](github)|", ML4Comm-Netw/Paper-with-Code-
    # of-Wireless-communication-Based-on-DL)
    owner, slash, named = title.strip().partition("/")  # "**gabriben/awesome-generative-information-retrieval**.
    # [[Github](..)]" (LouisDo2108/Awesome-Continual-Learning-for-Information-Retrieval): owner and name
    said = squashed(title)  # (or the name and what the list adds to it: "LawGPT_zh" for LiuHC0428/LAW-GPT)
    return ((said == repo or len(repo) >= 4 and said.startswith(repo) and not re.search(r"[\s:：(（]", title.strip()))
            and len(title.split()) < 4) or (
        bool(colon) and squashed(name) == repo and not title_case(rest)) or (
        bool(slash) and squashed(named) == repo and " " not in title.strip())


_VENUE_WORDS = re.compile(r"\b(?:journal|transactions?|conference|letters|magazine|proceedings|symposium)\b",
                          re.IGNORECASE)
def _site_named(entry: ListEntry) -> bool:
    """Does the title end with the name of the site it links (``... - Quora`` on quora.com)?"""
    site = _SITE_AFTER.search(entry.title or "")
    name = re.sub(r"\W", "", site.group(1)).lower() if site else ""
    return len(name) >= 3 and name in links.host(entry.url or entry.links.get("paper", "")).replace("-", "")


_SITE_AFTER = re.compile(r"\s[-–—|]\s([^-–—|]{2,30})$")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:please )?contact (?:me|us)\b", re.IGNORECASE)
_PAGE_AND_SITE = re.compile(r".{6,}?\s[|｜]\s(?:by\s.{2,60}?\s[|｜]\s)?[^|｜]{2,40}|[A-Z][\w.-]{1,20}\s\\{1,2}\s.{6,}")
_POSTED_AT = re.compile(r"(^|\.)(zhihu\.com|medium\.com|substack\.com|csdn\.net|weixin\.qq\.com|juejin\.cn)$")
# "[ICCV 2021 Workshop on Autonomous Vehicle Vision (AVVision)](https://avvision.xyz/iccv21/)" (TianhaoFu/
# Awesome-3D-Object-Detection): a meeting's own page
_MEETING_TITLE = re.compile(r"[A-Z][\w-]{1,15}[ '-]?(?:19|20)?\d\d (?:Workshops?|Challenges?|Tutorials?|Competitions?)"
                            r"(?: on| in)? [A-Z]")


_ABOUT_THE_LIST = re.compile(r"(?:last\s+)?updated?(?:\s+(?:time|on|at|date))?\s*(?:[:：].*|$)|maintainers?\s*[:：]?$|"
                             r"(?:maintained|curated) by\b", re.IGNORECASE)  # (hughplay/Visual-Reasoning-Papers)
_COUNTED = re.compile(r"\s*[—–:：(（-]?\s*\d{1,5}\s*(?:papers?|works|articles|entries|篇(?:论文)?)\s*[)）]?\s*",
                      re.IGNORECASE)
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d(?:\s*年[\u4e00-\u9fff]{0,8})?\s*[:：]?")  # (headings.YEAR_ITEM, without
# its "Year " before: "- **Year 2023**" over its papers is read as their group)
_FIELD_NAME = re.compile(r"(?:authors?|author\(s\)|affiliations?|institutions?|published|abstract|keywords?|"
                         r"citation|bibtex)\s*[:：]?", re.IGNORECASE)  # (not "Paper", "Code": a link's label)
_TALK_LABEL = re.compile(r"[^:：]{1,30}?(?:'|\b)(?:19|20)?\d\d\b[^:：]{0,12}?\s(keynote|talk|tutorial|panel|webinar|"
                         r"lecture)s?", re.IGNORECASE)  # (an event and its year, then what was given there; not
# "*Method name: Neural Talk*", TheShadow29/awesome-grounding)
_SHORT_NAME = re.compile(r"\(?(?:IEEE |ACM )?[A-Z][\w&-]{1,11}\)?")  # ("DSN", "(TSE)", "IEEE TNSM", "IWQoS")
_VENUE_KINDS = re.compile(r"(?:(?:top|main|major|related|relevant)\s+)?(?:conferences?|journals?|venues?|workshops?)"
                          r"(?:\s*(?:and|&|/)\s*(?:conferences?|journals?|workshops?))?\s*[:：]?", re.IGNORECASE)
TAGS_KEYED = re.compile(r"\s*(?:tags?|key ?words?|topics?|关键词|关键字)\s*[:：]\s*\S", re.IGNORECASE)  # a line of a
# paper's tags, keyed so ("Keywords: dit, efficient, ...", "**Tags:** Multimodal Learning, ..."): its topics
_HASHTAGS = re.compile(r"#[^\W\d]\w*(?:[\s,]+#[^\W\d]\w*)*")
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)", re.IGNORECASE)  # an image file's address
_DOI_IN = re.compile(r"/10\.\d{4,9}/")  # ("www.engineering.org.cn/ch/10.1016/j.eng.2019.08.016": a journal's page)


def not_a_paper(entry: ListEntry, ctx: Context) -> str | None:
    """Why *entry* is not a paper, or None when it is one. A venue the list's title gives every entry
    (``headings.title_venue``) is no evidence that a line is a paper ("**Total Papers:** 59" under
    "# acl2025 - Jailbreak Research Papers"): the entry is judged without it."""
    if not entry.venue_assumed:
        return _not_a_paper(entry, ctx)
    venue, entry.venue = entry.venue, None
    try:
        return _not_a_paper(entry, ctx)
    finally:
        entry.venue = venue


_INITIAL_ALONE = re.compile(r"\s*[A-Z]\.\s*")
_NUMBERS_ALONE = re.compile(r"[\d\s,.;:/&–—~+-]+")
_DATE_ALONE = re.compile(r"(?:19|20)\d\d(?:[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?)?"
                         rf"|(?i:{venues.MONTH})\.?(?:\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?,?\s+(?:19|20)\d\d"
                         rf"|(?:0?[1-9]|[12]\d|3[01])\s+(?i:{venues.MONTH})\.?,?\s+(?:19|20)\d\d")
# ("**Oct 9, 2024**" over "- Initial commit" in an update log, zhanglbthu/awesome-human-motion-generation)


_COMPETITION = re.compile(r"(?:[\w&.'-]+\s){0,5}(?:Challenge|Competition|Contest|Hackathon)(?:\s*[-–]?\s*"
                          r"(?:Round \d+|\d{4}))?\s*")  # (the contest's name alone, not a paper titled after one)


def _not_a_paper(entry: ListEntry, ctx: Context) -> str | None:
    if ctx.skip and not _a_paper_all_the_same(entry, ctx):
        return ctx.skip
    if not entry.title:
        return "no title"
    if _PLACEHOLDER.fullmatch(entry.title) and not (entry.arxiv or entry.doi or entry.url or (
            entry.authors and not re.search(r"[^\W_]", entry.title))):  # "**Title** [Conf 2022]
        # <br> Name. <br> [[Paper]](https://)" (ZuyiZhou/Awesome-Interpretable-Cross-modal-Reasoning), "- ** [[paper]()]
        return "no title: a placeholder or marks where it goes"  # [[code]()]" (mk-runner/Awesome-Radiology-Report-
        # Generation): a template's lines, not yet filled in
    if entry.title.startswith(("http://", "https://")) and entry.title_target in (links.OTHER, links.CODE) and not (
            entry.arxiv or entry.doi or entry.url or entry.authors or entry.venue or _DOI_IN.search(entry.title)):
        return "a bare web address, not a paper"  # "+ https://github.com/dmlc/mxnet/issues/1514" under a paper
        # (mrgloom/awesome-semantic-segmentation), "3. [https://blog.trailofbits.com/2025/..](same)" (ucsb-mlsec/
        # Awesome-Agent-LLM-Security): a page's address alone; not a journal's page with its DOI in it
    if _DATE_ALONE.fullmatch(entry.title) and not (entry.arxiv or entry.doi or entry.url or entry.links):
        return "a date alone, not a paper"  # "- **2017-01-05**" under "### 2017 Efficient Natural Language Response
        # Suggestion for Smart Reply" (luischary/charystudy, every paper's heading): the day it was posted
    if _NUMBERS_ALONE.fullmatch(entry.title) and not (entry.arxiv or entry.doi or entry.url or entry.links):
        return "numbers alone, not a paper"  # "| 🧱 Foundation | Core architecture & training | 1 – 3 |" under
        # "Papers" (kalyancn4u/kalyancn4u.github.io): which of the list's papers a row means
    if entry.shape == "table" and _INITIAL_ALONE.fullmatch(entry.title) and not (
            entry.arxiv or entry.doi or entry.url or entry.links):  # "| H. Vincent Poor | Wireless| Security| Edge|"
        return "an initial, not a title"  # under "## Famous Groups" (GillHuang-Xtler/flPapers): a person's name
        # in a table's first cell (not "- C. Laurier, O. Meyers, ...", a citation misread, kept)
    if _COMPETITION.fullmatch(entry.title) and not (entry.arxiv or entry.doi or _paper_url(entry) or entry.venue):
        return "a competition, not a paper"  # "- [**Airbus Ship Detection Challenge**](kaggle.com/c/..) *(Airbus,
        # Sep 2018)*" (chrieke/awesome-satellite-imagery-datasets): a contest's page, who ran it and when
    if entry.links and not (entry.arxiv or entry.doi or entry.url or entry.code or entry.authors or entry.venue) and \
            all(_PICTURE.search(href) for href in entry.links.values()):
        return "a picture, not a paper"  # "* [不确定性估计在自动驾驶中的应用及实例参考](https://tva1.sinaimg.cn/large/
        # ...jpg)<br>" (a survey-computer-vision digest, 28 bullets): a figure of the paper above, its caption linked
    if entry.title.startswith("![") and "](" in entry.title:  # "[![arXiv](https://img.shields.io/badge/arXiv-Paper-
        return "a badge, not a title"  # <COLOR>.svg)](arXiv)" (lixinustc/...): an image its URL's "<" left as text
    if ctx.resources and not (entry.arxiv or entry.doi or _paper_url(entry) or entry.authors or entry.stated or (
            entry.venue and venues.year_in(entry.venue) and not ctx.events and (
                entry.bold or len(entry.title.split()) >= 5 and title_like(entry.title)))):
        # ("**Title**, EMNLP 2020 [paper]" under "## Large Language Models", lupantech/dl4math; "[SocNavBench: A
        # Grounded Simulation Testing Framework for ...](github), THRI 2022" under "## Datasets and Benchmarks",
        # Shuijing725/awesome-robot-social-navigation: a title cited with its venue and year is a paper)
        # "## Datasets" / "- [The Pile](https://pile.eleuther.ai/) - An 800GB dataset"; not "## Foundation Model" /
        # "- **ViLT: ...;** Wonjae Kim et al" (Yangyi-Chen/Multimodal-AND-Large-Language-Models): a paper's authors
        return ctx.resources
    if entry.title[:1].islower() and entry.title_target is None and _CITING_END.search(entry.title) and (
            entry.arxiv or entry.doi or entry.url or entry.links):
        # "from [UPSNet](arXiv).", "``PC`` are the standard metrics described in [DeeperLab](arXiv)." (Angzz/awesome-
        return "a sentence citing a paper, not an entry"  # panoptic-segmentation): prose that links a paper
    if entry.title_target is None and _CITING_END.search(entry.title) and entry.links and not (
            entry.arxiv or entry.doi or entry.url or entry.authors or entry.venue) and len(entry.title.split()) >= 5:
        return "a sentence pointing to a page, not an entry"  # "*The Conference and Journal Abbreviations of the
        # above papers refer to [Directory of ... (CCF)](ccf.org.cn).*" (trainingl/Research-Paper-List, its last line)
    if _NEWS.match(entry.title):
        return "a news line, not a paper"
    if _UPDATED.match(entry.title):
        return "when the list was updated, not a paper"  # "**update at 2022-06-18 06:31:30**" (daksim/...)
    if entry.summary_parts and not (entry.arxiv or entry.doi or entry.url or entry.links or entry.authors) and \
            _COUNTED.fullmatch(" ".join(entry.summary_parts)):  # "*越狱攻击 / Jailbreak Attacks* — 6 papers" over
        return "a group's name and how many papers it holds, not a paper"  # them (NY1024/AgentSafety-Papers)
    if _YEAR_LABEL.fullmatch(entry.title) and not (entry.arxiv or entry.doi or entry.url or entry.links):
        # "* 2021年收录情况：" over "无" ("accepted in 2021: none",
        return "a year's label, not a paper"  # Cryptocxf/Federated-Learning-Papers)
    if _FIELD_NAME.fullmatch(entry.title):  # ">**Authors**: [Shaina Raza](..), ... >**arXiv Link**: [arXiv:ID](..)"
        return "a field's name, not a title"  # (VectorInstitute/Recommender-Systems-Survey, of the list's own survey)
    if entry.title_target is None and not (entry.arxiv or entry.doi or entry.url or entry.links or entry.authors
                                           ) and venue_words.journal_alone(entry.title):
        return "a journal's name, not a paper"  # "* IEEE Transactions on Information Forensics and Security (TIFS)"
        # under "### 著名期刊", "famous journals" (zhangqizky/awesome-Steganalysis-project)
    if _VENUE_KINDS.fullmatch(entry.title) and not (entry.arxiv or entry.doi) and entry.link_labels and all(
            _SHORT_NAME.fullmatch(label) for label in entry.link_labels) and any(
            venues.parse(label) for label in entry.link_labels):  # "+ Conferences: [DSN](dblp) | [ISSRE](dblp)"
        return "a list of venues, not a paper"  # (logpai/awesome-log-analysis: where its field publishes)
    if TAGS_KEYED.match(entry.title) and not (entry.arxiv or entry.doi or entry.url):
        return "a line of tags, not a paper"  # "- **Tags:** Multimodal Learning, Semantic Segmentation, ..." under a
        # paper written as a heading (AcademicDissect's paper collections, every paper)
    if _ABOUT_THE_LIST.match(entry.title) and not (entry.arxiv or entry.doi or entry.url):
        return "a note about the list, not a paper"  # "- Last update time: 2022-10-27.", "- Maintainer: [Xin Hong](..)"
    if ("@" in entry.title or "ontact" in entry.title) and _CONTACT.search(entry.title) and not (
            entry.arxiv or entry.doi):  # (not a title linking its arXiv ID that an address's shape is in by chance:
        # "[Learning 0@0.AA Models](arXiv)", the round trip's fuzzing)
        return "a contact note, not a paper"  # "**If there are any errors or omissions, please contact me: a@b.com**"
    kind = kind_tag(entry.title)  # (JianhangYao/Awesome-Open-Vocabulary-Object-Detection)
    if kind:
        return f"marked as a {kind.group(1).lower()}, not a paper"
    talk = _TALK_LABEL.fullmatch(entry.notes[0]) if entry.notes and not (entry.arxiv or entry.doi) else None
    if talk:  # "* DAMON'2019 keynote:  <a href="..pdf">Performance Scaling with ...</a>" (Xilinx/finn's publications:
        return f"marked as a {talk.group(1).lower()}, not a paper"  # its keynotes, talks and tutorials, by event)
    if entry.kind_said:  # "* ****`DATA`**** [...](..)" (Kyubyong/nlp_tasks: PAPER, DATA, CHALLENGE, WIKI, ...)
        return f"marked as {entry.kind_said}, not a paper"
    if (said := said_kinds.said_kind(entry)) is not None:
        return said
    if entry.label and entry.title_target is None and len({name for _, name in entry.named}) >= 2:
        # '**"If you only read 3 papers":** [GKD](arXiv) + [MiniLLM](arXiv) + ...': a label over papers
        # named in short, which the list gives as entries elsewhere; not a paper titled by the label
        return "a label over papers named in short (" + ", ".join(name for _, name in entry.named[:4]) + \
            "), not an entry"
    if entry.title_target == links.OTHER and (
            venue_words.meeting_in_words(entry.title) or _MEETING_TITLE.match(entry.title)):
        return "a workshop's or challenge's page, not a paper"
    identified = bool(entry.arxiv or entry.doi or entry.url)
    if identified and not entry.bold and entry.title_target is None and entry.link_labels and all(
            _REFERENCE_LABEL.search(label) or (_PAPER_NOUN.fullmatch(label) and _DETERMINER_END.search(
                entry.title or "")) for label in entry.link_labels):
        # "Example of ... attack (image from [Brown et al.](arXiv)):", "There is [an interesting
        # paper](arXiv) discussing ...", "Version evolution of our [survey paper](arXiv).": prose
        # that cites a paper by its authors or in words
        return "prose citing a paper, not an entry"
    if entry.title_target == links.ANCHOR and not identified:
        return "a table-of-contents line"
    if entry.title_target == links.LOCAL and not identified and not entry.stated and not (
            entry.venue and venues.year_in(entry.venue) and (len(entry.title.split()) >= 4 or entry.shape == "table")):
        # (not "- [A Pair Programming Framework for Code Generation via ...](../venues/ASE2024/paper_21.md),
        # ([ASE2024](../venues/ASE2024/README.md))", wcphkust/LLM-PLSE-paper: a paper's title, linking the
        # list's page on it, and where it appeared; nor "| [OneSug](one-series/OneSug.md) | AAAI 2026 |", a row of
        # a table of papers naming one in short, guoxun/LLM4Rec-Papers)
        return "a link to a file of the list's own, not a paper"
    home = links.home_page(entry.url or entry.links.get("paper", ""))
    if entry.title_target in (links.OTHER, links.PAPER) and home and not (
            entry.arxiv or entry.doi or entry.authors or entry.code or entry.stated) and (
            len(entry.title.split()) <= 4 or _VENUE_WORDS.search(entry.title)):  # (not a paper's title linking its
        # project's page: "[Neural Radiance Fields for Unconstrained Photo Collections](https://nerf-w.github.io/)")
        # "- **[IEEE Access](https://ieeeaccess.ieee.org/)**" (SaeedShurrab/awesome-self-supervised-learning-in-
        # medical-imaging, 29 lines), "[RecSys](https://recsys.acm.org)": a journal's, a meeting's or a lab's site
        return "a link to a site's home page, not a paper"
    if entry.title_target == links.OTHER and (_PAGE_AND_SITE.fullmatch(entry.title) or _site_named(entry)) and not (
            entry.arxiv or entry.doi or entry.authors or entry.code or entry.stated or entry.venue):
        # "[The Transformer Family | Lil'Log](lilianweng.github.io/posts/..)", "[Anthropic \\ Long context
        # prompting for Claude 2.1](anthropic.com/index/..)" (metame-ai/awesome-llm-plaza), "[How do you do object
        # detection using CNNs on small objects ...? - Quora](quora.com/..)" (kuanhungchen/awesome-tiny-object-
        # detection): a web page's own title, the site's name beside it, as a browser shows it; not a paper
        return "a web page titled with its site's name, not a paper"
    if entry.url and not (entry.arxiv or entry.doi or entry.stated) and _a_name_and_its_page(entry):
        # "* SEVIR [\[link\]](https://registry.opendata.aws/sevir/)", "+ CUHK-PQ [[link]](..)" (datasets,
        # qingsongedu/Awesome-TimeSeries-Spatio-Temporal-LM, bcmi/Awesome-Aesthetic-Evaluation): a name, and a
        # page about it, not a paper's title and its link
        return "a name linking a page, not a paper (no link to a paper)"
    if identified or entry.stated:
        return None
    if entry.link_labels and entry.title_target is None and not (entry.bold or entry.code or entry.venue
                                                                 or entry.authors) and all(
            _POST_LABEL.fullmatch(label.strip().lower()) for label in entry.link_labels):
        # "Free Dolly: Introducing the World's First Truly Open Instruction-Tuned LLM [[Blog]](databricks.com)"
        # (GaryYufei/AlignLLMHumanSurvey): its only link says it is a post. Not a bold title: the user's own
        # list writes papers so, and their "[[blog]]" links too
        said = entry.link_labels[0].strip().lower()
        return f"a {said}{'' if said.endswith('post') else ' post'}, not a paper (no link to a paper)"
    if entry.label and entry.title_target is None and not (entry.links or entry.code or entry.authors or (
            entry.venue and venues.year_in(entry.venue)) or entry.other_hosts) and (
            len(entry.title.split()) <= 4 or "，" in entry.title or "。" in entry.title):
        # "- **Architecture:** Modular (Agent-based) vs. End-to-End Trained" (notij/Awesome-Reasoning-LLM): a
        # label and what it says, among the list's taxonomy; not a paper (nor "1. **第一遍**：只讀 Abstract 和
        # Introduction，了解問題和貢獻", "first pass: read only ...", a sentence in Chinese, its words unspaced)
        return "a label and its text, not a paper"  # (a venue's bare name in it says nothing more: "**TIFS期刊收录情况
        # 小结**：...", "summary of TIFS's papers", Cryptocxf/Federated-Learning-Papers)
    if entry.anchors and not (entry.code or entry.links or entry.venue or entry.authors):
        return "a table-of-contents line"
    if entry.code and entry.title_target is None and not (entry.venue or entry.authors) and _names_its_repository(
            entry.title, entry.code):  # "* segan_pytorch [[Code]](https://github.com/santi-pdp/segan_pytorch)"
        return "a repository named by its title, not a paper"  # (WenzheLiu-Speech/awesome-speech-enhancement)
    if (entry.code_labelled or entry.paper_pending) and entry.title_target is None:
        return None  # "Title [[code](..)]": a paper and its code; "Title [[paper]()]", a paper whose link is to come
    if entry.title_target in (links.CODE, links.OTHER) and entry.title_target == links.CODE and not entry.venue and \
            not (len(entry.authors) >= 2 and len(entry.title.split()) >= 4 and title_like(entry.title)
                 and (_FOLDER.search(entry.links.get("code", entry.code or "")) or ": " in entry.title
                      and not _SAID_A_TOOL.search(entry.title))):
        return "a link to a repository, not a paper"  # (not "Yaojie Liu, Amin Jourabloo, Xiaoming Liu [Learning Deep
        # Models for Face Anti-Spoofing: ...](github.com/../tree/master/Face%20Anti-spoofing/..)", saiamrit/fake-
        # detection: who wrote it, the title linking a folder of notes on it; nor "**[DeepSeek-OCR: Contexts Optical
        # Compression](github)**" over "*Haoran Wei, Yaofeng Sun, Yukun Li*", HITsz-TMG/TIC-Paperlist: a paper's
        # title, a name and what it does, and who wrote it)
    if entry.title_target == links.OTHER and entry.other_hosts and links.not_paper_host(
            "https://" + entry.other_hosts[0]) and not entry.venue and not _read_about(entry):
        return f"a link to {entry.other_hosts[0]}, not a paper"
    if entry.authors and not entry.venue and entry.title_target is None and not entry.code and entry.other_hosts \
            and all(_POSTED_AT.search(h) for h in entry.other_hosts) and all(
            _POSTED_AT.search(links.host(u)) for u in entry.links.values()):
        # "- [2023/11] **基于LLM Agent评估研究** *龚旭东* [[project page](https://zhuanlan.zhihu.com/p/..)]"
        # (zhangxjohn/LLM-Agent-Benchmark-List): its author's post, and no paper link
        return f"a post on {entry.other_hosts[0]}, not a paper"
    if entry.bold and not (entry.venue or entry.authors or entry.code) and entry.title_target is None \
            and entry.links and entry.other_hosts and not {"paper", "pdf"} & set(entry.links) and all(
                _POSTED_AT.search(h := links.host(u)) or links.not_paper_host("https://" + h)
                or links.home_page(u) and len(entry.title.split()) <= 3 for u in entry.links.values()):
        # ("- **Pika Lab** [[Page](https://www.pika.art/)], [[Discord](http://discord.gg/pika)]" under "## Models to
        # play with", yzhang2016/video-generation-survey: a product named, its site and its chat; no paper)
        # "- **2019 · DCL** — 破坏-重建学习 ... — [CSDN](https://blog.csdn.net/..)", "- **2018 · 知乎** — 细粒度图像分类
        # 专栏 — [链接](zhihu)" (Manchester921/Awesome-Image-Retrieval, ~190 lines): posts, and no link to a paper
        host = links.host(next(iter(entry.links.values())))  # ("[paper](link.zhihu.com/?target=arXiv)": a paper)
        return f"a post on {host}, not a paper" if _POSTED_AT.search(host) else f"a link to {host}, not a paper"
    if entry.venue or entry.authors:
        return None
    if _a_bold_name(entry, ctx) and _described(entry):
        # "- **Community-maintained** — consistent entries, automated link checks, ..." (kimberlyii/Awesome-
        # Video-Understanding), "- 🧠 **Skill Transfer** — reusing and composing learned skills ...": a term
        # and what it says, in a list that links nothing
        return "a bold term in a list that links nothing, not a paper"
    if ctx.links_nothing and entry.bold and entry.summary_parts and _STATEMENT.search(entry.title or "") and not (
            entry.year or entry.date_year or entry.stated or entry.links or entry.other_hosts):
        # "- **AMASS-driven WBC tracking is the dominant recipe.** ExBody → ExBody2 → ... share the same backbone"
        # (memoryunreal/awesome-whole-body-control, its trends and open problems): a claim, then what backs it
        return "a bold statement in a list that links nothing, not a paper"
    if _HASHTAGS.fullmatch(entry.title):  # "- **#superposition** - Understanding feature superposition"
        return "a tag, not a paper"  # (FF-GardenFn/mechanistic-interpretability-techniques: its search keywords)
    if entry.bold and not (entry.links.keys() - links.CITATION_LABELS or entry.other_hosts) and (
            _BOLD_PROSE.match(entry.title) or entry.title.rstrip().endswith((":", "：")) or (
                len(entry.title.split()) >= 10 and ("," in entry.title or entry.title.startswith(_DETERMINED))
                and not entry.title.endswith("?")
                and _MODAL.search(entry.title))):  # (not "Roses are red, violets are blue... but should vqa expect
        # them to?", a title)
        return "a bold line of prose, not a paper"  # "**I hope that all players have fun.**" (WenkeHuang/
        # Awesome-MLLM-Tuning), "**Last Update: Jul 23, 2024 22:37:28**" (boyi-liu/Awesome-Personalized-Federated),
        # "- **This list is not exhaustive.**" (iCGY96/awesome_OpenSetRecognition_list), "***The related work and
        # projects will be updated soon and continuously.***" (wuxingyu-ai/LLM4EC), "**Why this is relevant**" over
        # paragraphs of prose (LouisDo2108/Awesome-Continual-Learning-for-Information-Retrieval)
    if entry.bold and not entry.other_hosts:
        return None
    if entry.bold and entry.title_target is None:
        return None
    if entry.title_target == links.OTHER:
        return None
    blocking = [h for h in entry.other_hosts if links.not_paper_host("https://" + h) or links.is_code_host(h)]
    if blocking:  # a video, a post, a model or a repository, and nothing that names a paper
        return f"a link to {blocking[0]}, not a paper"
    return NO_EVIDENCE


def _a_name_and_its_page(entry: ListEntry) -> bool:
    """A name of three words at most, no title's words, linked by a label that names no paper
    ("link", "download", "website") to a page that is none (not a PDF, not a paper site's)."""
    words = (entry.title or "").split()
    return 0 < len(words) <= 3 and entry.title_target is None and not (
        entry.venue or entry.authors or entry.code or entry.bold or entry.summary) and bool(entry.link_labels) \
        and all(label.strip().lower() in _PAGE_LABELS for label in entry.link_labels) \
        and links.classify(entry.url or "").kind == links.OTHER and not (entry.url or "").lower().endswith(".pdf") \
        and not any(w[0].islower() and len(w) > 3 for w in words) and not people.TITLE_WORDS.search(entry.title or "")


_PAGE_LABELS = {"link", "download", "website", "homepage", "site", "page", "data", "dataset", "web"}


def _read_about(entry: ListEntry) -> bool:
    """``18. [BLIP-2: Bootstrapping Language-Image Pre-training with ...](https://zhuanlan.zhihu.com/p/..)``
    (yfzhang114/Awesome-Multimodal-Large-Language-Models, 93 lines): a paper's English title linking the
    list owner's reading note on a Chinese post site: the paper, read about (a post of its own has a title
    in the post's language)."""
    title = entry.title or ""
    return bool(_NOTE_SITES.search(entry.other_hosts[0])) and title.isascii() and paper_title(title)


_NOTE_SITES = re.compile(r"(?:^|\.)(?:zhihu\.com|csdn\.net|cnblogs\.com|jianshu\.com|mp\.weixin\.qq\.com)$")


def links_nothing(lines: Iterable[str]) -> bool:
    """Do a list's lines hold no link at all (inline, reference-style or a bare address)? (Line by line:
    most lists link on their first line, and the reader asks this of every list, large ones too.)"""
    return not any("](" in line or "][" in line or "http" in line or "<a " in line.lower() for line in lines)


def mostly_entries(items: list[Block]) -> bool:
    """Are most of these list items entries with a link or a bold title? (Then an item
    with no evidence of a paper but a title-like name is still read as one: ``title_like``.)"""
    firsts = heads(items)
    return len(firsts) >= 2 and sum(1 for h in firsts if "](" in h or "][" in h or "**" in h and not _bold_inside(
        h)) * 2 >= len(firsts)


# Bold words within a sentence, not a bold title: "1. Balancing **personalization** and **privacy**." under
# "## Challenges in Recommender Systems" (VectorInstitute/Recommender-Systems-Survey)
_UP_TO_BOLD = re.compile(r"[^*\[\]()]*\*\*")


def _bold_inside(head: str) -> bool:
    """Does *head* open bold only after some lower-case words (no link or bracket before)? (A lower-case letter
    in the run before the first ``**``; not one pattern with a lazy run before the letter and a greedy run after it,
    which a long line without ``**`` had try every split: 0.5 s for 16,000 characters.)"""
    m = _UP_TO_BOLD.match(head)
    return m is not None and re.search(r"[a-z]", m.group()) is not None


def heads(items: list[Block]) -> list[str]:
    """The first paragraph's text of each item that starts with one."""
    return [i.children[0].text for i in items if i.children and i.children[0].kind == "paragraph"]


def paper_title(text: str) -> bool:
    """A bare line that reads as a paper's title: ``Rt-2: Vision-language-action models transfer web
    knowledge to robotic control``, ``Precise Pick-and-Place using Score-Based Diffusion Networks``
    (UpcomAI/Embodied-AI-papers, showlab/Awesome-Robotics-Diffusion: half their papers are named so,
    with no link). A title (``title_like``) of four words or more, with a name and a colon before its
    subtitle, or a word of the field's titles."""
    text = text.strip().strip("`").strip()
    if "\n" in text or len(text) > 300 or len(text.split()) < 4 or not title_like(text) or "http" in text \
            or " — " in text or " – " in text or "。" in text or _CITES_BY_NUMBER.search(text):
        return False  # ("UI-TARS — Pure screenshot input, ...": a name, described; "基于初始化框，进行布局补全。Based
        # on the initialized box, perform layout completion", huapohen/Awesome-Layout-Generation: sentences, the
        # Chinese then the English; "IJRR provides 25 real- istic datasets by DAVIS240C [5] and ...", langmanbusi/
        # Myzone, under a dataset's heading: a sentence copied from a paper, its reference's number within)
    return bool(_NAME_COLON.match(text) or people.TITLE_WORDS.search(text))


_CITES_BY_NUMBER = re.compile(r"\s\[\d{1,3}(?:[,–-]\s?\d{1,3})*\](?:\s|$)")
_NAME_COLON = re.compile(r"[A-Z][\w.+-]*(?: [\w.+-]+){0,3}: [\w\"“'‘-]+(?: [\w\"“'‘-]+){2}")
def title_like(title: str | None) -> bool:
    """A title, not a sentence: a capital first, at most 30 words, no sentence end."""
    return bool(title) and bool(_CAPITAL_FIRST.match(title or "")) and len((title or "").split()) <= 30 \
        and not _SENTENCE_END.search(title or "") and not _PROSE_START.match(title or "")


_CAPITAL_FIRST = re.compile(r"[\"“'‘(]?[A-Z0-9\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[.!。,:;，：]$|\.\s+[A-Z]")
_PROSE_START = re.compile(r"(?:if|add|we|this|these|see|please|note|check|our|you|it|there|here|for more)\b",
                          re.IGNORECASE)
_BOLD_PROSE = re.compile(r"I\s|(?i:last updated?|updated?\s*[:：]|please\b|we\s|this (?:list|repo(?:sitory)?|page)\b"
                         r"|tl;? ?dr\b"  # ("> **TL;DR — experience is the new training data.** Pretraining learns
                         # ...", EvaxHe/Awesome-LLM-Agent-Experience-Lifecycle: the list in short, before its papers)
                         r"|(?:why|what|how) (?:this|these|it|we|you)\b"  # ("**Why this is relevant**" over prose)
                         r"|(?:for )?any (?:questions|issues|suggestions|problems)\b"  # ("**For any questions, please
                         # [contact us.](mailto:..)**", ChenHongruixuan/ChangeDetectionRepository)
                         r"|(?:add|find|look for|search for|check out|feel free)\b.*\?$"  # ("**Add ... to README?**")
                         r"|.*\b(?:(?:will|to) be (?:continuously |regularly )?updated|(?:updated|coming) soon)\b)")


# "**Given language format specification and requirements, LLMs will generate RTL codes ...**" (Thinklab-SJTU/
# Awesome-LLM4EDA, 10 such bullets over its titles): a sentence says what a section is about, a title does not
_DETERMINED = ("The ", "This ", "These ", "Our ", "We ")
_MODAL = re.compile(r"\s(?:will|can|remains|should|must)\s")


def topics_heading(path: str) -> bool:
    """A section that names topics, not papers (``Challenges and Future Directions``, ``Keywords``,
    quchangle1/LLM-Tool-Survey): titles alone under it are what it says, not papers."""
    return bool(_TOPICS.search(path.rsplit("/", 1)[-1]))


_TOPICS = re.compile(r"\b(?:challenges?|future|directions?|open (?:problems|questions)|limitations?|keywords?|"
                     r"outlook|roadmap)\b", re.IGNORECASE)


def short_title(title: str) -> bool:
    """A short paper's title, as some are (``Fast R-CNN``, ``Objects as points``, ``YOLO9000: Better, Faster,
    Stronger``): two to six words, in a list most of whose items read as papers' titles; not a topic's words
    joined ("Egocentric SLAM, visual odometry, and camera tracking", faccoco/awesome-hand-object-interaction)."""
    words = title.split()
    named, colon, _ = title.partition(": ")
    return 2 <= len(words) <= 6 and not _TOPIC_JOIN.search(named if colon else title) and "," not in (
        named if colon else title) and title.isascii()


_TOPIC_JOIN = re.compile(r"&|\band\b|\b(?:release|update|version)\b", re.IGNORECASE)


def says_papers(text: str) -> bool:
    """Is a short paragraph one that says papers follow (``Notes with object detection papers.`` over "1. You only look
    once: Unified, real-time object detection", zh-song/Object-Detection-Papers)? Then the titles alone below it
    may be papers, as under a label."""
    return len(text.split()) <= 12 and "\n" not in text.strip() and _PAPERS_WORD.search(text) is not None


_PAPERS_WORD = re.compile(r"\bpapers\b|论文", re.IGNORECASE)


def label_line(text: str) -> bool:
    """A paragraph that names what a list below it holds (``**SGM**``, ``Representative work:``),
    not prose or a citation (``Knowledge Editing has strong connections with following topics.``,
    an authors line): bold throughout, or a few words with no full stop."""
    text = text.strip()
    bold = text.startswith("**") and text.rstrip(":：").endswith("**")
    return "\n" not in text and (bold or len(text.split()) <= 5 and not text.endswith("."))
