"""Shapes of real lists met in session 51's blind rounds (``s123``, ``s124``) and in session 50's left-over misses
(``s122e``, ``s122a``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_who_made_it_and_when_in_brackets_at_the_end_of_the_link():
    """buracagyang/RecSys_paper (26 of its 40 papers): the company or school that made the paper, and the year, in
    brackets ending the link's text, glued to the title or not; the title without them, the year kept."""
    found = papers(
        "### Embedding\n"
        "* [[Item2Vec] Item2Vec-Neural Item Embedding for Collaborative Filtering (Microsoft 2016)](https://x.org/"
        "a.pdf) <br/>\n"
        "* [[FM] Factorization Machines(Steffen 2010)](https://x.org/b.pdf) <br/>\n"
        "* [[Two-stage] Two-stage Model for Automatic Playlist Continuation at Scale(Layer6 2018 Winners)](https://x."
        "org/c.pdf)\n")
    assert [(t, p.year) for t, p in found.items()] == [
        ("Item2Vec-Neural Item Embedding for Collaborative Filtering", 2016),
        ("Factorization Machines", 2010),
        ("Two-stage Model for Automatic Playlist Continuation at Scale", 2018)]


def test_a_venue_glued_to_a_note_in_chinese_after_the_link():
    """xiaomindog/xiaomindog.github.io: "- [Title](url) - ACL2020香侬科技 MRC框架的NER": where and when, the lab
    (a note), then what the list says of the paper; not "ACL2020的Best Paper，...", a sentence that starts so."""
    found = papers(
        "## 阅读理解新范式\n\n"
        "- [ A Unified MRC Framework for Named Entity Recognition ]( https://arxiv.org/pdf/1910.11476.pdf ) - "
        "ACL2020香侬科技 MRC框架的NER\n"
        "- [Graph Convolutional Networks with Argument-Aware Pooling for Event Detection]( https://www.aaai.org/ocs/"
        "index.php/AAAI/AAAI18/paper/view/16329/16155 )- AAAI2018 GCN事件检测\n"
        "- [DMCNN]( https://www.aclweb.org/anthology/P15-1017.pdf ) - ACL2015 中科院\n")
    assert [(t, p.venue, p.summary) for t, p in found.items()] == [
        ("A Unified MRC Framework for Named Entity Recognition", "ACL 2020", "MRC框架的NER"),
        ("Graph Convolutional Networks with Argument-Aware Pooling for Event Detection", "AAAI 2018", "GCN事件检测"),
        ("DMCNN", "ACL 2015", None)]


def test_a_quoted_table_of_links_then_a_summary_under_a_bold_title():
    """MPX0222/Research-Paper-Space (every paper): the numbered title in bold italics, with where the authors
    work and the year in full-width brackets; its links in a quoted table, and what the list says of it after."""
    paper = one(
        "### Surveys\n\n"
        "***10. Evaluating Open-QA Evaluation（Westlake University & Northeastern University, 2022）*** : \n\n"
        "> | Github Link | Paper Link | PaperWithCode Link | Is Read? |\n"
        "> |-------------|------------|--------------------|------------|\n"
        "> | [Github-Page](https://github.com/wangcunxiang/qa-eval) | [Arxiv-Page](https://arxiv.org/pdf/2305.12421v3"
        ".pdf) | [PaperWithCode-Page](https://paperswithcode.com/paper/evaluating-open-question-answering-"
        "evaluation) | ✔ |\n"
        ">\n"
        ">  ***Summarize** : Survey and Evaluation of QA-System*\n")
    assert (paper.title, paper.year, paper.arxiv_id, paper.links["code"], paper.summary) == (
        "Evaluating Open-QA Evaluation", 2022, "2305.12421", "https://github.com/wangcunxiang/qa-eval",
        "Survey and Evaluation of QA-System")


