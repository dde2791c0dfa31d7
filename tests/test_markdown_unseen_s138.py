"""Shapes of real lists met in session 56's round 135 (``s138``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import one
from paperctl.formats.markdown.reader import parse

YARN = ("# Extended RoPE\n\n### Scaling Strategies\n\n"
        "#### Giraffe: Adventures in expanding context lengths in llms (Power-Scaling) [`READ`]\n\n$$\n\\begin{align}\n"
        "  &\\quad \\widetilde\\beta^{i} := \\beta^{i} / (1-2i/d)^{\\kappa}\n\\end{align}\n$$\n\n"
        "paper link: [here](https://arxiv.org/pdf/2308.10882)\n\ncitation:\n```bibtex\n@article{pal2023giraffe,\n"
        "  title={Giraffe: Adventures in expanding context lengths in llms},\n"
        "  author={Pal, Arka and Karkhanis, Deep and Roberts, Manley},\n"
        "  journal={arXiv preprint arXiv:2308.10882},\n  year={2023}\n}\n```\n\n\n"
        "#### Yarn: Efficient context window extension of large language models [`READ`]\n\n"
        "paper link: [here](https://arxiv.org/pdf/2309.00071)\n\ncitation:\n```bibtex\n@article{peng2023yarn,\n"
        "  title={Yarn: Efficient context window extension of large language models},\n"
        "  author={Peng, Bowen and Quesnelle, Jeffrey},\n  journal={arXiv preprint arXiv:2309.00071},\n"
        "  year={2023}\n}\n```\n")


def test_papers_as_headings_marked_read_over_a_formula_a_link_named_here_and_their_bibtex():
    """Strivin0311/long-llms-learning (every paper): "#### Title (Name) [`READ`]", the method's formula, "paper
    link: [here](arXiv)", then its BibTeX: the paper, read, its authors and year from the BibTeX, the method's name
    a note."""
    giraffe, yarn = (e.data for e in parse(YARN).entries)
    assert (giraffe.title, giraffe.arxiv_id, giraffe.status, giraffe.year) == (
        "Giraffe: Adventures in expanding context lengths in llms", "2308.10882", "read", 2023)
    assert [a.name for a in giraffe.authors] == ["Arka Pal", "Deep Karkhanis", "Manley Roberts"]
    assert "Power-Scaling" in giraffe.notes
    assert (yarn.title, yarn.arxiv_id, list(yarn.tags)) == (
        "Yarn: Efficient context window extension of large language models", "2309.00071", ["Scaling Strategies"])


def test_a_bold_venue_and_title_over_a_line_of_keyed_links():
    """yeshenpy/Awesome-Evolutionary-Reinforcement-Learning (every paper): "**ICML 2019** Title", a blank line, then
    "Arxiv: [URL](URL) Code: [URL](URL)" or "Link: [..](..) Code: Not Found": one paper; the section above is none."""
    parsed = parse("# ERL\n\n## Single-Agent Optimization\n\n\n"
                   "**ICLR 2023** ERL-Re2: Efficient Evolutionary Reinforcement Learning with Shared State "
                   "Representation and Individual Policy Representation \n\n"
                   "Arxiv: [https://arxiv.org/abs/2210.17375](https://arxiv.org/abs/2210.17375) Code: "
                   "[https://github.com/yeshenpy/ERL-Re2](https://github.com/yeshenpy/ERL-Re2)\n\n"
                   "**GECCO 2021** MAEDyS: multiagent evolution via dynamic skill selection \n\n"
                   "Link [https://dl.acm.org/doi/abs/10.1145/3449639.3459387](https://dl.acm.org/doi/abs/10.1145/"
                   "3449639.3459387) Code: Not Found\n")
    erl, maedys = (e.data for e in parsed.entries)
    assert (erl.title, erl.venue, erl.arxiv_id, erl.links.get("code"), list(erl.tags)) == (
        "ERL-Re2: Efficient Evolutionary Reinforcement Learning with Shared State Representation and Individual "
        "Policy Representation", "ICLR 2023", "2210.17375", "https://github.com/yeshenpy/ERL-Re2",
        ["Single-Agent Optimization"])
    assert (maedys.title, maedys.venue, maedys.url, maedys.summary) == (
        "MAEDyS: multiagent evolution via dynamic skill selection", "GECCO 2021",
        "https://dl.acm.org/doi/abs/10.1145/3449639.3459387", None)


def test_a_bold_title_over_badges_of_its_venue_and_doi_but_not_a_lists_name_over_its_own():
    """aliemo/transfomers-silicon-research (every paper): "**Title**" over "![](badge/IEEE-2019-..)" and
    "[![DOI-Link](badge)](doi.org/..)"; a "None-2018" badge names no venue. Not a list's own survey over its badges,
    under the list's title (DeepSoftwareAnalytics/Awesome-Issue-Resolution)."""
    parsed = parse("# Transformers in silicon\n\n### 2019\n"
                   "**A Power Efficient Neural Network Implementation on Heterogeneous FPGA and GPU Devices**\n\n"
                   "![](https://img.shields.io/badge/IEEE-2019-skyblue?colorstyle=flat-square)\n"
                   "[![DOI-Link](https://img.shields.io/badge/DOI-https://doi.org/10.1109/IRI.2019.00040-sandybrown)]"
                   "(https://doi.org/10.1109/IRI.2019.00040)\n\n\n"
                   "**SparseNN: An energy-efficient neural network accelerator exploiting input and output "
                   "sparsity**\n\n"
                   "![](https://img.shields.io/badge/None-2018-skyblue?colorstyle=flat-square)\n"
                   "[![DOI-Link](https://img.shields.io/badge/DOI-https://doi.org/10.23919/DATE.2018.8342010-sandy)]"
                   "(https://doi.org/10.23919/DATE.2018.8342010)\n")
    fpga, sparse = (e.data for e in parsed.entries)
    assert (fpga.doi, fpga.venue) == ("10.1109/iri.2019.00040", "IEEE 2019")
    assert (sparse.doi, sparse.venue, sparse.year) == ("10.23919/date.2018.8342010", None, 2018)
    own = parse("# ✨ Awesome Issue Resolution\n\n**Advances and Frontiers of LLM-based Issue Resolution in Software "
                "Engineering A Comprehensive Survey**\n\n[![Paper](https://img.shields.io/badge/Paper-arXiv-red)]"
                "(https://arxiv.org/abs/2601.11655)\n\n## Papers\n\n"
                "- [SWE-bench: Can Language Models Resolve Real-World GitHub Issues?](https://arxiv.org/abs/2310.06770)\n")
    assert [e.data.arxiv_id for e in own.entries] == ["2310.06770"]


