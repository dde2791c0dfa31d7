"""Shapes of real lists found by the ninth and tenth blind labelling rounds (``bench/unseen-lists/
s14a``-``s14h``) and by the leftovers of earlier rounds, held with the lists' own lines (the
repository is named in each test). ``test_markdown_unseen_lists.py`` holds the earlier rounds'."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_title_linking_its_notes_at_an_anchor_that_drops_punctuation():
    # kcxain/Awesome-LLM4Code: the anchor's maker drops "." and "'" ("RoboTwin-20", "Agents"), and three
    # of its 208 papers had been "a link to a file of the list's own"
    parsed = parse(
        "## 2025-06\n### 0619-0626\n"
        "- [RoboTwin 2.0: A Scalable Data Generator and Benchmark](archive/2025-06/0626.md#RoboTwin-20-A-"
        "Scalable-Data-Generator-and-Benchmark)\n"
        "- [LMR-BENCH: Evaluating LLM Agent's Ability on Reproducing Language Modeling Research](archive/2025-06/"
        "0626.md#LMR-BENCH-Evaluating-LLM-Agents-Ability-on-Reproducing-Language-Modeling-Research)\n"
        "- [Release notes](archive/2025-06/0626.md#Release-Notes-Of-June)\n")
    assert [e.data.title for e in parsed.entries] == [
        "RoboTwin 2.0: A Scalable Data Generator and Benchmark",
        "LMR-BENCH: Evaluating LLM Agent's Ability on Reproducing Language Modeling Research"]
    assert parsed.skipped == [(5, "a link to a file of the list's own, not a paper")]


def test_a_year_month_heading_gives_its_papers_their_year_and_stays_a_section():
    # kcxain/Awesome-LLM4Code, a weekly digest: "## 2025-07" then "### 0717-0724"
    parsed = parse(
        "## 2025-07\n### 0717-0724\n"
        "- [Investigating Training Data Detection in AI Coders](archive/2025-07/0724.md#Investigating-Training-Data-"
        "Detection-in-AI-Coders)\n"
        "## 2024年12月\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "## 2024-13\n"
        "- [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361)\n")
    assert [(e.data.year, e.data.tags) for e in parsed.entries] == [
        (2025, ["2025-07/0717-0724"]), (2024, ["2024年12月"]), (None, ["2024-13"])]


def test_a_doi_link_is_the_papers_link_as_written_and_gives_its_doi():
    # JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals, MachineLearningLifeScience/awesome-protein-foundation-models,
    # idrl-lab/PINNpapers: every labeller took a doi.org link for the paper's url, and its DOI
    found = papers(
        "## Historical models\n\n"
        "- [Hidden Markov Models in Computational Biology](https://doi.org/10.1006/jmbi.1994.1104)\n"
        "- Learning to rank [[paper]](http://dx.doi.org/10.1145/1273496.1273513)"
        " [[arXiv]](https://arxiv.org/abs/1706.03762)\n")
    hmm = found["Hidden Markov Models in Computational Biology"]
    assert (hmm.doi, hmm.url) == ("10.1006/jmbi.1994.1104", "https://doi.org/10.1006/jmbi.1994.1104")
    rank = found["Learning to rank"]
    assert (rank.doi, rank.url) == ("10.1145/1273496.1273513", "http://dx.doi.org/10.1145/1273496.1273513")


def test_a_one_line_notes_cell_is_the_summary_in_a_table_without_one():
    # MachineLearningLifeScience/awesome-protein-foundation-models: "| Model | Paper | Venue | Year | Citations |
    # Notes |", each Notes cell a one-line description; a Remark, a framework name or notes over lines stay notes
    found = papers(
        "## Historical models\n\n| Model | Paper | Venue | Year | Notes |\n| --- | --- | --- | ---: | --- |\n"
        "| HMMs | [Hidden Markov Models in Computational Biology](https://doi.org/10.1006/jmbi.1994.1104) |"
        " Journal of Molecular Biology | 1994 | Markovian sequence models for protein families. |\n"
        "| ESM | [Biological structure and function emerge](https://doi.org/10.1073/pnas.2016239118) | PNAS | 2021 |"
        " pytorch |\n"
        "| ESM-2 | [Evolutionary-scale prediction of atomic-level protein structure](https://doi.org/10.1126/"
        "science.ade2574) | Science | 2023 | Read twice. <br> High-capacity pLM with strong zero-shot signals. |\n"
        "\n| Title | Remark |\n| --- | --- |\n"
        "| [nnU-Net: Self-adapting Framework](https://arxiv.org/abs/1809.10486) | 2nd Place in MICCAI 2020 |\n")
    assert [(p.summary, p.notes) for p in found.values()] == [  # (and each model's name, which no title says)
        ("Markovian sequence models for protein families.", ["HMMs"]), (None, ["ESM", "pytorch"]),
        (None, ["ESM-2", "Read twice.", "High-capacity pLM with strong zero-shot signals."]),
        (None, ["2nd Place in MICCAI 2020"])]


def test_a_changed_summary_is_written_into_the_notes_column_of_a_table_without_a_summary_column(tmp_path):
    from typer.testing import CliRunner

    from paperctl.cli import app

    listed = tmp_path / "README.md"
    listed.write_text(
        "## Historical models\n\n| Model | Paper | Year | Notes |\n| --- | --- | ---: | --- |\n"
        "| HMMs | [Hidden Markov Models in Computational Biology](https://doi.org/10.1006/jmbi.1994.1104) | 1994 |"
        " Markovian sequence models for protein families. |\n", encoding="utf-8")
    runner, db, again = CliRunner(), tmp_path / "lib.db", tmp_path / "again.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(listed)]).exit_code == 0
    assert runner.invoke(app, ["--db", str(db), "summary", "10.1006/jmbi.1994.1104",
                               "Profile HMMs over protein families."]).exit_code == 0
    out = tmp_path / "out.md"
    assert runner.invoke(app, ["--db", str(db), "export", "--md", "--style", "auto", "-o", str(out)]).exit_code == 0
    assert "| Profile HMMs over protein families. |" in out.read_text(encoding="utf-8")
    assert runner.invoke(app, ["--db", str(again), "import", str(out)]).exit_code == 0
    shown = runner.invoke(app, ["--db", str(again), "list", "--json"])
    assert '"summary": "Profile HMMs over protein families."' in shown.output


def test_a_year_and_venue_joined_by_dashes_before_the_title():
    # MingSun-Tse/Awesome-Pruning-at-Initialization (56 entries: "2018-ICLR-" had been the title, and entries
    # without an arXiv ID were merged by it); tangzhenyu/Scene-Text-Understanding (72 entries, "[2017-ICCV]")
    found = papers(
        "## Papers\n"
        "- 2018-ICLR-[Deep rewiring: Training very sparse deep networks](https://arxiv.org/abs/1711.05136)\n"
        "- 2018-Nature Communications-[Scalable training of artificial neural networks with adaptive sparse"
        " connectivity](https://www.nature.com/articles/s41467-018-04316-3)\n"
        "- 2019-ICML-[Parameter efficient training of deep convolutional neural networks](http://proceedings.mlr."
        "press/v97/mostafa19a.html)\n"
        "- 2019.7-[Sparse networks from scratch: Faster training without losing performance](https://arxiv.org/abs/"
        "1907.04840)\n"
        "- [2017-ICCV]WordSup: Exploiting Word Annotations for Character based Text Detection [[Paper]](https://"
        "arxiv.org/abs/1708.06720)\n"
        "- [2017-arXiv]Arbitrary-Oriented Scene Text Detection via Rotation Proposals [[Paper]](https://arxiv.org/"
        "abs/1703.01086)\n"
        "- [2014-Front.Comput.Sci] Scene Text Detection and Recognition: Recent Advances and Future Trends"
        " [`paper`](http://mc.eistar.net/uploadfiles/Papers/FCS_TextSurvey_2015.pdf)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Deep rewiring: Training very sparse deep networks", "ICLR 2018", 2018),
        ("Scalable training of artificial neural networks with adaptive sparse connectivity",
         "Nature Communications 2018", 2018),
        ("Parameter efficient training of deep convolutional neural networks", "ICML 2019", 2019),
        ("Sparse networks from scratch: Faster training without losing performance", None, 2019),
        ("WordSup: Exploiting Word Annotations for Character based Text Detection", "ICCV 2017", 2017),
        ("Arbitrary-Oriented Scene Text Detection via Rotation Proposals", "arXiv 2017", 2017),
        ("Scene Text Detection and Recognition: Recent Advances and Future Trends", "Front.Comput.Sci 2014", 2014)]


def test_a_bare_link_under_a_plain_title_is_its_paper_and_the_venue_beside_it_is_kept():
    # plll4zzx/Awesome-LLM-Watermark: the address had been a paper titled by itself, and "ICML 2023" was lost
    found = papers(
        "### Token-level watermark\n"
        "* A Watermark for Large Language Models \n  * ICML 2023\n  * <http://arxiv.org/abs/2301.10226>\n"
        "* An Unforgeable Publicly Verifiable Watermark for Large Language Models\n  * ICLR 2024\n"
        "  * https://openreview.net/forum?id=gMLQwKDY3N\n"
        "* Publicly Detectable Watermarking for Language Models [text](http://arxiv.org/abs/2310.18491)\n")
    assert [(t, p.venue, p.arxiv_id, p.url) for t, p in found.items()] == [
        ("A Watermark for Large Language Models", "ICML 2023", "2301.10226", None),
        ("An Unforgeable Publicly Verifiable Watermark for Large Language Models", "ICLR 2024", None,
         "https://openreview.net/forum?id=gMLQwKDY3N"),
        ("Publicly Detectable Watermarking for Language Models", None, "2310.18491", None)]


def test_an_author_s_column_gives_the_authors():
    # jjbrophy47/machine_unlearning (183 rows): "| Author(s) | Title | Venue |" had been a column of nothing
    found = papers(
        "## 2023\n\n| Author(s) | Title | Venue |\n|:--------- | ----- | ----- |\n"
        "| Kong and Chaudhuri | [Data Redaction from Pre-trained GANs](https://openreview.net/forum?id=V7TaczasnAk)"
        " | TSRML Workshop |\n"
        "| Chen et al. | [Boundary Unlearning](https://openaccess.thecvf.com/content/CVPR2023/html/C.html) | CVPR |\n")
    assert [[a.name for a in p.authors] for p in found.values()] == [["Kong", "Chaudhuri"], ["Chen"]]


def test_an_underlined_venue_then_its_year_is_one_venue_and_a_track_follows_the_year():
    # lfy79001/Awesome-Table-QA (45 entries): "<ins>ACL</ins> 2021" had given the venue "ACL", and
    # "<ins>EMNLP-Findings</ins> 2020" no venue, with the authors after it read as a summary
    found = papers(
        "## Papers\n\n"
        "5. **HybridQA: A Dataset of Multi-Hop Question Answering over Tabular and Textual Data** `HybridQA`"
        " <ins>EMNLP-Findings</ins> 2020\n    \n    [[Paper](https://aclanthology.org/2020.findings-emnlp.91/)]"
        " [[Code](https://github.com/wenhuchen/HybridQA)]*Wenhu Chen, Hanwen Zha, Zhiyu Chen*\n\n"
        "7. **TAT-QA: A Question Answering Benchmark on a Hybrid of Tabular and Textual Content in Finance** `TAT-QA`"
        " <ins>ACL</ins> 2021\n    \n    [[Paper](https://aclanthology.org/2021.acl-long.254/)] *Fengbin Zhu*\n")
    assert [(p.venue, p.year, [a.name for a in p.authors], p.summary) for p in found.values()] == [
        ("EMNLP 2020 Findings", 2020, ["Wenhu Chen", "Hanwen Zha", "Zhiyu Chen"], None),
        ("ACL 2021", 2021, ["Fengbin Zhu"], None)]


def test_a_venue_badge_with_a_track_or_with_initials_and_a_year():
    # khuangaf/Awesome-Chart-Understanding: "badge/ACL_Findings-2023-yellow" is ACL 2023 Findings (as the rules
    # write "EMNLP'24%20Findings"), and "badge/INLG-2020-yellow" INLG 2020; a licence badge is no venue
    from paperctl.formats.markdown import badges

    badge = "https://img.shields.io/badge/"
    assert [badges.badge_venue(badge + b) for b in (
        "ACL_Findings-2023-yellow", "ICLR_Workshop-2018-yellow", "INLG-2020-yellow", "LICENSE-2020-blue",
        "Dataset-red")] == ["ACL 2023 Findings", "ICLR 2018 Workshop", "INLG 2020", None, None]


def test_a_paper_about_a_library_under_a_software_heading_and_a_journal_after_italic_authors():
    # idrl-lab/PINNpapers: under "## Software", papers cited in full (11 lines) had been skipped as tools; the
    # journal after the italic authors (about 50 lines) had been read as one more author
    found = papers(
        "## Software\n\n"
        "1. **DeepXDE: A Deep Learning Library for Solving Differential Equations**, *Lu Lu, Xuhui Meng, Zhiping Mao,"
        " George Em Karniadakis*, SIAM Review, 2021. [[paper](https://epubs.siam.org/doi/pdf/10.1137/19M1274067)]"
        "[[code](https://github.com/lululxvi/deepxde)]\n"
        "2. [TorchDiffEq](https://github.com/rtqichen/torchdiffeq) - ODE solvers in PyTorch\n\n"
        "## Papers\n\n"
        "1. **A physics-aware learning architecture with input transfer networks for predictive modeling**, *Amir"
        " Behjat, Chen Zeng, Souma Chowdhury*, Applied Soft Computing, 2020. [[paper](https://www.sciencedirect.com/"
        "science/article/abs/pii/S1568494620306037)]\n")
    assert [(t, p.venue, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("DeepXDE: A Deep Learning Library for Solving Differential Equations", "SIAM Review 2021",
         ["Lu Lu", "Xuhui Meng", "Zhiping Mao", "George Em Karniadakis"]),
        ("A physics-aware learning architecture with input transfer networks for predictive modeling",
         "Applied Soft Computing 2020", ["Amir Behjat", "Chen Zeng", "Souma Chowdhury"])]


def test_a_workshop_named_without_its_year_takes_the_year_before_the_track():
    # HongshengHu/membership-inference-machine-learning-literature ("| 2021 | **Title** | ... | NeurIPS Workshop |"),
    # jjbrophy47/machine_unlearning ("| AISec Workshop |" under "### 2022"): NAME YEAR track, as the rules write it
    found = papers(
        "## 2022\n\n| Author(s) | Title | Venue |\n| --- | --- | --- |\n"
        "| Kong et al. | [Forgeability and Membership Inference Attacks](https://dl.acm.org/doi/abs/10.1145/3560830."
        "3563731) | AISec Workshop |\n"
        "| Lee | [A Study of Forgetting](https://arxiv.org/abs/2201.00001) | European Workshop on Learning |\n")
    assert [p.venue for p in found.values()] == ["AISec 2022 Workshop", "European Workshop on Learning 2022"]


def test_authors_between_semicolons_and_a_bibtex_and_others():
    # drivetosouth/Awesome-LLM-Safety: "Wei Huang; Yinggui Wang; ..." and "Touvron, Hugo and Martin, Louis and
    # others" under the title link had given no authors; jason718/awesome-self-supervised-learning writes the first
    from paperctl.formats.markdown import people

    assert people.parse("Wei Huang; Yinggui Wang; Anda Cheng") == ["Wei Huang", "Yinggui Wang", "Anda Cheng"]
    assert people.parse("Touvron, Hugo and Martin, Louis and Stone, Kevin and others") == [
        "Hugo Touvron", "Louis Martin", "Kevin Stone"]
    assert people.parse("Train once; deploy everywhere") == []  # a sentence with a semicolon is no list


def test_a_preprints_categories_before_its_year_and_a_journal_in_a_code_span():
    # idrl-lab/PINNpapers (42 lines "arXiv:ID [physics], 2021."): the year had been lost to the categories;
    # JimengShi/DL-Foundation-Models-Weather: "```IEEE Access 2024```" had been a tag, a journal and its year
    found = papers(
        "## Papers\n\n"
        "3. **Learning in Sinusoidal Spaces with Physics-Informed Neural Networks**, *Jian Cheng Wong, Chinchun Ooi*,"
        " arXiv:2109.09338 [physics], 2021. [[paper](http://arxiv.org/pdf/2109.09338.pdf)]\n"
        "- **(Fformer)** _PFformer: A Time-Series Forecasting Model for Short-Term Precipitation Forecasting_"
        " ```IEEE Access 2024```     \n[[Paper](https://ieeexplore.ieee.org/document/10684190)]\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("arXiv 2021", 2021, []), ("IEEE Access 2024", 2024, ["Fformer"])]


def test_a_journal_in_words_after_a_plain_title_in_brackets_or_after_a_comma():
    # WanyuGroup/AI-for-crystal-materials "(Nature Machine Intelligence 2023)", JimengShi/DL-Foundation-Models-
    # Weather ", Earth and Space Science 2023.": both had stayed in the title; "(Part II, 2024)" is the title's
    found = papers(
        "## Papers\n"
        "- CHGNet as a pretrained universal neural network potential for charge-informed atomistic modelling"
        " (Nature Machine Intelligence 2023) [[**Paper**](https://www.nature.com/articles/s42256-023-00716-3)]\n"
        "- spateGAN: Spatio-Temporal Downscaling of Rainfall Fields Using a cGAN Approach, Earth and Space Science"
        " 2023. [[Paper](https://agupubs.onlinelibrary.wiley.com/doi/10.1029/2023EA002906)]\n"
        "- Revisiting the Superficial Alignment Hypothesis (Part II, 2024) [[paper]](https://arxiv.org/abs/2410.03717)\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("CHGNet as a pretrained universal neural network potential for charge-informed atomistic modelling",
         "Nature Machine Intelligence 2023"),
        ("spateGAN: Spatio-Temporal Downscaling of Rainfall Fields Using a cGAN Approach",
         "Earth and Space Science 2023"),
        ("Revisiting the Superficial Alignment Hypothesis (Part II, 2024)", None)]


def test_a_surname_after_a_middle_initial_is_no_venue():
    # uclanlp/awesome-fairness-papers: "..., Xuezhi Wang, Ed H. Chi, 2020." had given the author "Ed H" and the
    # venue "Chi 2020" (CHI); a journal in words after an initial is still one (ewanlee/MARL-Papers)
    found = papers(
        "## Papers\n"
        "15. [Fairness without Demographics through Adversarially Reweighted Learning](https://arxiv.org/abs/"
        "2006.13114), Preethi Lahoti, Xuezhi Wang, Ed H. Chi, 2020.\n"
        "- Multiagent learning using a variable learning rate. [[Paper]](https://www.sciencedirect.com/science/"
        "article/pii/S0004370202001212) by Bowling M, Veloso M. Artificial Intelligence, 2002.\n")
    assert [([a.name for a in p.authors], p.venue, p.year) for p in found.values()] == [
        (["Preethi Lahoti", "Xuezhi Wang", "Ed H. Chi"], None, 2020),
        (["M Bowling", "M Veloso"], "Artificial Intelligence 2002", 2002)]


def test_what_no_field_takes_and_is_no_description_is_kept_as_a_note():
    # HillZhang1999/llm-hallucination-survey "OpenAI 2023.3", RUCAIBox/LLMSurvey "medRxiv 2022": both had been
    # dropped as "not a summary"; link words, separators and the entry's own venue again are not kept. (Since
    # medRxiv is a known preprint server, "medRxiv 2022" is the venue: taken by a field, it is no note.)
    found = papers(
        "## Papers\n"
        "1. **GPT-4 Technical Report**\n   *OpenAI* [[paper]](https://arxiv.org/abs/2303.08774) 2023.3\n"
        '33. **"How Does ChatGPT Perform on the Medical Licensing Exams?"**. *Aidan Gilson et al.* medRxiv 2022.'
        " [[Paper](https://www.medrxiv.org/content/10.1101/2022.12.23.22283901v1)]\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - NeurIPS 2017 - [paper] |\n")
    assert [(p.summary, p.notes, p.venue) for p in found.values()] == [
        (None, ["OpenAI 2023.3"], None), (None, [], "medRxiv 2022"), (None, [], "NeurIPS 2017")]


def test_a_venue_with_its_year_after_a_hyphen_in_a_citations_tail():
    # Strifee/awesome-speech-translation (about 230 lines): "InterSpeech-2016" had stayed in the title, and
    # "NIPS-2016 workshop" had read as "NIPS 2020 16 workshop"
    found = papers(
        "## Papers\n"
        "- Learning a Translation Model from Word Lattices, InterSpeech-2016, [[paper]](https://people.eng.unimelb."
        "edu.au/tcohn/papers/adams16is.pdf)\n"
        "- Listen and Translate, NIPS-2016 workshop, [[paper]](https://arxiv.org/abs/1612.01744)\n"
        "- MuST-C: a Multilingual Speech Translation Corpus, NAACL-2019, [[paper]](https://www.aclweb.org/anthology/"
        "N19-1202)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Learning a Translation Model from Word Lattices", "InterSpeech 2016", 2016),
        ("Listen and Translate", "NIPS 2016 workshop", 2016),
        ("MuST-C: a Multilingual Speech Translation Corpus", "NAACL 2019", 2019)]


def test_authors_and_year_set_off_by_dashes_before_the_title():
    # llhthinker/NLP-Papers (45 lines: "Authors - 2008 - **Title**"), smiyawaki0820/awesome-ner (100 lines:
    # "Liang+'22 - Title (AAAI)", the first author and "+" for the others): the prefix had stayed in the title
    # or been a note, and no authors were read
    found = papers(
        "## Papers\n"
        "- 2017-11\n"
        "  - Maaten and Hinton - 2008 - **Visualizing data using t-SNE** [[pdf]](http://www.jmlr.org/papers/v9/"
        "vandermaaten08a.html)\n"
        "  - Ling et al. - 2015 - **Finding function in form: Compositional character models for open vocabulary"
        " word representation**  [[pdf]](https://arxiv.org/abs/1508.02096)\n"
        "### [AAAI2022](https://aaai-2022.virtualchair.net/papers.html)\n"
        "- Liang+'22 - Exploring Entity Interactions for Few-Shot Relation Learning (AAAI) [[paper](https://aaai-2022."
        "virtualchair.net/poster_sa368)]\n")
    assert [([a.name for a in p.authors], p.year) for p in found.values()] == [
        (["Maaten", "Hinton"], 2008), (["Ling"], 2015), (["Liang"], 2022)]
    assert "Exploring Entity Interactions for Few-Shot Relation Learning" in found


def test_a_plain_title_line_then_a_bullet_of_its_authors_and_venue():
    # oneHuster/Meta-Learning-Papers (114 entries): the bullet had been read as nothing, and titles without a
    # link not imported; "Meta-Learning[[paper](..)]" had kept the link's bracket in the title
    found = papers(
        "## Survey\n"
        "Meta-Learning[[paper](https://www.ml4aad.org/wp-content/uploads/2018/09/chapter2-metalearning.pdf)]\n"
        "  - Joaquin Vanschoren\n\n"
        "## Few-shot learning\n"
        "Learning to Learn via Self-Critique [[paper](https://arxiv.org/abs/1905.10295)]\n"
        "  - Antreas Antoniou, Amos Storkey  --NeurIPS 2019\n  \n"
        "Meta-Dataset: A Dataset of Datasets for Learning to Learn from Few Examples\n"
        "  - Eleni Triantafillou, Tyler Zhu, Vincent Dumoulin  -- arXiv 2019\n")
    assert [(t, [a.name for a in p.authors], p.venue) for t, p in found.items()] == [
        ("Meta-Learning", ["Joaquin Vanschoren"], None),
        ("Learning to Learn via Self-Critique", ["Antreas Antoniou", "Amos Storkey"], "NeurIPS 2019"),
        ("Meta-Dataset: A Dataset of Datasets for Learning to Learn from Few Examples",
         ["Eleni Triantafillou", "Tyler Zhu", "Vincent Dumoulin"], "arXiv 2019")]


def test_a_citation_tail_with_a_glued_in_venue_or_an_ellipsis_among_the_authors():
    # zengyh1900/Awesome-Image-Inpainting: "Winston Hsu. In BMVC2019." and "Du, D., ... & Cui, S. CVPR2019." had
    # given no authors and no venue
    found = papers(
        "## Video\n"
        "7. [Learnable Gated Temporal Shift Module for Deep Video Inpainting](https://arxiv.org/abs/1907.01131)"
        " Ya-Liang Chang, Zhe Yu Liu, Kuan-Ying Lee, Winston Hsu. In BMVC2019. \n"
        "28. [Deep Reinforcement Learning of Volume-guided Progressive View Inpainting](https://arxiv.org/pdf/"
        "1903.04019.pdf). Han, X., Zhang, Z., Du, D., ... & Cui, S. CVPR2019. \n"
        "- Ashish Vaswani, Noam Shazeer, Niki Parmar, et al. Attention Is All You Need. In NeurIPS, 2017."
        " [[pdf](https://arxiv.org/abs/1706.03762)]\n")
    assert [([a.name for a in p.authors], p.venue) for p in found.values()] == [
        (["Ya-Liang Chang", "Zhe Yu Liu", "Kuan-Ying Lee", "Winston Hsu"], "BMVC 2019"),
        (["X. Han", "Z. Zhang", "D. Du", "S. Cui"], "CVPR 2019"),
        (["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"], "NeurIPS 2017")]


def test_a_quote_under_an_entry_is_its_summary():
    # thunlp/KRLPapers (44 entries) writes its description in a quote inside the item, thunlp/NREPapers and
    # ll0ruc/event-extraction-paper a sentence of the abstract: the labels of all 62 such entries of 6 lists
    # say it is the summary (it had been dropped, then a note)
    found = papers(
        "## Models\n\n"
        "1. **TransD: Knowledge Graph Embedding via Dynamic Mapping Matrix.**\n"
        "*Guoliang Ji, Shizhu He, Liheng Xu, Kang Liu, Jun Zhao.* ACL 2015. [paper](http://anthology.aclweb.org/P/P15/"
        "P15-1067.pdf)\n"
        "\t> TransD constructs a dynamic mapping matrix for each entity-relation pair.\n")
    paper = found["TransD: Knowledge Graph Embedding via Dynamic Mapping Matrix"]
    assert (paper.venue, paper.summary, paper.notes) == (
        "ACL 2015", "TransD constructs a dynamic mapping matrix for each entity-relation pair.", [])


def test_a_venue_with_its_year_in_brackets_after_a_dash():
    # Nanboy-Ronan/Awesome-Audio-LLM-Agents (41 lines): "— IEEE/ACM TASLP (2021)." had begun the summary and
    # "— NeurIPS (2020)." given a venue without its year; TheShadow29/awesome-grounding writes "EMNLP (2016)."
    found = papers(
        "## Speech\n"
        "- [HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447) — IEEE/ACM"
        " TASLP (2021). Strong masked-prediction speech model.\n"
        "- [wav2vec 2.0: A Framework for Self-Supervised Learning](https://arxiv.org/abs/2006.11477) — NeurIPS"
        " (2020). Contrastive pretraining.\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("IEEE/ACM TASLP 2021", 2021, "Strong masked-prediction speech model."),
        ("NeurIPS 2020", 2020, "Contrastive pretraining.")]


def test_short_fields_between_bars_after_a_title_are_notes_not_the_description():
    # yukyunglee/Awesome-Dialogue-State-Tracking ("Paper name, Venue | Model name | [Code]", 87 entries): the
    # model's bold name, a language code and "arXiv preprint" had begun the summary
    found = papers(
        "## Models\n\n"
        "* *[Scalable and Accurate Dialogue State Tracking via Hierarchical Sequence Generation](https://arxiv.org/"
        "pdf/1909.00754v2.pdf)* , IJCNLP 2019 | **COMER** | [[Code](https://github.com/renll/ComerNet)]\n"
        "* *[MultiWOZ 2.4: A Multi-Domain Task-Oriented Dialogue Dataset](https://arxiv.org/pdf/2104.00773.pdf)* ,"
        " arXiv preprint | **MultiWOZ 2.4** | en | [[Dataset](https://github.com/smartyfh/MultiWOZ2.4)]\n")
    assert [(p.venue, p.summary, p.notes) for p in found.values()] == [
        ("IJCNLP 2019", None, ["COMER"]), ("arXiv", None, ["MultiWOZ 2.4", "en"])]


def test_under_a_resource_framework_or_leaderboard_heading_an_entry_that_links_no_paper_is_none():
    # smiyawaki0820/awesome-ner: "## Framework" / "- [spaCy EntityRecognizer](https://spacy.io/..)", "## Resource",
    # "## LeaderBoard" had given papers; a paper cited there (or counted as cited) still is one
    parsed = parse(
        "## Framework\n- [spaCy EntityRecognizer](https://spacy.io/api/entityrecognizer)\n"
        "- The THORPEX Interactive Grand Global Ensemble | 2010 · 541회 인용\n"
        "## Resource\n- [CoNLL-2002](https://www.clips.uantwerpen.be/conll2002/ner/) (Sang+'02)\n"
        "- [Named Entity Recognition as Dependency Parsing](https://arxiv.org/abs/2005.07150)\n"
        "## LeaderBoard\n- [ExplainaBoard](http://explainaboard.nlpedia.ai/leaderboard/task-ner/)\n")
    assert [e.data.title for e in parsed.entries] == [
        "The THORPEX Interactive Grand Global Ensemble", "Named Entity Recognition as Dependency Parsing"]
    assert [n for n, _ in parsed.skipped] == [2, 5, 8]  # (1-based lines)


def test_a_linked_badge_that_says_nothing_else_is_a_link_named_by_its_label():
    # khuangaf/Awesome-Chart-Understanding ("badge/Dataset-red" over the repository, 38 lines), wenhao728/awesome-
    # diffusion-v2v ("badge/project-Website"): the links had been dropped with the badges
    found = papers(
        "## Charts\n\n- __OpenCQA: Open-ended Question Answering with Charts.__ \n\n"
        "  _Shankar Kantharaj, Xuan Long Do, Enamul Hoque, Shafiq Joty._"
        " <img src='https://img.shields.io/badge/EMNLP-2022-yellow'> <a href='https://aclanthology.org/"
        "2022.emnlp-main.811/'><img src='https://img.shields.io/badge/PDF-blue'></a>\n"
        "  <a href='https://github.com/vis-nlp/OpenCQA'><img src='https://img.shields.io/badge/Dataset-red'></a>\n"
        "  <a href='https://vis-nlp.github.io/opencqa/'><img src='https://img.shields.io/badge/Project-Page-green'>"
        "</a>\n")
    paper = found["OpenCQA: Open-ended Question Answering with Charts"]
    assert (paper.venue, paper.url, paper.links) == (
        "EMNLP 2022", "https://aclanthology.org/2022.emnlp-main.811/",
        {"code": "https://github.com/vis-nlp/OpenCQA", "project": "https://vis-nlp.github.io/opencqa/"})


def test_a_workshop_then_the_conference_that_hosts_it():
    # declare-lab/awesome-emotion-recognition-in-conversations (11 lines): "FigLang, ACL 2020" had been the summary
    # and "HML Workshop" an author; the workshop follows NAME YEAR as a track does. Not "IEEE, CVPR 2020"
    found = papers(
        "## Sarcasm\n"
        "- [Sarcasm Detection Using an Ensemble Approach](https://www.aclweb.org/anthology/2020.figlang-1.36.pdf),"
        " FigLang, ACL 2020\n"
        "- [Multilogue-Net: A Context Aware RNN for Multi-modal Emotion Detection](https://www.aclweb.org/anthology/"
        "2020.challengehml-1.3.pdf), HML Workshop, ACL 2020\n")
    assert [(p.venue, p.authors, p.summary) for p in found.values()] == [
        ("ACL 2020 FigLang", [], None), ("ACL 2020 HML Workshop", [], None)]
    from paperctl.formats.markdown import venues

    assert venues.parse("IEEE, CVPR 2020") != ("CVPR 2020 IEEE", 2020)


def test_a_bold_venue_then_its_track_in_the_brackets_before_the_title():
    # ZLKong/Awesome-Collection-Token-Reduction: "[**ICCV'23** Workshop]" had stayed in the title, "[**NAACL'25**
    # Finding]" had been the venue "NAACL'25 Finding 2025" under "#### 2025"
    found = papers(
        "#### 2025\n"
        "* [**ICCV'23** Workshop] Which Tokens to Use? Investigating Token Reduction in Vision Transformers"
        " [[Paper](https://arxiv.org/abs/2308.04657)]\n"
        "* [**NAACL'25** Finding] Token Reduction Should Go Beyond Efficiency [[Paper](https://arxiv.org/abs/"
        "2505.18227)]\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Which Tokens to Use? Investigating Token Reduction in Vision Transformers", "ICCV 2023 Workshop"),
        ("Token Reduction Should Go Beyond Efficiency", "NAACL 2025 Findings")]


def test_a_journal_then_the_conference_it_was_presented_at_in_brackets():
    # weihaox/awesome-neural-rendering: "ACM Transactions on Graphics (SIGGRAPH 2020)." had lost its ")"
    found = papers(
        "## Rendering\n\n**Wave Curves: Simulating Lagrangian water waves on dynamically deforming surfaces.**<br>\n"
        "*Tomas Skrivan, Andreas Soderstrom, John Johansson.*<br>\n"
        "ACM Transactions on Graphics (SIGGRAPH 2020). [[PDF](http://pub.ist.ac.at/wave_curves_2020.pdf)]\n")
    paper = found["Wave Curves: Simulating Lagrangian water waves on dynamically deforming surfaces"]
    assert (paper.venue, paper.year) == ("SIGGRAPH 2020", 2020)


def test_a_family_name_then_an_initial_and_the_name_used():
    # Jyouhou/SceneTextPapers "Daniel Kifer, Giles, C Lee"; Thinklab-SJTU/awesome-ml4co "Bandeira, S. Afonso":
    # the family name and the rest had been two people
    from paperctl.formats.markdown import people

    assert people.parse("Xiao Yang, Dafang He, Daniel Kifer, Giles, C Lee") == [
        "Xiao Yang", "Dafang He", "Daniel Kifer", "C Lee Giles"]
    assert people.parse("Nowak, Alex and Villar, Soledad and Bandeira, S. Afonso") == [
        "Alex Nowak", "Soledad Villar", "S. Afonso Bandeira"]