def test_family_names_alone_then_the_year_under_the_title_link():
    """andrewt3000/DL4NLP (the line under each title): "Bengio 2003. Seminal paper ..."; a journal and its year
    with nothing said after it ("Bioinformatics 2024.") is not an author."""
    found = papers(
        "[A neural probabilistic language model.](http://papers.nips.cc/paper/1839-a-neural-probabilistic-language-"
        "model.pdf)  \n"
        "Bengio 2003. Seminal paper on word vectors.  \n\n"
        "[GloVe: Global vectors for word representation](http://nlp.stanford.edu/projects/glove/glove.pdf)  \n"
        "Pennington, Socher, Manning. 2014. Creates word vectors and relates word2vec to matrix factorizations.  \n\n"
        "- **Improving medical reasoning through retrieval and self-reflection**\n"
        "  Bioinformatics 2024. [[Paper](https://arxiv.org/abs/2401.15269)]\n")
    assert [(t, names(p), p.year, p.summary) for t, p in found.items()] == [
        ("A neural probabilistic language model", ["Bengio"], 2003, "Seminal paper on word vectors."),
        ("GloVe: Global vectors for word representation", ["Pennington", "Socher", "Manning"], 2014,
         "Creates word vectors and relates word2vec to matrix factorizations."),
        ("Improving medical reasoning through retrieval and self-reflection", [], 2024, None)]


def test_a_paper_named_only_by_its_venue_badge():
    """AtsuMiyai/Awesome-OOD-VLM (every paper): a badge saying where and when on its label and the method's name
    on its message, linking the paper, its alt text the name; a star badge under it names the code."""
    paper = one(
        "### CLIP-based AD\n"
        "> - [![AnomalyCLIP](https://img.shields.io/badge/ICLR'24-AnomalyCLIP-fdd7e6?style=for-the-badge)](https://"
        "arxiv.org/pdf/2310.18961)\n"
        "    [![Star](https://img.shields.io/github/stars/zqhang/AnomalyCLIP.svg?style=social&label=Star)](https://"
        "github.com/zqhang/AnomalyCLIP)\n")
    assert (paper.title, paper.venue, paper.arxiv_id, paper.links["code"]) == (
        "AnomalyCLIP", "ICLR 2024", "2310.18961", "https://github.com/zqhang/AnomalyCLIP")


def test_a_venue_then_who_wrote_it_glued_to_a_plain_title():
    """cdhx/KBQA-paper: "Title(EMNLP 2020 FBAI)": where, when and who (a note), in Latin letters as in Chinese;
    "(ICML 2024 ICL workshop)" is still a workshop's venue."""
    found = papers(
        "### Entity Linking\n\n"
        "1. Autoregressive entity retrieval(ICLR 2021 FBAI)\n"
        "2. Efficient One-Pass End-to-End Entity Linking for Questions(EMNLP 2020 FBAI)\n"
        "3. LNN-EL: A Neuro-Symbolic Approach to Short-text Entity Linking （ACL2021 IBM Watson）\n"
        "4. Many-Shot In-Context Learning (ICML 2024 ICL workshop)\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Autoregressive entity retrieval", "ICLR 2021"),
        ("Efficient One-Pass End-to-End Entity Linking for Questions", "EMNLP 2020"),
        ("LNN-EL: A Neuro-Symbolic Approach to Short-text Entity Linking", "ACL 2021"),
        ("Many-Shot In-Context Learning", "ICML 2024 ICL workshop")]


def test_a_plain_title_over_its_venue_in_italics_and_its_links():
    """ys-zong/awesome-self-supervised-multimodal-learning (138 entries): the title a bullet of its own, the
    venue in italics and the links on a bullet under it; the venue is not the title."""
    paper = one(
        "- Self-supervised multimodal versatile networks.\n"
        "  - *NeurIPS 2020* [[paper]](http://arxiv.org/abs/2006.16228v2) [[code]](https://github.com/deepmind/"
        "deepmind-research/tree/master/mmv)\n")
    assert (paper.title, paper.venue, paper.arxiv_id) == (
        "Self-supervised multimodal versatile networks", "NeurIPS 2020", "2006.16228")


