"""What a link in a reading list points at: the paper, its code, or something else.

A list's links say what an entry is. ``[[paper](https://arxiv.org/abs/..)]``
and ``[Title](https://openreview.net/..)`` identify a paper;
``[[code](https://github.com/..)]`` and a star badge name its repository;
``[Foo](#foo)`` is a table of contents; a link to YouTube, a blog or a model
page is not a paper, unless a paper link stands beside it. Badges are never
text: a star badge names the code repository, ``[![arXiv](badge)](url)`` is the
paper link, a venue badge (``img.shields.io/badge/CVPR-2024-blue``) the venue,
and any other badge (keywords, stars of the list itself) is left out.

What one href or label says is cached: a 1 MB list asks it of the same few labels and
hosts thousands of times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ...errors import InvalidIdentifier
from ...identifiers import is_url, try_normalize_doi, try_parse_arxiv_id
from . import badges

# Kinds of link
ARXIV, DOI, PAPER, CODE, ANCHOR, LOCAL, OTHER = "arxiv", "doi", "paper", "code", "anchor", "local", "other"
PLACEHOLDER = "placeholder"  # an address left to fill in ("doi.org/10.1109/ACCESS.2023.xxx"): a link, no identifier
PAPER_KINDS = (ARXIV, DOI, PAPER)  # the targets that are a paper itself

_PAPER_HOSTS = re.compile(
    r"(^|\.)(openreview\.net|aclanthology\.org|aclweb\.org|thecvf\.com|cv-foundation\.org|neurips\.cc|nips\.cc|"
    r"mlr\.press|jmlr\.org|aaai\.org|ijcai\.org|acm\.org|ieee\.org|springer\.com|sciencedirect\.com|"
    r"reader\.elsevier\.com|linkinghub\.elsevier\.com|"  # (ScienceDirect's reader: an article, not a journal's page)
    r"nature\.com|science\.org|pnas\.org|doi\.org|semanticscholar\.org|researchgate\.net|biorxiv\.org|"
    r"medrxiv\.org|ecva\.net|bmva\.org|aminer\.cn|ssrn\.com|alphaxiv\.org|oup\.com|wiley\.com|"
    r"tandfonline\.com|mdpi\.com|frontiersin\.org|iop\.org|nsf\.gov|isca-speech\.org|isca-archive\.org|"
    r"usenix\.org|vldb\.org|siggraph\.org|ojs\.aaai\.org|proceedings\.com|iclr\.cc|icml\.cc|"
    r"paperswithcode\.com|arxiv\.org|export\.arxiv\.org|scholar\.archive\.org|hal\.science|"
    r"openaccess\.thecvf\.com|papers\.nips\.cc|dblp\.org|cell\.com|plos\.org|elifesciences\.org|"
    r"citeseerx\.ist\.psu\.edu|academia\.edu|techscience\.com|hindawi\.com|direct\.mit\.edu|"
    r"mitpressjournals\.org|cambridge\.org|jstor\.org|sagepub\.com|annualreviews\.org|jamanetwork\.com|"
    r"nejm\.org|thelancet\.com|bmj\.com|ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|europepmc\.org|"
    # chemistry, physics and mathematics publishers, preprint servers and proceedings sites
    # (ur-whitelab/LLMs-in-science: pubs.acs.org, chemrxiv.org, pubs.rsc.org, researchsquare.com)
    r"acs\.org|rsc\.org|chemrxiv\.org|aps\.org|aip\.org|siam\.org|ams\.org|optica\.org|spiedigitallibrary\.org|"
    r"researchsquare\.com|preprints\.org|techrxiv\.org|osf\.io|authorea\.com|peerj\.com|f1000research\.com|"
    r"biomedcentral\.com|springeropen\.com|royalsocietypublishing\.org|worldscientific\.com|degruyter\.com|"
    r"nowpublishers\.com|emerald\.com|informs\.org|projecteuclid\.org|copernicus\.org|computer\.org|"
    r"ceur-ws\.org|lrec-conf\.org|ifaamas\.org|auai\.org|jair\.org|transacl\.org|roboticsproceedings\.org|"
    r"scitepress\.org|escholarship\.org|eprint\.iacr\.org|adsabs\.harvard\.edu|osti\.gov|core\.ac\.uk|"
    r"distill\.pub|ahajournals\.org|aacrjournals\.org|ascopubs\.org|asm\.org|embopress\.org|rupress\.org)$",
    re.IGNORECASE,
)
_CODE_HOSTS = re.compile(r"(^|\.)(github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org|"
                         r"sourceforge\.net)$", re.IGNORECASE)
# Hosts of things that are not papers: videos, slides, blogs, social media, model and data hubs.
_NOT_PAPER_HOSTS = re.compile(
    r"(^|\.)(youtube\.com|youtu\.be|bilibili\.com|vimeo\.com|medium\.com|substack\.com|zhihu\.com|"
    r"twitter\.com|x\.com|weixin\.qq\.com|csdn\.net|reddit\.com|huggingface\.co|hf\.co|modelscope\.cn|"
    r"kaggle\.com|colab\.research\.google\.com|pan\.baidu\.com|discord\.gg|discord\.com|linkedin\.com|"
    r"wikipedia\.org|notion\.site|img\.shields\.io|shields\.io|awesome\.re|star-history\.com|readthedocs\.io|"
    r"slideshare\.net|speakerdeck\.com)$"
    r"|^docs\.",  # (documentation: "docs.llama-api.com", chakravarthi589/Video-Question-Answering_Resources)
    re.IGNORECASE,
)
# Link labels, by what they name. "project" is code only when it links a repository.
LABELS = {
    "paper": ("paper", "pdf", "arxiv", "论文", "論文", "论文地址", "论文链接", "link", "url", "openreview", "acl",
              "proceedings", "springer", "ieee", "acm", "doi", "journal", "preprint", "abs", "html", "pub",
              "publication", "paper link", "pdf link", "paper url"),  # ("- [Paper Link](..)" under a citation,
    # tridungduong16/InterpretableMachineLearning-ComprehensiveSurvey, 52 papers)
    "code": ("code", "github", "repo", "repository", "official code", "代码", "源码", "论文代码",
             "implementation", "official", "pytorch", "tensorflow", "jax", "source code", "code link", "コード"),
}
_LABEL_WORDS = re.compile(
    r"^(paper|pdf|arxiv|code|github|gitlab|repo|repository|source|project|project page|page|homepage|home|website|"
    r"web|site|other links?|blog|blogpost|post|zhihu|知乎|openreview|slides?|video|talk|demo|data|dataset|datasets|"
    r"model|models|weights|checkpoints?|huggingface|hf|hugging face|tweet|twitter|x|poster|bibtex|bib|"
    r"cite|citation|url|link|links|doi|abs|html|supp|supplementary|appendix|colab|notebook|leaderboard|"
    r"(?:supp?\.?|supplementary|supplemental) materials?|"
    r"benchmark|official code|official|pytorch|tensorflow|jax|implementation|unofficial code|"
    r"论文|論文|链接|代码|源码|论文代码|项目|主页|解读|解説|コード|视频|reddit|medium|note|notes|review|reviews|"
    r"arxiv paper|conference|journal|proceedings|springer|ieee|acm|acl|press|news|media|report|pub|publication|"
    r"article|\d{4}\.\d{4,5}|arxiv:?\s*\d{4}\.\d{4,5}(v\d+)?|"
    r"(?:paper|article|pdf|code|note|video|slides|link|blog)\s?[1-9]|(?:paper|pdf|code) link|paper url|source code|"
    r"(?:arxiv|github|paper|code|pdf|paperswithcode|paperwithcode|openreview)[- ]page)$",
    # ("[[Article1]](..) [[Article2]](..)", dzyim/single-cell-models; "[Note1] [Note2]", tzxiang/awesome-semantic-
    # understanding-for-aerial-scene; "[Arxiv-Page](..)", "[Github-Page](..)": MPX0222/Research-Paper-Space;
    # "[[Sup. Material]](..)", sdsy888/Awesome-Object-Tracking)
    re.IGNORECASE,
)
_STAR_BADGE = re.compile(r"img\.shields\.io/github/stars/([\w.-]+)/([\w.-]+?)(?:\.svg)?(?:[?#]|$)", re.I)
# (not "/o/r/issues/11": the list's own note on a paper, InabaTatsuro/papers, 47 lines; nor a pull request)
_REPO_PATH = re.compile(r"^/[\w.-]+/[\w.-]+(?![\w.-])(?!/(?:issues|pull|discussions)/\d)")
_HF_PAPER = re.compile(r"huggingface\.co/papers/(\d{4}\.\d{4,5})", re.IGNORECASE)
# (Compiled once rather than looked up in re's cache at every call.)
_STARS_WORD = re.compile(r"\bstars?\b", re.IGNORECASE)
_LABEL_MARKUP = re.compile(r"[\[\]()【】{}*_`:：|]")


@dataclass(slots=True, frozen=True)
class Target:  # (frozen: ``classify`` hands out one per href)
    kind: str
    href: str
    arxiv: str | None = None  # base ID
    version: int | None = None
    doi: str | None = None


# A URL as lists write them: http(s), a host of ASCII letters, digits, dots and dashes, then its
# path up to "?", "#" or the end (no tab or line break before: urlsplit drops those first). For
# such a URL, urlsplit finds this host (lowercased) and path; it is Python code, 36,000
# instructions a URL (2,900 URLs of a 1 MB list: 2.5 % of reading it).
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(?=[/?#]|\Z)([^?#\t\r\n]*)(?=[?#]|\Z)")


def _host_and_path(href: str) -> tuple[str, str]:
    """``urlsplit(href)``'s hostname (lowercased, "" for none) and path."""
    plain = _PLAIN_URL.match(href)
    if plain:
        return plain.group(1).lower(), plain.group(2)
    parts = urlsplit(href)
    return parts.hostname or "", parts.path


