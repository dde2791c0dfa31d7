"""An APA reference, as Google Scholar gives it and lists paste it (``Wu, L., Sun, P., ... & Wang, M. (2019,
July). A neural influence diffusion model ... In _Proceedings of ..._ (pp. 235-244).``), read into its authors,
year, title and the rest (where it appeared), whatever the entry's shape around it."""

from __future__ import annotations

import re

from . import people

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
    quoted = "(" in text and len(text) <= 1500 and ('"' in text or "“" in text)
    m = (_APA_QUOTED.fullmatch(text.strip()) if quoted else None) or (
        _APA.fullmatch(text.strip()) if "(" in text and len(text) <= 1500 else None)
    names = people.parse(re.sub(r",?\s*(?:\.\.\.|…)\s*", ", ", m.group("authors"))) if m else []
    if not m or len(names) < 1 or not people.substantial(names) and "," not in m.group("authors"):
        return None
    title = m.group("title").rstrip(".,").strip()
    return names, int(m.group("year")), title, (m.group("rest") or "").strip()