def test_a_short_name_and_its_venue_in_the_link_under_an_unclosed_bold_year():
    """Yingfei-Wu/Awesome-Self-supervised-Skeleton-based-Action-Recognition (all its papers): "❌[Name VENUE'YYYY]
    (url)" paragraphs under "**2025", a year line whose bold is never closed."""
    found = papers(
        "**2025\n\n"
        "❌[Heterogeneous CVPR'2025](https://openaccess.thecvf.com/content/CVPR2025/papers/x.pdf)\n\n"
        "✅[MS-CLR arxiv'2025](https://arxiv.org/abs/2508.14889)[[code](https://github.com/3Dwe-ai/ms-clr)]\n")
    assert [(t, p.venue, p.year, p.tags) for t, p in found.items()] == [
        ("Heterogeneous", "CVPR 2025", 2025, ["2025"]),
        ("MS-CLR", "arxiv 2025", 2025, ["2025"])]


def test_numbered_items_each_a_heading_over_its_authors():
    """EnergeticQuanta17/AutoPilotRL (every paper): "2. #### Title" over a line of its authors; the next item's
    heading is the next paper, not a note of the one before."""
    found = papers(
        "## Hyperparameter Optimization Papers\n"
        "1. #### Algorithms for Hyper-Parameter Optimization\n"
        " James Bergstra, Remi Bardenet, Balazs Kegl.\n\n"
        " NOT HIGHLIGHTED\n\n"
        "2. #### Batch Bayesian Optimization via Local Penalization\n"
        " Javier Gonzalez, Zhenwen Dai, Philipp Hennig, Neil Lawrence.\n")
    assert [(t, names(p)[:2]) for t, p in found.items()] == [
        ("Algorithms for Hyper-Parameter Optimization", ["James Bergstra", "Remi Bardenet"]),
        ("Batch Bayesian Optimization via Local Penalization", ["Javier Gonzalez", "Zhenwen Dai"])]


def test_a_venue_first_then_the_title_in_italics():
    """yfzhang114/Generalization-Causality: "ICLR Poster _Title_ (note)", "Arxiv(**Yoshua Bengio**) _Title_" (who,
    in bold in brackets: a note), "ICML Oral： [Title](..)" (a full-width colon); the year from the heading, before
    the track, as the rules write a venue."""
    found = papers(
        "## 2021\n"
        "1. Arxiv(**Yoshua Bengio**) _Invariance Principle Meets Information Bottleneck for Out-of-Distribution "
        "Generalization_ (当OOD遇到信息瓶颈理论)\n"
        "2. ICLR Poster _In Search of Lost Domain Generalization_ (没有model selection的方法不是好方法)\n"
        "3. ICML Oral： [Can Subnetwork Structure be the Key to Out-of-Distribution Generalization?](https://"
        "zhuanlan.zhihu.com/p/382608823) （彩票模型）\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Invariance Principle Meets Information Bottleneck for Out-of-Distribution Generalization", "Arxiv 2021"),
        ("In Search of Lost Domain Generalization", "ICLR 2021 Poster"),
        ("Can Subnetwork Structure be the Key to Out-of-Distribution Generalization?", "ICML 2021 Oral")]


def test_arxivs_mirror_in_china_gives_the_id():
    """sumagic/learning_note: "[mask-RCNN](http://xxx.itp.ac.cn/pdf/1703.06870.pdf)"."""
    assert one("* [mask-RCNN](http://xxx.itp.ac.cn/pdf/1703.06870.pdf)\n").arxiv_id == "1703.06870"


def test_a_source_badge_and_a_year_badge_make_the_venue():
    """GreenSnare/AI4Compiler-Collection (all 31 entries): "![year](badge/year-2017-blue) ![src](badge/src-CGO-
    orange) [Title](doi)": the venue, named on one badge, and its year on the other."""
    paper = one(
        "- ![year](https://img.shields.io/badge/year-2017-blue) ![src](https://img.shields.io/badge/src-CGO-orange) "
        "[Minimizing the cost of iterative compilation with active learning](https://doi.org/10.1109/CGO.2017."
        "7863744) — Ogilvie, William F and Petoumenos, Pavlos and Wang, Zheng and Leather, Hugh\n")
    assert (paper.venue, paper.year, names(paper)[:2]) == (
        "CGO 2017", 2017, ["William F Ogilvie", "Pavlos Petoumenos"])