@lru_cache(maxsize=8192)
def host(href: str) -> str:
    """The site *href* shows: its host, or the one a library's proxy stands in for (``link-springer-com.proxy.
    library.upenn.edu`` is link.springer.com: KordingLab/awesome-computational-primatology, 19 of its papers)."""
    try:
        name = _host_and_path(href)[0].lower()
    except ValueError:
        return ""
    proxied = _PROXIED.fullmatch(name) if "proxy" in name else None
    return proxied.group(1).replace("--", "\0").replace("-", ".").replace("\0", "-") if proxied else name


_PROXIED = re.compile(r"([a-z0-9-]+-(?:com|org|net|edu|gov|io|info|[a-z]{2}))\.(?:ez)?proxy\d*(?:\.[a-z0-9-]+)+")


_BARE_DOI = re.compile(r"10\.\d{4,9}/\S+")
_RESOLVER_QUERY = re.compile(r"\?[A-Za-z_][\w.-]*=.*$")
_DOI_AS_HOST = re.compile(r"https?://doi:\s*(10\.\d{4,9}/\S+)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def classify(href: str) -> Target:
    """What *href* points at."""
    href = href.strip()
    if href.startswith("#"):
        return Target(ANCHOR, href)
    redirected = _REDIRECT.match(href) if "target=" in href or "url?q=" in href else None
    if redirected:  # "https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/1907.09693v3.pdf" (lokinko/Federated-
        return classify(unquote(redirected.group(1)))  # Learning, yuto3o/RPR-KnowledgeGraphReason: links copied from
        # Zhihu's pages): the page the redirect leads to
    arxiv = _arxiv(href)
    if arxiv is not None:
        return Target(ARXIV, href, arxiv.base, arxiv.version)
    doi_host = _DOI_AS_HOST.fullmatch(href) if "//doi:" in href[:12].lower() else None
    if doi_host:  # "https://doi:10.1109/TKDE.2020.3014806" (Luciferjason/Deep-Anomaly-Detection-for-Time-Series-A-
        return classify("https://doi.org/" + doi_host.group(1))  # Survey): a DOI, its "doi:" written as the host
    if not is_url(href):
        if _BARE_HOST.match(href):  # "[Light Field Networks: ...](vsitzmann.github.io/lfns/)" (vsitzmann/awesome-
            return classify("https://" + href)  # implicit-representations): a web address with no scheme
        if href[:3] == "10." and _BARE_DOI.fullmatch(href):  # "[[link](10.1016/j.compbiomed.2021.104599.)]"
            return classify("https://doi.org/" + href.rstrip("."))  # (mawady/msc-retinalrecog): a DOI as the address
        mangled = _MANGLED.fullmatch(href)
        if mangled and is_url(f"{mangled.group(1)}://{mangled.group(2)}"):  # "]((https://arxiv.org/pdf/1511.
            # 03575.pdf))" (Echo-Wxl/Federated-Learning), "](\https://ieeexplore...)" (linchangyi1/Awesome-Touch),
            # "](https:/www.aclweb.org/W04-1013)": a web address written with a slip, the one it means
            return classify(f"{mangled.group(1)}://{mangled.group(2)}")
        return Target(LOCAL if href else ANCHOR, href)
    name = host(href)
    if name in ("doi.org", "dx.doi.org"):
        doi = try_normalize_doi(_RESOLVER_QUERY.sub("", href) if "=" in href else href)  # ("https://dx.doi.org/10.
        # 26434/chemrxiv-2025-vp7qf?rft_dat=source%3Ddrss", thisisntnathan/memorypalace: a query for the resolver)
        if doi and _PLACEHOLDER.search(doi):  # "https://doi.org/10.1109/ACCESS.2023.xxx" (aita-lab/awesome-
            return Target(PLACEHOLDER, href)  # multimodal-fusion-emotion-recognition, nine papers): a DOI to
            # fill in, which names no paper (kept as the entry's link, never one that makes its papers one)
        if doi:
            return Target(DOI, href, doi=doi)
    if name == "gist.github.com":  # a gist: a page of notes or a snippet, not a repository (shagunsodhani/papers-
        return Target(OTHER, href)  # I-read: 70 of its papers' titles link the owner's notes on them in gists)
    if _CODE_HOSTS.search(name):
        if href.lower().split("?")[0].endswith(".pdf"):
            return Target(PAPER, href)
        if "/issues/" in href or "/discussions/" in href or ".md#" in href:
            if _NOTE_ON_CODE_HOST.search(href):  # an issue, a discussion, a section of a Markdown file: a page
                return Target(OTHER, href)  # written about something (Yagami360/machine-learning-papers-survey:
                # every paper's title links the owner's note on it, in an issue or in a notebook file), not code
        return Target(CODE, href)
    if _PAPER_HOSTS.search(name) and (home_page(href) or _LISTING.search(href)):  # "[arXiv](https://arxiv.org/)"
        return Target(OTHER, href)  # under "論文サイト" (paper sites: Yagami360/machine-learning-papers-survey): the
        # site, no paper; "- **arXiv ML Safety**: https://arxiv.org/list/cs.CR/recent" (Suhas-13/holistichack): a
        # listing of new papers, an author's or a venue's page
    if _PAPER_HOSTS.search(name) or href.lower().split("?")[0].endswith(".pdf"):
        return Target(PAPER, href)
    return Target(OTHER, href)


_REDIRECT = re.compile(r"https?://(?:link\.zhihu\.com/?\?target=|link\.juejin\.cn/?\?target=|"
                       r"(?:www\.)?google\.com/url\?(?:[^#\s]*&)?q=)(https?(?::|%3A)[^&#\s]+)", re.IGNORECASE)
_HOME_PAGE = re.compile(r"https?://[^/?#\s]+/?")
_LISTING = re.compile(r"://(?:www\.|export\.)?arxiv\.org/(?:list|a|archive|catchup)(?:[/?]|$)"
                      r"|://openreview\.net/group\?", re.IGNORECASE)
_NOTE_ON_CODE_HOST = re.compile(r"://[^/]+/[^/]+/[^/]+/(?:(?:issues|discussions)/\d+/?(?:#.*)?$"
                                r"|blob/(?![^?#]*/README\.md#)[^?#]+\.md#)")  # (not a README's section: a repository's)
_MANGLED = re.compile(r"[(\\<]?h?(https?):/{1,2}([^\s()/][^\s()]*)\)?")  # ("hhttps://arxiv.org/abs/..")
_BARE_HOST = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|org|net|edu|io|ai|dev|gov|cn|uk|de|fr|jp|kr|ca)/\S", re.I)
_PLACEHOLDER = re.compile(r"(?:^|[./_-])x{3,}$|\.{3}$")
_ID_TO_FILL = re.compile(r"/(?:abs|pdf)/[xX.]{3,}(?:\.pdf)?/?$")  # "https://arxiv.org/abs/xxxxxxx"