def test_a_plain_title_then_its_arxiv_id_written_out():
    """VitaminX2/docs (its "Not-yet published" papers): "* Title, arXiv:2008.05157v1", no link: the ID, venue
    arXiv; and in brackets, "Title (arXiv:ID)"."""
    parsed = parse("# Intrinsic images\n\n## Not-yet published\n\n"
                   "* Towards Geometry Guided Neural Relighting with Flash Photography, arXiv:2008.05157v1\n"
                   "* ShadingNet: Image Intrinsics by Fine-Grained Shading Decomposition (arXiv:1912.04023)\n")
    assert [(e.data.title, e.data.arxiv_id, e.data.venue) for e in parsed.entries] == [
        ("Towards Geometry Guided Neural Relighting with Flash Photography", "2008.05157", "arXiv"),
        ("ShadingNet: Image Intrinsics by Fine-Grained Shading Decomposition", "1912.04023", "arXiv")]


def test_apa_names_then_a_comma_then_the_title_and_a_doi_as_a_links_address():
    """mawady/msc-retinalrecog: "Tymchenko, B., Marchenko, P., Spodarets, D., Title (2020) ([[Paper](arXiv)])"; a
    Vancouver reference whose link's address is a DOI alone, PubMed's numbers after it a note."""
    apa = one("- [x] Tymchenko, B., Marchenko, P., Spodarets, D., Deep Learning Approach to Diabetic Retinopathy "
              "Detection (2020) ([[Paper](https://arxiv.org/pdf/2003.02261v1.pdf)])\n")
    assert (apa.title, [a.name for a in apa.authors], apa.year) == (
        "Deep Learning Approach to Diabetic Retinopathy Detection", ["B. Tymchenko", "P. Marchenko", "D. Spodarets"],
        2020)
    pubmed = one("- [x] Tsiknakis N, Theodoropoulos D, Marias K. Deep learning for diabetic retinopathy detection and "
                 "classification based on fundus images: A review. Comput Biol Med. 2021 Aug;135:104599 Epub 2021 Jun "
                 "25. PMID: 34247130 [[link](10.1016/j.compbiomed.2021.104599.)]\n")
    assert (pubmed.title, pubmed.doi, pubmed.venue) == (
        "Deep learning for diabetic retinopathy detection and classification based on fundus images: A review",
        "10.1016/j.compbiomed.2021.104599", "Comput Biol Med 2021")
    assert [a.name for a in pubmed.authors] == ["N Tsiknakis", "D Theodoropoulos", "K Marias"]