def test_a_paper_heading_after_an_emoji_and_a_contribution_tag_in_code():
    """puneet-chandna/awesome-LLM-papers (every paper): "### 📄 [Title](arXiv)" over "**Authors:**" and a
    "**Contribution:**" that is a tag in code, not a description."""
    paper = one(
        "## RAG Foundations\n\n"
        "### 📄 [REALM: Retrieval-Augmented Language Model Pre-Training](https://arxiv.org/abs/2002.08909)\n\n"
        "**Authors:** Guu et al. (Google Research)  \n"
        "**Contribution:** `🎓 Pre-training with Retrieval`\n")
    assert (paper.title, paper.arxiv_id, names(paper), paper.summary) == (
        "REALM: Retrieval-Augmented Language Model Pre-Training", "2002.08909", ["Guu"], None)


def test_a_conferences_workshops_in_the_plural():
    """penghui-yang/awesome-data-poisoning-and-backdoor-attacks (6 of its 127 entries): "(ECCV 2020 Workshops)"."""
    paper = one(
        "+ Deep k-NN Defense Against Clean-Label Data Poisoning Attacks (ECCV 2020 Workshops) [[paper](https://link."
        "springer.com/chapter/10.1007/978-3-030-66415-2_4)] [[code](https://github.com/neeharperi/DeepKNNDefense)]\n")
    assert (paper.title, paper.venue) == (
        "Deep k-NN Defense Against Clean-Label Data Poisoning Attacks", "ECCV 2020 Workshops")


def test_the_preprint_and_the_day_posted_in_brackets_after_a_bold_title():
    """lyy1994/awesome-data-contamination (its preprints): "**Title** (arXiv, 23 Oct 2023)"."""
    paper = one(
        "1. **S3Eval: A Synthetic, Scalable, Systematic Evaluation Suite for Large Language Models** (arXiv, 23 Oct "
        "2023)\n   <br />\n   *Fangyu Lei, Qian Liu*<br />\n   [[paper]](https://arxiv.org/abs/2310.15147)\n")
    assert (paper.venue, paper.year, names(paper)) == ("arXiv 2023", 2023, ["Fangyu Lei", "Qian Liu"])


def test_an_abbreviated_journal_in_italics_in_brackets_under_a_bold_arrow_heading():
    """HongxinXiang/awesome-ai-bioinformatics (29 of its 41 papers): "**> SMILES-based**" over paragraphs of
    "[**NAME**] Title. (*Nat. Mach. Intell.* 2020)[[Paper](..)]": a heading, and the journal's stops are not the
    title's end."""
    found = papers(
        "### Recurrent neural networks (RNNs)\n\n"
        "**> SMILES-based**\n\n"
        "[**CLM**] Generative molecular design in low data regimes. (*Nat. Mach. Intell.* 2020)[[Paper](https://www."
        "nature.com/articles/s42256-020-0160-y)]\n\n"
        "[**Li's model**] Multi-objective de novo drug design with conditional graph generative model (*J. "
        "Cheminform.* 2018) [[Paper](https://link.springer.com/content/pdf/10.1186/s13321-018-0287-6.pdf)]\n")
    assert [(t, p.venue, p.tags) for t, p in found.items()] == [
        ("Generative molecular design in low data regimes", "Nat. Mach. Intell. 2020",
         ["Recurrent neural networks (RNNs)/SMILES-based"]),
        ("Multi-objective de novo drug design with conditional graph generative model", "J. Cheminform. 2018",
         ["Recurrent neural networks (RNNs)/SMILES-based"])]


def test_a_venue_column_that_gives_the_year_first():
    """IsXudongZhang/Awesome-Structure-based-Molecule-Generation: "| **2024 Nat. Commun.** | **Title** | ..."."""
    paper = one(
        "| Venue | Title | Links |\n|---|---|---|\n"
        "| **2024 Nat. Commun.** | **A 3D molecular generative framework for interaction-guided drug design** | "
        "[Paper](https://www.nature.com/articles/s41467-024-47011-2) |\n")
    assert (paper.venue, paper.year) == ("Nat. Commun. 2024", 2024)


