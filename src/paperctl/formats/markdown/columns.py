"""Which column of a table holds what: its header's name (``Title``, ``Venue``, ``Code``, ``论文``),
or, where the header does not say, what its cells hold (a column of title links, of venues and
years, of citations beside a column of model names). ``tables`` reads the rows by these roles."""

from __future__ import annotations

import re

from ...text import squashed
from . import fields, links, venue_words, venues
from .bold_lines import cited_names
from .plain_title import title_case

ROLES: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper", "papers", "paper title", "paper name", "title & authors", "title&authors",
              "title and authors", "title/authors", "论文", "论文名称", "论文标题", "论文题目", "论文名", "题目",
              "标题", "文章题目", "文章标题", "文章名称", "文章", "article", "paper & authors", "papers & authors",
              "publication title", "논문", "제목", "논문 제목", "원제", "タイトル", "論文",
              "research paper"),  # (Korean, Japanese)
    "name": ("name", "method", "methods", "model", "models", "model name", "abbr", "abbreviation", "short name",
             "nickname", "方法", "模型", "dataset", "benchmark", "name of method", "名字", "名称", "work", "works",
             "framework", "system", "模型名称", "이름", "모델", "방법", "별칭", "algorithm", "algorithms", "variant",
             "variants"),  # (ishandutta2007/Awesome-VAE: "| Variant | Key Mechanism | Year | Research Paper |")
    "authors": ("author", "authors", "author(s)", "作者", "first author", "第一作者", "저자", "著者"),
    "venue": ("venue", "conference", "conf", "conf.", "publication", "published", "published in", "pub", "pub.",
              "publishing",
              "publish", "journal", "发表venue",
              "source", "paper source", "booktitle", "会议", "期刊", "发表", "来源", "conference/journal",
              "journal/conference",
              "venue & year", "j/c", "c/j", "journal/conf", "conf/journal",
              "proc", "proc.",
              "publisher", "where", "학회", "게재", "저널", "학술지"),  # (원제: "original title", 별칭: "alias",
    # 학술지: "journal", Seongbuming/tts-papers)
    "year": ("year", "年份", "pub year", "publication year", "发表年份", "年", "release year", "published year",
             "year first used", "year introduced",
             "연도", "년도"),  # (연도: "year", TaeSeongkwon0521/awesome-brain-decoding, 65 rows)
    "date": ("date", "time", "published date", "release date", "release", "日期", "时间", "publish date",
             "arxiv date", "arxiv time", "submission date", "first released", "published on", "displaydate",
             "display date", "pubdate", "pub date", "pub. date", "publication date", "posted", "发表时间", "发表日期",
             "发布时间", "发布日期", "出版时间"),  # ("published", TLDX-XIONG/paper-reading, its 40 rows)
    "code": ("code", "github", "repo", "repository", "official code", "implementation", "代码", "源码",
             "official repo", "code link", "star", "stars", "github stars", "code & stars", "代码链接", "代码地址",
             "코드"),
    "summary": ("tl;dr", "tldr", "summary", "description", "highlight", "highlights", "key idea", "key ideas",
                "contribution", "contributions", "main idea", "简介", "摘要", "总结", "idea", "brief",
                "one-line summary", "key contribution", "key contributions", "main contribution", "main contributions",
                "key insight", "key insights", "novelty", "main novelty", "key novelty", "major novelty",
                "core idea", "core ideas", "advantages", "advantage", "key features", "what it does",
                "introduction", "介绍", "overview", "research focus", "简述", "설명", "요약", "概要", "key mechanism",
                "亮点", "核心亮点", "创新点", "focus", "贡献", "主要贡献", "一句话总结", "一句话简介", "一句话介绍",
                # ("contribution": TLDX-XIONG/paper-reading; "一句话总结", one-sentence summary)
                "mechanism", "concept & details", "details", "the problem & mitigation", "finding", "findings",
                "key finding", "key findings", "main finding", "main findings"),  # ("Axis / Finding", jason-wjs/
    # Awesome-Scaling-Deep-RL: tags in code, then what the paper finds)
    "notes": ("notes", "note", "memo", "메모", "comment", "comments"),  # (메모: "memo", chrisjihee/SLM-Math-papers;
    # "Comment", DrYu0815/Survey, 62 rows: a line on the paper, its description where the table has no other)
    "remarks": ("remark", "remarks", "备注", "笔记", "注释", "abstract"),  # notes, never the
    # summary (an abstract copied whole is no description of the list's own: abikaki/DCASE-Workshop-Papers,
    # chenyiting1003/Awesome-CLIP, as their labels have it)
    "status": ("status", "read", "state", "progress", "状态", "read?", "done", "阅读", "已读"),  # (阅读: "read",
    # chairc/daily-learning, ✔ in every row)
    "identifier": ("identifier", "arxiv id", "paper id", "doi"),  # ("arxiv:2609.30227v1", will-rice/tts-papers; not
    # "ID", which numbers the rows)
}
_CITATION = re.compile(r"(?:citation|reference) \((?:apa|mla|ieee|acm|chicago|harvard|gb/t 7714)\)"
                       r"|full (?:citation|reference)")  # (not "Reference" alone: "ICCV 21", "[[1]](#1)" in some)
