"""What stands before a title link on an entry's first line: a bold label or name and a colon
(``**VALL-E**: [Title](..)``, one citing who wrote the paper and when, ``label_cited``), a word
(``Paper: [Title](..)``), an alias (``Cotatron (combine text ...): [Title](..)``), a venue in words
or linked (``NIPS 2020 [Title](..)``, ``[[CVPR2021](paper)] Title``), a labelled link. ``titles.read_title_line``
asks these, with the rest of ``before_title``, before it looks for the title."""

from __future__ import annotations

import re

from . import links, people, venue_words, venues
from .before_title import KIND_WORDS
from .dates_first import date_prefix
from .link_names import add_link
from .links_first import ONE_NAME
from .model import ListEntry, Tok, offer_venue

_VENUE_NAMED = re.compile(r"[A-Z][\w.&-]*(?: (?:[A-Z][\w.&-]*|of|on|for|and|in|&)){0,6}")
_INITIALS_LABEL = re.compile(r"[A-Z]{2,6}\d\d:")

def title_link(tok: Tok) -> bool:
    """A link whose text is a title (three words or more), not a label."""
    return tok.kind == "link" and len(tok.text.split()) >= 3 and not links.label_word(tok.text)


def _method_name(text: str) -> bool:
    """One or two words of a method's name (``CCEval``, ``HallE-Switch``), not a venue (``**CVPR 2023**``)."""
    name = text.strip()
    return 0 < len(name) <= 24 and len(name.split()) <= 2 and not venues.parse(name) and not _DIGITS.fullmatch(name)


_DIGITS = re.compile(r"[\d\s.,/-]+")


def label_before_title_link(toks: list[Tok], text: str) -> bool:
    """``**VALL-E**: [Title](..)``, ``**Review**: [Title](..)``, ``**In-depth Analysis**, [Title](..)``
    (ttengwang/awesome-vision-language-pretraining-papers): a bold name or tag, a colon or comma,
    the title link."""
    if not toks[0].strong or len(toks) < 2 or len(label_cited(text)[0].replace(" + ", "+").split()) > 4 \
            or _names_in_a_row(toks):
        return False
    if toks[1].kind == "text" and toks[1].text.strip() in (":", "：", ",") and len(toks) > 2:
        return title_link(toks[2])
    if toks[1].kind == "text" and "(" in toks[1].text and len(toks) > 2 and label_cited(toks[1].text)[1:] != (
            [], None) and label_cited(toks[1].text)[0].strip() in (":", "："):  # "**Pointer + Coverage** (Guo et al.,
        return title_link(toks[2])  # 2018) : [Title](..)": who wrote it and when, after the label
    if toks[1].kind == "text" and toks[1].text.strip() in ("-", "–", "—") and len(toks) > 2 and not venues.parse(
            text):  # "* **SlideSeq** - [Slide-seq: A scalable technology ...](..)" (crazyhottommy/awesome_spatial_
        return title_link(toks[2])  # omics, about 20 lines); not "**NAACL 2016**-[Title](..)", a venue
    if toks[1].kind == "text" and not toks[1].text.strip() and len(toks) > 2:  # "**C&W :** [Title](..)"
        return title_link(toks[2]) and (text.strip().endswith((":", "：", ",")) or (
            not toks[0].code and _method_name(text) and len(toks[2].text.split()) >= 4 and links.classify(
                toks[2].href).kind in links.PAPER_KINDS))
        # "+ **CCEval** [HallE-Switch: Controlling Object ...](arXiv) (Dec. 03, 2023)" (showlab/Awesome-MLLM-
        # Hallucination, 65 of its 66 papers): a method's name, its paper's title linked
    return text.strip().endswith((":", "：", ",")) and title_link(toks[1])