def test_a_key_then_a_title_with_its_gbt_kind_and_a_journal_between_commas():
    """YuanhengZhu/awesome-RL-fusion-papers (55 paragraphs): "[Key]Title[J]. Journal, 2024, 200: 114161." (the
    kind mark, GB/T 7714's) and "[Key] Title, *Nucl. Fusion*, 2021, 61, p.106010." (the journal in italics)."""
    found = papers(
        "[Brendan2024]Towards practical reinforcement learning for tokamak magnetic control[J]. Fusion Engineering "
        "and Design, 2024, 200: 114161.[DOI](https://www.sciencedirect.com/science/article/pii/S0920379624000140)\n\n"
        "[Seo2021] Feedforward beta control in the KSTAR tokamak by deep reinforcement learning, *Nucl. Fusion*, "
        "2021, 61, p.106010. [DOI](https://iopscience.iop.org/article/10.1088/1741-4326/ac121b)\n")
    assert [(t, p.venue, names(p)) for t, p in found.items()] == [
        ("Towards practical reinforcement learning for tokamak magnetic control", "Fusion Engineering and Design "
         "2024", []),
        ("Feedforward beta control in the KSTAR tokamak by deep reinforcement learning", "Nucl. Fusion 2021", [])]


def test_a_short_name_over_its_quoted_citation_with_the_proceedings_year_first():
    """bobochow/Study-notes: "- IDT" over "> Wang, H., & Schmid, C. (2013). Title. 2013 IEEE International
    Conference on Computer Vision." (APA, the proceedings' name after their year) and "> Names. Title[C]//European
    conference on computer vision. Springer, Cham, 2016: 20-36." (GB/T 7714, the publisher and its city)."""
    found = papers(
        "## 1.2 feature trajectory\n- IDT\n"
        "> Wang, H., & Schmid, C. (2013). Action Recognition with Improved Trajectories. 2013 IEEE International "
        "Conference on Computer Vision. \n\n"
        "## 2.1 multi-stream CNN\n- TSN\n"
        "> Wang L, Xiong Y, Wang Z, et al. Temporal segment networks: Towards good practices for deep action "
        "recognition[C]//European conference on computer vision. Springer, Cham, 2016: 20-36.\n")
    assert [(t, p.venue, names(p)[:2]) for t, p in found.items()] == [
        ("Action Recognition with Improved Trajectories", "IEEE International Conference on Computer Vision 2013",
         ["H. Wang", "C. Schmid"]),
        ("Temporal segment networks: Towards good practices for deep action recognition",
         "European conference on computer vision 2016", ["L Wang", "Y Xiong"])]


def test_a_templates_placeholder_lines_are_no_papers():
    """LiyuHou8/Embodied-AI-Eval-Survey (24 lines, a section not yet filled in)."""
    line = "- **论文全标题**. 第一作者姓名 et al. 会议/期刊名缩写 年份. [[paper](PDF链接)] [[code](代码链接)]\n"
    assert papers(line * 2) == {}


def test_an_arxiv_pdf_link_cut_short_and_a_workshop_written_ws():
    """ruleGreen/RAG_LLM: "(https://arxiv.org/pdf/2312.06648.pd)"; tomohideshibata/BERT-related-papers:
    "(EMNLP2019 WS)" after the title link, a workshop, as written."""
    found = papers(
        "- [Dense X Retrieval: What Retrieval Granularity Should We Use?](https://arxiv.org/pdf/2312.06648.pd)\n"
        "- [Multi-step Entity-centric Information Retrieval for Multi-Hop Question Answering](https://arxiv.org/abs/"
        "1909.07598) (EMNLP2019 WS)\n")
    assert [(p.arxiv_id, p.venue) for p in found.values()] == [("2312.06648", None), ("1909.07598", "EMNLP 2019 WS")]


def test_the_years_last_digits_and_the_venue_before_the_title():
    """ChaofanTao/autonomous_driving_papers (every paper): "19-ICCV-Title", "19-AAAI-oral-Title", "18-CVPR Trajnet
    Workshop -Title"."""
    found = papers(
        "- Trajectory Prediction\n"
        "    - 19-ICCV-The Trajectron: Probabilistic Multi-Agent Trajectory Modeling with Dynamic Spatiotemporal "
        "Graphs, [[pdf]](https://arxiv.org/pdf/1810.05993.pdf)\n"
        "    - 19-AAAI-oral-TrafficPredict: Trajectory Prediction for Heterogeneous Traffic-Agents, [[pdf]](https://"
        "arxiv.org/pdf/1811.02146.pdf)\n"
        "    - 18-CVPR Trajnet Workshop -Convolutional Social Pooling for Vehicle Trajectory Prediction, [[pdf]]"
        "(https://arxiv.org/abs/1805.06771)\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("The Trajectron: Probabilistic Multi-Agent Trajectory Modeling with Dynamic Spatiotemporal Graphs",
         "ICCV 2019"),
        ("TrafficPredict: Trajectory Prediction for Heterogeneous Traffic-Agents", "AAAI 2019 Oral"),
        ("Convolutional Social Pooling for Vehicle Trajectory Prediction", "CVPR 2018 Workshop")]