_WHEN_PUBLISHED = re.compile(r"\b(?:publication|published|publish|released?|submission|submitted) (?:time|date)\b")
_DATE_NAME = re.compile(r"(?:year|yyyy)\s*[-/.]?\s*(?:month|mm)(?:\s*[-/.]?\s*(?:day|dd))?|month")


def role(header: str) -> str:
    """What a column named *header* holds (``other`` for keywords, pictures, institutes...)."""
    name = _header_name(header)
    aside = re.fullmatch(r"(.+?)\s*\([^()]*\)", name)  # "Model (or Authors)": the column is named before its aside
    for kind, names in ROLES.items():
        if name in names or (aside and aside.group(1) in names):
            return kind
    if _DATE_NAME.fullmatch(name) or _WHEN_PUBLISHED.search(name):
        return "date"  # "Year-Month" (chrisliu298/awesome-llm-unlearning: "2024-03"), "YYYY-MM"; "Earliest
        # publication time" (11xiaoyi11/IQA-Survey: "2004.05")
    if "/" in name or "、" in name or "或" in name or "&" in name:  # "期刊 / 会议" (journal / conference: xyyy820/3d-
        parts = [part for part in re.split(r"\s*[/、|或&]\s*", name) if part]  # medical-report-generation-papers),
        # "期刊或会议" (journal or conference, kldcr/NE-IE_Paper): one role, named twice; "Pub. & Date" (XiayanZhou/
        # Papers-on-Efficient-Diffusion-Models): the venue, or the date where there is none ("Apr., 2024")
        either = {kind for part in parts for kind, names in ROLES.items() if part in names}
        if len(either) == 1 or either in ({"venue", "date"}, {"venue", "year"}):
            return "venue" if "venue" in either else either.pop()
        if either == {"name", "summary"}:  # "Method / Key Contribution" (zhangyl4/Awesome-Streaming-Video-
            return "summary"  # Understanding, every row): what the method does, the paper's description
    if re.search(r"\b(title|paper)\b", name) and not re.search(r"\b(link|url|code)\b", name) or _CITATION.fullmatch(
            name):  # ("Citation (APA)", nehSgnaiL/awesome-scientific-figure: the paper's reference, its title within)
        return "title"
    if re.search(r"\b(venue|conference|journal)\b", name):
        return "venue"
    if re.search(r"\bauthors?\b", name):  # "Author(s)", "First Author(s)", "Authors & Affiliations"
        return "authors"
    if re.search(r"\bname\b", name):  # "Dataset Name", "Benchmark Name"
        return "name"
    if re.search(r"\b(description|summary|tl;?dr|why)\b", name) or re.match(r"(?:what|how)\b", name):
        return "summary"  # "Description / Modality", "Why Read It"; "What agents can do (ability)" (tsinghua-fib-lab/
        # LLM-Agent-for-Recommendation-and-Search): a question the column answers for each paper
    return "links" if re.search(r"link|resource|material|url|project|demo|page|pdf|arxiv|\bdoi\b|\bfiles?\b|链接|地址",
                                name) \
        else "other"  # ("DOI": sxw228/paper-reading-notes, "10.3390/electronics15030606" beside a title linking a note)