def id_to_fill(href: str) -> bool:
    """Is *href* a paper's address whose ID is left to fill in (``https://arxiv.org/abs/xxxxxxx``)?"""
    return "xxx" in href and _ID_TO_FILL.search(href) is not None
_ARXIV_MIRROR = re.compile(r"https?://(?:(?:[\w-]+\.)*arxiv\.[\w.-]+|xxx\.itp\.ac\.cn)/(?:abs|pdf)/"
                           r"(\d{4}\.\d{4,5}(?:v\d+)?)", re.IGNORECASE)  # (xxx.itp.ac.cn: arXiv's mirror in China,
# "[mask-RCNN](http://xxx.itp.ac.cn/pdf/1703.06870.pdf)", sumagic/learning_note)
_ARXIV_FTP = re.compile(r"arxiv\.org/ftp/arxiv/papers/\d{4}/(\d{4}\.\d{4,5}(?:v\d+)?)", re.IGNORECASE)


def _arxiv(href: str):
    # (_HF_PAPER, case-insensitive, tries every position; "face.co/paper" has no letter that
    # matches anything but its ASCII capital, so lower() keeps what it could match: exact.)
    m = _HF_PAPER.search(href) if "face.co/paper" in href.lower() else None
    try:
        if m:
            return try_parse_arxiv_id(m.group(1))
        if "xiv" not in href.lower() and "itp.ac.cn" not in href:  # arxiv.org, alphaxiv.org, a mirror
            return None
        if "//" in href[8:]:  # "https://arxiv.org/abs//2310.11589": a slash typed twice
            href = href[:8] + re.sub(r"/{2,}", "/", href[8:])
        if "%20" in href:  # "https://arxiv.org/pdf/1607.00133.pdf%20": a space typed after the address, encoded
            href = re.sub(r"(?:%20)+$", "", href)  # (Guyanqi/Awesome-Privacy)
        if href.endswith((".pd", ".p")):  # "https://arxiv.org/pdf/2312.06648.pd" (ruleGreen/RAG_LLM): ".pdf" cut short
            href = href[: href.rindex(".")]
        ftp = _ARXIV_FTP.search(href)  # "https://arxiv.org/ftp/arxiv/papers/2211/2211.03374.pdf"
        if ftp:
            return try_parse_arxiv_id(ftp.group(1))
        found = try_parse_arxiv_id(href)
        mirrored = _ARXIV_MIRROR.match(href) if found is None else None
        if mirrored:  # "https://arxiv.53yu.com/pdf/2108.10241.pdf" (Cryptocxf/Federated-Learning-Papers, 12 lines):
            return try_parse_arxiv_id(mirrored.group(1))  # arXiv's pages on a mirror of its own name
        if found is None:
            doi = re.search(r"10\.48550/arxiv\.(\d{4}\.\d{4,5}(?:v\d+)?)", href, re.IGNORECASE)
            found = try_parse_arxiv_id(doi.group(1)) if doi else None
        return found
    except InvalidIdentifier:  # ("arxiv.org/abs/1407.04023" for 1407.4023, BoosterShadow/awesome-Face_Recognition, 7
        # of its first 16 papers: a number of 2014 or before padded to five digits, as later ones are written)
        padded = _PADDED_OLD_NUMBER.search(href)
        return try_parse_arxiv_id(f"{padded.group(1)}.{padded.group(2)}{padded.group(3) or ''}") if padded else None