def test_an_algorithm_column_names_the_paper():
    """Franky-X/Awesome-Embodied-Navigation: "| EN Space | Modules | Categories | Algorithm | Date | Publication |
    Paper Link | Code |": the papers are named in the Algorithm column, not the first."""
    paper = one(
        "| EN Space | Modules | Categories | Algorithm| Date | Publication | Paper Link | Code |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| State Space | Body | Implicit | Towards Versatile Embodied Navigation | 2022 | TAES | [Link](https://"
        "ieeexplore.ieee.org/document/9640520) | [Link](https://github.com/hanqingwangai/VXN) |\n")
    assert (paper.title, paper.venue) == ("Towards Versatile Embodied Navigation", "TAES 2022")


def test_headings_that_name_their_paper_and_its_year():
    """HaoxuanXU1024/Awesome-Robotics-In-context-Learning (every paper): "### KAT · 2024" over the bold title link;
    the heading is the paper's short name and year, not a section."""
    text = "## Methods\n\n" + "".join(
        f"### {name} · {year}\n\n**[{title}](https://arxiv.org/abs/{arxiv})**\n\n"
        for name, year, title, arxiv in [
            ("KAT", 2024, "Keypoint Action Tokens Enable In-Context Imitation Learning in Robotics", "2403.19578"),
            ("ICRT", 2024, "In-Context Imitation Learning via Next-Token Prediction", "2408.15980"),
            ("MoKA", 2024, "MoKA: Open-World Robotic Manipulation through Mark-Based Visual Prompting", "2403.03174"),
            ("ICL", 2023, "ICL Tasks for Robots: A Benchmark", "2310.00001")])
    found = papers(text)
    assert [(p.year, p.tags) for p in found.values()] == [(2024, ["Methods"])] * 3 + [(2023, ["Methods"])]


def test_a_bold_name_a_colon_then_the_title_in_bold_and_quotes():
    """THU-KEG/Entity_Alignment_Papers (32 of its 34 papers): '1. **JE**: **"Title".**' over '*Authors.* (CCKS 2016)
    [[paper](..)]'; the name left out (': **"Title".**') where the method has none."""
    found = papers(
        '## Conference papers:\n\n1. **JE**: **"A Joint Embedding Method for Entity Alignment of Knowledge Bases".**\n'
        "*Yanchao Hao, Yuanzhe Zhang, Shizhu He, Kang Liu, Jun Zhao.* (CCKS 2016) \\[[paper](http://ir.ia.ac.cn/x.pdf)"
        "\\]\\[code\\]\n\n"
        '1. : **"Deep Graph Matching Consensus".**\n'
        "*Matthias Fey, Jan E. Lenssen.* (ICLR 2020) \\[[paper](https://openreview.net/forum?id=HyeJf1HKvS)\\]\n")
    assert [(t, p.venue, names(p)[:1]) for t, p in found.items()] == [
        ("A Joint Embedding Method for Entity Alignment of Knowledge Bases", "CCKS 2016", ["Yanchao Hao"]),
        ("Deep Graph Matching Consensus", "ICLR 2020", ["Matthias Fey"])]