_RECORD_ROLES = ("title", "authors", "venue", "year", "date", "code", "summary", "links")


def record(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[str]] | None:
    """A table of one paper's fields, a field a row: ``| 项目 | 信息 |`` over ``| **论文** | SWT-Bench: Testing
    and Validating ... |``, ``| **作者** | Niels Mündler, ... |``, ``| **发表** | NeurIPS 2024 |``, ``| **链接** |
    [arXiv](..) \\| [Code](..) |`` (pprp/Awesome-SWE-Benchs, a table under each paper's heading). Turned on its
    side, as the header and the one row of a table that reads so: the names of the first column (and the
    header's, where it is a field too), their values. None for any other table: two columns, and at least
    three of the first column's names say fields of a paper, its title one of them."""
    if len(header) != 2 or not rows or any(len(cells) != 2 for cells in rows):
        return None
    pairs = ([header] if role(header[0]) in _RECORD_ROLES else []) + rows
    if any(len(_header_name(name)) > 25 for name, _ in pairs):
        return None  # (a name, not a title: "| Attention Is All You Need | [paper](..) |" is a row of papers)
    roles = [role(name) for name, _ in pairs]
    if "title" not in roles or len({r for r in roles if r in _RECORD_ROLES}) < 3 or 2 * roles.count("other") > len(
            roles):
        return None
    return [name for name, _ in pairs], [value for _, value in pairs]


_DATASET_COLUMN = re.compile(r"^(?:datasets?|data ?sets?|benchmarks?|corpus|corpora|(?:dataset|benchmark) names?)$")
NAMES_DATASETS = "a dataset, named in a table of datasets without a paper column, not a paper"


def names_datasets(header: list[str]) -> bool:
    """A table of datasets (``Dataset | Year | Size | Project``) that names no paper column: a row
    whose dataset name links the dataset's paper is the dataset (jingyi0000/VLM_survey); a row
    with a ``[[Paper]](..)`` link of its own, or a Paper column, is that paper."""
    roles = [role(h) for h in header]
    if "title" in roles or "name" not in roles:
        return False
    return bool(_DATASET_COLUMN.match(_header_name(header[roles.index("name")])))


def plain_name(header: str) -> str:
    """A column's (or a field's) name as the list writes it, without its markup: ``**机构**``: ``机构``."""
    return " ".join(re.sub(r"[*_`]|<[^>]*>", " ", header).split()).rstrip(":：")


def _header_name(header: str) -> str:
    """A column's name as ``role`` compares it: no markup, emoji or tags, lower case."""
    return " ".join(re.sub(r"[*_`:]|<[^>]*>|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]", " ", header).split()).lower()


def papers_explained(header: str, rows: list[list[str]], col: int) -> bool:
    """A column named for papers (``Paper``, ``Papers``, ``论文``) whose cells mostly link posts (a blog, a video):
    each row is a paper all the same, linked to a post on it (``| [Transformer](https://ritvik19.medium.com/papers-
    explained-01-..) | June 2017 | ... |``, dair-ai/ML-Papers-Explained, 300 rows). Not one post among arXiv links
    (``| Ranger | [Ranger: A Hybrid Optimizer for Deep Learning](medium) | 2019 |``, tianshijing/Awesome-
    Optimizers): a post, not a paper."""
    if _header_name(header) not in ("paper", "papers", "论文", "paper title", "paper name"):
        return False
    posts = sum(1 for r in rows if col < len(r) and (m := _FIRST_TARGET.search(r[col]))
                and links.not_paper_host(m.group(1)))
    return posts * 2 > len(rows)


_FIRST_TARGET = re.compile(r"\]\((https?://[^\s()]+)\)")


def columns(header: list[str], rows: list[list[str]] | None = None) -> list[str]:
    """The role of each column; with two title-like columns (``Title`` and ``Paper``), the one
    named "title" holds the title and the other the paper's links. With no column named for
    titles, one whose cells are mostly title links is the title column, whatever its name
    (*rows*: the table's cells)."""
    return read_columns(header, rows)[0]