def label_cited(text: str) -> tuple[str, list[str], int | None]:
    """A label over a title link and who wrote the paper, when (``**words-lvt2k-temp-att (Nallapti et al.,
    2016)** : [Title](..)``, ``**RL + pg + cbdec (Jiang and Bansal, 2018)**:``, ``**(2018 Shaflei)** :``,
    ``**BE(2006)** :``, luopeixiang/awesome-text-summarization, 41 lines): (the label, the names cited, the
    year); the label alone, as written, when it cites no one."""
    m = _CITED_LABEL.search(text)
    if m is None:
        return text, [], None
    who = m.group("who") or m.group("after") or ""
    return text[: m.start()] + text[m.end():], [n for n in re.split(r"\s+(?:and|&)\s+", who) if n], \
        int(m.group("year") or m.group("first"))


_NAME = r"[A-Z][\w'-]+"
_CITED_LABEL = re.compile(rf"\s*\(\s*(?:(?P<who>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)(?:\s+et\.?\s+al\.?)?,?\s*)?"
                          # (the year alone, or the year before the name)
                          rf"(?:(?P<year>(?:19|20)\d\d)[a-z]?|(?P<first>(?:19|20)\d\d)[a-z]?\s+(?P<after>{_NAME}))"
                          r"\s*\)(?=\s*[:：,]?\s*$)")


def _names_in_a_row(toks: list[Tok]) -> bool:
    """``**Symbolic Reasoning**: [Last Letter Concatenation](arXiv), [Coin Flip](arXiv), Reverse List``
    (zjunlp/Prompt4ReasoningPapers): after the label, links and names in a row, separated by commas, not
    one title."""
    links_ = [t for t in toks[1:] if t.kind == "link" and not links.label_word(t.text)]
    between = [t.text.strip() for t in toks[1:] if t.kind == "text"]
    return len(links_) >= 2 and sum(text.startswith((",", "，", "、")) for text in between) >= 1


def word_before_title_link(toks: list[Tok], text: str) -> bool:
    """``Paper: [Title](..)``, ``Title: [Title](..)``: a link word and a colon before the title link."""
    label = text.strip()
    return len(toks) > 1 and label.endswith((":", "：")) and len(label) <= 24 and (
        links.label_word(label[:-1]) or label[:-1].strip().lower() in ("title", "paper title", "论文名称", "论文")) \
        and title_link(toks[1])


_NAME_YY = re.compile(r"[A-Za-z]{2,10}['’]?\d\d")  # "distill19", "IP17": a venue's short name and its year


def topic_before_named_link(toks: list[Tok], text: str) -> bool:
    """``+ Symbolic Music Understanding: [MusicBERT](arXiv pdf)`` (microsoft/muzic, every paper): what the paper does,
    a colon, then the paper linked by its name, and nothing after but links; the name is its title, the topic a
    note."""
    label = text.strip()
    return len(toks) > 1 and not toks[0].strong and label.endswith((":", "：")) and 2 <= len(label.split()) <= 6 \
        and toks[1].kind == "link" and 1 <= len(toks[1].text.split()) <= 3 and not links.label_word(toks[1].text) \
        and links.classify(toks[1].href).kind in links.PAPER_KINDS and all(
            t.kind == "link" or not t.text.strip(" ,;|") for t in toks[2:]) and not (
            "://" in toks[1].text or venues.parse(toks[1].text) or venues.parse(toks[1].text.split()[0])
            or venues.year_of_date(toks[1].text) or _NAME_YY.fullmatch(toks[1].text.strip()))
    # (not "* Deep Equilibrium Models: [NeurIPS19](arXiv)", "[ICLR20 DeepDiffEq](..)", Zymrael/awesome-neural-ode:
    # the title, then where, "[distill19](..)" too;
    # nor "论文地址：https://arxiv.org/..", an address)