def test_venues_written_in_brackets_after_links_and_as_headings_and_talks_are_no_papers():
    """LLM-Testing/LLM4SoftwareTesting: "[Title](arXiv) (in Arxiv)" is venue arXiv; cpuu/awesome-fuzzing: "### IEEE
    Symposium on Security and Privacy (IEEE S&P)", "### USENIX Security" give their papers the venue; LyleMi/papers:
    rows of titles under "# Defcon" are talks."""
    arxiv = one("- [Teaching Large Language Models to Self-Debug](https://arxiv.org/abs/2304.05128) (in Arxiv)\n")
    assert arxiv.venue.lower() == "arxiv"
    headed = parse("# Fuzzing\n\n### IEEE Symposium on Security and Privacy (IEEE S&P)\n\n"
                   "- [Angora: Efficient Fuzzing by Principled Search, 2018](http://web.cs.ucdavis.edu/~hchen/paper/"
                   "chen2018angora.pdf)\n\n### USENIX Security\n\n"
                   "- [QSYM: A Practical Concolic Execution Engine Tailored for Hybrid Fuzzing, 2018](https://www.usenix"
                   ".org/system/files/conference/usenixsecurity18/sec18-yun.pdf)\n")
    assert [e.data.venue for e in headed.entries] == ["IEEE S&P 2018", "USENIX Security 2018"]
    talks = parse("# Usenix\n\n| Title | Year | Keywords |\n| --- | --- | --- |\n"
                  "| Fuzzing with Code Fragments | 2012 | Fuzz |\n\n# Defcon\n\n| Title | Year | Keywords |\n"
                  "| --- | --- | --- |\n| defcon 22 geoff mcdonald meddle framework updated | | Fuzz |\n")
    assert [e.data.title for e in talks.entries] == ["Fuzzing with Code Fragments"]


def test_a_title_who_wrote_it_where_and_when_then_where_they_work():
    """wangleihitcs/Papers (36 bullets): "**Title**, Christy Y. Li et al, NIPS 2018, CMU[(pdf)](..)", and plain
    "CRNN, Title, Baoguang Shi et al, TPAMI 2017, HUST 白翔组[(pdf)](..)": the method's name first and the
    institution last are notes."""
    bold = one("* **Hybrid Retrieval-Generation Reinforced Agent for Medical Image Report Generation**, Christy Y. "
               "Li et al, NIPS 2018, CMU[(pdf)](https://arxiv.org/pdf/1805.08298.pdf)\n")
    assert ([a.name for a in bold.authors], bold.venue, bold.summary, list(bold.notes)) == (
        ["Christy Y. Li"], "NIPS 2018", None, ["CMU"])
    plain = one("* CRNN, An End-to-End Trainable Neural Network for Image-based Sequence Recognition and Its "
                "Application to Scene Text Recognition, Baoguang Shi et al, TPAMI 2017, HUST 白翔组"
                "[(pdf)](https://arxiv.org/pdf/1507.05717.pdf)\n")
    assert (plain.title, [a.name for a in plain.authors], plain.venue, list(plain.notes)) == (
        "An End-to-End Trainable Neural Network for Image-based Sequence Recognition and Its Application to Scene "
        "Text Recognition", ["Baoguang Shi"], "TPAMI 2017", ["CRNN", "HUST 白翔组"])


def test_italic_keyed_fields_under_a_bold_title_and_its_venue():
    """lihuirui/awesome-scientific-time-series-foundation-models-survey (every paper): "- **Title** (ICLR /
    arXiv:ID 2024)" over "  - *Authors*: Family, Given, ... et al.", "  - *Links*: [Paper / DOI](..) |
    [![Code](badge)](github)"."""
    paper = one("- **ClimODE: Climate and Weather Forecasting with Physics-informed Neural ODEs** (ICLR / "
                "arXiv:2404.10024 2024)\n  - *Authors*: Verma, Yogesh, Heinonen, Markus, Garg, Vikas et al.\n"
                "  - *Architecture*: `Neural ODE` | *Physics*: `Advection`\n"
                "  - *Links*: [Paper / DOI](https://arxiv.org/abs/2404.10024) | [![Code](https://img.shields.io/badge/"
                "Code-GitHub-blue.svg)](https://github.com/Aalto-QuML/ClimODE)\n")
    assert (paper.title, paper.venue, paper.arxiv_id, paper.links.get("code")) == (
        "ClimODE: Climate and Weather Forecasting with Physics-informed Neural ODEs", "ICLR 2024", "2404.10024",
        "https://github.com/Aalto-QuML/ClimODE")
    assert [a.name for a in paper.authors] == ["Yogesh Verma", "Markus Heinonen", "Vikas Garg"]