def read_columns(header: list[str], rows: list[list[str]] | None = None) -> tuple[list[str], bool]:
    """``columns``, and whether the table says which column holds the titles (``titled``: by its
    header, or by cells of title links) rather than leaving it to a guess."""
    roles = [role(h) for h in header]
    if "title" not in roles and rows and roles.count("venue") > 1:
        quoted = next((i for i, r in enumerate(roles) if r == "venue" and _quoted_titles(rows, i)), None)
        if quoted is not None:  # "| Dataset | Venue | Date | ... | Source |" over "| WizardCoder | ICLR 2024 | 2024 |
            roles[quoted] = "title"  # ... | "WizardCoder: Empowering Code Large Language Models with Evol-Instruct"
            # [[paper](..)], [[code](..)] |" (chenmengdx/awesome-data-synthesis-for-code-llm): the source, a paper
    if "title" not in roles and rows:
        cited = next((i for i, h in enumerate(header) if roles[i] == "other" and _PAPERS.search(_header_name(h))
                      and _one_paper_each(rows, i)), None)
        if cited is not None:  # "| Model | Relevant Papers | Link | Notes |" then "| PINN | C. McDevitt, E. Fowler, &
            roles[cited] = "title"  # S. Roy. "**Physics-constrained ...**" arXiv preprint ... |" (xiaoyuxie-vico/
            # Awesome-ML-PDE): a citation a cell; not "| Representative Papers |" over "[ToolGate](..), [PICARD](..)"
        published = next((i for i, h in enumerate(header) if roles[i] == "venue" and _header_name(h) == "publication"
                          and _one_paper_each(rows, i)), None) if cited is None else None
        if published is not None:  # "Year |Method| Keywords | Publication |" over "2018|LSTM | ... | A Scalable
            roles[published] = "title"  # Machine Learning System for ...([Cunha et al.2018](ieee))|" (px39n/Awesome-
            # Precision-Agriculture): the publication itself, cited, not where it appeared
    titled = "title" in roles
    if roles.count("summary") > 1 and (named := [i for i, h in enumerate(header) if roles[i] == "summary"
                                                  and _header_name(h) in ROLES["summary"]]):
        roles = ["notes" if r == "summary" and i not in named else r for i, r in enumerate(roles)]
        # "| Year | Title | Venue | What's updated | Key contribution | Code |" (EvaxHe/Awesome-LLM-Agent-Experience-
        # Lifecycle, 135 rows): the column named for the summary gives it; one that only asks a question, a note
    if roles.count("title") > 1:
        named = [i for i, h in enumerate(header) if "title" in h.lower() and roles[i] == "title"]
        short = None
        if len(named) > 1 and rows:  # "| Title | Paper Title |" over "| **CAM** | Learning Deep Features for
            named = sorted(named, key=lambda i: -_words(rows, i))  # ... |" (samzabdiel/XAI): the column of titles
            short = named[1] if "name" not in roles else None  # is the one of many words, the other the papers'
            # short names
        keep = named[0] if named else roles.index("title")
        roles = [r if r != "title" or i == keep else "name" if i == short else "links" for i, r in enumerate(roles)]
    cited = _citations_column(rows, roles) if "title" in roles and "name" in roles and rows else None
    if cited is not None:
        # "| **Model** | **Paper** |" then "| **scBERT** | Yang et al. Nature MI 2022 |" (qiliu-ghddi/singlecell_gpt):
        # the Paper column cites the paper (who, where, when), the Name column is all the title there is
        roles[cited], roles[roles.index("name")] = "cited", "title"
    referenced = next((i for i, h in enumerate(header) if roles[i] == "other" and _header_name(h) in _REFERENCE
                       and _cited_cells(rows, i)), None) if "title" in roles and "authors" not in roles and rows \
        else None
    if referenced is not None:  # "| Reference | Paper | ... | Venue |" over "| Ding et al.(2014) | [Using Structured
        roles[referenced] = "cited"  # Events to Predict Stock Price Movement](aclweb) | ..." (YangLinyi/FinNLP-
        # Progress, 64 of 65 rows): who wrote it and when, beside its title
    whole = next((i for i, h in enumerate(header) if roles[i] == "other" and _header_name(h) in _REFERENCE
                  and _references_of_titles(rows, i, roles.index("title"))), None) if "title" in roles and rows \
        else None
    if whole is not None:  # "| Model | Title of Paper | ... | Reference |" over "| [DEEPsc](github) | DEEPsc: A Deep
        roles[whole] = "reference"  # ... | ... | Maseda F, Cang Z, Nie Q. 2021. DEEPsc: A Deep ... Front Genet 12:
        # 636743. |" (SindiLab/Deep-Learning-in-Spatial-Transcriptomics-Analysis, every row): the whole reference,
        # in whatever style, its title the row's
    labelled = _labels_only(rows, roles.index("title")) if "title" in roles and rows else False
    named = next((i for i, r in enumerate(roles) if r == "name"), None) if labelled else None
    if labelled and named is None and roles[0] in ("links", "other") and _names_column(rows, 0):
        named = 0  # "| Resource | Year / Venue | Paper |" then "| **SegEarth-R1** | 2025 · arXiv | [Paper](arXiv) |"
    written = _plain_titles_column(rows, roles) if labelled and named is not None else None
    if written is None and labelled and named is not None:  # "*Name* | *Summary* | *Paper* | *Code*" over "**DCGAN**
        written = _titles_summed(rows, roles, named)  # | *Deep Convolutional Generative Adversarial Networks* |
        # [[arXiv]](..) |" (kozistr/Awesome-GANs): the method's name, then its paper's title under "Summary"
    if written is not None:  # "| Name | Tittle | Keywords | Artifact | Paper |" over "| ReAct | ReAct: Synergizing
        roles[roles.index("title")], roles[written], titled = "paper", "title", True  # Reasoning and ... | Prompting
        # | [Code](..) | [ICLR 23](arxiv) |" (godaai/llm-table-survey): a column of titles in plain words, whatever
        # its header calls it, holds the title; the Name column the method's name, the Paper column its link
    elif labelled and named is not None:  # (ML4Sustain/Awesome-RS-Reasoning-Models, 139 rows): the Paper column
        roles[roles.index("title")], roles[named], titled = "paper", "title", True  # holds its link, the first its
        # name
    elif labelled and (linked := title_links_column(rows, roles)) is not None:  # type: ignore[arg-type]
        roles[roles.index("title")], roles[linked], titled = "paper", "title", True  # "| Date | Release [Samples] |
        # Paper |" over "| 30.01 | [AudioLDM: Text-to-Audio Generation ...](demo) | [arXiv](..) |" (archinetai/
        # audio-ai-timeline): the column of title links holds the titles, the Paper column their papers' links
    cited = next((i for i, h in enumerate(header) if roles[i] == "links" and "paper" in _header_name(h)
                  and _paper_named_each(rows, i)), None) if "title" not in roles and rows else None
    if cited is not None:  # "| Variant | Mechanism & Pros | Year First Used | Paper Link |" over "| **Global / Anchor
        roles[cited], titled = "title", True  # Token Attention** | ... | 2020 | [Longformer](arXiv) |" (ishandutta2007/
        # Awesome-Sparse-Attention, every table): the paper the row cites, by its name; the row's own name, a note
        roles[0] = "name" if roles[0] == "other" else roles[0]  # (under "Era", "Challenge", "Application" too)
    linked = title_links_column(rows, roles) if "title" not in roles and rows else None
    if linked is not None:
        # "| Date | Name | Publication | Repositories |" then "| `2024.02` | BioT5+ | [BioT5+: Towards ...](arXiv)
        # | ... |" (ur-whitelab/LLMs-in-science): the Publication column holds the papers, the Name their models
        roles[linked], titled = "title", True
    if "title" not in roles:
        if "name" in roles:
            roles[roles.index("name")] = "title"
        elif roles:  # the first column, but not one that numbers the rows ("| ID | Year | Venue |")
            numbered = _header_name(header[0]) in ("id", "#", "no", "no.", "index", "idx", "序号", "编号")
            roles[1 if numbered and len(roles) > 1 else 0] = "title"
    if "title" in roles and "summary" in roles and rows and role(header[roles.index("title")]) == "title" and (
            summed := _titles_summed(rows, roles, roles.index("title"))) is not None:
        # "| Year | Title | Intro | Description | Code" over "| 2023 | [SUSHI](arXiv) | ![](..) | Unifying Short and
        # Long-Term Tracking with Graph Hierarchies | [[Github](..)]|" (xiaohuoer/multiObjectTrackingPapers): the
        # method's name links the paper, the titles are in the Description column
        roles[roles.index("title")], roles[summed] = "name", "title"
    if rows and not any(h.strip() for h in header):
        roles = _unnamed(rows, roles)
    dated = dated_venues_column(rows, roles) if "venue" not in roles and rows else None
    if dated is not None and (titled or _long_titles(rows, roles.index("title"))):
        # "|Name|Info|Link|" then "|**Data-driven fluid simulations using regression forests**| TOG 2015| [Link](..)"
        # (awesome-physics/awesome-neural-physics, 136 rows): a column of venues and their years, whatever its name;
        # not "| method | reference |" then "| ACT | AAAI 20 | 80.5 ... |" (a table of results, methods' names)
        roles[dated] = "venue"
    if "venue" in roles and rows and len(rows) >= 3:
        roles = _venues_elsewhere(rows, roles)
    return roles, titled