def kind_before_link(toks: list[Tok], text: str, entry: ListEntry) -> bool:
    """``* Blog: [The Gradient](khanacademy.org/..) by Khanacademy``, ``* Slide: [Introduction](..pdf)``,
    ``* NoteBook: [..](github)`` (hhaji/Deep-Learning, a course's 119 readings so, between ``Paper:`` ones): what
    the link is, said before it; not a paper (``kind_said``). True when taken."""
    kind = _KIND_LABEL.fullmatch(text) if len(toks) > 1 and toks[1].kind == "link" and not toks[0].strong else None
    if kind:
        entry.kind_said = f"a {kind.group(1).lower()}"
    return kind is not None


def kind_before_title(toks: list[Tok], text: str, entry: ListEntry) -> str | None:
    """``* Talk: Are GANs creative? [[notes](are-gans-creative.md)]`` (JasonBenn/deep-learning-paper-notes, its
    talks among its papers): what the entry is, a word and a colon before a plain title; not a paper
    (``kind_said``). The text after the word, or None."""
    kind = _KIND_LABEL.match(text) if not toks[0].strong and text[:1].isupper() else None
    rest = text[kind.end():] if kind else ""
    if kind is None or len(rest.split()) < 2 or not rest[:1].isupper() or not kind.group(1)[1:].islower() or \
            kind.group(1).lower().startswith("tutorial"):  # (not "SLiDE: Self-supervised LiDAR De-snowing ...", a
        # method's name that spells a kind's word; nor "Tutorial: Deriving the standard variational autoencoder
        # (VAE) loss function" [arXiv], a tutorial written as a paper)
        return None
    entry.kind_said = f"a {kind.group(1).lower()}"
    return rest


_KIND_WORDS = rf"{KIND_WORDS}|note ?book|lecture notes?|cheat ?sheet|website|homepage"
_KIND_LABEL = re.compile(rf"\s*((?:{_KIND_WORDS})(?:\s*(?:&|and|/)\s*(?:{_KIND_WORDS}))*)\s*[:：]\s*", re.IGNORECASE)


def alias_before_title_link(toks: list[Tok], text: str) -> bool:
    """``Cotatron (combine text information with voice conversion system): [Cotatron: Transcription-Guided
    Speech Encoder ...](arXiv)`` (wenet-e2e/speech-synthesis-paper, 97 of 133 entries): a name for the
    paper and a colon, then its title linking the paper itself."""
    label = text.strip()
    named = label.endswith((":", "：")) and 1 < len(label) <= 120 or bool(ONE_NAME.fullmatch(name := _SET_OFF.sub(
        "", label)) or _DIGIT_FIRST_NAME.fullmatch(name)) and len(toks) > 1 and not _JOURNAL_WORDS.match(toks[1].text)
    # ("MST | [Winning the NIST Contest: ...](arXiv) (McKenna et al., 2021) | [code](..)", ganevgv/dp-generative-
    # models: the name, a bar, the title; "DVAN, [Dual Visual Attention Network
    # for Visual Dialog](ijcai.org)"; "|LeMoLE [Lemole: Llm-enhanced mixture of linear experts ...](arXiv) |",
    # syrGitHub/Awesome-MoE4TS: a method's name, then its paper's title; not "T-BIOM [IEEE Transactions on ...]";
    # "* AffGAN - [Amortised MAP Inference for Image Super-resolution](arXiv)", hindupuravinash/the-gan-zoo, all 500)
    return len(toks) > 1 and not toks[0].strong and named and title_link(toks[1]) \
        and (links.classify(toks[1].href).kind in links.PAPER_KINDS or _model_page(label, toks[1])) \
        and date_prefix(text) is None
    # (chengguangtang/Visual-Dialogue-Papers; not "10/2024: [Title](..)", a date)


