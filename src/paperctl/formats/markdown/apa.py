"""An APA reference, as Google Scholar gives it and lists paste it (``Wu, L., Sun, P., ... & Wang, M. (2019,
July). A neural influence diffusion model ... In _Proceedings of ..._ (pp. 235-244).``), or a Harvard one as
it gives that (``Mubarak, H., Darwish, K. and Magdy, W., 2017. Abusive Language Detection on Arabic Social
Media. In: Proceedings of ...``), read into its authors, year, title and the rest (where it appeared), whatever
the entry's shape around it."""

from __future__ import annotations

import re

from . import people
from .venues import MONTH

_APA = re.compile(r"(?P<authors>[^()]{3,600}?)\s*\((?P<year>(?:19|20)\d\d)[a-z]?"
                  r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\)\.\s+(?P<title>.{4,400}?(?:[^A-Z\s]|[A-Z]{2})[.?!])(?:\s+(?P<rest>.+))?")


# The title in quotes (FF-GardenFn/mechanistic-interpretability-techniques, 133 lines: '**Vig, J., & Belinkov, Y.
# (2019)**. "Analyzing the structure of attention in a transformer language model." *BlackboxNLP Workshop*.
# arXiv:1906.04284'): it ends at its closing quote, whatever stops it holds ("...: Explaining ...").
_APA_QUOTED = re.compile(r"(?P<authors>[^()]{3,600}?)\s*\((?P<year>(?:19|20)\d\d)[a-z]?\)\.?\s+[\"“]"
                         r"(?P<title>.{4,400}?)[\"”](?=[.,]?(?:\s|$))[.,]?(?:\s+[-–—]?\s*(?P<rest>.+))?")


def apa_citation(text: str) -> tuple[list[str], int, str, str] | None:
    """``Wu, L., Sun, P., ... & Wang, M. (2019, July). A neural influence diffusion model for social
    recommendation. In _Proceedings of the 42nd ... SIGIR conference ..._ (pp. 235-244).``: an APA
    reference, as Google Scholar gives it, written as a paper link's text (tsinghua-fib-lab/GNN-
    Recommender-Systems, 102 rows). (authors, year, title, the rest), or None. The authors must
    read as names; an ellipsis among them is dropped."""
    if "(" not in text or not (apa := _apa(text)):
        return harvard_citation(text)
    return apa


def _apa(text: str) -> tuple[list[str], int, str, str] | None:
    quoted = "(" in text and len(text) <= 1500 and ('"' in text or "“" in text)
    m = (_APA_QUOTED.fullmatch(text.strip()) if quoted else None) or (
        _APA.fullmatch(text.strip()) if "(" in text and len(text) <= 1500 else None)
    names = people.parse(re.sub(r",?\s*(?:\.\.\.|…)\s*", ", ", m.group("authors"))) if m else []
    if not m or len(names) < 1 or not people.substantial(names) and "," not in m.group("authors"):
        return None
    title = m.group("title").rstrip(".,").strip()
    return names, int(m.group("year")), title, (m.group("rest") or "").strip()


# Google Scholar's Harvard reference: the names (surname, initials), their year after a comma, then the title to
# its full stop (or to a question mark before "In:"), then where it appeared.
_HARVARD = re.compile(r"(?P<authors>[^()]{3,600}?[A-Z]\.)\s*,\s*(?P<year>(?:19|20)\d\d)[a-z]?"
                      rf"(?:,\s*(?i:{MONTH})\.?)?\.\s+")  # (and the month a meeting's paper came out: "Shim, K., 2000,
# May. Efficient algorithms for mining outliers ...", yzhao062/anomaly-detection-resources)
_TITLE_END = re.compile(r"(?:(?<=[^A-Z\s])|(?<=[A-Z]{2}))\.(?=\s|$)|[?!](?=\s+In:?\s|\s*$)")


def looks_harvard(text: str) -> bool:
    """Does *text* begin as a Harvard reference does (names ending in an initial, a comma, the year, a full
    stop)? The cheap test, before ``harvard_citation``."""
    return (", 19" in text or ", 20" in text) and len(text) <= 1500 and _HARVARD.match(text.strip()) is not None


def harvard_citation(text: str) -> tuple[list[str], int, str, str] | None:
    """``Mubarak, H., Darwish, K. and Magdy, W., 2017. Abusive Language Detection on Arabic Social Media. In:
    Proceedings of the First Workshop on Abusive Language Online. Vancouver, Canada: ..., pp.52-56.``: a
    Harvard reference, as Google Scholar gives it (leondz/hatespeechdata, every dataset's "Reference:"). (authors,
    year, title, the rest), or None."""
    text = text.strip()
    m = _HARVARD.match(text) if len(text) <= 1500 else None
    end = _TITLE_END.search(text, m.end()) if m else None
    if not m or not end or end.start() - m.end() < 4:
        return None
    names = people.parse(m.group("authors"))
    if not names or not people.substantial(names) and "," not in m.group("authors"):
        return None
    title = text[m.end():end.start() + (end.group() != ".")].strip()
    return names, int(m.group("year")), title, text[end.end():].strip()