_PADDED_OLD_NUMBER = re.compile(r"arxiv\.org/(?:abs|pdf)/(0[7-9][01]\d|1[0-4][01]\d)\.0(\d{4})(v\d+)?(?:\.pdf)?/?$",
                                re.IGNORECASE)


def home_page(href: str) -> bool:
    """Is *href* a site's home page (its host alone), which names no paper?"""
    return _HOME_PAGE.fullmatch(href.strip()) is not None


def is_code_host(name: str) -> bool:
    return bool(_CODE_HOSTS.search(name))


def not_paper_host(href: str) -> bool:
    """A video, blog, social-media post, model or data hub: not a paper by itself."""
    return bool(_NOT_PAPER_HOSTS.search(host(href)))


@lru_cache(maxsize=8192)
def is_repository(href: str) -> bool:
    """A code repository (github.com/owner/repo...), not a file in one."""
    if not is_url(href):
        return False
    try:
        name, path = _host_and_path(href)
    except ValueError:  # "https://[github.com/owner/repo": a bracket read as an IPv6 host, mistyped
        return False
    return bool(_CODE_HOSTS.search(name) and _REPO_PATH.match(path) and not path.lower().endswith((".pdf", ".md"))
                and name != "gist.github.com")


@lru_cache(maxsize=4096)
def label_word(text: str) -> bool:
    """``paper``, ``[code]``, ``PDF``, ``Project Page``: a link label, not a title."""
    text = _LABEL_MARKUP.sub(" ", text).strip().lower()
    text = " ".join(EMOJI_AROUND.sub("", text).split())  # ("[🏆Leaderboard]", "📄 Paper": a label, an emoji by it)
    return bool(_LABEL_WORDS.match(text)) or not text or EMOJI_ONLY.fullmatch(text) is not None  # ("[📄](..)",
    # "[💻](..)": kimberlyii/Awesome-Video-Understanding's paper and code links, every entry)