def _venues_elsewhere(rows: list[list[str]], roles: list[str]) -> list[str]:
    """*roles*, the venue's moved to the column that holds venues when the one named for them does not:
    "| NO | Name | Reference | Publisher | Main Technologies |" over "| 1 | CPM | ICML | SELF-EXPLANATION | ... |"
    (razanalharith/Concept-Based-Explanation, 24 rows: the headers shifted by one over the cells)."""
    named = roles.index("venue")
    if _venue_cells(rows, named) * 4 >= len(rows):
        return roles
    found = next((i for i, r in enumerate(roles) if r == "other" and _venue_cells(rows, i) * 3 >= len(rows) * 2),
                 None)
    if found is None:
        return roles
    return ["venue" if i == found else "other" if i == named else r for i, r in enumerate(roles)]


def _venue_cells(rows: list[list[str]], col: int) -> int:
    """How many cells of column *col* name a venue (``ICML``, ``IEEE TVCG``, ``NeurIPS 2022``, ``arXiv``)."""
    cells = (c.strip(" *") for c in _column(rows, col))
    return sum(1 for c in cells if c and len(c) <= 40 and (
        venues.name_known(c) or venues.preprint(c) or venues.parse(c) is not None))


_PAPERS = re.compile(r"^(?:[\w-]+ )?papers$")


