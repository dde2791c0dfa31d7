"""A short name read first, then the paper's title on the entry's next line: ``**SVAMP**:`` over ``**Are NLP
Models really able to Solve Simple Math Word Problems?**``, ``**[AlbedoGAN](..)** (2024 WACV)`` over the title in
bold, ``- **CosFace:**`` over the title linked, ``* **VidLanKD** [[Paper](..)]`` over the title in plain words.
``entries.read_rest`` asks these of each line after the first; each takes the title and keeps the name as a note.
"""

from __future__ import annotations

import re

from . import fields, links, people, venues
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue


def _name_alone(entry: ListEntry) -> bool:
    """Has the entry read so far only a short bold name with a colon (``**SVAMP**:``), its title to come?"""
    return bool(entry.label and entry.title and len(entry.title.split()) <= 3 and not entry.authors
                and not entry.venue)


def _bold_name(entry: ListEntry) -> bool:
    """Has the entry read so far only a method's name in bold, perhaps linked and placed (``**[AlbedoGAN](..)**
    (2024 WACV) [[🖥️](github)]<br>``, winterbloooom/awesome-3d-face, every paper over its bold title)?"""
    return bool(entry.bold and entry.title and len(entry.title.split()) <= 3 and not entry.authors and (
        fields.method_name(entry.title) or entry.title.endswith((" et al", " et al."))))  # ("**[Dib et al.](arXiv)**")


def title_below_name(toks: list[Tok], entry: ListEntry) -> bool:
    """``**SVAMP**: \\`` over ``**Are NLP Models really able to Solve Simple Math Word Problems?** \\``
    (SuperBruceJia/Awesome-LLM-Self-Consistency, 13 entries): a dataset's name, a colon, then its paper's
    title in bold on the next line. The title taken, the name kept as a note; True when the line was so."""
    if not (_name_alone(entry) or _bold_name(entry)):
        return False
    if any(c.isalnum() for c in "".join(entry.summary_parts)):  # (marks only: "✨", ":")
        return False
    bold = [t for t in toks if t.text.strip()]
    if not bold or not all(t.strong and t.kind == "text" for t in bold) or len(
            " ".join(t.text for t in bold).split()) < 3:
        return False
    entry.notes.append(entry.title.rstrip(":： "))
    entry.title = " ".join(" ".join(t.text for t in bold).split())
    return True


def title_link_below_name(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- **CosFace:**`` over ``[CosFace: Large Margin Cosine Loss for Deep Face Recognition](arXiv) [Hao Wang
    al., 2018]`` (polarisZhao/awesome-face): a method's name, a colon (links to its code perhaps), then its
    paper's title link below. The title taken, the name kept as a note; the tokens after the link."""
    if not _name_alone(entry) or entry.arxiv or entry.doi or entry.url:
        return None
    first = next((k for k, t in enumerate(toks) if t.kind != "text" or t.text.strip()), None)
    link = toks[first] if first is not None else None
    if link is None or link.kind != "link" or len(link.text.split()) < 3 or links.label_word(link.text) or \
            links.classify(link.href).kind not in links.PAPER_KINDS:
        return None
    entry.notes.append(entry.title.rstrip(":： "))
    entry.title = fields.clean_title(link.text)
    add_link(entry, link.text, link.href, title=True)
    return toks[first + 1:]




def names_then_italic_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- **FairOT**`` over ``Laclau et al., *All of the Fairness for Edge Prediction with Optimal Transport* (2021)``
    (manvic14/Survey_Fairness_Graphs, every method): a method's name in bold, then who wrote its paper and the
    title in italics below. The title and names taken, the name kept as a note; the tokens after the title."""
    if not _bold_name(entry):
        return None
    shown = [t for t in toks if t.text.strip()]
    if len(shown) < 2 or shown[0].kind != "text" or shown[0].strong or shown[0].em or shown[0].code or \
            shown[1].kind != "text" or not shown[1].em or shown[1].strong or len(shown[1].text.split()) < 3:
        return None
    names = people.parse(shown[0].text.strip().rstrip(",:;-–— ").strip())
    if not names:
        return None
    entry.notes.append(entry.title.rstrip(":： "))
    entry.title, entry.authors = fields.clean_title(shown[1].text), names
    return toks[toks.index(shown[1]) + 1:]


def title_line_below_name(toks: list[Tok], entry: ListEntry) -> bool:
    """``* **VidLanKD** [[Paper](arXiv)][[Code](..)] @UNC`` over ``<br/> VidLanKD: Improving Language
    Understanding via Video-Distilled Knowledge Transfer (NeurIPS 2021)`` (liveseongho/Awesome-Video-Language-
    Understanding, every entry): a method's name in bold with its paper's links (and who made it, after "@"),
    then the title in plain words and where it appeared. The title taken, the name kept as a note."""
    if not (entry.bold and entry.title and len(entry.title.split()) <= 2 and entry.title_target is None
            and (entry.arxiv or entry.doi or entry.url) and not entry.authors and not entry.venue):
        return False
    said = fields.tidy("".join(entry.summary_parts)).strip()
    if said and not _MADE_AT.fullmatch(said) or not toks or any(t.kind != "text" or t.strong or t.em for t in toks):
        return False
    text = " ".join("".join(t.text for t in toks).split())
    m = _TITLE_THEN_WHERE.fullmatch(text)
    found = venues.parse(m.group(2)) if m and m.group(2) else None
    title = m.group(1).strip() if m and (found or not m.group(2)) else None
    if title is None or len(title.split()) < 4 or not title[:1].isupper():
        return False
    entry.notes[:0] = [entry.title] + ([said] if said else [])
    entry.summary_parts.clear()
    entry.title = title
    if found:
        offer_venue(entry, found[0], m.group(2))  # type: ignore[union-attr]
    return True


_MADE_AT = re.compile(r"@\s?[\w&.-]+(?:[ /][\w&.-]+){0,3}")  # "@UNC", "@MIT-IBM", "@Microsoft Research"
_TITLE_THEN_WHERE = re.compile(r"([^()\[\]]{10,300}?)\s*(?:\(([^()]{2,40})\))?\.?")