def host_named(text: str) -> bool:
    """Is a link's text the name of a site (``arxiv.org``, ``sei.pku.edu.cn``), no title?"""
    return "." in text and _HOST_NAME.fullmatch(text.strip()) is not None


_HOST_NAME = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|edu|io|ai|cn|gov|uk|de|jp|fr|info)")


def id_label(text: str) -> bool:
    """A link labelled with the paper's arXiv ID: ``[arXiv:2012.09760]``, ``arXiv 2012.09760``, ``2012.09760``."""
    return _ID_LABEL.fullmatch(text) is not None


_ID_LABEL = re.compile(r"\s*\[?(?i:arxiv)?:?\s*\d{4}\.\d{4,5}(?:v\d+)?\]?\s*")


@lru_cache(maxsize=4096)
def label(text: str) -> str:
    """The name a link is stored under: its label, lower case, without brackets."""
    text = re.sub(r"[\[\]【】]", "", text).strip().strip(":：").lower()
    if text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1:
        text = text[1:-1].strip()  # "[(project)](..)" (yuddim/awesome-3d-multimodal-maps, every paper's links)
    text = EMOJI_AROUND.sub("", text) or text  # ("[🌐 Project Page](..)": "project page"; "[🤗](..)" as it is)
    return " ".join(text.split())[:40] or "link"


