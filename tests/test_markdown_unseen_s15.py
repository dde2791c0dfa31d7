"""Shapes of real lists found by the eleventh blind labelling round (``bench/unseen-lists/s15a``-``s15d``)
and by the leftovers of earlier rounds, held with the lists' own lines (the repository is named in
each test). ``test_markdown_unseen_s14.py`` and ``test_markdown_unseen_lists.py`` hold the earlier rounds'."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_journal_whose_name_has_and_or_an_ampersand_after_italic_authors():
    # idrl-lab/PINNpapers: "Computers & Fluids" and "Theoretical and Applied Fracture Mechanics" had been
    # read as two more authors each, and the entry had no venue
    found = papers(
        "10. **RPINNs: Rectified-physics informed neural networks for solving stationary partial differential"
        " equations**,  *Pai Peng, Jiangong Pan, Hui Xu, Xinlong Feng*,  Computers & Fluids, 2022. [[paper]"
        "(https://doi.org/10.1016/j.compfluid.2022.105583)]\n"
        "3. **Transfer learning enhanced physics informed neural network for phase-field modeling of fracture**,"
        " *Somdatta Goswami, Cosmin Anitescu, Souvik Chakraborty, Timon Rabczuk*, Theoretical and Applied"
        " Fracture Mechanics, 2020. [[paper](https://www.sciencedirect.com/science/article/abs/pii/"
        "S016784421930357X)]\n")
    assert [(p.venue, p.year, [a.name for a in p.authors]) for p in found.values()] == [
        ("Computers & Fluids 2022", 2022, ["Pai Peng", "Jiangong Pan", "Hui Xu", "Xinlong Feng"]),
        ("Theoretical and Applied Fracture Mechanics 2020", 2020,
         ["Somdatta Goswami", "Cosmin Anitescu", "Souvik Chakraborty", "Timon Rabczuk"])]


def test_scholar_mla_names_then_a_venue_in_words_then_the_year_after_a_linked_title():
    # nebula-beta/awesome-adversarial-deep-learning, ewanlee/MARL-Papers: Google Scholar's MLA after the
    # link; the venue had been missed and the whole citation kept as the paper's summary
    found = papers(
        "- [Towards evaluating the robustness of neural networks](https://arxiv.org/abs/1608.04644) Carlini,"
        " Nicholas, and David Wagner. Security and Privacy (S&P). 2017.\n"
        "- [Adversarial training for relation extraction](http://www.aclweb.org/anthology/D17-1187) Wu, Yi, David"
        " Bamman, and Stuart Russell. Proceedings of the 2017 Conference on Empirical Methods in Natural Language"
        " Processing. 2017.\n"
        "* [Transfer learning in multi-agent reinforcement learning domains](https://ewrl.files.wordpress.com/2011/"
        "08/ewrl2011_submission_19.pdf) by Boutsioukis, Georgios, Ioannis Partalas, and Ioannis Vlahavas. European"
        " Workshop on Reinforcement Learning, 2011.\n")
    assert [(p.venue, [a.name for a in p.authors], p.summary) for p in found.values()] == [
        ("Security and Privacy (S&P) 2017", ["Nicholas Carlini", "David Wagner"], None),
        ("Proceedings of the 2017 Conference on Empirical Methods in Natural Language Processing 2017",
         ["Yi Wu", "David Bamman", "Stuart Russell"], None),
        ("European Workshop on Reinforcement Learning 2011",
         ["Georgios Boutsioukis", "Ioannis Partalas", "Ioannis Vlahavas"], None)]


def test_a_citation_whose_venue_is_introduced_by_in_is_not_read_as_names_then_a_venue():
    # the names-then-venue reading must leave "Authors. Title. In NeurIPS, 2017." to the citation reader
    found = papers("- Ashish Vaswani, Noam Shazeer, Niki Parmar, et al. Attention Is All You Need. In NeurIPS,"
                   " 2017. [[pdf](https://arxiv.org/abs/1706.03762)]\n")
    assert [(t, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Attention Is All You Need", ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"])]


def test_a_hyphenated_given_name_after_the_family_name_is_one_person():
    # FLHonker/Awesome-Knowledge-Distillation "Chin, Ting-wu", Jyouhou/SceneTextPapers "Xia, Gui-song": each
    # had been read as two people
    from paperctl.formats.markdown import people

    assert people.parse("Moosavi-Dezfooli, Seyed-Mohsen, Alhussein Fawzi, and Pascal Frossard") == [
        "Seyed-Mohsen Moosavi-Dezfooli", "Alhussein Fawzi", "Pascal Frossard"]
    assert people.parse("Liao, Minghui and Xia, Gui-song and Bai, Xiang") == [
        "Minghui Liao", "Gui-song Xia", "Xiang Bai"]


def test_a_bold_nickname_then_an_mla_citation_with_a_quoted_title():
    # indussky8/awesome-few-shot-learning (about 50 entries): the nickname had been the title, and the whole
    # citation the summary
    found = papers(
        '+ **CPM**: Mengye Ren, Michael Louis Iuzzolino, Michael Curtis Mozer, and Richard Zemel. "Wandering'
        ' within a world: Online contextualized few-shot learning." ICLR(2021). [[pdf]](https://openreview.net/'
        'pdf?id=oZIvHV04XgC).\n')
    (title, paper), = found.items()
    assert title == "Wandering within a world: Online contextualized few-shot learning"
    assert [a.name for a in paper.authors] == [
        "Mengye Ren", "Michael Louis Iuzzolino", "Michael Curtis Mozer", "Richard Zemel"]
    assert (paper.venue, paper.year, paper.notes, paper.summary) == ("ICLR 2021", 2021, ["CPM"], None)


def test_authors_on_their_own_line_then_the_quoted_title_then_the_link():
    # XDUSPONGE/SNN_benchmark (61 entries under venue headings): the names had been the title
    found = papers(
        "### AAAI2019\n"
        "* Yujie Wu, Lei Deng, Guoqi Li, Jun Zhu, Yuan Xie, Luping Shi <br />\n"
        '"Direct Training for Spiking Neural Networks: Faster, Larger, Better".\n'
        " [[paper](https://aaai.org/ojs/index.php/AAAI/article/view/3929)]\n"
        "* Malu Zhang, Jibin Wu, Yansong Chua, Xiaoling Luo, Zihan Pan, Dan Liu, Haizhou Li <br />\n"
        '**MPD-AL** "An Efficient Membrane Potential Driven Aggregate-Label Learning Algorithm for Spiking'
        ' Neurons".\n'
        " [[paper](https://aaai.org/ojs/index.php/AAAI/article/view/3932)]\n")
    assert [(t, len(p.authors), p.authors[0].name, p.venue, p.notes) for t, p in found.items()] == [
        ("Direct Training for Spiking Neural Networks: Faster, Larger, Better", 6, "Yujie Wu", "AAAI 2019", []),
        ("An Efficient Membrane Potential Driven Aggregate-Label Learning Algorithm for Spiking Neurons", 7,
         "Malu Zhang", "AAAI 2019", ["MPD-AL"])]


def test_a_reference_number_in_bold_is_no_nickname():
    found = papers('- **[1]** LeCun, Yann, et al. "**Deep learning**." Nature 521 (2015) [[pdf]]'
                   '(http://www.cs.toronto.edu/~hinton/absps/NatureDeepReview.pdf)\n')
    assert [(t, p.notes) for t, p in found.items()] == [("Deep learning", [])]


def test_an_arxiv_paper_under_a_tutorials_heading_is_a_paper_and_a_talk_or_a_book_is_not():
    # iCGY96/awesome_OpenSetRecognition_list: "# Tutorials" / "## Tutorial & survey" holds arXiv surveys (had been
    # skipped); ewanlee/MARL-Papers' "## Tutorial and Books" holds a book and a tutorial's slides, and
    # familyld/Awesome-Causal-RL's "## Talks" a talk whose [[Paper]] link is the survey it presents: none is one
    parsed = parse(
        "# Tutorials\n\n## Tutorial & survey\n\n"
        "- [Recent Advances in Open Set Recognition: A Survey](https://arxiv.org/abs/1811.08581), Geng C, Huang S,"
        " Chen S. (**arXiv, 2018**).\n\n"
        "## Tutorial and Books\n"
        "* [Multi-Agent Machine Learning: A Reinforcement Approach](https://onlinelibrary.wiley.com/doi/book/"
        "10.1002/9781118884614) by H. M. Schwartz, 2014.\n\n"
        "## Talks\n"
        "- [A Survey on Causal Reinforcement Learning](https://pattern.swarma.org/study_group_issue/414) [[Paper]"
        "(https://arxiv.org/pdf/2302.05209.pdf)]\n")
    assert [(e.data.title, e.data.arxiv_id, e.data.venue) for e in parsed.entries] == [
        ("Recent Advances in Open Set Recognition: A Survey", "1811.08581", "arXiv 2018")]


def test_authors_then_a_bold_venue_and_year_with_a_comma_in_brackets():
    # iCGY96/awesome_OpenSetRecognition_list (70 lines): venue and authors had been the summary
    found = papers(
        "- [A Baseline for Detecting Misclassified and Out-of-Distribution Examples in Neural Networks](https://"
        "arxiv.org/abs/1610.02136), Dan Hendrycks and Kevin Gimpel. (**ICLR, 2017**). [**[code]**](https://github"
        ".com/hendrycks/error-detection).\n")
    (paper,) = found.values()
    assert (paper.venue, [a.name for a in paper.authors], paper.summary) == (
        "ICLR 2017", ["Dan Hendrycks", "Kevin Gimpel"], None)


def test_a_year_then_a_venue_of_any_name_ending_a_plain_title():
    # xuehaouwa/Awesome-Trajectory-Prediction: "2019 ISVC", "2019 IEEE Access", "2018 ECCV Workshop" had stayed in
    # the title (known names, "2020 WACV", had been read)
    found = papers(
        "- Trajectory Prediction by Coupling Scene-LSTM with Human Movement LSTM, 2019 ISVC, [Paper](https://"
        "arxiv.org/pdf/1908.08908.pdf)\n"
        "- SEABIG: A Deep Learning-Based Method for Location Prediction in Pedestrian Semantic Trajectories, 2019"
        " IEEE Access, [Paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8790746)\n"
        "- Group LSTM: Group Trajectory Prediction in Crowded Scenarios, 2018 ECCV Workshop, [Paper](https://"
        "link.springer.com/chapter/10.1007/978-3-030-11015-4_18)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Trajectory Prediction by Coupling Scene-LSTM with Human Movement LSTM", "ISVC 2019", 2019),
        ("SEABIG: A Deep Learning-Based Method for Location Prediction in Pedestrian Semantic Trajectories",
         "IEEE Access 2019", 2019),
        ("Group LSTM: Group Trajectory Prediction in Crowded Scenarios", "ECCV 2018 Workshop", 2018)]


def test_a_plain_title_wrapped_onto_a_line_that_goes_on_with_a_joining_word():
    # xuehaouwa/Awesome-Trajectory-Prediction, xialeiliu/Awesome-Incremental-Learning: the title had been cut at
    # the line break and its end kept as the summary
    found = papers(
        "- Encoding Crowd Interaction with Deep Neural Network\n"
        "  for Pedestrian Trajectory Prediction, 2018 CVPR, [[Paper]](http://openaccess.thecvf.com/content_cvpr_"
        "2018/papers/Xu_Encoding_Crowd_Interaction_CVPR_2018_paper.pdf)\n")
    assert [(t, p.venue, p.summary) for t, p in found.items()] == [
        ("Encoding Crowd Interaction with Deep Neural Network for Pedestrian Trajectory Prediction", "CVPR 2018",
         None)]


def test_a_link_labelled_arxiv_under_a_venue_heading_takes_the_headings_venue():
    # colorfulfuture/Awesome-Trajectory-Motion-Prediction-Papers: "**[arXiv](..)**" under "## ECCV 2022" had
    # made every such paper "arXiv 2022"; a heading that names no known venue ("## ADAM 2020", a challenge)
    # does not
    parsed = parse(
        "## ECCV 2022\n\n- Action-based Contrastive Learning for Trajectory Prediction.\n"
        "  **[arXiv](https://arxiv.org/abs/2207.08664)**\n\n"
        "## ADAM 2020\n\n- Exploring Large Context for Cerebral Aneurysm Segmentation [(arxiv)](https://arxiv.org/"
        "abs/2012.15136)\n")
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("Action-based Contrastive Learning for Trajectory Prediction", "ECCV 2022"),
        ("Exploring Large Context for Cerebral Aneurysm Segmentation", "arxiv 2020")]


def test_a_line_of_authors_some_linked_to_their_pages_after_an_author_label():
    # lcybuzz/Low-Level-Vision-Paper-Record (58 blocks): only the plain names had been read, and a block whose
    # names were all linked had no authors and was not taken for a paper at all
    found = papers(
        "### GLADNet ☆\n"
        "**[Paper]** (FG 2018) GLADNet: Low-Light Enhancement Network with Global Awareness <Br>\n"
        "**[Author]** [Wenjing Wang](https://daooshee.github.io/website/),[Chen Wei](https://weichen582.github.io/),"
        " [Wenhan Yang](https://flyywh.github.io/index.html), Jiaying Liu <Br>\n"
        "**[[Page](https://daooshee.github.io/fgworkshop18Gladnet/)]**   **[[TF-Code](https://github.com/weichen582/"
        "GLADNet)]** <Br>\n")
    (title, paper), = found.items()
    assert (title, paper.venue) == ("GLADNet: Low-Light Enhancement Network with Global Awareness", "FG 2018")
    assert [a.name for a in paper.authors] == ["Wenjing Wang", "Chen Wei", "Wenhan Yang", "Jiaying Liu"]
    assert paper.links["chen wei"] == "https://weichen582.github.io/"


def test_a_quoted_title_wrapped_over_two_lines_below_its_names():
    # XDUSPONGE/SNN_benchmark: the quote's second line had cut the title
    found = papers(
        "* Qianhui Liu, Haibo Ruan, Dong Xing, Huajin Tang, Gang Pan <br />\n"
        '"Effective AER Object Classification Using Segmented Probability-Maximization\n'
        'Learning in Spiking Neural Networks" AAAI (2020 **Oral**).\n'
        " [[paper](https://aaai.org/Papers/AAAI/2020GB/AAAI-LiuQ.6583.pdf)]\n")
    assert [(t, len(p.authors)) for t, p in found.items()] == [
        ("Effective AER Object Classification Using Segmented Probability-Maximization Learning in Spiking"
         " Neural Networks", 5)]


def test_a_journal_in_words_and_its_year_with_a_comma_in_brackets_after_the_authors():
    # iCGY96/awesome_OpenSetRecognition_list: "(**Machine Learning, 2017**)" had been kept with the names as the
    # summary
    found = papers(
        "- [Nearest neighbors distance ratio open-set classifier](https://link.springer.com/article/10.1007/"
        "s10994-016-5610-8), Júnior P R M, de Souza R M, Werneck R O, et al. (**Machine Learning, 2017**).\n")
    (paper,) = found.values()
    assert (paper.venue, paper.summary, len(paper.authors)) == ("Machine Learning 2017", None, 3)


def test_a_plain_title_wrapped_after_a_joining_word():
    # jason718/awesome-self-supervised-learning, tangzhenyu/Scene-Text-Understanding: the title had been cut
    # after "and", and its end read as an author or the summary
    found = papers(
        "-   Supersizing Self-supervision: Learning to Grasp from 50K Tries and\n"
        "    700 Robot Hours. [\\[pdf\\]](https://arxiv.org/pdf/1509.06825.pdf)\n"
        "    -   Pinto, Lerrel and Gupta, Abhinav. *ICRA 2016*\n")
    assert [(t, p.venue, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Supersizing Self-supervision: Learning to Grasp from 50K Tries and 700 Robot Hours", "ICRA 2016",
         ["Lerrel Pinto", "Abhinav Gupta"])]


def test_names_then_a_title_whose_tail_is_not_read_still_give_the_authors():
    # Strifee/awesome-speech-translation, Jhy1993/Awesome-GNN-Recommendation: the names had stayed in the title;
    # a cut after an initial among full names ("David W. Jacobs, Title") is no cut (autonomousdrivingkr)
    found = papers(
        "- Matthias Sperber and Matthias Paulik. Speech Translation and the End-to-End Promise:Taking Stock of"
        " Where We Are, ACL-2020 theme track, [[paper]](https://arxiv.org/pdf/2004.06358)\n"
        "* Abhishek Sharma, Oncel Tuzel, David W. Jacobs, Deep Hierarchical Parsing for Semantic Segmentation,"
        " CVPR 2015. [[Paper]](http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Sharma_Deep_"
        "Hierarchical_Parsing_2015_CVPR_paper.pdf)\n")
    first, second = found.values()
    assert [a.name for a in first.authors] == ["Matthias Sperber", "Matthias Paulik"]
    assert first.title.startswith("Speech Translation and the End-to-End Promise")
    assert not second.title.startswith("Jacobs")


def test_a_citation_tail_whose_commas_have_no_space_after_them():
    # yanzikang/PINN_list (79 of 173 lines): authors, venue and year had been the summary
    found = papers(
        "- **Scaling physics-informed hard constraints with mixture-of-experts**,Nithin Chalapathi,Yiheng Du,Aditi"
        " Krishnapriyan,ICLR,2024. [[paper](https://iclr.cc/virtual/2024/poster/17590)] [[code](https://github.com/"
        "ASK-Berkeley/physics-NNs-hard-constraints)]\n")
    (paper,) = found.values()
    assert ([a.name for a in paper.authors], paper.venue, paper.summary) == (
        ["Nithin Chalapathi", "Yiheng Du", "Aditi Krishnapriyan"], "ICLR 2024", None)


def test_names_then_a_known_venue_and_year_with_no_stop_between_and_a_note_line():
    # Chen-Cai-OSU/awesome-equivariant-network (50 entries): the names and venue had been the summary, or
    # "Leonidas J. Guibas CVPR 2017" had given the venue "Guibas CVPR 2017"; "Note: SO(3) equivariance" had been
    # cut at its bracket
    found = papers(
        "1. **Group Equivariant Convolutional Networks**  \n"
        "   Taco S. Cohen, Max Welling ICML 2016 [paper](https://arxiv.org/pdf/1602.07576.pdf)   \n"
        "   Note: SO(3) equivariance; zonal filter\n\n"
        "2. **PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation**  \n"
        "   Charles R. Qi, Hao Su, Kaichun Mo, Leonidas J. Guibas CVPR 2017 [paper](https://arxiv.org/abs/1612.00593)"
        "\n")
    first, second = found.values()
    assert ([a.name for a in first.authors], first.venue, first.notes, first.summary) == (
        ["Taco S. Cohen", "Max Welling"], "ICML 2016", ["Note: SO(3) equivariance; zonal filter"], None)
    assert (second.authors[-1].name, second.venue) == ("Leonidas J. Guibas", "CVPR 2017")


def test_a_journal_whose_last_word_is_a_known_venue_after_a_full_stop_is_the_journal():
    # TimeLovercc/Awesome-Graph-Causal-Learning: "... Andrew D. White. *Chemical Science*, 2022." stays Chemical Science
    from paperctl.formats.markdown import fields

    tail = fields.citation_tail("Geemi P. Wellawatte, Aditi Seshadri, and Andrew D. White. Chemical Science, 2022.")
    assert (tail.venue, tail.authors[-1]) == ("Chemical Science 2022", "Andrew D. White")


def test_a_bold_title_then_its_first_author_as_a_sentence_then_fields_between_bars():
    # SjokerLily/awesome-image-captioning (79 of 145 lines): the name had been the start of the summary
    found = papers(
        "- **Self-critical sequence training for image captioning.**  Steven  J  Rennie. |reinforcement"
        " learning-based strategy| [[pdf]](https://openaccess.thecvf.com/content_cvpr_2017/papers/Rennie_Self-"
        "Critical_Sequence_Training_CVPR_2017_paper.pdf)\n")
    (paper,) = found.values()
    assert ([a.name for a in paper.authors], paper.summary) == (
        ["Steven J Rennie"], "reinforcement learning-based strategy")


def test_a_table_date_column_holding_a_date_badge_gives_the_year():
    # hanjianhua44/Awesome-VLA-Papers (140 rows): "![May 20, 2025](badge/May_20,_2025-blue)" had given no year
    from paperctl.formats.markdown import venues

    found = papers(
        "| Paper | Institution | Date | Links |\n|---|---|---|---|\n"
        "| **BAGEL: Emerging Properties in Unified Multimodal Pretraining** | ByteDance | ![May 20, 2025](https://"
        "img.shields.io/badge/May_20,_2025-blue?style=flat-square) | [Paper](https://arxiv.org/abs/2505.14683) |\n")
    assert [(t, p.year) for t, p in found.items()] == [
        ("BAGEL: Emerging Properties in Unified Multimodal Pretraining", 2025)]
    assert (venues.year_of_date("May 20, 2025"), venues.year_of_date("Stevenson, Mark, 2020")) == (2025, None)


def test_an_italic_venue_of_any_name_then_its_year_ends_a_plain_title():
    # Daisy-Zhang/Awesome-Deepfakes-Detection (about 25 of 248 lines): "*IEEE Access* 2022" had stayed in the
    # title; a track after the year is the venue's ("*ACM MM* 2021 Workshop"); italic full names are no venue
    found = papers(
        "* Deepfake Detection: A Systematic Literature Review, *IEEE Access* 2022: [Paper](https://ieeexplore.ieee"
        ".org/stamp/stamp.jsp?arnumber=9721302)\n"
        "* FakeAVCeleb: A Novel Audio-Video Multimodal Deepfake Dataset, *ACM MM* 2021 Workshop: [Paper](https://"
        "openreview.net/pdf?id=TAXFsg6ZaOl)\n"
        "* Exposing DeepFake Videos By Detecting Face Warping Artifacts, *CVPR Workshop* 2019: [Paper](https://"
        "arxiv.org/abs/1811.00656)\n"
        "* Some Title Of A Paper, *Alice Smith and Bob Jones* 2021: [Paper](https://example.org/paper.pdf)\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Deepfake Detection: A Systematic Literature Review", "IEEE Access 2022"),
        ("FakeAVCeleb: A Novel Audio-Video Multimodal Deepfake Dataset", "ACM MM 2021 Workshop"),
        ("Exposing DeepFake Videos By Detecting Face Warping Artifacts", "CVPR 2019 Workshop"),
        ("Some Title Of A Paper", None)]


def test_where_an_apa_reference_in_the_title_link_appeared_is_its_venue():
    # yataobian/awesome-ebm (141 entries): "In NeurIPS 2022." had been kept only as a note; a proceedings name with
    # pages gives the venue and stays a note; a table's own Venue column comes first (tsinghua-fib-lab)
    found = papers(
        "- [ ] [ Chenlin Meng, Kristy Choi, Jiaming Song, Stefano Ermon. (2022). \\\n"
        "Concrete Score Matching: Generalized Score Matching for Discrete Data. In NeurIPS 2022.](https://arxiv.org/"
        "abs/2211.00802)\n\n"
        "- [ ] [Chen, P. H., Wei, W., Hsieh, C. J., & Dai, B. (2021, July). \\\n"
        " Overcoming Catastrophic Forgetting by Bayesian Generative Regularization. In International Conference on"
        " Machine Learning (pp. 1760-1770). PMLR.](http://proceedings.mlr.press/v139/chen21v.html)\n\n"
        "| Model | Paper | Venue | Year |\n|---|---|---|---|\n"
        "| GCMC | [Berg, R. V. D., Kipf, T. N., & Welling, M. (2017). Graph convolutional matrix completion."
        " _arXiv preprint arXiv:1706.02263_.](https://arxiv.org/pdf/1706.02263.pdf) | arxiv | 2017 |\n")
    assert [(p.venue, p.notes) for p in found.values()] == [
        ("NeurIPS 2022", []),
        ("International Conference on Machine Learning 2021",
         ["In International Conference on Machine Learning (pp. 1760-1770). PMLR."]),
        ("arxiv 2017", ["arXiv preprint arXiv:1706.02263."])]