def _model_page(label: str, link: Tok) -> bool:
    """``* SMPL: [SMPL: A Skinned Multi-Person Linear Model](https://smpl.is.tue.mpg.de)</br>`` (nxsEdson/awesome-
    3D-human, its body models): a model's one-word name and a colon, then its paper's title linking the model's
    own page, not the paper; a name written as one (``WaveGlow``, ``SMPL-X``), not "Reference: [..](..)" nor
    "Code: [..](..)", what the link is."""
    name = label[:-1].strip() if label.endswith((":", "：")) else ""
    if not (ONE_NAME.fullmatch(name) and sum(c.isupper() or c.isdigit() for c in name) >= 2
            and not links.label_word(name) and not _KIND_LABEL.fullmatch(label) and len(link.text.split()) >= 4):
        return False
    kind = links.classify(link.href).kind
    return kind == links.OTHER or kind != links.ANCHOR and link.text.casefold().startswith(name.casefold() + ":")
    # ("* DeepLift：[DeepLift: Learning Important Features ...](github.com/../summary/deeplift.md)", leoncuhk/
    # recsys-papers: the title repeats the name, whatever the link is to, the owner's notes here)


# A venue (or none), then a sentence in Chinese that says what the paper does, then a colon
_WHERE_THEN_SAID = re.compile(r"(?:([A-Za-z][\w-]{1,15}(?: (?:19|20)\d\d)?)\s+)?"
                              r"((?=[^:：]*[\u4e00-\u9fff]{2})[^\s:：][^:：]{3,150}?)\s*[:：]")
_DIGIT_FIRST_NAME = re.compile(r"\d{1,3}[A-Za-z-][\w.+-]{1,22}")  # "3D-GAN", "4D-Net"; not "2019", a year
_SET_OFF = re.compile(r"(?:,|\s*\||\s+[-–—])$")  # what sets a name off from the title link after it
_JOURNAL_WORDS = re.compile(
    r"(?:(?:IEEE|ACM) )?(?:Journal|Transactions|Annals) (?:of|on) [A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|on|and|&)){0,5}")
_UPPER_NAME = re.compile(r"[A-Z]{3,8}")  # "JRSSB", "JASA", "SIGKDD": a venue's initials
_SHOUTED = {"NEW", "HOT", "TOP", "TODO", "WIP", "BEST", "MUST", "READ", "NOTE", "SOTA", "FREE", "OPEN", "UPDATE",
            "NEWS", "TIP", "TIPS", "FAQ", "LLM", "LLMS", "MLLM", "RAG", "NLP", "CV", "RL"}  # (marks and topics)


def venue_before_title_link(toks: list[Tok], text: str, entry: ListEntry) -> bool:
    """``4. NIPS 2020 [On the Role of Sparsity ...](arXiv)(中文 note)``, ``2. ICLR [Title](openreview)``,
    ``3. JASA [Title](..)``, ``2. Journal of Causal Inference [Title](..)``
    (huiyang-yi/Awesome-Causality-and-ML-Papers, every entry of the list): the venue in plain words,
    no brackets, then the title link. Taken when the words name a venue: a known name (with its
    year or track, or alone), a journal in words, or initials in capitals."""
    written = text.strip()
    if written[-1:] in ("-", "–", "—") and written[:-1].rstrip() != written[:-1] and (
            dated := venues.parse(written[:-1].rstrip())) and dated[1]:
        written = written[:-1].rstrip()  # "arXiv 201912 - [Title](arXiv)" (ZeroWangZY/federated-learning): where
        # and when, a dash (not "* AffGAN - [Title](arXiv)", hindupuravinash/the-gan-zoo: the method's name)
    written = written[:-1] + ":" if written[-1:] == "：" else written  # ("ICML Oral： [Title](..)": a full-width colon)
    if len(toks) < 2 or toks[0].strong or toks[0].em or toks[0].code or not written or len(written) > 60 \
            or not (title_link(toks[1]) or _italic_title(toks[1])) or entry.venue:
        return False
    found = venues.parse(written) or (venues.parse(written[:-1]) if written[-1:] == ":" else None)
    if written in _SHOUTED or _INITIALS_LABEL.fullmatch(written) and not venues.is_known_name(written[:-3]):
        # "NEW [Title](..)": a mark of the list's, not the title; "ALSZ13: [Title, CCS'13](..)" (primihub/Awesome-
        # Privacy-Computing): the authors' initials and year, the citation's label, not a venue
        entry.notes.append(written.rstrip(":"))
        return True
    if found and (found[1] or venues.is_known_name(written.split()[0]) or venues.preprint(written)):
        offer_venue(entry, found[0], written)
    elif _JOURNAL_WORDS.fullmatch(written) or (_UPPER_NAME.fullmatch(written) and not links.label_word(written)):
        offer_venue(entry, written, written)
    else:
        return False
    entry.shape = "venue-prefix" if entry.shape == "bracket" else entry.shape
    return True