_TARGETS = re.compile(r"\]\([^()]*\)")  # (a link's address is no words of the cell's: "[AAAI 2022](https://aaai-
# 2022.virtualchair.net/poster_aaai5965)", yizhiwang96/PKU-CSCL-Surveys, names where, not the paper)


_QUOTED_CELL = re.compile(r"\s*[\"“]([^\"“”]{10,300})[\"”]")


def _quoted_titles(rows: list[list[str]], k: int) -> bool:
    """Does column *k* begin most of its cells with a title in quotes?"""
    return sum(1 for r in rows if k < len(r) and _QUOTED_CELL.match(r[k])) * 2 > len(rows)


def _one_paper_each(rows: list[list[str]], k: int) -> bool:
    """Does column *k* hold one paper a cell, cited at length (most of its cells forty characters or more,
    with one link at most and no list of names), rather than papers named in short, several a cell?"""
    cells = [row[k].strip() for row in rows if k < len(row) and row[k].strip()]
    one = [c for c in cells if len(_TARGETS.sub("]", c)) >= 40 and c.count("](") <= 1 and "), [" not in c]
    return bool(cells) and len(one) >= 0.6 * len(cells)


def _unnamed(rows: list[list[str]], roles: list[str]) -> list[str]:
    """The roles of a table's columns that no header names (rows read by what their cells hold): a column
    of years, and a column of a word or two beside it (``| [Title](doi) | Preprint | 2026 |``), where it
    appeared."""
    years = next((k for k, r in enumerate(roles) if r == "other" and sum(
        bool(venues.FOUR_DIGIT_YEAR.fullmatch(c.strip())) for c in _column(rows, k)) * 3 >= len(rows) * 2), None)
    if years is None:
        return roles
    roles = [("year" if k == years else r) for k, r in enumerate(roles)]
    named = next((k for k, r in enumerate(roles) if r == "other" and all(
        _WHERE_CELL.fullmatch(c.strip()) for c in _column(rows, k) if c.strip())), None)
    return [("venue" if k == named else r) for k, r in enumerate(roles)]


