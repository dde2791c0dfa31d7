"""Where an entry's title is, and what its first line says before and around it.

Real lists write entries in five shapes (measured on 15 lists, issue 15), and
each has a small recogniser below, tried in this order on the entry's first
line; the first that finds a title wins, and ``entries`` reads the rest of the
entry the same way whatever the shape:

* ``venue-prefix``: ``[ICASSP 2024] **Contrastive Deep NMF** [[paper]](..)``,
  ``(NAACL-25) Mamba-Shedder: ... [[paper](..)]``: a bracketed venue first;
  a bracketed abbreviation that the title repeats (``**[DeiT III]** DeiT III:
  Revenge of the ViT``) is a nickname, not a venue;
* ``citation`` / ``numbered`` / ``bullets``: a bold title, ``**[Title](url)**``
  or ``**Title**`` (``1. **[Are Your LLMs Capable of Stable Reasoning?](..)**``,
  then ``*Authors.* Preprint'24`` on the next line or paragraph); ``**[1]**
  LeCun, Yann, et al. "**Deep learning**."`` (authors, then the quoted title);
* ``link-title``: ``[TinyML Platforms Benchmarking](https://arxiv.org/abs/2112.01319)
  [arXiv '21]``: a link whose text is a title, not a label like ``paper``;
* ``bracket``: ``Simple and Effective Masked Diffusion Language Models, NeurIPS 2024
  [[arXiv](..), [code](..)]``: plain text up to the first link, venue suffix or
  bracket; ``Title. Zhang, Yonggang et al. ICML 2020`` (a plain citation) is cut
  at the sentence end after which all is authors and venue.

Before the title, leading numbers, bullets, status marks, ``【tag】`` prefixes and
a bold nickname (``**[LLaVA]**``) are taken off and kept where they belong.
"""

from __future__ import annotations

import re

from . import acm_refs, fields, ieee_refs, italics, links, links_first, venue_words, venues
from .after_title import (
    bold_venue_after,
    suffixed_title,
    venue_field,
)
from .apa import looks_harvard
from .authors_before import (
    authors_before_bold,
    authors_year_before_link,
    bold_surname_colon,
    citation_key,
    cited_name,
    first_author_prefix,
    names_colon,
    names_year_then_italic_title,
    names_year_then_quoted_title,
    scholar_byline,
)
from .before_link import (
    alias_before_title_link,
    bracket_linking_author,
    kind_before_link,
    kind_before_title,
    lab_before_title,
    label_before_title_link,
    label_over_link,
    linked_label,
    linked_venue,
    name_then_cited_link,
    title_link,
    topic_before_named_link,
    venue_before_title_link,
    venue_link_then_title,
    who_in_brackets,
    word_before_title_link,
)
from .before_title import (
    KIND_WORDS,
    a_venue,
    bold_in_brackets,
    bracketed_name,
    brackets_before_bold,
    code_tag_before_title,
    coded_title,
    coded_where,
    journal_and_year,
    leading_tags,
    name_then_italic_title,
    prefixed_title,
    tag_before_words,
    uncoded_date,
    venue_colon,
    venue_prefix,
    year_then_venue,
)
from .bold_prefixes import (
    bold_venue_label,
    bracketed_bold_venue,
    dated_code_title,
    literal_bold,
    name_and_venue,
    venue_then_bold_name,
)
from .bold_title import BARE_YEAR, angled_title, bold_title, name_and_year_bracketed, text_of
from .dates_first import PAREN, date_prefix, posted_comma, year_venue_prefix
from .file_names import venue_underscore
from .link_names import add_link
from .model import ListEntry, Tok, arxiv_written_out, offer_venue
from .plain_openings import citation_in_brackets, name_before_plain_title
from .plain_title import plain_title
from .quoted import names_then_quote, quoted_title
from .references import (
    apa_reference,
    bracketed_fields,
    cited_in_link,
    comma_citation,
    standard_citation,
)
from .title_marks import (
    bold_name_in_brackets,
    bold_name_in_italic_title,
    bold_name_then_bold_title,
    dated_first,
    dotted_year,
    math_tags,
    name_and_key,
    name_colon_citation,
    name_year_then_italic_title,
    numbered_link_first,
    posted_first,
    slug_title,
    tag_before_linked_venue,
)

# A quoted title first, maybe after its nickname: '"ATOM: Accurate Tracking ..." CVPR.', 'DiMP: "Learning ..." ICCV.'



_YEAR_STOP = re.compile(r"\s*((?:19|20)\d\d)\.\s+(?=[A-Z][\w.-]*\.?\s[A-Z])")