def who_in_brackets(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``Arxiv(**Yoshua Bengio**) _Title_``, ``ICML 2018 Oral (**Stanford**) _Title_`` (yfzhang114/Generalization-
    Causality): who wrote the paper, or where, in bold in brackets after the venue: a note; the tokens with the
    venue before the title, or None."""
    if len(toks) < 4 or toks[0].kind != "text" or toks[0].strong or toks[0].em or toks[0].text.rstrip()[-1:] != "(" \
            or not (toks[1].strong and toks[1].kind == "text") or toks[2].kind != "text" or toks[2].strong or \
            not toks[2].text.lstrip().startswith(")") or len(toks[1].text) > 40:
        return None
    venue = toks[0].text.rstrip()[:-1].strip()
    if not (venues.parse(venue) or venues.preprint(venue)) or len(venue) > 30:
        return None
    entry.notes.append(toks[1].text.strip())
    after = toks[2].text.lstrip()[1:]
    return [Tok("text", venue + " "), *([Tok("text", after)] if after.strip() else []), *toks[3:]]


def _italic_title(tok: Tok) -> bool:
    """``ICLR Poster _In Search of Lost Domain Generalization_ (note)`` (yfzhang114/Generalization-Causality, its
    papers without a link): the title in italics after the venue, as a link would stand."""
    return tok.kind == "text" and tok.em and not (tok.strong or tok.code) and len(tok.text.split()) >= 3


def linked_venue(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """``[[Arxiv](https://arxiv.org/abs/2201.06493v1)] AutoAlign: ...``: a venue in brackets that
    links the paper, then the title. The tokens from the title on, or None."""
    if text.strip() != "[" or len(toks) < 3 or toks[1].kind != "link" or toks[2].kind != "text":
        return None
    after = toks[2].text
    if not after.lstrip().startswith("]") or not (after.lstrip()[1:].strip() or _text_follows(toks[3:])):
        return None  # ("**[[RAL 23](..)]** PT-FlowNet: ...", MaxChanger/awesome-point-cloud-scene-flow: the
        # brackets bold, the title after them a run of its own)
    found = venues.parse(toks[1].text) or venue_words.in_words(toks[1].text, least=2)  # ("[[Autonomous Robots
    # 2023](..)] TidyBot: ...", UpcomAI/Embodied-AI-papers: a journal named in words, and its year)
    named = not found and _VENUE_NAMED.fullmatch(toks[1].text.strip()) and not links.label_word(toks[1].text) \
        and len(after.lstrip()[1:].split()) >= 3  # "[[IEEE Trans. Electron Devices](..)] Design of ...": as stated
    if not (found or venues.preprint(toks[1].text) or named):
        return None
    offer_venue(entry, found[0] if found else toks[1].text.strip(), toks[1].text)
    add_link(entry, "paper", toks[1].href)
    rest = after.lstrip()[1:]
    return [Tok("text", rest, strong=toks[2].strong, em=toks[2].em), *toks[3:]] if rest.strip() else toks[3:]


_KNOWN_VENUE_LATER = re.compile(r"\b([A-Z][A-Za-z]{1,10})'?\s?(?:19|20)?\d\d\b")
_CITED = re.compile(r"([A-Z][\w'’-]+)(?: et al\.?| (?:&|and) ([A-Z][\w'’-]+))?,? \(?((?:19|20)\d\d)[a-z]?\)?")


def name_then_cited_link(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``**CauseEffectPairs** [Mooij et al., 2016](jmlr.org/..)`` (cui-shaobo/causality-papers, a table of 34
    datasets): a bold name, then a link citing the paper by who wrote it and when; the name is the title the
    list knows it by, the link its paper. The tokens after the link, or None."""
    if len(toks) < 2 or not toks[0].strong or toks[0].kind != "text" or not _method_name(toks[0].text):
        return None
    k = 2 if toks[1].kind == "text" and not toks[1].text.strip() and len(toks) > 2 else 1
    cited = _CITED.fullmatch(toks[k].text.strip()) if toks[k].kind == "link" else None
    if cited is None:
        return None
    entry.title = toks[0].text.strip()
    entry.authors = [name for name in cited.group(1, 2) if name]
    entry.date_year = entry.date_year or int(cited.group(3))
    add_link(entry, "paper", toks[k].href)
    return toks[k + 1:]


_AFTER_LINK = re.compile(r"\s*[,:：]\s+|\s+[-–—|]\s+")  # between the link and the title
_LABEL_DATE = re.compile(r"\s*([A-Za-z]{3,10})\s+((?:19|20)\d\d)[./-](?:0[1-9]|1[0-2])\s*")


# A method's or a model's name and its year: "BioGPT (2023)", "**ComBat (2007).**" (bold_title too)
NAME_PAREN_YEAR = re.compile(r"([^\W\d_][\w-]*)\s*\((?:19|20)\d\d\)\.?")


def venue_link_then_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``[arXiv 2025.12](https://arxiv.org/abs/2512.01061), Opening the Sim-to-Real Door for Humanoid ...``
    (YanjieZe/awesome-humanoid-robot-learning, every one of its 300 entries): where and when the paper
    appeared as its link's text, then, after a comma, the title in plain text; ``[website 2025.11](page),
    SONIC: ...``, a labelled link and the month. The tokens from the title on, or None."""
    alias = _bold_after_link(toks)  # "[ICRA 2025](arXiv) **Verifiably Following Complex Robot Instructions with
    # Foundation Models.**" (KolaKivy/Awesome-Quadruped-with-Manipulator, every paper); "[[IJCAI2022]](..) `PyCodeGPT`
    # **CERT: ...**", "[[ICML2020]](..)**Title.**" (QiushiSun/NCISurvey): a short name in code, or no space, between
    bold = alias is not None
    if alias is not None:
        toks = [toks[0], Tok("text", " "), *toks[alias[1]:]]
        entry.notes += [alias[0]] if alias[0] else []
    if not bold and (len(toks) < 2 or toks[1].kind != "text" or toks[1].strong
                     or not (sep := _AFTER_LINK.match(toks[1].text))):
        return None
    rest = "" if bold else toks[1].text[sep.end():]
    if not bold and len(rest.split()) < 3:
        return None
    named = NAME_PAREN_YEAR.fullmatch(toks[0].text.strip())
    if named and not venues.is_known_name(named.group(1)):
        return None  # (not "[BioGPT (2023)](arXiv) - a domain-specific generative Transformer ...", pqpq17/Awesome-
        # LLM-Reasoning-on-Medicine, every entry: a model's name and its year, then what it is)
    found = venues.parse(toks[0].text) or (_year_first(toks[0].text[1:-1]) if bold and toks[0].text.startswith(
        "[") and toks[0].text.endswith("]") else None)  # "[[2017-NIPS]](pdf) **Prototypical networks for ...**"
    # (JSLiam94/Paper-List-for-Prototypical-Learning, ic1fy/Paper-List-for-Multi-Agent-Communication-Topology: every
    # paper): the year, a dash and the venue in brackets, linking its proceedings
    labelled = _LABEL_DATE.fullmatch(toks[0].text) if not found else None
    if labelled and links.label_word(labelled.group(1)):
        add_link(entry, labelled.group(1), toks[0].href)
        entry.date_year = entry.date_year or int(labelled.group(2))
    elif found and found[1]:
        offer_venue(entry, found[0], toks[0].text)
        add_link(entry, "paper", toks[0].href)
    elif bold and (name := toks[0].text.strip().strip("[]").strip()) and (venues.is_known_name(name) or (
            venues.preprint(name))):  # "[[TMLR]](openreview) **StarCoder: may the source be with you!**" (QiushiSun/
        offer_venue(entry, name, toks[0].text)  # NCISurvey): a known venue without its year, as written
        add_link(entry, "paper", toks[0].href)
    else:
        return None
    return toks[2:] if bold else [Tok("text", rest, em=toks[1].em), *toks[2:]]


def _bold_after_link(toks: list[Tok]) -> tuple[str, int] | None:
    """Is a bold title (three words at least) what follows the link *toks* begins with, after a space, a short name
    in code, or nothing? (the name or "", the bold title's position); None when not."""
    k = 1
    if k < len(toks) and toks[k].kind == "text" and not toks[k].text.strip():
        k += 1
    alias = ""
    if k + 1 < len(toks) and toks[k].kind == "text" and toks[k].code and toks[k + 1].kind == "text" and not toks[
            k + 1].text.strip() and len(toks[k].text.split()) <= 3:
        alias, k = toks[k].text.strip(), k + 2
    if k < len(toks) and toks[k].kind == "text" and toks[k].strong and len(toks[k].text.split()) >= 3:
        return alias, k
    return None


def _year_first(text: str) -> tuple[str, int | None] | None:
    """``2017-NIPS``, ``2024-Findings of EMNLP``: a year, a dash, then the venue."""
    dashed = venues.year_dash_name(text)
    m = _YEAR_DASH.fullmatch(text) if dashed is None else None
    return dashed or (venues.parse(f"{m.group(2)} {m.group(1)}") if m else None)


_YEAR_DASH = re.compile(r"\s*((?:19|20)\d\d)\s?-\s?(.{2,40}?)\s*")


def lab_before_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``[[**SEU PALM Lab**]](http://palm.seu.edu.cn/) Progressive Identification of True Labels for Partial-Label
    Learning. [[Paper]](..)[[Code]](..)`` (wu-dd/Advances-in-Partial-and-Complementary-Label-Learning, 43 lines): a
    name in brackets linking a site's home page (the lab that wrote the paper), then the title in words. The name is
    a note, its page a link; the tokens from the title on, or None."""
    label = toks[0].text.strip()
    if len(toks) < 2 or not (label.startswith("[") and label.endswith("]")) or toks[1].kind != "text" or \
            toks[1].strong or len(toks[1].text.split()) < 3 or not links.home_page(toks[0].href) or \
            len(toks[1].text.split()) > 20:
        return None  # (a title's words: not "[[Argoverse BY ARGO AI]](site) Two public datasets (3D Tracking and
        # Motion Forecasting) supported by ...", a dataset's description)
    entry.notes.append(label[1:-1].strip(" *"))
    entry.links.setdefault(links.label(label[1:-1].strip(" *")), toks[0].href.strip())
    return toks[1:]


def named_and_placed_later(label: str, rest: str) -> bool:
    """Is *label* (``[SURGE'21]``) a method's name and year, not a venue's, with a known venue and year in *rest*?"""
    name = re.split(r"['’\s\d]", label.strip(" []"), maxsplit=1)[0]
    return bool(name) and not venues.name_known(name) and any(
        venues.is_known_name(later) for later in _KNOWN_VENUE_LATER.findall(rest))


def _text_follows(toks: list[Tok]) -> bool:
    """Do words (a title) come next in *toks*?"""
    nxt = next((t for t in toks if t.text.strip()), None)
    return nxt is not None and nxt.kind == "text" and len(nxt.text.split()) >= 3


def linked_label(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """``[[Paper](https://arxiv.org/abs/2005.14165)] Language Models are Few-Shot Learners``: a
    labelled link in brackets before the title (``paper``, ``code``, ``PDF``), or a citation key
    linking the list's own reference (kept as a note). The tokens after it, or None."""
    if text.strip() != "[" or len(toks) < 3 or toks[1].kind != "link" or toks[2].kind != "text":
        return None
    after = toks[2].text.lstrip()
    key = toks[1].href.startswith("#") and bool(toks[1].text.strip())  # "[[Zhao2016a](#zhao2016a)] [**Title**](..)"
    if not after.startswith("]") or not (key or links.label_word(toks[1].text)) or not (after[1:].strip() or toks[3:]):
        return None  # (arranger1044/awesome-spn: a citation key linking the list's own references)
    if key:
        entry.notes.append(toks[1].text.strip())
    else:
        add_link(entry, toks[1].text, toks[1].href)
    rest = after[1:]
    return [Tok("text", rest, strong=toks[2].strong, em=toks[2].em), *toks[3:]] if rest.strip() else toks[3:]


def bracket_linking_author(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """``[2016-IJCV, [M. Jaderberg](http://www.maxjaderberg.com)] Reading Text in the Wild with ...``
    (chongyangtao/Awesome-Scene-Text-Recognition, 8 lines beside its ``[2015-PAMI] Title`` ones): the year and
    venue, then the first author linked to their page, in one bracket before a plain title. The venue and the
    author are the entry's; the tokens from the title on, or None when the entry does not begin so."""
    m = _OPEN_DATED.fullmatch(text) if len(toks) > 2 and toks[1].kind == "link" else None
    if m is None or toks[2].kind != "text" or not toks[2].text.lstrip().startswith("]"):
        return None
    found = venues.year_dash_name(m.group(1)) or venues.parse(m.group(1))
    names = people.parse(toks[1].text)
    if not (found and found[1] and len(names) == 1):
        return None
    offer_venue(entry, found[0], m.group(1))
    entry.date_year = entry.date_year or found[1]
    entry.authors = entry.authors or names
    add_link(entry, toks[1].text.strip().casefold(), toks[1].href)  # (their page, kept as the list's link)
    rest = toks[2].text.lstrip()[1:]
    return [*([Tok("text", rest)] if rest.strip() else []), *toks[3:]]


_OPEN_DATED = re.compile(r"\s*\[\s*([^\[\],]{2,40}?),\s*")


def label_over_link(text: str, entry: ListEntry) -> None:
    """A label before the title link, kept as a note; who wrote the paper and when, where the label
    says (``**Pointer-generator + coverage (See et al., 2017)** : [Title](..)``: ``label_cited``)."""
    label, who, year = label_cited(text)
    said = _WHERE_THEN_SAID.fullmatch(label.strip()) if "：" in label or ":" in label else None
    if said and said.group(1) and (found := venues.parse(said.group(1))) and not entry.venue:
        entry.venue, entry.venue_written = found[0], said.group(1)  # "- 20180622 arXiv 探索了多任务迁移学习中的
        entry.summary_parts.append(said.group(2))  # 不确定性：[Title](arXiv)" (jindongwang/transferlearning): where,
        return  # then what it does, in Chinese, a colon, the title linked
    if said and said.group(1) is None and "\u4e00" <= said.group(2)[0] <= "\u9fff":
        entry.summary_parts.append(said.group(2))  # "- 解决federated learning中的数据不同分布的问题：[Title](..)"
        return
    if label.strip(" :：,|"):
        entry.notes.append(re.sub(r"\s+[-–—]$", "", label.strip().rstrip(":：,|").strip()))  # ("AffGAN - ")
    entry.authors = entry.authors or who
    entry.date_year = entry.date_year or year