_WHERE_CELL = re.compile(r"[A-Za-z][\w&-]*(?: [A-Za-z][\w&-]*){0,3}")


def _words(rows: list[list[str]], col: int) -> int:
    """How many words column *col* holds, in all."""
    return sum(len(cell.split()) for cell in _column(rows, col))


def _column(rows: list[list[str]], col: int) -> list[str]:
    """The non-empty cells of column *col* in the first 50 rows (enough to tell what a column holds)."""
    return [r[col].strip() for r in rows[:50] if col < len(r) and r[col].strip()]


def _labels_only(rows: list[list[str]], col: int) -> bool:
    """Are most cells of column *col* a link named by a word for it alone (``[Paper](..)``, ``[PDF](..)``), or by
    where the paper appeared (``[Nature Medicine](..)``, ``[arXiv:2411.19666](..)``: Aakash-Tripathi/Awesome-
    Medical-Multimodal-Models-and-Datasets, under a Model column)?"""
    cells = _column(rows, col)
    return len(cells) >= 3 and sum(bool((m := _LINK_CELL.fullmatch(c)) and _names_no_title(m.group(1)))
                                   for c in cells) * 2 > len(cells)


def _names_no_title(text: str) -> bool:
    """A link's text that is a label (an arXiv ID too), or a venue: not a paper's title."""
    return links.label_word(text) or bool(venues.parse(text)) or venue_words.journal_named(text)


def _names_column(rows: list[list[str]], col: int) -> bool:
    """Are most cells of column *col* a name in plain or bold text, no link?"""
    cells = _column(rows, col)
    plain = sum("](" not in c and 0 < len(c.strip("* ").split()) <= 6 for c in cells)
    return len(cells) >= 3 and plain * 2 > len(cells)


_LINK_CELL = re.compile(r"\*{0,2}\[?\[([^\[\]]{1,40})\]\]?\([^()\s]+\)\]?\*{0,2}")  # ("[[Paper](..)]", "[[paper]](..)")


def _plain_titles_column(rows: list[list[str]], roles: list[str]) -> int | None:
    """The column named for nothing known whose cells are, in most rows, a title in plain words: five words or
    more, capitalised, no link, no list of keywords (``Prompting``, ``LLM, in-context learning``), half of them
    in title case at least (not a Task column's ``Safe motion planning with MoE``, nguyennm1024/awesome-moe-
    multimodal)."""
    for col, kind in enumerate(roles):
        cells = _column(rows, col) if kind == "other" else []
        titles = sum(len(c.split()) >= 5 and c[:1].isupper() and "](" not in c and c.count(",") <= 1 for c in cells)
        if len(cells) >= 3 and titles * 4 >= len(cells) * 3 and sum(map(title_case, cells)) * 2 >= len(cells):
            return col
    return None


def _titles_summed(rows: list[list[str]], roles: list[str], named: int) -> int | None:
    """The summary column whose cells are titles (in most rows three words or more in title case, no full stop),
    beside a column of short names (*named*: a word or two in most rows); None when there is none such."""
    col = roles.index("summary") if "summary" in roles else None
    names = _column(rows, named)
    cells = [c.strip(" *_") for c in _column(rows, col)] if col is not None else []
    if len(cells) < 3 or sum(len(n.strip(" *_").split()) <= 2 for n in names) * 4 < len(names) * 3:
        return None
    return col if sum(title_case(c) and not c.endswith(".") for c in cells) * 4 >= len(cells) * 3 else None


def _long_titles(rows: list[list[str]], col: int) -> bool:
    """Are most cells of column *col* four words or more (titles, not names)?"""
    cells = _column(rows, col)
    return sum(len(c.split()) >= 4 for c in cells) * 2 > len(cells)