def test_a_bold_name_a_spaced_colon_and_the_title_cited_its_links_below():
    """xieyuquanxx/awesome-Large-MultiModal-Hallucination: "2. **HaELM** : Title, (Wang et al. 2023a)" over a
    bullet of badges linking the paper (read as a label and its text before, and the paper lost)."""
    paper = one(
        "## Detecting\n"
        "2. **HaELM** : Evaluation and Analysis of Hallucination in Large Vision-Language Models, (Wang et al. 2023a)\n"
        "   - [![Static Badge](https://img.shields.io/badge/2308.15126-red?logo=arxiv)](https://arxiv.org/abs/"
        "2308.15126)\n")
    assert (paper.title, paper.arxiv_id, names(paper)) == (
        "Evaluation and Analysis of Hallucination in Large Vision-Language Models", "2308.15126", ["Wang"])


def test_a_bold_title_and_its_italic_venue_over_keyed_lines():
    """ZLiu21/awesome-tsfms-from-pre-training-to-post-training (about 84 papers): "- **Title**. *AAAI 2023*" over
    "**Paper**: url" and "**Code**: url" lines of the same item."""
    paper = one(
        "- **PrimeNet: Pre-Training for Irregular Multivariate Time Series**. *AAAI 2023*  \n"
        "  **Paper**: https://ojs.aaai.org/index.php/AAAI/article/view/25876  \n"
        "  **Code**: https://github.com/ranakroychowdhury/PrimeNet\n")
    assert (paper.title, paper.venue, paper.links["code"]) == (
        "PrimeNet: Pre-Training for Irregular Multivariate Time Series", "AAAI 2023",
        "https://github.com/ranakroychowdhury/PrimeNet")


def test_a_fold_whose_label_is_the_paper_and_a_fold_that_says_it_in_short():
    """yuelinan/Awesome-Efficient-R1-style-LRMs: '<details><summary>Title <a href="arXiv">[Paper]</a></summary>' over
    a table of notes; Daham-Mustaf/llm-reasoning-papers: "<summary>TL;DR</summary>" folding the list's description
    under the title."""
    found = papers(
        '<details>\n<summary>ConCISE: Confidence-guided Compression in Step-by-step Efficient Reasoning <a href="'
        'https://arxiv.org/pdf/2505.04881" target="_blank">\n    [Paper]\n</a></summary>\n\n'
        "| English Note | Chinese Note |\n| --- | --- |\n| This paper proposes the CONCISE framework. | 该论文 |\n"
        "</details>\n\n"
        "## Efficient Reasoning methods\n"
        "1. **[s1: Simple test-time scaling](https://arxiv.org/pdf/2501.19393v2)**\n"
        "   <details>\n     <summary>TL;DR</summary>\n"
        "     Post-training using SFT on 1000 samples leads to a reasoning model similar to o1\n   </details>\n")
    assert [(t, p.arxiv_id, p.summary) for t, p in found.items()] == [
        ("ConCISE: Confidence-guided Compression in Step-by-step Efficient Reasoning", "2505.04881", None),
        ("s1: Simple test-time scaling", "2501.19393",
         "Post-training using SFT on 1000 samples leads to a reasoning model similar to o1")]


def test_a_bold_name_a_colon_then_the_paper_cited_its_quoted_title_linked():
    """electricshadok/wiskers (every paper): '- **Stable Audio**: Evans, Zach, ... and Jordi Pons. ["Title."](arXiv),
    2024.'"""
    paper = one(
        '- **Stable Audio**: Evans, Zach, C. J. Carr, Josiah Taylor, Scott H. Hawley, and Jordi Pons. ["Fast Timing-'
        'Conditioned Latent Audio Diffusion."]( https://arxiv.org/pdf/2402.04825.pdf), 2024.\n')
    assert (paper.title, paper.year, names(paper)[:2]) == (
        "Fast Timing-Conditioned Latent Audio Diffusion", 2024, ["Zach Evans", "C. J. Carr"])


def test_a_paper_heading_over_its_link_where_it_appeared_and_how_often_cited():
    """RS-KR/GNN-RS-Beginner: "### 4. Title" over "- [Paper](arXiv), 인용수 313이상, SIGIR'20"."""
    paper = one(
        "## GNN\n\n### 4. LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation\n\n"
        "- [Paper](https://arxiv.org/abs/2002.02126), 인용수 313이상, SIGIR'20\n")
    assert (paper.arxiv_id, paper.venue) == ("2002.02126", "SIGIR 2020")


