"""Shapes of real lists found by the thirty-eighth blind labelling round (``bench/unseen-lists/s41a``-
``s41h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers
from paperctl.formats.markdown.reader import parse


def test_a_link_left_as_about_blank_is_no_link():
    # BRTResearch/AIChip_Paper_List (50 rows): "| EIE | [EIE: Efficient Inference Engine ...](about:blank) |"
    paper = one("| Archs or Methods | Paper Name(link with our summary) |\n| ---- | ---- |\n"
                "| ISAAC | [ISAAC: A Convolutional Neural Network Accelerator with In-Situ Analog Arithmetic in "
                "Crossbars ](about:blank) |\n")
    assert (paper.title, paper.url, paper.links) == (
        "ISAAC: A Convolutional Neural Network Accelerator with In-Situ Analog Arithmetic in Crossbars", None, {})


def test_a_paper_kept_beside_the_list_named_by_its_files_name():
    # YXWei/Awesome-learned-index (82 entries): "[YEAR-VENUE-Title_words](papers/....pdf)"
    found = papers("### 2019\n\n4. [2019-SIGMOD-FITing-Tree_Data-aware-Index](papers/2019-SIGMOD-FITing-Tree_"
                   "Data-aware-Index.pdf)\n    1) also by Tim Kraska\n\n"
                   "5. [Notes on the reading group](notes/reading-group.md)\n")
    paper, = found.values()
    assert (paper.title, paper.venue, paper.year, paper.links) == (
        "FITing-Tree Data-aware-Index", "SIGMOD 2019", 2019,
        {"pdf": "papers/2019-SIGMOD-FITing-Tree_Data-aware-Index.pdf"})


def test_a_bold_title_over_a_paragraph_of_its_citation():
    # code4DB/LLM4DB (76 entries): "**Title**", a blank line, "*Names. VENUE YEAR.* [[pdf](..)]"
    found = papers("## 0. System & Review\n\n**LLM-Enhanced Data Management**\n\n"
                   "*Xuanhe Zhou, Xinyang Zhao, Guoliang Li. arxiv 2024.* [[pdf](https://arxiv.org/pdf/2402.02643)]\n\n"
                   "**Can Foundation Models Wrangle Your Data?**\n\n"
                   "*Avanika Narayan, Ines Chami, Laurel J. Orr, Christopher Ré. VLDB 2022.* "
                   "[[pdf](https://www.vldb.org/pvldb/vol16/p738-narayan.pdf)]\n")
    llm, wrangle = found.values()
    assert (llm.title, names(llm), llm.arxiv_id) == (
        "LLM-Enhanced Data Management", ["Xuanhe Zhou", "Xinyang Zhao", "Guoliang Li"], "2402.02643")
    assert (wrangle.title, wrangle.venue, wrangle.url) == (
        "Can Foundation Models Wrangle Your Data?", "VLDB 2022", "https://www.vldb.org/pvldb/vol16/p738-narayan.pdf")


def test_a_bold_title_ending_with_the_month_it_came_out():
    # KbsdJames/Awesome-LLM-Preference-Learning (99 of 104 entries)
    paper = one("  **SimPO: Simple Preference Optimization with a Reference-Free Reward (2024.5)** *Yu Meng, Mengzhou "
                "Xia, Danqi Chen* [\\[paper\\]](https://arxiv.org/abs/2405.14734)\n")
    assert (paper.title, paper.year, names(paper)) == (
        "SimPO: Simple Preference Optimization with a Reference-Free Reward", 2024,
        ["Yu Meng", "Mengzhou Xia", "Danqi Chen"])


def test_the_year_then_by_and_the_authors_in_italics():
    # JHoelli/Awesome-Time-Series-Explainability (48 lines)
    paper = one("- [**Explainable AI for time series classification: a review, taxonomy and research directions**]"
                "(https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9895252) , (2022) by *A Theissler, F Spinnato, "
                "U Schlegel, R Guidotti*\n")
    assert (paper.year, names(paper), paper.summary) == (
        2022, ["A Theissler", "F Spinnato", "U Schlegel", "R Guidotti"], None)


def test_a_venue_in_bold_in_brackets_with_the_month():
    # TheBrainLab/Awesome-VLA-UAVs (27 of 37 entries)
    found = papers("- AirHunt: Bridging VLM Semantics and Continuous Planning for Efficient Aerial Object Navigation "
                   "(**arXiv 2026.1**)[[paper](https://arxiv.org/abs/2601.12742)][[code]]\n"
                   "- TypeFly: Low-Latency Drone Planning With Large Language Models (**IEEE Transactions on Mobile "
                   "Computing 2025.9**) [[paper](https://ieeexplore.ieee.org/abstract/document/10970379)]\n")
    airhunt, typefly = found.values()
    assert (airhunt.title, airhunt.venue, airhunt.year) == (
        "AirHunt: Bridging VLM Semantics and Continuous Planning for Efficient Aerial Object Navigation",
        "arXiv 2026", 2026)
    assert (typefly.title, typefly.venue) == ("TypeFly: Low-Latency Drone Planning With Large Language Models",
                                              "IEEE Transactions on Mobile Computing 2025")


def test_a_journal_of_seven_words_or_a_proceedings_title_in_bold_brackets():
    # TheBrainLab/Awesome-VLA-UAVs: a longer journal's name, a tag before the title, and the proceedings' title
    # with the meeting's year first and its short name last
    found = papers("## 2024\n\n- **[Review]** Large Language Models for UAVs: Current State and Pathways to the Future "
                   "(**IEEE Open Journal of Vehicular Technology 2024.8**) [[paper](https://ieeexplore.ieee.org/"
                   "document/10643253)][[code]]\n\n- TPML: Task Planning for Multi-UAV System with Large Language "
                   "Models (**2024 IEEE 18th International Conference on Control & Automation (ICCA)**)[[paper]("
                   "https://ieeexplore.ieee.org/document/10591846)][[code](https://github.com/PengICS/eai_sim)]\n")
    review, tpml = found.values()
    assert (review.title, review.venue, review.notes) == (
        "Large Language Models for UAVs: Current State and Pathways to the Future",
        "IEEE Open Journal of Vehicular Technology 2024", ["Review"])
    assert (tpml.title, tpml.venue, tpml.year) == (
        "TPML: Task Planning for Multi-UAV System with Large Language Models", "ICCA 2024", 2024)


def test_a_venue_and_its_rank_as_the_papers_links_text():
    # malware-defense/adversarial_detection_papers (37 entries): "[[ICML2022, CCF-A](..)]" under the title
    paper = one("## 2021\n\n- Attack as defense: Characterizing adversarial examples using robustness\n"
                "[[ISSTA2021, CCF-A](https://dl.acm.org/doi/pdf/10.1145/3460319.3464822)]\n")
    assert (paper.venue, paper.notes, paper.url) == (
        "ISSTA 2021", ["CCF-A"], "https://dl.acm.org/doi/pdf/10.1145/3460319.3464822")


def test_a_name_a_comma_and_a_journal_title_in_sentence_case_over_its_citation():
    # Tianfang-Zhang/awesome-infrared-small-targets (82 entries)
    paper = one("- **NOLC**, Infrared small target detection based on non-convex optimization with Lp-norm "
                "constraint.\n  - Zhang T, Wu H, Liu Y, et al. **Remote Sensing, 2019**.\n"
                "  - [![](https://img.shields.io/badge/Link-Paper-blue)](https://www.mdpi.com/2072-4292/11/5/559)\n")
    assert (paper.title, paper.venue, paper.notes) == (
        "Infrared small target detection based on non-convex optimization with Lp-norm constraint",
        "Remote Sensing 2019", ["NOLC"])


def test_a_name_linking_a_page_about_it_is_no_paper():
    # qingsongedu/Awesome-TimeSeries-Spatio-Temporal-LM, bcmi/Awesome-Aesthetic-Evaluation: datasets
    found = papers("## Datasets\n\n* SEVIR [\\[link\\]](https://registry.opendata.aws/sevir/)\n"
                   "+ CUHK-PQ [[link]](http://mmlab.ie.cuhk.edu.hk/archive/CUHKPQ/Dataset.htm)\n\n## Papers\n\n"
                   "* Attention Is All You Need [[link]](https://papers.nips.cc/paper/7181-attention-is-all-you-need)\n")
    assert list(found) == ["Attention Is All You Need"]


def test_a_bold_name_with_its_colon_then_the_title_and_its_year():
    # adlnlp/FinLLMs (18 lines): "- **ABBR :** Title. Venue Year. [Paper](..)"
    found = papers("- **LLaMA2 :** Llama 2: Open foundation and fine-tuned chat models. 2023. "
                   "[Paper](https://arxiv.org/abs/2307.09288)\n"
                   "- **GPT-3 :** Language Models are Few-Shot Learners. NeurIPS 2020. [Paper](https://arxiv.org/abs/"
                   "2005.14165)\n")
    llama, gpt3 = found.values()
    assert (llama.title, llama.year, llama.notes) == (
        "Llama 2: Open foundation and fine-tuned chat models", 2023, ["LLaMA2"])
    assert (gpt3.title, gpt3.venue) == ("GPT-3: Language Models are Few-Shot Learners", "NeurIPS 2020")


def test_where_the_authors_work_after_the_titles_full_stop_is_a_note():
    # fengbintu/Neural-Networks-on-Silicon (about 160 lines under "### 2016 DAC" headings)
    found = papers("### 2015 DAC\n- Scalable Effort Classifiers for Energy Efficient Machine Learning. (Purdue "
                   "University, Microsoft Research)\n\n### 2016 DAC\n"
                   "- **Deep^3: Leveraging Three Levels of Parallelism for Efficient Deep Learning.** (UCSD, Rice)\n")
    assert [(p.title, p.venue, p.notes) for p in found.values()] == [
        ("Scalable Effort Classifiers for Energy Efficient Machine Learning", "DAC 2015",
         ["Purdue University, Microsoft Research"]),
        ("Deep^3: Leveraging Three Levels of Parallelism for Efficient Deep Learning", "DAC 2016", ["UCSD, Rice"])]


def test_a_pdf_kept_beside_the_list_survives_import_and_export(tmp_path):
    # YXWei/Awesome-learned-index: the link is the paper itself, a path in the list's repository
    from typer.testing import CliRunner

    from paperctl.cli import app

    listed = tmp_path / "README.md"
    listed.write_text("### 2019\n\n4. [2019-SIGMOD-FITing-Tree_Data-aware-Index](papers/2019-SIGMOD-FITing-Tree_"
                      "Data-aware-Index.pdf)\n", encoding="utf-8")
    db = str(tmp_path / "library.db")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "import", str(listed)]).exit_code == 0
    exported = runner.invoke(app, ["--db", db, "export", "--md"]).stdout
    assert "[[pdf]](papers/2019-SIGMOD-FITing-Tree_Data-aware-Index.pdf)" in exported
    assert "**FITing-Tree Data-aware-Index** (SIGMOD 2019)" in exported


def test_only_a_plain_path_to_a_pdf_is_kept_as_a_link():
    from paperctl.identifiers import is_link_target

    assert is_link_target("papers/2019-SIGMOD-FITing-Tree.pdf") and is_link_target("https://arxiv.org/abs/1")
    assert is_link_target("./17-ICCV-Genetic CNN.pdf")  # (pzhren/Awesome-NAS; exported in "<...>")
    assert not any(map(is_link_target, ["../secret.pdf", "/etc/x.pdf", "javascript:alert(1).pdf", "a  b.pdf",
                                        "x.pdf)[click](https://evil.example", "notes/x.md"]))


def test_a_keynote_talk_or_tutorial_named_before_its_slides_is_no_paper():
    # Xilinx/finn (docs/publications.md): its keynotes, talks and tutorials, each named after the event
    found = papers("## Publications\n\n"
                   "* DAMON'2019 keynote:  <a href=\"https://github.com/Xilinx/FINN/blob/master/docs/DAMON2019_Blott_"
                   "final.pdf\" target=\"_blank\">Performance Scaling with Innovative Compute Architectures and "
                   "FPGAs</a>\n"
                   "* FPGA'2018 tutorial: <a href=\"https://github.com/Xilinx/FINN/blob/master/docs/FPGA2018_tutorial.pdf"
                   "\" target=\"_blank\">Training Quantized Neural Networks</a>\n"
                   "* FINN: A Framework for Fast, Scalable Binarized Neural Network Inference [[arXiv](https://arxiv.org/"
                   "abs/1612.07119)]\n")
    assert list(found) == ["FINN: A Framework for Fast, Scalable Binarized Neural Network Inference"]


def test_a_tldr_label_in_italics_before_a_short_summary():
    # tmylla/Awesome-LLM4Cybersecurity (149 tl;dr lines)
    paper = one("1. **Evaluation of ChatGPT Model for Vulnerability Detection**. *Anton Cheshkov, Pavel Zadorozhny.* "
                "[[paper](https://arxiv.org/abs/2304.07232)] 2023.04\n\t> *tl;dr* 检测代码漏洞\n")
    assert paper.summary == "检测代码漏洞"


def test_a_publication_column_of_titles_each_citing_its_authors_and_year_as_the_link():
    # px39n/Awesome-Precision-Agriculture (15 rows; the table writes no leading pipe)
    found = papers("Year |Method| Keywords | Publication | (Re-)Implementation\n|--|--|--|--|--|\n"
                   "2015|InnerProductLayer| Agriculture,RS,ML|Estimating crop yields with deep learning and remotely "
                   "sensed data[(Kuwata et al.2015)](https://ieeexplore.ieee.org/document/7325900)| |\n"
                   "2018|LSTM | LSTM,RNN,soybean,maize | A Scalable Machine Learning System for Pre-Season Agriculture "
                   "Yield Forecast([Cunha et al.2018](https://ieeexplore.ieee.org/document/8588750))| |\n")
    assert [(p.title, names(p), p.year, p.url) for p in found.values()] == [
        ("Estimating crop yields with deep learning and remotely sensed data", ["Kuwata"], 2015,
         "https://ieeexplore.ieee.org/document/7325900"),
        ("A Scalable Machine Learning System for Pre-Season Agriculture Yield Forecast", ["Cunha"], 2018,
         "https://ieeexplore.ieee.org/document/8588750")]


def test_a_dated_line_of_the_owners_news_is_not_the_paper_it_mentions():
    # hanyang1999/Preference-Tuning-with-Human-Feedback: under "## Highlights", a date and "We release ...",
    # mentioning a paper the list gives in full below; the paper keeps its own title
    parsed = parse("## Highlights\n- 2025/04/07 We release the third version of our survey paper! We include more "
                   "related relevant references e.g. [GRPO](https://arxiv.org/abs/2402.03300).\n\n## RLHF\n\n"
                   "  - **Shao, et al. (2024)** *DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open "
                   "Language Models*. arXiv [[Paper](https://arxiv.org/abs/2402.03300)]\n")
    assert [(e.data.title, e.data.arxiv_id) for e in parsed.entries] == [
        ("DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models", "2402.03300")]
    assert dict(parsed.skipped)[2] == "a news line, not a paper"