def _bold_title(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``bold_title``, reading the line anew here when the bold is not the title."""
    return bold_title(toks, entry, read_title_line)


_UNDEFINED_REFERENCE = re.compile(r"\[([^\[\]]{8,400})\]\s?\[[\w .:/-]{0,40}\](?!\()")


def emphasised_citation(toks: list[Tok]) -> list[Tok]:
    """``* ***Timonen, Juho, et al. "An interpretable probabilistic ... studies." arXiv preprint arXiv:1912.03549
    (2019).***`` (tridungduong16/InterpretableMachineLearning-ComprehensiveSurvey, 52 entries): a whole MLA citation
    set in bold or italics, names first and the title in quotes, is read as the citation it is; the emphasis
    marks the entry, not its title."""
    return [Tok("text", toks[0].text), *toks[1:]] if not toks[0].code and names_then_quote(toks[0].text) else toks


_YEAR_KIND = re.compile(rf"\(((?:19|20)\d\d),\s*(paper|workshop|dataset|code|{KIND_WORDS})\)\s*", re.IGNORECASE)


def read_title_line(line: list[Tok], entry: ListEntry) -> list[Tok]:
    """Find the title on the entry's first line; return the tokens after it."""
    line = list(line)
    if len(line) > 2 and line[0].kind == "text" and line[0].text.strip() in ("[", "(") and line[1].code and \
            line[2].kind == "text" and line[2].text.lstrip()[:1] in "])" and re.search("[A-Za-z]", line[1].text):
        # "- [`arXiv 2020`] Title. Names [[pdf]](..)" (Chengkai-Huang/CRSpapers): the code's brackets outside it (not
        # "[`2024`]", a year, read as a date is: thu-lawyer/awesome-legal-nlp)
        line = [Tok("text", f"{line[0].text.strip()}{line[1].text}{line[2].text.lstrip()[0]}", code=True),
                Tok("text", line[2].text.lstrip()[1:]), *line[3:]]
    line = tag_before_linked_venue(line, entry)
    toks = leading_tags(coded_title(dotted_year(uncoded_date(math_tags(line, entry)), entry)), entry)
    toks = emphasised_citation(toks) if toks and (toks[0].strong or toks[0].em) and toks[0].kind == "text" else toks
    unfound = _UNDEFINED_REFERENCE.match(toks[0].text) if toks and toks[0].kind == "text" and toks[0].text[
        :1] == "[" and "][" in toks[0].text else None
    if unfound and len(unfound.group(1).split()) >= 3 and not toks[0].text[unfound.end():].strip(" .,;|-"):
        # "[Title][bansal2019case]" whose definition the list leaves out (SinaMohseni/Awesome-XAI-Evaluation's
        toks = [Tok("text", unfound.group(1).strip() + toks[0].text[unfound.end():], strong=toks[0].strong,
                    em=toks[0].em), *toks[1:]]  # tables, as saved): the title, the reference's name no part of it
    toks = bold_name_in_brackets(toks) if len(toks) > 2 and toks[1].strong else toks
    toks = bold_name_in_italic_title(toks) if len(toks) > 2 and toks[1].em or len(toks) > 1 and toks[0].em else toks
    named = name_year_then_italic_title(toks, entry) if len(toks) > 2 and toks[0].strong and toks[2].em else None
    if named is not None:  # "**PointNet** (2017): *PointNet: Deep Learning on ...*", "**2020**: *Title*"
        return read_title_line(named, entry)
    cited = name_colon_citation(toks, entry) if len(toks) > 2 and toks[0].strong and toks[1].kind == "text" and \
        toks[1].text.lstrip()[:1] in (":", "：") else None
    if cited is not None:  # '**Stable Audio**: Evans, Zach, ... and Jordi Pons. ["Title."](arXiv), 2024.'
        return read_title_line(cited, entry)
    toks = bold_name_then_bold_title(toks, entry) if len(toks) > 1 and (toks[0].text.strip() in (":", "：") or toks[
        1].text.strip() in (":", "：")) else toks  # ("**JE**: **"Title".**", ": **"Title".**")
    toks = brackets_before_bold(toks, entry) or posted_first(toks, entry) or dated_first(toks, entry) or toks
    if toks and toks[0].strong and toks[0].code and (dated := dated_code_title(toks, entry)) is not None:
        return dated  # "**`2021.3`**: `Title` accepted by **CVPR2021**."
    cited = bold_surname_colon(toks, entry) if len(toks) > 3 and toks[1].strong else None
    if cited is not None:  # "S. L. **Brunton** et al.: [Machine Learning for Fluid Mechanics (2019)](..)"
        toks = cited
    cited = name_then_cited_link(toks, entry)
    if cited is not None:  # "**CauseEffectPairs** [Mooij et al., 2016](jmlr.org/..)": a name, its paper cited
        return cited
    cited = name_then_italic_title(toks, entry)
    if cited is None:  # "<b>Winata, et al. (2023)</b> <i>Title</i>. ACL Findings"
        cited = names_year_then_italic_title(toks, entry)
    if cited is None:  # '**Ning et al. (2018):** "Joint Reasoning for Temporal and Causal Relations", [paper](..)'
        cited = names_year_then_quoted_title(toks, entry)
    if cited is not None:  # "**PCT** (Guo et al.) - *PCT: Point Cloud Transformer*. Computational Visual Media 2021."
        return cited
    cited = apa_reference(toks, entry) if toks and toks[0].kind == "text" and _TAG_THEN_APA.match(toks[0].text) \
        else None
    if cited is not None:  # "- [VAE] Kingma, D. P., & Welling, M. (2014). Auto-encoding variational bayes. ICLR."
        return cited
    cited = acm_refs.in_brackets(toks, entry) if toks and toks[0].kind == "text" and toks[0].text.lstrip()[
        :1] == "[" and not toks[0].code else None
    if cited is not None:  # "[Names. 2013. Title. In Proceedings of the 51st Annual Meeting of the ACL ...] (url)"
        return cited
    cited = citation_in_brackets(toks, entry) if toks and toks[0].text.lstrip()[:1] == "[" else None
    if cited is not None:  # "[Title, Y Isik, Interspeech 2016] [[Paper]](..)"
        return cited
    cited = bracketed_fields(toks, entry) if toks and toks[0].kind == "text" and "[" in toks[0].text else None
    if cited is not None:  # "[Baur _et. al._] [Scale-Space Autoencoders for ...] [MICCAI'20] [[pdf]](..)"
        return cited
    cited = apa_reference(toks, entry) if toks and not toks[0].code and ("(" in toks[0].text + (
        toks[1].text if len(toks) > 1 else "") or looks_harvard(toks[0].text)) else None
    if cited is not None:  # "Zhang, S., ... & Zeng, W. (2023). Applications of ... Bioinformatics Advances, 3(1)."
        return cited
    toks = numbered_link_first(toks, entry)
    # Leading numbers, bullets, emoji and status marks; a bold reference number.
    while toks and toks[0].kind == "text":
        toks = bold_venue_after(toks, entry)  # "Title (**IMWUT/ubicomp**) [[paper](..)]", after any tag before it
        year_first = _YEAR_STOP.match(toks[0].text) if len(toks) > 1 and not entry.date_year else None
        if year_first and int(year_first.group(1)) <= venues.NEXT_YEAR:  # "- 2018\. Taku Kudo. [Subword ...](..).
            entry.date_year = int(year_first.group(1))  # *ACL*." (liugangcode/awesome-tokenization, 147 entries):
            # the year, escaped so as not to number the item, then who wrote it
        text, status = fields.strip_lead(toks[0].text)
        entry.status = status or entry.status
        keyed = _title_key_first(toks, text)
        if keyed is not None:  # "**标题：Deep Domain Adaptive Object Detection: a Survey**（深度域适应目标检测）",
            toks, entry.stated = keyed, True  # "**标题**：A Comprehensive Review for ...（...）" (a survey-computer-
            continue  # vision digest, 25 papers): the title under its key, "title", the key no part of it
        presenter = _PRESENTER.match(text) if " -- " in text[:40] and not toks[0].strong else None
        if presenter:  # "- [X] Daniel Ralston -- Cohen and Welling. Group Equivariant neural networks. (2016)." (a
            entry.notes.append(f"presented by {presenter.group(1)}")  # course's reading list, geometric-
            toks = [Tok("text", text[presenter.end():]), *toks[1:]]  # intelligence/ece594n): who presents it
            continue
        if toks[0].strong and len(toks) > 2 and venues.FOUR_DIGIT_YEAR.fullmatch(text.strip()) and \
                toks[1].kind == "text" and toks[1].text.strip() in ("", "-", "–", "—") and (
                toks[2].kind == "link" or toks[1].text.strip()):
            # "* **2020** - __`ICML`__ [*Title*](arXiv)" (abdelwahed/OT_for_big_data, 164 lines), "**2019** [T](..)":
            if toks[1].text.strip():  # the year, bold, then a dash: read as it is read plain
                toks[:2] = [Tok("text", f"{text.strip()}{toks[1].text}")]
            else:  # (the year, then the title link: plain, "2019 [Title](..)" would be titled "2019")
                entry.date_year = entry.date_year or int(text)
                toks = toks[2:]
            continue
        if text.lstrip().startswith("|") and len(toks) > 1:  # "**[LSeg]** | **ICLR'22** | Title | [pdf](..)"
            text = text.lstrip()[1:]  # (Qinying-Liu/Awesome-Open-Vocabulary-Semantic-Segmentation): cells in a row
        if not text.strip() or (toks[0].strong and re.fullmatch(r"\s*\[?\d{1,4}\]?\.?\s*", text)
                                and not BARE_YEAR.fullmatch(text.strip())) or (  # (not "**[2025]**": a year)
                text.strip() in "-*+" and len(toks) > 1 and toks[1].kind == "link"):  # ("-[Title](..)": a bullet
            # with no space, a paragraph's line: acadTags/Awesome-medical-coding-NLP, every entry)
            toks.pop(0)
            continue
        if text.rstrip().endswith("<") and len(toks) > 2 and toks[1].kind == "link" and toks[2].kind == "text" \
                and toks[2].text.startswith(">"):  # "<[Title](url)> by ...": angle brackets around the title link
            before = text.rstrip()[:-1]  # ("[DAgger] <[Title](..)> by ...", apexrl/Imitation-Learning-Paper-Lists)
            toks = [*([Tok("text", before)] if before.strip() else []), toks[1],
                    Tok("text", toks[2].text[1:], strong=toks[2].strong, em=toks[2].em), *toks[3:]]
            continue
        if text.strip() in ('"', "“") and len(toks) > 2 and toks[1].strong and toks[2].kind == "text" \
                and toks[2].text.lstrip()[:1] in ('"', "”") and toks[2].text.lstrip()[1:].strip(" .,"):
            # '"**Bootstrapping Large Language Models ...**" Liu, Chang, et al.' (Event-AHU/Medical_Image_Analysis):
            after = toks[2].text.lstrip()[1:]  # a bold title in quotes, the authors after it
            toks = [toks[1], *([Tok("text", after)] if after.strip() else []), *toks[3:]]
            continue
        named = venue_then_bold_name(toks, text, entry)
        if named is not None:  # "ICML 2023, **QRL**: Optimal Goal-Reaching ..."
            toks = named
            continue
        inside = bracketed_bold_venue(toks, entry) or bold_in_brackets(toks, text, entry)
        if inside is not None:  # "[**ACL 2021**] Cross-modal Memory Networks ...", "[**ALOCC**]Title"
            toks = inside
            continue
        after = bracket_linking_author(toks, text, entry) if text.lstrip()[:1] == "[" else None
        if after is not None:  # "[2016-IJCV, [M. Jaderberg](page)] Reading Text in the Wild with ..."
            toks = after
            continue
        linked = linked_venue(toks, text, entry)
        if linked is None:
            linked = linked_label(toks, text, entry)
        if linked is not None:  # "[[CVPR2021](paper)] To the Point: ...", "[[Paper](..)] Language Models ..."
            toks = linked
            continue
        if authors_before_bold(toks, text, entry):  # "Zhang et al. **Deep learning based ...** ACM Comput.Surv, 2018."
            toks.pop(0)
            continue
        if authors_year_before_link(toks, text, entry):  # "David Chiang. 2010. [Learning to Translate ...](..)."
            toks.pop(0)
            continue
        after = venue_underscore(text, entry)
        if after is not None:  # "NeurIPS17_`Attention Is All You Need.`", "Blog18_[The Illustrated Transformer](..)"
            if not after.strip() and len(toks) > 1 and toks[1].code:
                toks[:2] = [Tok("text", toks[1].text.strip())]  # (the title in code)
            else:
                toks[0] = Tok("text", after, strong=toks[0].strong, em=toks[0].em)
            continue
        if text.rstrip()[-1:] == "(" and (noted := who_in_brackets(toks, entry)) is not None:
            toks = noted  # "Arxiv(**Yoshua Bengio**) _Title_": who, a note
            continue
        if len(toks) > 1 and toks[1].strong and toks[1].kind == "text" and not (toks[0].strong or toks[0].em) and \
                fields.method_name(text.strip()) and len(toks[1].text.split()) >= 3 and not venues.parse(text.strip()):
            entry.notes.append(text.strip())  # '<mark>TextVQA</mark> **"Towards VQA Models That Can Read"**' (sword-
            toks.pop(0)  # lidev/Evaluation-Multimodal-LLMs-Survey): a benchmark's name, then its paper's title in bold
            continue
        if venue_before_title_link(toks, text, entry):  # "4. NIPS 2020 [On the Role of Sparsity ...](..)"
            toks.pop(0)
            continue
        if kind_before_link(toks, text, entry):  # "Blog: [The Gradient](..)": what it is, not its title
            toks.pop(0)
            continue
        if ":" in text[:16] and (rest := kind_before_title(toks, text, entry)) is not None:
            toks[0] = Tok("text", rest, em=toks[0].em)  # "Talk: Are GANs creative? [[notes](..)]"
            continue
        if word_before_title_link(toks, text):  # "Paper: [Language Models are ...](..)": a word, not a title
            toks.pop(0)
            continue
        if alias_before_title_link(toks, text):  # "Cotatron (combine text ...): [Cotatron: ...](arXiv)"
            label_over_link(text, entry)
            toks.pop(0)
            continue
        if topic_before_named_link(toks, text):  # "Symbolic Music Understanding: [MusicBERT](arXiv)"
            entry.notes.append(text.strip().rstrip(":："))
            toks.pop(0)
            continue
        if toks[0].strong and len(toks) > 2 and _BOLD_DATE.fullmatch(text.strip()) and toks[1].kind == "text" \
                and toks[1].text.strip() in ("-", "–", "—", "|", ":", "：") and toks[2].strong:
            # "- **2021.06** - **[Text2Mesh: Text-Driven ...](arXiv)** **(CVPR 2022) :** ..." (ZhenyuSun-Walker/
            # Awesome-Text-to-3D-Plus, 40 lines): the month it was posted, a dash, the bold title
            entry.date_year = entry.date_year or int(text.strip()[:4])
            toks = toks[2:]
            if toks[0].kind == "link" and len(toks) > 2 and toks[2].strong and toks[2].kind == "text" and not \
                    toks[1].text.strip():  # (its venue in bold after it is not part of the title: "**(CVPR 2022) :**")
                toks = [toks[0], toks[1], Tok("text", toks[2].text, em=toks[2].em), *toks[3:]]
            continue
        if toks[0].strong and len(toks) > 1 and name_and_venue(toks, text, entry):
            continue  # "**SCM:2022ECCV** Title", "**WEND:** ***2023ACM MM*** Title"
        rest = bold_venue_label(toks, text, entry)
        if rest is not None:  # "**AAAI-2022**:[Title](..)", "**ICCV-2021，引用数:1** [Title](..)"
            toks = rest
            continue
        named = name_before_plain_title(toks, text, entry)
        if named is not None:  # "**CSP**: Learning to Compose Soft Prompts for ..., ICLR, 2023"
            toks = named
            continue
        if label_before_title_link(toks, text):  # "**VALL-E**: [Neural Codec Language Models ...](..)"
            label_over_link(text + (toks[1].text if toks[1].kind == "text" and "(" in toks[1].text else ""), entry)
            toks = toks[2:] if toks[1].kind == "text" else toks[1:]
            continue
        kinded = _YEAR_KIND.match(text) if text[:1] == "(" else None
        if kinded:  # "- (2025, Paper) [Future-Aware End-to-End Driving: ...](arXiv)", "(2023, Video) [..](youtube)"
            entry.date_year = entry.date_year or int(kinded.group(1))  # (Ktakuya332C/ktakuya332c.github.io, 37
            entry.journal_year = True  # bullets): the year (a year alone: the paper's), and what the link is
            said = kinded.group(2).lower()
            entry.stated = entry.stated or said == "paper"
            entry.kind_said = entry.kind_said or (f"a {said}" if said != "paper" else None)
            toks[0] = Tok("text", text[kinded.end():], strong=toks[0].strong, em=toks[0].em)
            if not toks[0].text.strip():
                toks.pop(0)
            continue
        nick = PAREN.fullmatch(text.strip().rstrip("|:：").strip()) if len(toks) > 1 and (title_link(toks[1]) or (
            toks[1].strong and toks[1].kind == "text" and len(toks[1].text.split()) >= 3 and text.strip()[:1] == "("
            and not venue_words.journal_named(text.strip()[1:-1]) and not venue_prefix(text.strip(), "", [])[0])) \
            else None  # (not "(2016 EMNLP; plain math problem -> engaging stories) **Title.**": a venue first)
        # ("- (Initialisations) **Random initialisations performing above chance ...**", tanganke/Mode-Connectivity)
        # ("+ [语言模型] | [Title](..) | ...", DengBoCong/nlp-paper: a tag, a bar, the title link)
        inner = next((g for g in nick.groups() if g is not None), "").strip() if nick else ""
        dated = year_then_venue(inner.replace(" | ", " ")) if nick and inner[:2] in ("19", "20") else None
        if dated:  # "- [2023.12 Nature] [Autonomous chemical research with ...](..)" (zd200572/awesome-bioagent-
            # papers); "**[2024.11 | PLOS Digital Health]** **Title**" (WangHuiNEU/Awesome-Biology-Agents)
            offer_venue(entry, dated[0], nick.group().strip())  # type: ignore[union-attr]
            toks.pop(0)
            continue
        if nick and _BARE_ARXIV_ID.fullmatch(inner):  # "- [2009.09941] [PP-OCR: A Practical Ultra Lightweight OCR
            entry.arxiv = entry.arxiv or re.sub(r"v\d+$", "", inner)  # System](arXiv)" (mileistone/study_resources):
            arxiv_written_out(entry)  # the ID alone, which the rules read as the venue arXiv, bare
            toks.pop(0)
            continue
        if nick and not a_venue(inner) and venues.year_of_date(inner) is None and not journal_and_year(inner) \
                and date_prefix(text.strip()) is None:  # (not "[2305]", the year and month: read below)
            # "(NCLT) [University of ...](..)"; not "[Cerebral Cortex 2022] [Title](..)" (conghao0905/awesome-brain-
            # decode), a journal in words and its year
            entry.notes.append(inner)
            toks.pop(0)
            continue
        if toks[0].code and len(toks) > 1 and text.strip() and not any(c.isalnum() for c in text):
            entry.notes.append(text.strip())  # "`*` Wang, Xiang, et al. ...", "```[+]``` Title": a mark
            toks.pop(0)
            continue
        if toks[0].code and len(toks) > 1 and citation_key(text, entry):  # "`[Wray et al. CVPR21]` On Semantic ..."
            toks.pop(0)
            continue
        if toks[0].code and len(toks) > 1 and _KIND_WORD.fullmatch(text) and next(
                (t for t in toks[1:] if t.kind != "text" or t.text.strip()), toks[0]).kind == "link":
            # "* ****`PAPER`**** [Automatic Text Scoring Using Neural Networks](arXiv)", "* ****`DATA`**** [...](..)"
            # (Kyubyong/nlp_tasks, 248 tagged lines): what the entry is, said in a tag before its title link
            if text.strip().lower() != "paper":
                entry.kind_said = text.strip()
            entry.stated = entry.stated or text.strip().lower() == "paper"
            toks.pop(0)
            continue
        placed = _year_then_name(text) if toks[0].code and len(toks) > 1 and text.lstrip()[:1] in "[12" else None
        if placed and not entry.venue:  # "`[2025 IEEE SPL]` **Title**", "`[2024 Inf. Sci.]` **Title**"
            entry.venue, entry.venue_written, entry.shape = placed[0], f"`{text}`", "venue-prefix"  # (zhangyuanyang21/
            entry.date_year = entry.date_year or placed[1]  # Awesome-Deep-Multi-view-Clustering): the year, then where
            toks.pop(0)
            continue
        if code_tag_before_title(toks, text) or toks[0].code and tag_before_words(toks, text):
            entry.notes.append(text.strip())  # "**`Learning`** **`RAL`** P-GAT : Pose-Graph Attentional ..."
            toks.pop(0)
            continue
        coded = (venues.parse(text) or venue_words.in_words(text.strip().strip("[]")) or coded_where(text) or (
            venues.parse(f"{text.strip()} {entry.date_year}") if entry.journal_year and entry.date_year else None)) if \
            toks[0].code and len(toks) > 1 else None  # ("**`[Pattern Recognition 2024]`** [**IBVC: ...**](..)",
        # xxwtiancai/Awesome-Video-Coding-Papers; "* **2019** - __`ACM ToG`__ [*Title*](..)", abdelwahed/
        # OT_for_big_data: a name the year before it makes a venue)
        if coded:  # "`CVPR 2024` **Visual Anagrams**", "`IEEE Sensors Journal 2026` **Tracking Fast by ...**"
            if not entry.venue:  # (ryhara/awesome-event-based-hand-pose-estimation: a journal named in words)
                entry.venue, entry.venue_written, entry.shape = coded[0], f"`{text}`", "venue-prefix"
                entry.date_year = entry.date_year or coded[1]
            toks.pop(0)
            continue
        after_code = 2 if len(toks) > 2 and toks[1].kind == "text" and not toks[1].text.strip() else 1
        if toks[0].code and len(toks) > after_code and 0 < len(text.split()) <= 3 and toks[after_code].kind == \
                "link" and title_link(toks[after_code]) and len(toks[after_code].text.split()) >= 3:
            # "- `ETT` [End to End Table Transformer](..), (Samsung), 2024-09, ICDAR-2024" (qyhou/curated-table-
            entry.notes.append(text.strip())  # structure-recognition, 141 of 190 entries): the method's name in
            toks = toks[after_code:]  # code, then the title link
            continue
        keyed = name_and_key(toks, entry)
        if keyed is not None:  # "MobTCast (`xue2021mobtcast`) MobTCast: Leveraging ... NeurIPS, 2021."
            toks = keyed
            continue
        nickname = bracketed_name(toks, text)
        if nickname is not None:  # "**[LLaVA]** Visual Instruction Tuning", "[Euclid/Geoperception] **Euclid: ...**"
            entry.notes.append(nickname)
            toks.pop(0)
            continue
        after = scholar_byline(text, entry) or names_colon(text, entry)
        if after is not None:  # "S Ilan, A Shamir - Computer Graphics Forum, 2015 - A Survey on ...", "Yu Rong, Yatao
            toks[0] = Tok("text", after, strong=toks[0].strong, em=toks[0].em)  # Bian, ..., Junzhou Huang: Self-
            continue  # Supervised Graph Transformer ... NeurIPS 2020": who wrote it, then the title
        colon = venue_colon(text)
        if colon and (text[colon[2]:].strip() or (len(toks) > 1 and toks[1].strong)):  # "ICDE 2023: Unsupervised
            offer_venue(entry, colon[0], colon[1])  # Graph Outlier Detection: ...", "ACL2015: **Event Extraction ...**"
            entry.shape = "venue-prefix" if entry.shape == "bracket" else entry.shape
            toks[0] = Tok("text", text[colon[2]:], strong=toks[0].strong, em=toks[0].em)
            continue
        if " et" in text and (named := cited_name(toks, entry)) is not None:  # "Pfaff et al. [11] : MeshGraphNets"
            toks = named
            continue
        after = first_author_prefix(text, entry)
        if after is not None:  # "Liang+'22 - Exploring Entity Interactions ..."
            toks[0] = Tok("text", after, strong=toks[0].strong, em=toks[0].em)
            continue
        after = year_venue_prefix(text, entry)
        if after is None and "," in text[:24]:
            after = posted_comma(text, entry)  # "arXiv  2020.12, Denoising Diffusion Probabilistic Models, [paper](..)"
        if after is not None:  # "2017-PAKDD - On the Robustness of Decision Tree Learning ..."
            toks[0] = Tok("text", after, strong=toks[0].strong, em=toks[0].em)
            continue
        if len(toks) > 1 and toks[0].strong and _DATE_FIELD.fullmatch(text) and toks[1].kind == "text" \
                and toks[1].text.lstrip()[:1] in "|–—-" and len(toks[1].text.strip(" |–—-").split()) >= 2:
            entry.date_year = entry.date_year or int(text.strip()[:4])  # "- **2016-05** | Denoising genome-wide
            toks[:2] = [Tok("text", toks[1].text.lstrip()[1:])]  # histone ChIP-seq ... | *Names* | [Biorxiv](doi)"
            venue_field(toks, entry)  # (gokceneraslan/awesome-deepbio, every entry): when it came out, the
            continue  # title, who, and where it appeared, as the last field
        if len(toks) > 1 and toks[1].strong and not toks[0].strong and (day := _DAY_THEN_BOLD.fullmatch(text)):
            entry.date_year = entry.date_year or int(day.group(1))  # "- 2024-10-30, **EMMA: ...**, Jyh-Jing Hwang
            toks.pop(0)  # et.al., Paper: [url](url)" (the daily digests cv-arxiv-daily's script writes, zhangrunxi/
            continue  # arxiv-daily): the day it was posted, then the title in bold
        if len(toks) > 1 and _YEAR_ALONE.fullmatch(text) and (toks[1].kind == "text" and (toks[1].strong or toks[1].em)
                                                           and len(toks[1].text.split()) >= 2):
            entry.date_year = entry.date_year or int(text.strip())  # "- 2016 ___Tutorial on variational
            toks.pop(0)  # autoencoders___ [[pdf](..)]" (Eulring/Text-Generation-Papers, every entry): its year
            continue
        dated = date_prefix(text)
        if dated is not None and (dated[1].strip() or len(toks) > 1):
            entry.date_year = entry.date_year or dated[0]  # "[2021/07] **SoundStream: ...**"
            if BARE_YEAR.match(text) or _DASHED_YEAR.match(text):  # "- (2013) (ICCV) HOGgles: ..." (YuweiYin/
                entry.journal_year = True  # Overview_of_Artificial_Intelligence), "- 2024 - Basu et al., API-BLEND:
                # ... (ACL)" (algomatic-inc/awesome-ai-agents-guide): a year alone, not a month's date, is the
                # paper's: its venue's year
            rest = dated[1]
            if (track := _WORKSHOP.match(rest)) is not None:  # "- (2017) (workshop) Title [[paper](..)]" under "###
                entry.workshop, rest = True, rest[track.end():]  # International Conference on Computer Vision
                # (ICCV)" (EvelynFan/AWESOME-FER): the venue's workshop
            toks[0] = Tok("text", rest, strong=toks[0].strong, em=toks[0].em)
            if not rest.strip():
                toks.pop(0)
            continue
        spaced = _YEAR_SPACE.match(text) if text[:1] in " 12" and any(t.kind == "link" for t in toks[1:]) else None
        if spaced and int(spaced.group(1)) <= venues.NEXT_YEAR and len(text[spaced.end():].split()) >= 3:
            entry.date_year = entry.date_year or int(spaced.group(1))  # "  - 2021 FCAF3D: Fully Convolutional
            toks[0] = Tok("text", text[spaced.end():], strong=toks[0].strong, em=toks[0].em)  # Anchor-Free 3D Object
            continue  # Detection; [[Paper]](arXiv) [[Code]](..)" (dingfuzhou/3DVision, 27 lines): the year, the title
        nicknames: list[str] = []
        prefix_venue, written, rest = venue_prefix(text, text_of(toks[1:3]), nicknames, year_before=entry.journal_year)
        if toks[0].strong and (rest.strip() and not (prefix_venue and venues.year_in(prefix_venue)) or (
                prefix_venue and name_and_year_bracketed(text))):  # ("**[ECAPA-TDNN (2020)]**": a model's name,
            # its year)
            prefix_venue, rest = None, text  # "**(DPO) Direct Preference Optimization**": all the title (not
            # "**[Soft Computing-2022] Title**", ICTMCG/Awesome-Misinfo-Video-Detection: a venue and its year)
        if prefix_venue or rest != text:
            if prefix_venue and not entry.venue:
                entry.venue, entry.venue_written, entry.shape = prefix_venue, written, "venue-prefix"
                entry.notes += nicknames
                posted = venues.arxiv_in_text(written or "") if "xiv" in (written or "").lower() else None
                if posted and not entry.arxiv:  # "[arXiv:2405.19654] **Title**": the preprint's ID too
                    entry.arxiv = re.sub(r"v\d+$", "", posted[0])
            elif not prefix_venue:
                entry.notes += nicknames  # "[StreamingLLM] EFFICIENT STREAMING LANGUAGE MODELS ..."
            toks[0] = Tok("text", rest, strong=toks[0].strong, em=toks[0].em)
            if not rest.strip():
                toks.pop(0)
                if prefix_venue and toks and toks[0].kind == "text" and toks[0].text.lstrip()[:1] in ":：":
                    toks[0] = Tok("text", toks[0].text.lstrip()[1:])  # "**[ACL-20]**: SpanMlt: ...": the prefix's
            continue
        toks[0] = Tok("text", text, strong=toks[0].strong, em=toks[0].em, code=toks[0].code)
        break
    if not toks:
        return []
    first = toks[0]
    labelled = first.kind == "link" and links.label_word(first.text)
    if first.code or labelled:  # "`SVOS` `Feb` - [paper](..) / code - Towards Fine-grained Interactive ..."
        after = links_first.read(toks, entry)
        if after is not None:
            return after
    if first.strong and len(toks) > 2 and toks[1].kind == "text" and not toks[1].strong and toks[2].strong \
            and toks[1].text.lstrip().startswith((":", "：")) and len(first.text.split()) <= 3:
        cited = [Tok("text", toks[1].text.lstrip()[1:]), *toks[2:]]
        if authors_before_bold(cited, cited[0].text, entry):  # "**RefClef**: Kazemzadeh, Sahar, et al. **Title.**"
            entry.notes.append(first.text.strip())
            return _bold_title(cited[1:], entry)
    if first.em and not first.strong and italics.opens_title(toks):  # "*Deep learning in law: ...*, I. Chalkidis et
        toks = [Tok("text", first.text, strong=True), *toks[1:]]  # al. [[pdf]](..)" (thu-lawyer/awesome-legal-nlp,
        first = toks[0]  # 60 lines): an italic title, read as a bold one is
    if first.strong:
        return _bold_title(toks, entry)
    if first.kind == "link" and not first.href.strip() and len(first.text.split()) >= 3:
        entry.title = first.text  # "[Overcoming Language Priors in VQA ...]() - Chenchen Jing et al, **AAAI 2020**."
        return toks[1:]  # (a title whose link the list has not filled in yet)
    if first.kind == "link" and first.href.startswith("#") and (after := links_first.name_to_anchor(toks)) is not None:
        entry.notes.append(first.text.strip("[] "))  # "<span id="2195">[[PGCN]](#1195)</span> [**Graph Convolu-
        return read_title_line(after, entry)  # tional Networks for ...**](..)" (Alvin-Zeng/Awesome-Temporal-Action-
        # Localization, every entry): a short name linking the list's own note on the paper, then its title link
    if first.kind == "link" and links.classify(first.href).kind in (links.ANCHOR, links.LOCAL):
        entry.title, entry.title_target = first.text, links.classify(first.href).kind  # a contents line (or a
        if first.href.lower().endswith(".pdf"):  # paper the list keeps beside it, named by its file's name)
            entry.title = prefixed_title(slug_title(first.text, entry), entry)
        add_link(entry, first.text, first.href)
        entry.stated = entry.stated or entry.title_target == links.LOCAL and links.notes_of(first.text, first.href)
        if entry.stated and entry.title_target == links.LOCAL:  # ("[1. Robust Multi-Agent ...](notes/1_...md)")
            entry.title = re.sub(r"^\d{1,4}[.)]\s+", "", entry.title)
        named = links_first.title_after_name(toks, entry) if entry.title_target == links.LOCAL and len(
            toks) > 1 and toks[1].kind == "text" and " | " in toks[1].text else None
        if named is not None:  # "* [SPP-Net](detection/SPPNet.md) Spatial Pyramid Pooling in ... | **[ECCV' 14]** |
            entry.stated = True  # [[arXiv:1406.4729](..)]" (TerenceWangh/notebook, 17 lines): the method's name
            return named  # linking the owner's note on it, then the title, its fields after bars
        return toks[1:]
    if first.kind == "link" and (after := venue_link_then_title(toks, entry) or lab_before_title(toks, entry)):
        return read_title_line(after, entry)  # "[arXiv 2025.12](arXiv), Opening the Sim-to-Real Door for ..."
    if first.kind == "link" and not labelled and (after := links_first.name_then_italic_title(toks, entry)):
        return after  # "[PKU-Vidar-DVS](dataset page), *Retinomorphic object detection ...*, Proc. AAAI ..., 2022"
    if first.kind == "link" and not labelled:
        entry.title = suffixed_title(prefixed_title(first.text, entry), entry)
        cited_in_link(entry)  # "[Wu, L., ... (2019, July). A neural influence ... In _Proceedings ..._](..)"
        entry.title_target = links.classify(first.href).kind
        add_link(entry, first.text, first.href, title=True)
        entry.shape = "link-title" if entry.shape == "bracket" else entry.shape
        after = links_first.title_after_name(toks, entry)  # "[PolarDETR](arXiv) Polar Parametrization for ..."
        return toks[1:] if after is None else after
    if first.kind == "link":
        return toks
    if first.text.lstrip().startswith("**"):
        return literal_bold(toks, entry)
    angled = angled_title(toks, entry)
    if angled is not None:
        return angled
    quoted = quoted_title(toks, entry, _bold_title)
    if quoted is not None:
        return quoted
    cited = ieee_refs.citation(toks, entry) if first.kind == "text" and not (
        first.strong or first.em or first.code) and ieee_refs.may_be(first.text) else None
    if cited is not None:  # "T.-M. H. Hsu, H. Qi, and M. Brown, Title, in Proc. 16th Eur. Conf. Comput. Vis., 2020."
        return cited
    cited = standard_citation(toks, entry) if "[" in first.text else comma_citation(toks, entry) if first.text.count(
        ", ") >= 3 else None  # ("Authors, Title, Venue, Year.")
    if cited is not None:
        return cited
    return plain_title(toks, entry)


_BOLD_DATE = re.compile(r"(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?")


_DATE_FIELD = re.compile(r"\s*(?:19|20)\d\d(?:[-./](?:0?[1-9]|1[0-2]))?\s*")  # ("**2016-05** | Title | ...")
_KIND_WORD = re.compile(r"\s*(?:PAPER|DATA|DATASET|CHALLENGE|WIKI|PROJECT|TOOLKIT|TOOL|BOOK|PRODUCT|INFO|BLOG|"
                        r"VIDEO|COURSE|TUTORIAL|DEMO|CODE|REPO|SLIDES|TALK|NEWS)\s*", re.IGNORECASE)
_WORKSHOP = re.compile(r"\s*[(\[]workshops?[)\]]\s*", re.IGNORECASE)
_BARE_ARXIV_ID = re.compile(r"(?:0[7-9]|[1-9]\d)(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?")
_DAY_THEN_BOLD = re.compile(r"\s*((?:19|20)\d\d)[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01]),?\s*")
_YEAR_SPACE = re.compile(r"\s*((?:19|20)\d\d) (?=[A-Z][\w-]*[\s:])")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s+")
_DASHED_YEAR = re.compile(r"\s*(?:19|20)\d\d\s+[-–—|]\s")
_YEAR_NAME_CODED = re.compile(r"\s*\[?((?:19|20)\d\d)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})\]?\s*")


def _year_then_name(text: str) -> tuple[str, int] | None:
    """(venue, year) of ``[2024 Inf. Sci.]`` in code before a title: the year, then where in a few capitalised
    words; None for other text."""
    m = _YEAR_NAME_CODED.fullmatch(text)
    if not m or int(m.group(1)) > venues.NEXT_YEAR or venues.parse(text.strip(" []")):
        return None  # (a venue as venues knows it, "[2021 NeurIPS Oral]", is read as before, its track last)
    return f"{m.group(2)} {m.group(1)}", int(m.group(1))


def _title_key_first(toks: list[Tok], text: str) -> list[Tok] | None:
    """*toks* without a key that says the title follows (``标题：``, ``Title:``), in the title's bold or bold
    itself before its colon; None when they begin with none, or nothing follows it."""
    if text[:1] not in _TITLE_KEY_STARTS:
        return None
    key = _TITLE_KEY_FIRST.match(text)
    if key and text[key.end():].strip():
        return [Tok("text", text[key.end():], strong=toks[0].strong, em=toks[0].em), *toks[1:]]
    if toks[0].strong and len(toks) > 1 and toks[1].kind == "text" and not toks[1].strong and _TITLE_KEY_FIRST.match(
            text.strip() + ":") and toks[1].text.lstrip()[:1] in ":：" and toks[1].text.lstrip()[1:].strip():
        return [Tok("text", toks[1].text.lstrip()[1:].lstrip()), *toks[2:]]
    return None


_TITLE_KEY_FIRST = re.compile(r"(?:(?:论文|文章)?(?:标题|题目|名称)|论文名|(?i:(?:paper\s+)?title))\s*[:：]\s*")
_TITLE_KEY_STARTS = frozenset("论文标题名Tt")
_PRESENTER = re.compile(r"\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s+--\s+"
                        r"(?=[A-Z][\w'’-]+(?: et al\.| and [A-Z][\w'’-]+\.))")  # "Name -- " before "Names. Title."
_TAG_THEN_APA = re.compile(r"\s*\[[^\[\]()]{1,40}\]\s+[A-Z][\w'’-]+, [A-Z]\.")  # "[VAE] Kingma, D. P., ..."