def test_a_name_or_a_year_in_bold_a_colon_then_the_title_in_italics():
    """pulinduvidmal/-Awesome-Point-Cloud-: "- **PointNet** (2017): *Title* ([link](arXiv))" (the name a note) and
    "- **2020**: *Title* - what it is ([link](arXiv))."."""
    found = papers(
        "### Surveys\n"
        "- **2020**: *Point Cloud Processing for 3D Perception: A Survey* - Comprehensive survey on point cloud "
        "processing techniques across applications ([link](https://arxiv.org/abs/2006.07641)).\n"
        "- **PointNet** (2017): *PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation* "
        "([link](https://arxiv.org/abs/1612.00593))\n")
    assert [(t, p.year, p.arxiv_id) for t, p in found.items()] == [
        ("Point Cloud Processing for 3D Perception: A Survey", 2020, "2006.07641"),
        ("PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation", 2017, "1612.00593")]


def test_a_days_heading_gives_its_papers_year_and_an_arxiv_key_the_venue():
    """ArkhamImp/tts-papers-tracker (172 papers under 96 such headings): "## 2026-01-20" over "- **Title**",
    "  - Authors: Name et.al.", "  - arXiv: [ID](..)"."""
    paper = one(
        "## 2026-01-20\n\n"
        "- **HoverAI: An Embodied Aerial Agent for Natural Human-Drone Interaction**\n"
        "  - Authors: Yuhua Jin et.al.\n"
        "  - arXiv: [2601.13801](https://arxiv.org/abs/2601.13801)\n")
    assert (paper.year, paper.venue, paper.arxiv_id, names(paper), paper.tags) == (
        2026, "arXiv 2026", "2601.13801", ["Yuhua Jin"], ["2026-01-20"])


def test_family_names_with_their_initials_glued_on():
    """swordlidev/Evaluation-Multimodal-LLMs-Survey (16 lines): '<mark>NAME</mark> **"Title"**. *LuP, GongR,
    JiangS, et al.*. ACL 2021.'."""
    paper = one(
        '6. <mark>Geometry3K</mark> **"Inter-GPS: Interpretable Geometry Problem Solving with Formal Language and '
        'Symbolic Reasoning"**. *LuP, GongR, JiangS, et al.*. ACL 2021. [[Paper](https://arxiv.org/abs/2105.04165)]\n')
    assert (names(paper), paper.venue) == (["P Lu", "R Gong", "S Jiang"], "ACL 2021")
    named = one('3. <mark>TextVQA</mark> **"Towards VQA Models That Can Read"**. *SinghA, NatarajanV, ShahM, et al.*. '
                "CVPR 2019. [[Paper](https://arxiv.org/abs/1904.08920)] [[Github](https://textvqa.org/)].\n")
    assert (named.title, named.notes[:1]) == ("Towards VQA Models That Can Read", ["TextVQA"])  # (the name a note)


def test_a_comment_column_that_says_where_the_paper_was_accepted():
    """LbsTempest/Daily-ArXiv-Subscription (22 of its 60 rows): the arXiv comment in a Comment column, plain or
    folded ("<details><summary>Accep...</summary><p>Accepted by ICASSP 2026. Copyright ...</p></details>"), says
    where the paper appeared; its year over the Date column's. Other comments stay notes."""
    found = papers(
        "| **Title** | **Link** | **Date** | **Comment** |\n| --- | --- | --- | --- |\n"
        "| **[SPADE: Structured Pruning and Adaptive Distillation for Efficient LLM-TTS](https://arxiv.org/abs/2509."
        "20802v3)** |  | 2026-01-29 | ICASSP 2026 |\n"
        "| **[RRPO: Robust Reward Policy Optimization for LLM-based Emotional TTS](https://arxiv.org/abs/2512.04552)**"
        " |  | 2026-01-28 | <details><summary>Accep...</summary><p>Accepted by ICASSP 2026. Copyright 2026 IEEE.</p>"
        "</details> |\n"
        "| **[DAIEN-TTS: Disentangled Audio Infilling for Environment-Aware TTS](https://arxiv.org/abs/2509.14684)** "
        "|  | 2026-01-20 | 5 pages, 2 figures |\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ICASSP 2026", 2026), ("ICASSP 2026", 2026), (None, 2026)]
