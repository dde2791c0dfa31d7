"""Shapes of real lists found by the eighteenth blind labelling round (``bench/unseen-lists/s21a``-``s21h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_date_in_words_and_a_dash_before_the_title_link_then_by_and_the_authors():
    # janosh/awesome-normalizing-flows (65 entries): the title had been "May 21", and "et. al." no authors
    found = papers(
        "## Publications\n\n"
        "1. Apr 1, 2011 - [Iterative Gaussianization: from ICA to Random Rotations](https://arxiv.org/abs/1602.00229)"
        " by Laparra et. al.\n\n"
        "4. May 21, 2015 - [Variational Inference with Normalizing Flows](https://arxiv.org/abs/1505.05770) by Danilo "
        "Rezende, Shakir Mohamed.\n")
    assert [(p.title, [a.name for a in p.authors], p.year, p.summary) for p in found.values()] == [
        ("Iterative Gaussianization: from ICA to Random Rotations", ["Laparra"], 2011, None),
        ("Variational Inference with Normalizing Flows", ["Danilo Rezende", "Shakir Mohamed"], 2015, None)]


def test_a_year_a_bar_and_a_title_with_no_link_is_a_paper():
    # yiminzme/awesome-bayesian-optimization (110 entries, no links at all): nothing had been imported
    found = papers(
        "## Papers\n### Expected Improvement\n"
        "  * 1998 | Efficient global optimization of expensive black-box functions | EI\n"
        "  * 2018 | A Tutorial on Bayesian Optimization\n")
    assert [(p.title, p.year, p.venue, p.notes, p.summary) for p in found.values()] == [
        ("Efficient global optimization of expensive black-box functions", 1998, None, ["EI"], None),
        ("A Tutorial on Bayesian Optimization", 2018, None, [], None)]


def test_more_fields_after_the_year_and_the_title_are_read_as_before():
    # hibayesian/awesome-automl-papers: "| Xin He, et al. | arXiv | [`PDF`](..)" gives the authors and the venue
    found = papers("## Surveys\n+ 2019 | AutoML: A Survey of the State-of-the-Art | Xin He, et al. | arXiv | "
                   "[`PDF`](https://arxiv.org/pdf/1908.00709.pdf)\n")
    paper = found["AutoML: A Survey of the State-of-the-Art"]
    assert ([a.name for a in paper.authors], paper.venue, paper.arxiv_id) == (["Xin He"], "arXiv 2019", "1908.00709")


def test_a_whole_mla_reference_as_the_link_text_of_a_table_cell():
    # kalinlau/awesome-causal-learning (about 46 rows): the whole reference had been the title
    found = papers(
        "## Individual Treatment Effects\n\n|Name|Paper|Code|\n|---|---|---|\n"
        '|Propensity Score Matching|[Rosenbaum, Paul R., and Donald B. Rubin. "The central role of the propensity '
        'score in observational studies for causal effects." Biometrika 70, no. 1 (1983): 41-55.]'
        "(https://academic.oup.com/biomet/article-pdf/70/1/41/662954/70-1-41.pdf)|"
        "[Python](https://github.com/akelleh/causality)|\n"
        '|TARNet, CFR|[Shalit, Uri, Fredrik D. Johansson, and David Sontag. "Estimating individual treatment effect: '
        'generalization bounds and algorithms." 34th International Conference on Machine Learning (ICML), August '
        "2017.](https://arxiv.org/pdf/1606.03976)|[Python](https://github.com/clinicalml/cfrnet)|\n")
    assert [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in found.values()] == [
        ("The central role of the propensity score in observational studies for causal effects",
         ["Paul R. Rosenbaum", "Donald B. Rubin"], "Biometrika 1983", 1983),
        ("Estimating individual treatment effect: generalization bounds and algorithms",
         ["Uri Shalit", "Fredrik D. Johansson", "David Sontag"], "ICML 2017", 2017)]


def test_a_title_written_in_code_before_its_links():
    # leili666/awesome-architecture-search (7 lines): these papers had not been imported at all
    found = papers(
        "## Reinforcement Learning\n"
        "- `Neural Architecture Search with Reinforcement Learning` [[pdf]](https://arxiv.org/abs/1611.01578)"
        "[[TF full code follow the above blog.]](https://github.com/titu1994/neural-architecture-search)\n"
        "- `ICML` [Towards Fine-grained Interactive Video Segmentation](https://arxiv.org/abs/2401.00001)\n")
    assert [(p.title, p.arxiv_id) for p in found.values()] == [
        ("Neural Architecture Search with Reinforcement Learning", "1611.01578"),
        ("Towards Fine-grained Interactive Video Segmentation", "2401.00001")]


def test_who_and_when_in_brackets_with_no_comma():
    # windmaple/awesome-AutoML (149 lines): "(Santu et al. 2020)" had been the summary
    found = papers("## AutoML survey\n- [AutoML to Date and Beyond: Challenges and Opportunities]"
                   "(https://arxiv.org/abs/2010.10777) (Santu et al. 2020)\n")
    paper = found["AutoML to Date and Beyond: Challenges and Opportunities"]
    assert ([a.name for a in paper.authors], paper.year, paper.summary) == (["Santu"], 2020, None)


def test_in_an_italic_venue_then_a_comma_and_the_year():
    # qingsongedu/Awesome-SSL4TS (77 + 12 lines): "NeurIPS" had had no year, "arXiv" had stayed in the title
    found = papers(
        "## Autoregressive-based forecasting\n"
        "- Timeseries anomaly detection using temporal hierarchical one-class network, in *NeurIPS*, 2020. "
        "[\\[paper\\]](https://dl.acm.org/doi/abs/10.5555/3495724.3496816)\n"
        "- ImDiffusion: Imputed diffusion models for multivariate time series anomaly detection, in *arXiv*, 2023. "
        "[\\[paper\\]](https://arxiv.org/abs/2307.00754)\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("Timeseries anomaly detection using temporal hierarchical one-class network", "NeurIPS 2020", 2020),
        ("ImDiffusion: Imputed diffusion models for multivariate time series anomaly detection", "arXiv 2023", 2023)]


def test_a_heading_that_is_only_a_badge_is_named_by_the_badge():
    # Sahandfer/EMPaper (every section, 175 entries): the papers had all sat under the list's title
    found = papers(
        "# EMPapers\n\n"
        "# <img src=\"https://img.shields.io/badge/Paper%20Type-Methods-informational\" alt=\"type\"/>\n\n"
        "- Commonsense-Aware Prompting for Controllable Empathetic Dialogue Generation "
        "[[paper]](https://arxiv.org/abs/2302.01441)\n")
    assert [p.tags for p in found.values()] == [["Methods"]]


def test_a_bold_bracketed_venue_then_a_colon_and_findings_of_a_venue_with_two_digits():
    # 1429904852/Aspect-Based-Sentiment-Analysis (171 entries): every title had begun with ": ", and
    # "[Finding of EMNLP-20]" had been a note
    found = papers(
        "## 2020\n"
        "- **[ACL-20]**: SpanMlt: A Span-based Multi-Task Learning Framework for Pair-wise Aspect and Opinion Terms "
        "Extraction. [[paper]](https://www.aclweb.org/anthology/2020.acl-main.296.pdf)\n"
        "- **[Finding of EMNLP-20]**: Grid Tagging Scheme for Aspect-oriented Fine-grained Opinion Extraction. "
        "[[paper]](https://www.aclweb.org/anthology/2020.findings-emnlp.234.pdf)\n")
    assert [(p.title, p.venue, p.notes) for p in found.values()] == [
        ("SpanMlt: A Span-based Multi-Task Learning Framework for Pair-wise Aspect and Opinion Terms Extraction",
         "ACL 2020", []),
        ("Grid Tagging Scheme for Aspect-oriented Fine-grained Opinion Extraction", "EMNLP 2020 Findings", [])]


def test_a_year_a_full_stop_and_a_gbt_reference_as_the_text_of_a_repository_link():
    # wenhwu/awesome-remote-sensing-change-detection (40 lines): the entries had been left out as repositories
    found = papers(
        "#### 2.1.2 Deep Learning Method\n"
        "- 2021.[Chen H, Qi Z, Shi Z. Remote Sensing Image Change Detection with Transformers]"
        "(https://github.com/justchenhao/BIT_CD)   \n"
        "- David S. Batista - [Named-Entity evaluation metrics based on entity-level](http://www.davidsbatista.net/blog)"
        "\n")
    paper = found["Remote Sensing Image Change Detection with Transformers"]
    assert ([a.name for a in paper.authors], paper.year, paper.links["code"]) == (
        ["H Chen", "Z Qi", "Z Shi"], 2021, "https://github.com/justchenhao/BIT_CD")
    assert len(found) == 1


def test_a_link_named_in_one_word_then_the_title_in_plain_text():
    # PeterJaq/Awesome-Autonomous-Driving (about 80 lines): "PolarDETR" had been the title, the title the summary
    found = papers(
        "#### BEV Object Detection\n"
        " - [PolarDETR](https://arxiv.org/abs/2206.10965) Polar Parametrization for Vision-based Surround-View 3D "
        "Detection.\n"
        " - [Auto4D](https://arxiv.org/pdf/2101.06586v1.pdf) - Auto4D: Learning to Label 4D Objects from Sequential "
        "Point Clouds\n"
        "- [TextBrewer](https://github.com/airaria/TextBrewer) - An Open-Source Knowledge Distillation Toolkit for "
        "Natural Language Processing. arXiv:2002.12620\n")
    assert [(p.title, p.notes, p.summary) for p in found.values()][:2] == [
        ("Polar Parametrization for Vision-based Surround-View 3D Detection", ["PolarDETR"], None),
        ("Auto4D: Learning to Label 4D Objects from Sequential Point Clouds", [], None)]
    assert "TextBrewer" in found  # (a tool and its description after a dash: its name stays the title)


def test_the_authors_on_a_line_of_their_own_after_the_summary_began_with_some_left_out():
    # metame-ai/awesome-llm-plaza (85 author lines): the names had joined the summary
    found = papers(
        "## Reasoning\n"
        "- **PokerBench: Training Large Language Models to become Professional Poker\n"
        "  Players**, `arXiv, 2501.08328`, [arxiv](http://arxiv.org/abs/2501.08328v1), cication: [**-1**](None) \n\n"
        "\t *Richard Zhuang, Akshat Gupta, Richard Yang, ..., Zhengyu Li, Gopala Anumanchipalli* · "
        "([pokerbench](https://github.com/pokerllm/pokerbench) - pokerllm)\n")
    paper = found["PokerBench: Training Large Language Models to become Professional Poker Players"]
    assert [a.name for a in paper.authors] == [
        "Richard Zhuang", "Akshat Gupta", "Richard Yang", "Zhengyu Li", "Gopala Anumanchipalli"]
    assert paper.links["code"] == "https://github.com/pokerllm/pokerbench"


def test_a_heading_of_challenges_holds_no_paper_that_links_none():
    # Alison-brie/Awesome-Medical-Image-Registration, nebula-beta/awesome-adversarial-deep-learning ("## Competition"),
    # zengyh1900/Awesome-Image-Inpainting: challenges' own pages had been imported as papers
    text = ("## Challenges\n - [Learn2Reg 2024](https://learn2reg.grand-challenge.org/learn2reg-2024/)\n"
            " - [Learn2Reg: comprehensive multi-task medical image registration challenge](https://arxiv.org/abs/2112.04489)"
            "\n")
    found = papers(text)
    assert list(found) == ["Learn2Reg: comprehensive multi-task medical image registration challenge"]


def test_where_an_mla_reference_in_a_link_says_it_appeared_in_other_forms():
    # kalinlau/awesome-causal-learning: proceedings with pages, an arXiv preprint, a venue glued to its year
    rows = [
        ('Yao, Liuyi, Sheng Li, and Aidong Zhang. "Representation Learning for Treatment Effect Estimation from '
         'Observational Data." In Advances in Neural Information Processing Systems, pp. 2638-2648. 2018.',
         "Advances in Neural Information Processing Systems 2018"),
        ('Kallus, Nathan. "Deepmatch: Balancing deep covariate representations for causal inference using '
         'adversarial training." arXiv preprint arXiv:1802.05664 (2018).', "arXiv 2018"),
        ('Kallus, Nathan. "Classifying Treatment Responders Under Causal Effect Monotonicity." ICML2019', "ICML 2019")]
    text = "## ITE\n\n|Name|Paper|Code|\n|---|---|---|\n" + "".join(
        f"|M{k}|[{cited}](https://example.org/p{k}.pdf)||\n" for k, (cited, _) in enumerate(rows))
    assert [p.venue for p in papers(text).values()] == [venue for _, venue in rows]


def test_a_link_to_a_journals_or_meetings_home_page_is_not_a_paper():
    # SaeedShurrab/awesome-self-supervised-learning-in-medical-imaging (29 journals), YuyangZhangFTD ("[RecSys](..)")
    found = papers(
        "## List of Journals / Conferences\n- **[IEEE Access](https://ieeeaccess.ieee.org/)**\n"
        "- **[IEEE Transaction on Medical Imaging (IEEE-TMI)](https://ieee-tmi.org/)**\n"
        "## NeRF\n- [Neural Radiance Fields for Unconstrained Photo Collections](https://nerf-w.github.io/)\n")
    assert list(found) == ["Neural Radiance Fields for Unconstrained Photo Collections"]


def test_a_badge_whose_address_broke_is_no_title():
    # lixinustc/Awesome-diffusion-model-for-image-processing, dayuyang1999/Awesome-Code-Reasoning: the badge's
    # markup had become a paper's title (and its arXiv ID merged the list's survey into it)
    text = ("# Awesome\n\n[![arXiv](https://img.shields.io/badge/arXiv-Paper-<COLOR>.svg)]"
            "(https://arxiv.org/pdf/2308.09388v1.pdf)\n\n## Papers\n- **Survey for diffusion model-based Image "
            "Restoration** ([Arxiv version](https://arxiv.org/pdf/2308.09388v1.pdf) is released)\n")
    assert list(papers(text)) == ["Survey for diffusion model-based Image Restoration"]


def test_a_venue_left_blank_is_no_summary():
    # lzhbrian/Awesome-BEV-Papers (32 lines): "In ." had been the summary
    found = papers(
        "## 2022\n- **[HFT]** HFT: Lifting Perspective Representations via Hybrid Feature Transformation.<br>\n"
        "Jiayu Zou, Junrui Xiao, Zheng Zhu.<br>\n"
        "In . [[2204.05068](https://arxiv.org/abs/2204.05068)] [[JiayuZou2020/HFT](https://github.com/JiayuZou2020/HFT)]"
        "\n")
    paper = found["HFT: Lifting Perspective Representations via Hybrid Feature Transformation"]
    assert (paper.summary, paper.arxiv_id, [a.name for a in paper.authors]) == (
        None, "2204.05068", ["Jiayu Zou", "Junrui Xiao", "Zheng Zhu"])
