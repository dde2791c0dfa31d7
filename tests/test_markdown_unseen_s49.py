"""Shapes of real lists found by the forty-sixth blind labelling round (``bench/unseen-lists/s49a``-
``s49h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers
from paperctl.formats.markdown import venues


def test_an_italic_venue_line_over_its_papers():
    # HinsZei/Pedestrian-Trajectory-Prediction-Papers: each group a venue in italics, its long name in brackets,
    # a link to its site; the papers below appeared there; the line is no paper and no section
    found = papers(
        "## Trajectory Prediction\n\n"
        "*ICRA(International Conference on Robotics and Automation ) 2022*: [[Conference]](https://ieeexplore.ieee.org/"
        "xpl/conhome/9811522/proceeding)\n\n"
        "- Meta-path Analysis on Spatio-Temporal Graphs for Pedestrian Trajectory Prediction [[Paper]](https://"
        "ieeexplore.ieee.org/document/9811632)\n\n"
        "*IEEE Transactions on Intelligent Transportation Systems(2020-now):*  [[Journal]](https://ieeexplore.ieee.org/"
        "xpl/RecentIssue.jsp?punumber=6979)\n\n"
        "- Holistic LSTM for Pedestrian Trajectory Prediction [[Paper]](https://ieeexplore.ieee.org/document/9361440):\n"
        "\n*GCN for Action Recognition:*\n\n- [Spatial Temporal Graph Convolutional Networks for Skeleton-Based Action "
        "Recognition](https://arxiv.org/abs/1801.07455)\n")
    assert [(t[:24], p.venue, p.year, p.tags) for t, p in found.items()] == [
        ("Meta-path Analysis on Sp", "ICRA 2022", 2022, ["Trajectory Prediction"]),
        ("Holistic LSTM for Pedest", "IEEE Transactions on Intelligent Transportation Systems", None,
         ["Trajectory Prediction"]),
        ("Spatial Temporal Graph C", None, None, ["Trajectory Prediction"])]


def test_a_paper_heading_over_its_address_alone_and_a_description():
    # mekty2012/Deep-Learning-Theory (Verification.md, every paper so); "# Useful Resources" over an address is
    # no paper (lcybuzz/Low-Level-Vision-Paper-Record)
    described = ["By computing the global lower bound and global upper bound for each neurons, approximate the "
                 "maximum adversarial accuracy by lower bound.", "By recording the maximum and minimum value of "
                 "activations, verifies the robustness with linear equation SMT solver.",
                 "Using Zonotope with multi-norm, define the abstract interpretation for Transformer network."]
    found = papers(
        f"### Robustness Verification for Transformers\n\n<https://www.arxiv.org/abs/2002.06622>\n\n{described[0]}\n\n"
        "### Reluplex: An Efficient SMT Solver for Verifying Deep Neural Networks\n\n<https://www.arxiv.org/abs/1702."
        f"01135>\n\n{described[1]}\n\n### Fast and precise certification of transformers\n\n<https://dl.acm.org/doi/"
        f"10.1145/3453483.3454056>\n\n{described[2]}\n\n# Useful Resources\nhttps://paperswithcode.com/task/image-"
        "denoising?page=2\n")
    assert [(t[:28], p.arxiv_id, p.summary) for t, p in found.items()] == [
        ("Robustness Verification for ", "2002.06622", described[0]),
        ("Reluplex: An Efficient SMT S", "1702.01135", described[1]),
        ("Fast and precise certificati", None, described[2])]


def test_a_scholar_citation_after_the_title_link_with_initials_and_a_venues_short_name():
    # mlz8/VQA-Reading-List: "Surname, First, First M. Last, ..., and First Last. In <venue> (**ABBR**). Year.",
    # in italics left open ("2017. *"), venues in lower case
    found = papers(
        "* **SHAPES** - [Neural Module Networks](http://openaccess.thecvf.com/content_cvpr_2016/papers/Andreas_Neural_"
        "Module_Networks_CVPR_2016_paper.pdf) - *Andreas, Jacob, Marcus Rohrbach, Trevor Darrell, and Dan Klein. In "
        "Conference on Computer Vision and Pattern Recognition (**CVPR**). 2016. *\n"
        "* **Sort-of-CLEVR** - [A simple neural network module for relational reasoning](https://papers.nips.cc/paper/"
        "7082-a-simple-neural-network-module-for-relational-reasoning.pdf) - *Santoro, Adam, David Raposo, David G. "
        "Barrett, and Timothy Lillicrap. In Advances in neural information processing systems (**NIPS**). 2017.*\n")
    assert [(names(p), p.year, p.summary) for p in found.values()] == [
        (["Jacob Andreas", "Marcus Rohrbach", "Trevor Darrell", "Dan Klein"], 2016, None),
        (["Adam Santoro", "David Raposo", "David G. Barrett", "Timothy Lillicrap"], 2017, None)]


def test_a_preprint_and_the_year_and_month_its_arxiv_id_begins_with():
    # markdtw/awesome-architecture-search ("*Arxiv 1707*" under 12 of its 29 papers); "arXiv 2012" is a year
    found = papers(
        "- Learning Transferable Architectures for Scalable Image Recognition [[pdf]](https://arxiv.org/abs/1707.07012)"
        "\n  - Barret Zoph, Vijay Vasudevan, Jonathon Shlens, Quoc V. Le. *Arxiv 1707*\n")
    paper = found["Learning Transferable Architectures for Scalable Image Recognition"]
    assert (paper.venue, paper.year, names(paper)[0]) == ("Arxiv 2017", 2017, "Barret Zoph")
    assert [venues.parse(v) for v in ("arxiv 2402", "Arxiv2305", "arXiv 2012")] == [
        ("arXiv 2024", 2024), ("Arxiv 2023", 2023), ("arXiv 2012", 2012)]


def test_who_wrote_it_a_paragraph_of_the_item_below_the_title():
    # Haoyi-Zhang/Agent4SE_SLR (every entry: a line of spaces, then "  Song et al.")
    found = papers(
        "* [2024/10] **AgentBank: Towards Generalized LLM Agents via Fine-Tuning on 50000+ Interaction Trajectories.** "
        "[[arXiv](https://arxiv.org/pdf/2410.07706)]\n  \n  Song et al.\n\n"
        "* [2024/10] **RLEF: Grounding Code LLMs in Execution Feedback with Reinforcement Learning.** [[arXiv](https://"
        "arxiv.org/pdf/2410.02089)]\n  \n  Gehring et al.\n")
    assert [(names(p), p.notes) for p in found.values()] == [(["Song"], []), (["Gehring"], [])]


def test_a_bold_group_over_tables_in_details_nested_in_a_list():
    # aimagelab/awesome-captioning-evaluation: "- **Learnable Metrics**" over items of "<details>" and a table each
    found = papers(
        "# Table of Contents\n\n- **The Evolution of Captioning Metrics**\n  - <details>\n"
        "      <summary><strong>Rule-based Metrics</strong></summary>\n  \n"
        "      | **Year** | **Conference / Journal** | **Title** | **Authors** | **Links** |\n"
        "      |:--------:|:---:|:---:|:---:|:---:|\n"
        "      | 2002 | ACL | BLEU: A method for automatic evaluation of machine translation | "
        "*Kishore Papineni et al.* | [📜 Paper](https://aclanthology.org/P02-1040.pdf) |\n    \n  </details>\n\n"
        "    - **Learnable Metrics**\n        - <details>\n            <summary>Unsupervised Metrics</summary>\n\n"
        "            | **Year** | **Conference / Journal** | **Title** | **Authors** | **Links** |\n"
        "            |:--------:|:---:|:---:|:---:|:---:|\n"
        "            | 2021 | CVPR | FAIEr: Fidelity and Adequacy Ensured Image Caption Evaluation | "
        "*Sijin Wang et al.* | [📜 Paper](https://openaccess.thecvf.com/content/CVPR2021/papers/Wang_FAIEr_CVPR_2021"
        "_paper.pdf) |\n\n"
        "          </details>\n")
    assert [(t[:20], p.venue, names(p)) for t, p in found.items()] == [
        ("BLEU: A method for a", "ACL 2002", ["Kishore Papineni"]),
        ("FAIEr: Fidelity and ", "CVPR 2021", ["Sijin Wang"])]


def test_the_year_where_in_short_and_the_names_surname_first_after_a_bold_title():
    # xinyi-hou/LLM4SE_SLR (every entry; semicolons between the names)
    found = papers(
        "- **Data-driven prototyping via natural-language-based gui retrieval** (2023), ASE_J, Kolthoff, Kristian; "
        "Bartelt, Christian; Ponzetto, Simone Paolo.\n"
        "- **An empirical study on code comment completion** (2021), ICSME, Mastropaolo, Antonio; Aghajani, Emad.\n")
    assert [(names(p), p.year) for p in found.values()] == [
        (["Kristian Kolthoff", "Christian Bartelt", "Simone Paolo Ponzetto"], 2023),
        (["Antonio Mastropaolo", "Emad Aghajani"], 2021)]


def test_a_section_of_a_years_papers_gives_them_its_year():
    # Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction ("# 2021 Conference and Journal Papers" over
    # "## Journal Papers"); samzabdiel/XAI ("### 2017 Conference Papers")
    found = papers(
        "# Awesome\n# 2020 Conference and Journal Papers\n## Journal Papers\n"
        "* A Title of Some Paper on Trajectories, Neurocomputing. [[paper](https://x.org/b)]\n"
        "# 2021 Conference and Journal Papers\n## Journal Papers\n"
        "* An efficient Spatial–Temporal model based on gated linear units for trajectory prediction, Neurocomputing. "
        "[[paper](https://x.org/a)]\n")
    assert [(p.venue, p.year, p.tags) for p in found.values()] == [
        ("Neurocomputing 2020", 2020, ["2020 Conference and Journal Papers/Journal Papers"]),
        ("Neurocomputing 2021", 2021, ["2021 Conference and Journal Papers/Journal Papers"])]


def test_a_journal_in_words_ending_a_plain_title():
    # Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction: the year is the section's; "(IV 2018)" after the
    # journal's words still names the venue
    found = papers(
        "# Awesome\n# 2021 Conference and Journal Papers\n## Journal Papers\n"
        "* Human Trajectory Forecasting in Crowds: A Deep Learning Perspective,  IEEE Transactions on Intelligent "
        "Transportation Systems. [[paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9408398)]\n"
        "* Multi-Modal Trajectory Prediction of Surrounding Vehicles with Maneuver based LSTMs, IEEE Intelligent "
        "Vehicles Symposium (IV 2018). [[paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8500493)]\n")
    assert [(t[:34], p.venue) for t, p in found.items()] == [
        ("Human Trajectory Forecasting in Cr", "IEEE Transactions on Intelligent Transportation Systems 2021"),
        ("Multi-Modal Trajectory Prediction ", "IV 2018")]


def test_a_cards_fields_under_a_details_label_are_one_paper():
    # MaybeBio/Awesome-Protein-ContactMap-Prediction (every tool a card: "<details><summary>Tool</summary>" over
    # "**Key:** value" bullets); a link to the list's own page ("docs/AlphaFold2/") is no address to keep
    found = papers(
        "## Models & Tools\n\n<details>\n<summary>AlphaFold2</summary>\n\n"
        "- **Paper:** [Highly accurate protein structure prediction with AlphaFold](https://www.nature.com/articles/"
        "s41586-021-03819-2) (Nature, 2021) \n- **Code:** https://github.com/google-deepmind/alphafold\n"
        "- **Docs:** [Read more →](docs/AlphaFold2/) *to be written*\n- **Approach:** DL\n</details>\n")
    assert [(t, p.venue, p.year, p.links) for t, p in found.items()] == [
        ("Highly accurate protein structure prediction with AlphaFold", "Nature 2021", 2021,
         {"code": "https://github.com/google-deepmind/alphafold"})]
