"""Shapes of real lists found by the thirty-fourth blind labelling round (``bench/unseen-lists/s37a``-
``s37h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_authors_and_venue_keyed_on_bullets_under_a_bold_title():
    # Shurui8860/DexPilot (52 entries): "- Authors: ...", "- Venue: ...", then the description
    paper = one("**DexPoint: Generalizable Point Cloud Reinforcement Learning for Sim-to-Real Dexterous "
                "Manipulation**\n- Authors: Yuzhe Qin, Binghao Huang, Zhao-Heng Yin, Hao Su, Xiaolong Wang\n"
                "- Venue: CoRL 2022\n"
                "- First category-level generalization for dexterous manipulation using point clouds.\n")
    assert names(paper) == ["Yuzhe Qin", "Binghao Huang", "Zhao-Heng Yin", "Hao Su", "Xiaolong Wang"]
    assert (paper.venue, paper.year, paper.summary) == (
        "CoRL 2022", 2022, "First category-level generalization for dexterous manipulation using point clouds.")


def test_keyed_bullets_that_name_two_venues_or_none_that_can_be_read():
    # Shurui8860/DexPilot: the first of two venues; a venue in words gives its year only, and "Various"
    # names nobody: both stay notes, after the description, which is the summary
    paper = one("**Diffusion Policy: Visuomotor Policy Learning via Action Diffusion**\n"
                "- Authors: Cheng Chi, Zhenjia Xu, Siyuan Feng, et al.\n- Venue: RSS 2023, IJRR 2024\n"
                "- Introduces diffusion models for action generation in manipulation.\n")
    assert (paper.venue, paper.year, paper.summary) == (
        "RSS 2023", 2023, "Introduces diffusion models for action generation in manipulation.")
    paper = one("**NeuralFeels: Multimodal In-Hand Perception via Neural Fields**\n- Authors: Various\n"
                "- Venue: Major robotics conference 2024\n- Combines vision, touch, and proprioception.\n")
    assert (names(paper), paper.venue, paper.year, paper.summary) == (
        [], None, 2024, "Combines vision, touch, and proprioception.")
    assert paper.notes == ["Authors: Various", "Venue: Major robotics conference 2024"]


def test_a_comma_reference_whose_first_author_is_written_family_name_first():
    # seriousran/awesome-video-sum (28 lines)
    paper = one("- Otani, Mayu, et al., Video summarization using deep semantic features, ACCV, 2016.\n")
    assert (paper.title, names(paper), paper.venue) == (
        "Video summarization using deep semantic features", ["Mayu Otani"], "ACCV 2016")
    paper = one("- Lee, Yong Jae, and Kristen Grauman, Predicting important objects for egocentric video "
                "summarization, International Journal of Computer Vision, 2015.\n")
    assert names(paper) == ["Yong Jae Lee", "Kristen Grauman"]
    assert paper.venue == "International Journal of Computer Vision 2015"


def test_a_comma_reference_with_no_venue():
    # seriousran/awesome-video-sum (7 lines): the names, the title, the year
    paper = one("- Mohamed Elfeki, Aidean Sharghi, Srikrishna Karanam, Ziyan Wu, Ali Borji, Multi-Stream Dynamic "
                "Video Summarization, 2018.\n")
    assert (paper.title, len(paper.authors), paper.venue, paper.year) == (
        "Multi-Stream Dynamic Video Summarization", 5, None, 2018)


def test_year_headings_after_a_preprint_heading_are_its_siblings():
    # jstudy/Awesome-Defect-Detection: "### arXiv papers", then "### 2020": those papers are no preprints
    found = papers("## Papers\n### arXiv papers\n- Same Same But DifferNet: Semi-Supervised Defect Detection with "
                   "Normalizing Flows [[paper](https://arxiv.org/abs/2008.12577)]\n\n### 2020\n\n"
                   "- PGA-Net: Pyramid Feature Fusion and Global Context Attention Network for Automated Surface "
                   "Defect Detection (IEEE-TII)[[paper](https://ieeexplore.ieee.org/document/8930292)]\n")
    paper = found["PGA-Net: Pyramid Feature Fusion and Global Context Attention Network for Automated Surface "
                  "Defect Detection"]
    assert (paper.venue, paper.year, paper.tags) == ("IEEE-TII 2020", 2020, ["Papers/2020"])


def test_a_description_bullet_beside_its_translation_below_each_paper():
    # bighuang624/Time-Series-Papers (every entry): the description, the same in Chinese, a "*" mark after the links
    found = papers(
        "# Awesome Time Series Papers\n\n- Introduction:\n    - `*` marks a paper read in full by [me](https://"
        "github.com/bighuang624).\n\n## Classification\n\n"
        + "".join(f"- **A Paper About Time Series Number {n}** (**IJCAI2017**) [[paper](https://arxiv.org/pdf/"
                  f"1704.0297{n}v4.pdf)] *\n    - Propose *DA-RNN*, which consists of an encoder with an input "
                  f"attention mechanism, version {n}\n    - 提出 *DA-RNN*，其包含一个带有注意力机制的编码器\n\n"
                  for n in range(1, 5)))
    paper = found["A Paper About Time Series Number 1"]
    assert paper.summary == "Propose DA-RNN, which consists of an encoder with an input attention mechanism, version 1"
    assert paper.notes == ["提出 DA-RNN，其包含一个带有注意力机制的编码器"]


def test_a_bold_name_a_dash_then_the_title_link():
    # crazyhottommy/awesome_spatial_omics (about 20 lines); a bold venue so is the venue (BshoterJ/awesome-kgqa)
    paper = one("* **SlideSeq** - [Slide-seq: A scalable technology for measuring genome-wide expression at high "
                "spatial resolution](https://www.science.org/doi/10.1126/science.aaw1219)\n")
    assert paper.title.startswith("Slide-seq: A scalable") and paper.notes == ["SlideSeq"]
    paper = one("- **NAACL 2016**-[Question Answering over Knowledge Base using Factual Memory Networks]"
                "(https://www.aclweb.org/anthology/N16-2016.pdf)\n")
    assert (paper.venue, paper.notes) == ("NAACL 2016", [])


def test_a_dataset_name_over_its_paper_title_in_bold():
    # SuperBruceJia/Awesome-LLM-Self-Consistency (13 entries)
    paper = one("**SVAMP**: \\\n**Are NLP Models really able to Solve Simple Math Word Problems?** \\\n"
                "*Arkil Patel, Satwik Bhattamishra, Navin Goyal* \\\n"
                "NAACL 2021, [[Paper](https://aclanthology.org/2021.naacl-main.168.pdf)] \\\n6 July 2021\n")
    assert (paper.title, paper.venue, paper.notes, paper.summary) == (
        "Are NLP Models really able to Solve Simple Math Word Problems?", "NAACL 2021", ["SVAMP"], None)
    assert len(paper.authors) == 3


def test_a_citation_after_the_link_naming_its_meeting_through_a_publisher():
    # linhx25/FairML_Reading (28 of 71 lines cite after the link)
    paper = one("- [Why is my classifier discriminatory?](https://arxiv.org/pdf/1805.12002.pdf), Chen, Irene, "
                "Fredrik D. Johansson, and David Sontag. Advances in NIPS (2018).\n")
    assert (names(paper), paper.venue, paper.summary) == (
        ["Irene Chen", "Fredrik D. Johansson", "David Sontag"], "NIPS 2018", None)
    paper = one("- [Fairness-aware Learning Through Regularization](https://arxiv.org/abs/1901.00001), Song, Jiaming, "
                "and Stefano Ermon. AISTATS. PMLR, 2019.\n")
    assert (names(paper), paper.venue) == (["Jiaming Song", "Stefano Ermon"], "AISTATS 2019")


def test_a_family_name_with_its_particle_and_a_year_in_brackets_is_no_journal():
    # stratosphereips/awesome-ml-privacy-attacks: "(De Cristofaro, 2020)" after the title link
    paper = one("- [An Overview of Privacy in Machine Learning](https://arxiv.org/pdf/2005.08679) "
                "(De Cristofaro, 2020)\n")
    assert (paper.venue, paper.year) == (None, 2020)


def test_a_venue_in_straight_quotes_and_a_datasets_and_benchmarks_track():
    # SCZwangxiao/Temporal-Language-Grounding-in-videos (once, where the others use code); MurrayTom/Awesome-Agent-
    # Security-Papers ("[NeurIPS 2024 D&B](arXiv)")
    paper = one("- [Title of a grounding paper here](https://arxiv.org/abs/2101.00001) - Ke Ning et al, 'TIP 2021'.\n")
    assert (names(paper), paper.venue) == (["Ke Ning"], "TIP 2021")
    from paperctl.formats.markdown import venues

    assert venues.parse("NeurIPS 2024 D&B") == ("NeurIPS 2024 D&B", 2024)


def test_findings_named_as_the_anthology_does_and_a_workshop_of_several_words():
    from paperctl.formats.markdown import venues

    # SuperBruceJia/Awesome-LLM-Self-Consistency: "Findings of ACL: ACL 2022", "ML Safety Workshop, NeurIPS 2022"
    assert venues.parse("Findings of ACL: ACL 2022") == ("ACL 2022 Findings", 2022)
    assert venues.parse("ML Safety Workshop, NeurIPS 2022") == ("NeurIPS 2022 ML Safety Workshop", 2022)
    assert venues.parse("Findings of ACL 2021") == ("ACL 2021 Findings", 2021)  # (as the labels of 16 lists say)


def test_a_topic_tag_in_brackets_after_a_plain_title():
    # jonyzhang2023/awesome-humanoid-learning: "[2024] Title [Manipulation] [[paper](..)]"
    paper = one("- [2024] Large Language Models for Orchestrating Bimanual Robots [Manipulation] [[paper](https://arxiv.org/"
                "abs/2404.02018)]\n")
    assert (paper.title, paper.notes, paper.year) == (
        "Large Language Models for Orchestrating Bimanual Robots", ["Manipulation"], 2024)
    # (a bracket inside the title stays the title's)
    assert one("- Learning [Deep] Networks With Brackets Inside Title Words [[paper](https://arxiv.org/abs/2404.02019)]"
               "\n").title == "Learning [Deep] Networks With Brackets Inside Title Words"
