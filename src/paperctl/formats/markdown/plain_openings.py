"""What may open an entry before its plain title and is not the title (``titles`` asks these before
``plain_title``): a bold name and a colon (``**CSP**: Learning to Compose Soft Prompts ...``), and a whole
citation in one bracket that links nothing (``[Title, Y Isik, Interspeech 2016] [[Paper]](..)``).
"""

from __future__ import annotations

import re

from . import links, people, venues
from .model import ListEntry, Tok, offer_venue


def name_before_plain_title(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """``* **CSP**: Learning to Compose Soft Prompts for ..., ICLR, 2023 (*Brown University*). [[Paper](..)]``
    (BWLONG/Awesome-Prompt-Learning-CV, 121 lines; ``**?**`` where the method has no name): a bold name, a
    colon, and a plain title of four words or more. The name is a note; the tokens from the title on are
    returned (else None)."""
    if not toks[0].strong or len(toks) < 2 or toks[1].kind != "text" or toks[1].strong or toks[1].code \
            or len(text.split()) > 3 or text.rstrip().endswith((":", "：")) or venues.parse(text):
        return None
    after = toks[1].text.lstrip()
    dashes = _DASHES.match(after)  # ("- <b>PDBbind</b> --- PDB-wide collection of binding data: ... (Bioinformatics
    if dashes:  # 2015) [[Paper]](..)", dengjianyuan/Survey_AI_Drug_Discovery: a database's name, then its paper)
        after = ":" + after[dashes.end():]
    if after[:1] not in (":", "："):
        return None
    placed = any(t.kind == "text" and t.strong and not t.code and (venues.FOUR_DIGIT_YEAR.fullmatch(t.text.strip())
                 or (found := venues.parse(t.text.strip())) is not None and found[1]) for t in toks[2:4])
    # ("4.  **BNN**: Binarized Neural Networks. **NIPS2016**", hustzxd/QuanOview, 35 of its 55 items: where and
    # when, in bold after the title, say it is one, in a list that links nothing)
    if not (_TITLE_AFTER_COLON.match(after[1:]) or _commas_in_title(after[1:]) or (
            placed and _SHORT_TITLE.match(after[1:]))) or " — " in after or ";" in after \
            or not (any(t.kind == "link" and links.classify(t.href).kind in links.PAPER_KINDS for t in toks[2:])
                    or _CITED_END.search(after) or placed):  # ("**HaELM** : Title, (Wang et al. 2023a)", its links
            # in a bullet below: xieyuquanxx/awesome-Large-MultiModal-Hallucination, who wrote it closing the line)
        return None  # (not "**Self-Evaluation**: Responsible for evaluating ...", a term defined; not
        # "**torchdyn**: PyTorch library for ... [repo](github)", a repository described; not "**CHIME**:
        # Compressive framework for ...; LLM-based encoding + residual VQ — [[Paper]](..)", a method described)
    if text.strip("? "):
        entry.notes.append(text.strip())
    rest = toks[2:]
    if placed and not any(t.kind == "link" for t in rest):
        k = next(i for i, t in enumerate(rest) if t.strong)
        said = " ".join("".join(t.text for t in rest[k + 1:]).split())
        if said and len(said.split()) <= 6:  # ("**TWNs**: Ternary weight networks. **NIPS2016** ucas": who made
            entry.notes.append(said)  # it, after where and when; "**WRPN**: ... **2017** Accelerator Architecture
            rest = rest[: k + 1]  # Lab, Intel")
        entry.stated = True  # (a name, its title and where or when: an entry, though it links nothing)
    return [Tok("text", after[1:].lstrip()), *rest]


_CITED_END = re.compile(r"\(\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s+et\.?\s+al\.?,?\s*[^()]{0,30}\)\s*$")


def _commas_in_title(text: str) -> bool:
    """``A Unified, Scalable Framework for Neural Population Decoding. NeurIPS 2023`` after ``**POYO**:``
    (mazabou/awesome-neurofm): a title with a comma among its first words, not names (``Mehdi Azabou, Vinam
    Arora``)."""
    head = text.strip().split(". ")[0]
    return bool(_TITLE_WITH_COMMA.match(head)) and not people.parse(head)


_DASHES = re.compile(r"-{2,3}(?=\s)")
_TITLE_WITH_COMMA = re.compile(r"[A-Z0-9\"“][^\s]*(?:[ -][^\s]+){3}")
_SHORT_TITLE = re.compile(r"\s*[A-Z0-9\"“][^\s,]*(?:[ -][^\s,]+){1,}\.?\s*$")
_TITLE_AFTER_COLON = re.compile(r"\s*[A-Z0-9\"“][^\s,]*(?:[ -][^\s,]+){3}")


_WHOLE_BRACKET = re.compile(r"\s*\[([^\[\]]{12,500})\]\s*")


def citation_in_brackets(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """A whole citation in one bracket that links nothing, then its links: ``[Single-channel multi-speaker
    separation using deep clustering, Y Isik, Interspeech 2016] [[Paper]](..)`` (gemengtju/Tutorial_
    Separation, 58 of its 84 entries): the title, the first author (or all, or "et al."), where and when, set
    off by commas from the end. The tokens after the bracket, or None when it is not so."""
    m = _WHOLE_BRACKET.fullmatch(toks[0].text) if len(toks) > 1 and toks[0].kind == "text" else None
    if m is None or toks[1].kind != "link" or m.group(1).count(",") < 2:
        return None
    parts = [p.strip() for p in m.group(1).split(",")]
    if len(parts) > 3 and re.fullmatch(r"(?:19|20)\d\d", parts[-1]):
        parts = [*parts[:-2], f"{parts[-2]} {parts[-1]}"]  # "ICASSP, 2020"
    found = venues.parse(parts[-1])
    if not found or not found[1] or len(parts) < 3:
        return None
    names = people.parse(re.sub(r"\s+et\.? al\.?$", "", parts[-2]))
    if not names or len(", ".join(parts[:-2]).split()) < 3:
        return None
    entry.title, entry.authors, entry.shape = ", ".join(parts[:-2]), names, "citation"
    offer_venue(entry, found[0], parts[-1])
    entry.date_year = entry.date_year or found[1]
    return toks[1:]