_EMOJI = r"[\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+"
EMOJI_AROUND = re.compile(rf"^{_EMOJI}|{_EMOJI}$")
EMOJI_ONLY = re.compile(_EMOJI)  # (fullmatch: emoji and spaces alone, "🗓️ " before a bold year)


def names_code(text: str) -> bool:
    return label(text) in LABELS["code"]


CITATION_LABELS = frozenset(("bib", "bibtex", "cite", "citation", "cite this", "citations"))


def names_citation(text: str) -> bool:
    """``[[bib]](github.com/o/r/blob/master/bibtex.bib#L8-L26)``: how to cite the paper, never its code,
    wherever the file lives."""
    return label(text) in CITATION_LABELS


def names_paper(text: str) -> bool:
    return label(text) in LABELS["paper"]


@dataclass(slots=True)
class Badge:
    """What an image (or an image inside a link) means."""

    kind: str  # "code", "paper", "venue", "date" (value: its year), "none"
    value: str = ""
    venue: str | None = None  # (a paper badge that also says where: "badge/Paper-CMIG%202011-..." on the paper link)
    own: bool = False  # a date badge labelled "year": the paper's year, its venue's (a venue badge without one takes
    # it)


def badge_label(src: str, alt: str) -> str:
    """What a badge is called: its alt text, else a shields.io badge's label (``badge/Dataset-red``:
    ``Dataset``); "" when it says nothing."""
    if alt.strip():
        return " ".join(alt.split())
    m = _SHIELDS_LABEL.search(src)
    return unquote(m.group(1)).replace("_", " ").strip() if m else ""


_SHIELDS_LABEL = re.compile(r"img\.shields\.io/badge/([^-/?#]+)-")