def dated_venues_column(rows: list[list[str]], roles: list[str]) -> int | None:
    """The column named for nothing known whose cells are, in most of the rows (three at least), a
    venue and its year (``TOG 2015``, ``NIPS22``); None if there is none."""
    for col, kind in enumerate(roles):
        if kind != "other":
            continue
        cells = [c.strip(" *") for c in _column(rows, col)]
        dated = sum(1 for c in cells if len(c) <= 40 and (found := venues.parse(c)) and found[1])
        if dated >= 3 and dated * 2 > min(len(rows), 50):
            return col
    return None


TITLE_LINK_CELL = re.compile(r"\s*\*{0,2}\[([^\[\]]{12,})\]\([^()\s]+\)\*{0,2}\s*")


_REFERENCE = ("reference", "references", "ref", "ref.", "citation", "cite", "cited as")


def _cited_cells(rows: list[list[str]], col: int) -> bool:
    """Are the column's cells, in most rows, short citations that name who wrote the paper and when, and no more
    (``Ding et al.(2014)``, ``Kelly (1956)``)?"""
    cells = [r[col].strip(" *") for r in rows if col < len(r) and r[col].strip()][:20]
    return bool(cells) and sum(cited_names(cell, alone=True) is not None for cell in cells) * 2 > len(cells)


def _references_of_titles(rows: list[list[str]], col: int, title_col: int) -> bool:
    """Do the column's cells, in most rows, cite the paper whole: the row's title within a longer text?"""
    cited = [squashed(r[title_col])[:40] in squashed(r[col]) for r in rows[:20]
             if col < len(r) and title_col < len(r) and len(r[col]) > len(r[title_col]) + 20 and
             len(squashed(r[title_col])) >= 10]
    return len(cited) >= 2 and sum(cited) * 2 > len(cited)


def _citations_column(rows: list[list[str]], roles: list[str]) -> int | None:
    """The title column, when its cells are, in most rows, short citations (``Theodoris et al. Nature
    2023``: authors, venue and year) and no titles; else None."""
    col = roles.index("title")
    cells = [r[col] for r in rows if col < len(r) and r[col].strip()]
    cited = 0
    for cell in cells[:20]:
        linked = _CITATION_LINK.fullmatch(cell.strip())  # "[Zheng et al., 2023](https://arxiv.org/abs/2306.05685)"
        tail = fields.citation_tail((linked.group(1) if linked else cell).strip(" *"))  # (anishh15/Awesome-SLM-as-
        cited += bool(tail.explained and tail.authors and tail.year and (linked or "](" not in cell))  # a-Judge)
    return col if cells and cited * 2 > min(len(cells), 20) else None


_CITATION_LINK = re.compile(r"\[([^\[\]]{3,80})\]\([^()\s]+\)")


_NAMED_LINK_CELL = re.compile(r"\s*\*{0,2}\[([^\[\]]{2,60})\]\(([^()\s]+)\)\*{0,2}\s*")


_MARKS = re.compile(r"[^\w\s.+&/-]")


def _paper_named_each(rows: list[list[str]], col: int) -> bool:
    """Is the cell of *col*, in most rows, one link to a paper, named (``[Longformer](arXiv)``), not labelled
    (``[Paper](..)``)?"""
    named = sum(1 for r in rows if col < len(r) and (m := _NAMED_LINK_CELL.fullmatch(r[col])) and not links.label_word(
        _MARKS.sub("", m.group(1))) and links.classify(m.group(2)).kind in links.PAPER_KINDS)  # (nor "[Paper 📄](..)")
    return named * 2 > len(rows)


def title_links_column(rows: list[list[str]], roles: list[str], fewest: int = 4) -> int | None:
    """The column (named for venues, links or nothing known) whose cells are, in most rows, one
    link whose text is a title of *fewest* words or more; None if there is none."""
    for col, kind in enumerate(roles):
        if kind not in ("venue", "links", "other"):
            continue
        cells = [r[col] for r in rows if col < len(r) and r[col].strip()]
        titles = sum(1 for c in cells if (m := TITLE_LINK_CELL.fullmatch(c)) and len(m.group(1).split()) >= fewest)
        if cells and titles * 2 > len(rows):
            return col
    return None