def badge(src: str, alt: str, href: str | None) -> Badge:
    """Read a badge: a star badge names the repository, an arXiv badge linking the
    paper is the paper link, a venue badge the venue; the rest are decoration."""
    # (_STAR_BADGE, case-insensitive, is tried at every position: only for a src holding "thub/",
    # letters that match nothing but their ASCII capitals, so lower() keeps every match.)
    star = _STAR_BADGE.search(src) if "thub/" in src.lower() else None
    if star or (_STARS_WORD.search(alt) and href and is_repository(href)):
        if href and is_repository(href):
            return Badge("code", href)
        if star:
            return Badge("code", f"https://github.com/{star.group(1)}/{star.group(2)}")
        return Badge("none")
    if href:
        target = classify(href)
        if target.kind in PAPER_KINDS:
            return Badge("paper", href, venue=badges.badge_venue(src))
    venue = badges.badge_venue(src)
    if venue:
        return Badge("venue", venue)
    year = badges.badge_date(src)
    if year:  # ("![year](badge/year-2017-blue) ![src](badge/src-CGO-orange)", GreenSnare/AI4Compiler-Collection)
        return Badge("date", str(year), own=src.lower().split("/badge/", 1)[-1].startswith("year-"))
    if href and classify(href).kind == CODE and is_repository(href) and re.search(r"github|code", alt + src, re.I):
        return Badge("code", href)
    return Badge("none")


def notes_of(title: str, href: str) -> bool:
    """``[Investigating Training Data Detection in AI Coders](archive/2025-07/0724.md#Investigating-Training-
    Data-Detection-in-AI-Coders)`` (kcxain/Awesome-LLM4Code, 208 lines): a paper's title linking the list's
    own notes on it, at an anchor that spells the title; a paper, not a file of the list. The anchor's
    maker drops punctuation rather than cutting at it ("RoboTwin 2.0", "Agent's": ``RoboTwin-20``,
    ``Agents``), so the two are compared by their letters and digits alone."""
    page, _, anchor = href.partition("#")
    words = "".join(re.findall(r"[^\W_]+", title.casefold()))
    if not page.endswith(".md") or len(re.findall(r"[^\W_]+", title)) < 3:
        return False
    if _NOTES_FOLDER.search(page) and len(title.split()) >= 4 and title[:1].isalnum():  # "[1. Robust Multi-Agent
        # Reinforcement Learning with Model Uncertainty](notes/1_Robust%20MARL%20with%20...md)" (sihonglab/rmarl-
        # papers, its index of 160 notes): a title linking a file in the list's folder of notes on papers, named
        # for the paper in short (not "[Notes on the reading group](notes/reading-group.md)", a page of the list's)
        named = re.findall(r"[^\W\d_]+", unquote(page.rsplit("/", 1)[-1][:-3]).casefold())
        if len(named) >= 3 and 5 * sum(w in title.casefold() for w in named) >= 3 * len(named):
            return True
    # (or a file of notes named for the paper: "[A Template Is All You Meme](./a-template-is-all-you-meme_2311.
    # 06649.md)", cognitivetech/memetics-research-summaries, 59 lines, the arXiv ID after its name)
    if anchor:
        return "".join(re.findall(r"[^\W_]+", anchor.casefold())) == words
    name = page.rsplit("/", 1)[-1][:-3]  # (not "[KV Cache Compression](kv_cache_compression.md)": a page of the
    named = _ID_AFTER_NAME.sub("", name)  # list's; a paper's title is longer, or the name holds its arXiv ID)
    return "".join(re.findall(r"[^\W_]+", named.casefold())) == words and (
        named != name or len(title.split()) >= 5)


_NOTES_FOLDER = re.compile(r"(?:^|/)(?:paper[-_]?|reading[-_]?)?notes?/|(?:^|/)(?:论文)?笔记/", re.IGNORECASE)
_ID_AFTER_NAME = re.compile(r"_\d{4}\.\d{4,5}(?:v\d+)?$")


def url_end(url: str) -> str:
    """A bare URL without the punctuation after it, and without closing brackets
    it did not open (``(see https://x.org/a)``); one pass from the end."""
    opened = {")": url.count("("), "]": url.count("[")}
    closed = {")": url.count(")"), "]": url.count("]")}
    end = len(url)
    while end:
        ch = url[end - 1]
        if ch in ".,;:!?*_~'\"":
            end -= 1
        elif ch in closed and closed[ch] > opened[ch]:
            closed[ch] -= 1
            end -= 1
        else:
            break
    return url[:end]
