"""Shapes of real lists found by the twentieth blind labelling round (``bench/unseen-lists/s23a``-``s23h``) and
left over from earlier rounds, held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_citation_key_linking_the_lists_own_reference_is_a_note_not_the_title():
    # arranger1044/awesome-spn (103 such bullets): the key alone on the item's first line, the title link on the
    # next, the venue in italics after it; every title had been read as "["
    found = papers(
        "## Papers\n\n### Year\n\n#### 2016\n"
        "   - [[Vergari2016](#vergari2016)][**Visualizing and Understanding Sum-Product Networks**]"
        "(https://arxiv.org/abs/1608.08266) *arXiv* `representation learning`\n"
        "   - [[Zhao2016a](#zhao2016a)]\n"
        "     [**Collapsed Variational Inference for Sum-Product Networks**]"
        "(http://jmlr.org/proceedings/papers/v48/zhaoa16.pdf)\n"
        "     *ICML2016*\t [`weight-learning`](#weight-learning)\n")
    assert [(p.title, p.arxiv_id, p.url, p.venue, p.year) for p in found.values()] == [
        ("Visualizing and Understanding Sum-Product Networks", "1608.08266", None, "arXiv 2016", 2016),
        ("Collapsed Variational Inference for Sum-Product Networks", None,
         "http://jmlr.org/proceedings/papers/v48/zhaoa16.pdf", "ICML 2016", 2016)]
    assert "Zhao2016a" in found["Collapsed Variational Inference for Sum-Product Networks"].notes


def test_a_year_month_column_gives_the_year():
    # chrisliu298/awesome-llm-unlearning (32 of 44 paper rows have no venue): "Year-Month" is a date column
    found = papers(
        "## Papers\n\n| Paper | Author(s) | Year-Month | Venue | Code |\n|---|---|---|---|---|\n"
        "| [The WMDP Benchmark: Measuring and Reducing Malicious Use With Unlearning]"
        "(https://arxiv.org/abs/2403.03218) | Li et al. | 2024-03 | - | "
        "[GitHub](https://github.com/centerforaisafety/wmdp) |\n")
    paper = found["The WMDP Benchmark: Measuring and Reducing Malicious Use With Unlearning"]
    assert (paper.arxiv_id, paper.year, paper.venue) == ("2403.03218", 2024, None)


def test_names_and_year_after_by_with_one_name_in_lower_case_or_the_year_glued_on():
    # Guyanqi/Awesome-Privacy: the whole "by ..." had been the summary; "Shmatikov.2015" had been a name
    found = papers(
        "## Papers\n\n"
        "* Privacy at Scale: Local Differential Privacy in Practice [[paper]]"
        "(http://dimacs.rutgers.edu/~graham/pubs/papers/ldptutorial.pdf) by Graham Cormode, Somesh Jha, "
        "Tejas kulkarni, Ninghui Li, Divesh Srivastava, Tianhao Wang. 2018  \n"
        "* Privacy-Preserving Deep Learning [[paper]](https://www.cs.cornell.edu/~shmat/shmat_ccs15.pdf) "
        "by Reza Shokri and Vitaly Shmatikov.2015  \n"
        "* How To Backdoor Federated Learning [[paper]](https://arxiv.org/abs/1807.00459) "
        "[[code]](https://github.com/ebagdasa/backdoor_federated_learning) by Vitaly's group. 2018\n"
        "* Deep Learning with Differential Privacy [[paper]](https://arxiv.org/pdf/1607.00133.pdf%20) by Martin "
        "Abadi, Andy Chu, Ian Goodfellow. 2016\n")
    assert [(p.title, len(p.authors), p.year, p.summary) for p in found.values()] == [
        ("Privacy at Scale: Local Differential Privacy in Practice", 6, 2018, None),
        ("Privacy-Preserving Deep Learning", 2, 2015, None),
        ("How To Backdoor Federated Learning", 0, 2018, None),
        ("Deep Learning with Differential Privacy", 3, 2016, None)]
    assert found["Privacy-Preserving Deep Learning"].authors[1].name == "Vitaly Shmatikov"
    assert "by Vitaly's group" in found["How To Backdoor Federated Learning"].notes
    assert found["Deep Learning with Differential Privacy"].arxiv_id == "1607.00133"  # (an encoded space after it)


def test_a_lower_case_word_in_a_list_of_titles_is_not_taken_for_a_name():
    # what the one-slip rule must leave alone: keywords, not three full names and one slip
    found = papers("## Papers\n\n- [A Study](https://arxiv.org/abs/2101.00001), Graph neural networks, "
                   "Transformers, Attention\n")
    assert found["A Study"].authors == []


def test_a_journal_abbreviated_the_iso_way_is_the_venue_not_an_author():
    # csl-cqu/awesome-secure-federated-learning-papers ("Future Gener. Comput. Syst. 2021" had been one author);
    # zhiqiangzhongddu/Awesome-Knowledge-augmented-GML-for-Drug-Discovery ("Nat. Mach. Intell., 2021")
    found = papers(
        "## Surveys\n\n* [A survey on security and privacy of federated learning]"
        "(https://linkinghub.elsevier.com/retrieve/pii/S0167739X20329848), Future Gener. Comput. Syst. 2021\n"
        "* [A second survey](https://doi.org/10.1016/j.knosys.2020.106000), Knowl. Based Syst., 2020\n"
        "* [A third survey](https://arxiv.org/abs/2101.00001), G. Hinton, Y. LeCun. 2015\n")
    assert [(p.venue, [a.name for a in p.authors]) for p in found.values()] == [
        ("Future Gener. Comput. Syst. 2021", []), ("Knowl. Based Syst. 2020", []),
        (None, ["G. Hinton", "Y. LeCun"])]


def test_a_citation_key_in_code_before_the_title_gives_the_first_author_and_year():
    # danieljf24/awesome-video-text-retrieval (80 entries, every paper): "no title" for all but the dataset rows
    found = papers(
        "## Papers\n\n### 2021\n"
        "* `[Dong et al. TPAMI21]` Dual Encoding for Video Retrieval by Text. IEEE Transactions on Pattern Analysis "
        "and Machine Intelligence, 2021. [[paper]](https://arxiv.org/abs/2009.05381) "
        "[[code]](https://github.com/danieljf24/hybrid_space)\n"
        "- `[Wang et al. TMM]` Many Hands Make Light Work: Transferring Knowledge from Auxiliary Tasks for "
        "Video-Text Retrieval.  IEEE Transactions on Multimedia, 2022. "
        "[[paper]](https://ieeexplore.ieee.org/abstract/document/9707645/metrics#metrics) \n"
        "* `[ActivityNet Captions]` Krishna et al. Dense-captioning events in videos. ICCV, 2017. "
        "[[paper]](https://arxiv.org/abs/1705.00754) [[dataset]](https://cs.stanford.edu/people/ranjaykrishna/densevid/)\n")
    assert [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in found.values()] == [
        ("Dual Encoding for Video Retrieval by Text", ["Dong"],
         "IEEE Transactions on Pattern Analysis and Machine Intelligence 2021", 2021),
        ("Many Hands Make Light Work: Transferring Knowledge from Auxiliary Tasks for Video-Text Retrieval", ["Wang"],
         "IEEE Transactions on Multimedia 2022", 2022),
        ("Dense-captioning events in videos", ["Krishna"], "ICCV 2017", 2017)]
    assert "[Dong et al. TPAMI21]" in found["Dual Encoding for Video Retrieval by Text"].notes


def test_a_venue_in_code_is_still_a_venue_not_a_citation_key():
    # wentianli/awesome-3d-photography: "`[SIGGRAPH Posters 2011]`" names no author
    found = papers("## Papers\n\n- `[SIGGRAPH Posters 2011]` Layered Photo Pop-Up [[paper]](https://arxiv.org/abs/2103.10097)\n")
    assert (found["Layered Photo Pop-Up"].venue, found["Layered Photo Pop-Up"].authors) == ("SIGGRAPH Posters 2011", [])


def test_a_venue_spelled_out_with_its_short_name_or_volume_and_the_year_in_brackets():
    # xuyu0010/awesome-video-domain-adaptation (49 + 6 entries): all of it had been the summary
    found = papers(
        "## Papers\n\n"
        "- [Adversarial Bipartite Graph Learning for Video Domain Adaptation]"
        "(https://dl.acm.org/doi/abs/10.1145/3394171.3413897) ACM Multimedia (ACM MM) (2020) "
        "[[Code-PyTorch]](https://github.com/Luoyadan/MM2020_ABG)\n"
        "- [Multi-Level Attentive Adversarial Learning With Temporal Dilation for Unsupervised Video Domain Adaptation]"
        "(https://openaccess.thecvf.com/content/WACV2022/papers/Chen_WACV_2022_paper.pdf) IEEE/CVF Winter Conference "
        "on Applications of Computer Vision (WACV) (2022)\n"
        "- [Deep Image-to-Video Adaptation and Fusion Networks for Action Recognition]"
        "(https://ieeexplore.ieee.org/document/8931264) IEEE Transactions on Image Processing, Volume 29, "
        "Pages 3168-3182 (2019) [[Project Page]](https://yangliu9208.github.io/DIVAFN/) (*Image-to-Video*)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("ACM MM 2020", 2020, None), ("WACV 2022", 2022, None),
        ("IEEE Transactions on Image Processing 2019", 2019, None)]


def test_a_year_dash_venue_bracket_after_a_plain_title_is_the_venue():
    # iSEngLab/AwesomeLLM4APR (141 numbered entries): the bracket had stayed in the title, no venue or year
    found = papers(
        "## Repair\n\n"
        "1. Automated Program Repair in the Era of Large Pre-trained Language Models [2023-ICSE] "
        "[[paper](https://ieeexplore.ieee.org/document/10172803)] [[repo](https://zenodo.org/record/7592886)]\n"
        "7. Frustrated with Code Quality Issues? LLMs can Help! [2024-FSE/ESEC] "
        "[[paper](https://arxiv.org/abs/2309.12938)]\n"
        "8. A Deep Dive into Large Language Models for Automated Bug Localization and Repair [2024-arXiv] "
        "[[paper](https://arxiv.org/abs/2404.11595)]\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("Automated Program Repair in the Era of Large Pre-trained Language Models", "ICSE 2023", 2023),
        ("Frustrated with Code Quality Issues? LLMs can Help!", "FSE/ESEC 2024", 2024),
        ("A Deep Dive into Large Language Models for Automated Bug Localization and Repair", "arXiv 2024", 2024)]


def test_a_list_of_titles_with_no_links_is_a_list_of_papers():
    # UpcomAI/Embodied-AI-papers (38 lines), showlab/Awesome-Robotics-Diffusion (98 "+ Title" lines): half their
    # papers are named by title alone, and had all been left out without a word
    found = papers(
        "## Papers\n\n### Algorithms\n\n"
        "- Rt-1: Robotics transformer for real-world control at scale\n"
        "- Palm-e: An embodied multimodal language model\n"
        "- Diffusion model is an effective planner and data synthesizer for multi-task reinforcement learning\n"
        "- Supervised pretraining can learn in-context reinforcement learning\n\n"
        "**Consistency Model**\n\n"
        "+ [Consistency policy: Accelerated visuomotor policies via consistency distillation]"
        "(https://arxiv.org/abs/2405.07503) (RSS 2024)\n\n"
        "+ ManiCM: Real-time 3D Diffusion Policy via Consistency Model for Robotic Manipulation\n\n"
        "+ Flow Matching Imitation Learning for Multi-Support Manipulation\n\n"
        "+ Fast and Robust Visuomotor Riemannian Flow Matching Policy\n")
    assert list(found) == [
        "Rt-1: Robotics transformer for real-world control at scale",
        "Palm-e: An embodied multimodal language model",
        "Diffusion model is an effective planner and data synthesizer for multi-task reinforcement learning",
        "Supervised pretraining can learn in-context reinforcement learning",
        "Consistency policy: Accelerated visuomotor policies via consistency distillation",
        "ManiCM: Real-time 3D Diffusion Policy via Consistency Model for Robotic Manipulation",
        "Flow Matching Imitation Learning for Multi-Support Manipulation",
        "Fast and Robust Visuomotor Riemannian Flow Matching Policy"]


def test_titles_alone_after_prose_or_over_their_own_papers_or_naming_code_are_not_papers():
    # zjunlp/KnowledgeEditingPapers (topics after a sentence), Harold0501/Awesome-Audio-Watermarking-Papers (a
    # paper's notes after its authors line), Shuijing725/awesome-robot-social-navigation (a topic over its papers),
    # yunqi-meng/GUIAgent-paperlist (a model, described), tangzhenyu/Scene-Text-Understanding (code), topics
    found = papers(
        "## Keywords\nKnowledge Editing has strong connections with following topics.\n"
        "- Updating and fixing bugs for large language models\n"
        "- Language models as knowledge base, locating knowledge in large language models\n"
        "- Security and privacy for large language models\n\n"
        "## Methods\n\n"
        "- Using raw sensor data as input\n"
        "  - [Towards Optimally Decentralized Multi-Robot Collision Avoidance via Deep Reinforcement Learning]"
        "(https://arxiv.org/abs/1709.10082), ICRA 2018.\n"
        "- Using graph transformer network to model interactions\n"
        "  - [Learning Local Planners for Human-aware Navigation in Indoor Environments]"
        "(http://ras.papercept.net/images/temp/IROS/files/0122.pdf), IROS 2020.\n"
        "- Combining human trajectory prediction and robot planning\n"
        "  - [Social GAN: Socially Acceptable Trajectories with Generative Adversarial Networks]"
        "(https://arxiv.org/abs/1803.10892), CVPR 2018.\n\n"
        "## Trends\n**Representative Work:**\n"
        "- UI-TARS — Pure screenshot input, strong performance on OSWorld and AndroidWorld\n"
        "- ShowUI — Vision-Language-Action model with 4.2B parameters\n"
        "- Aguvis — First fully autonomous vision-based GUI agent without closed-source models\n\n"
        "## Challenges and Future Directions\n\n"  # (quchangle1/LLM-Tool-Survey: topics)
        "- High Latency in Tool Learning\n- Rigorous and Comprehensive Evaluation\n- Safe and Robust Tool Learning\n"
        "- Unified Tool Learning Framework\n\n"
        "## Code\n"
        "- CLSTM A small implementation of LSTM networks,focused on OCR https://github.com/tmbdev/clstm\n"
        "- Convolutional Recurrent Neural Network Torch7 https://github.com/bgshih/crnn\n"
        "- Attention-OCR Visual Attention based OCR https://github.com/da03/Attention-OCR\n")
    assert list(found) == [
        "Towards Optimally Decentralized Multi-Robot Collision Avoidance via Deep Reinforcement Learning",
        "Learning Local Planners for Human-aware Navigation in Indoor Environments",
        "Social GAN: Socially Acceptable Trajectories with Generative Adversarial Networks"]


def test_a_citation_key_then_the_title_in_a_known_venue_in_italics_and_its_year():
    # mala-lab/Awesome-LLM-LVLM-Hallucination-Detection-and-Mitigation (89 lines): the key and "in ACL" had been
    # part of the title, with no venue
    found = papers(
        "## Papers\n\n"
        "- [Ji2024] ANAH: Analytical Annotation of Hallucinations in Large Language Models in *ACL*, 2024. "
        "[\\[paper\\]](https://arxiv.org/abs/2405.20315)\n"
        "- [Ye2023] Cognitive Mirage: A Review of Hallucinations in Large Language Models in *Arxiv*,2023. "
        "[\\[paper\\]](https://arxiv.org/abs/2309.06794)\n"
        "- Learning in *Minecraft* environments with few demos [\\[paper\\]](https://arxiv.org/abs/2309.06795)\n")
    assert [(p.title, p.venue, p.year, p.notes) for p in found.values()] == [
        ("ANAH: Analytical Annotation of Hallucinations in Large Language Models", "ACL 2024", 2024, ["Ji2024"]),
        ("Cognitive Mirage: A Review of Hallucinations in Large Language Models", "Arxiv 2023", 2023, ["Ye2023"]),
        ("Learning in Minecraft environments with few demos", None, None, [])]


def test_a_papers_title_linking_a_reading_note_on_a_chinese_post_site_is_that_paper():
    # yfzhang114/Awesome-Multimodal-Large-Language-Models (93 numbered lines): had been "a link to zhihu, not a
    # paper"; a post's own title, in Chinese, stays a post (Manchester921/Awesome-Image-Retrieval)
    found = papers(
        "## Multimodal Large Language Models\n\n"
        "18. [BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models]"
        "(https://zhuanlan.zhihu.com/p/688215018)(q-former融合视觉-语言信息)\n"
        "19. [基于内容的图像检索技术综述（CNN 方法）](https://zhuanlan.zhihu.com/p/42237442)\n"
        "20. [Understanding the attention mechanism in transformers](https://medium.com/@someone/attention-123)\n")
    assert list(found) == [
        "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models"]


def test_links_left_empty_are_no_links_not_a_table_of_contents():
    # nguyentthong/Paper-VLP (33 entries), Clin0212/Awesome-Federated-LLM-Learning: "[[pdf]]()" had made each
    # entry "a table-of-contents line"
    found = papers(
        "## Papers\n\n"
        "1. **Bilinear attention networks** ** `` [[pdf]]() [[code]]()\n\n"
        "* Fed-piLot: Optimizing LoRA Assignment for Efficient Federated Foundation Model Fine-Tuning. "
        "[[Paper]](https://arxiv.org/abs/2410.10200)\n"
        "* Towards Robust and Efficient Federated Low-Rank Adaptation with Heterogeneous Clients. [[Paper]]()\n")
    assert [(p.title, p.url, p.links) for p in found.values()] == [
        ("Bilinear attention networks", None, {}),
        ("Fed-piLot: Optimizing LoRA Assignment for Efficient Federated Foundation Model Fine-Tuning", None, {}),
        ("Towards Robust and Efficient Federated Low-Rank Adaptation with Heterogeneous Clients", None, {})]


def test_authors_glued_to_a_bold_title_and_a_code_link_in_a_paragraph_of_its_own():
    # Event-AHU/Medical_Image_Analysis (53 entries): "**Title**,Authors" had been the summary, and the
    # "[[code](..)]" paragraph after a line of spaces a note "[code]"
    found = papers(
        "## Papers\n\n"
        "* [MedIA-2024] **DACG: Dual Attention and Context Guidance Model for Radiology Report Generation**,"
        "Wangyu Lang, Zhi Liu, Yijia Zhang\n\n"
        "  [[paper](https://www.sciencedirect.com/science/article/abs/pii/S1361841524003025)]\n  \n"
        "  [[code](https://github.com/LangWY/DACG)]\n")
    paper = found["DACG: Dual Attention and Context Guidance Model for Radiology Report Generation"]
    assert ([a.name for a in paper.authors], paper.venue, paper.links, paper.summary, paper.notes) == (
        ["Wangyu Lang", "Zhi Liu", "Yijia Zhang"], "MedIA 2024", {"code": "https://github.com/LangWY/DACG"}, None, [])


def test_a_journal_named_in_words_with_its_year_linking_the_paper_before_the_title():
    # UpcomAI/Embodied-AI-papers: the whole entry had been lost ("[" for a title)
    found = papers(
        "## Papers\n\n- \\[[Autonomous Robots 2023](https://link.springer.com/article/10.1007/s10514-023-10139-z)\\] "
        "TidyBot: personalized robot assistance with large language models "
        "\\[[Project](https://tidybot.cs.princeton.edu)\\]\n")
    paper = found["TidyBot: personalized robot assistance with large language models"]
    assert (paper.venue, paper.year, paper.url) == (
        "Autonomous Robots 2023", 2023, "https://link.springer.com/article/10.1007/s10514-023-10139-z")


def test_a_leaderboard_row_citing_its_paper_is_a_result_not_a_paper():
    # huybery/Awesome-Code-LLM: 23 ranked rows had been "papers", and the real paper row merged into one of them
    found = papers(
        "## Top Code LLMs\n\n| Rank | Model | Params | HumanEval | MBPP | Source |\n|---|---|---|---|---|---|\n"
        "| 1 | o1-mini-2024-09-12 | - | 97.6 | 93.9 | [paper](https://arxiv.org/abs/2409.12186) |\n"
        "| 2 | DeepSeek-Coder-V2 | 236B | 90.2 | 76.2 | [paper](https://arxiv.org/abs/2406.11931) |\n\n"
        "## Papers\n\n| Title | Venue | Date | Code |\n|---|---|---|---|\n"
        "| [DeepSeek-Coder-V2: Breaking the Barrier of Closed-Source Models in Code Intelligence]"
        "(https://arxiv.org/abs/2406.11931) | arXiv | 2024-06 | "
        "[GitHub](https://github.com/deepseek-ai/DeepSeek-Coder-V2) |\n")
    assert list(found) == ["DeepSeek-Coder-V2: Breaking the Barrier of Closed-Source Models in Code Intelligence"]


def test_an_arxiv_id_in_brackets_before_the_title_is_the_venue_and_the_id():
    # Event-AHU/Medical_Image_Analysis (21 entries): the ID had been read, the venue not. The venue is ``arXiv``,
    # no year, as the labelling rules write `arXiv:ID` alone (round 134's Event-AHU/OpenEvDET labels so; this
    # test had taken the ID's year, 2024, as one label of s23h/s70h did)
    found = papers(
        "## Papers\n\n* [arXiv:2405.19654] **Unlocking the Power of Spatial and Temporal Information in Medical "
        "Multimodal Pre-training**, Jinxia Yang, Bing Su\n\n  [[code](https://github.com/SVT-Yang/MedST)]\n")
    paper = found["Unlocking the Power of Spatial and Temporal Information in Medical Multimodal Pre-training"]
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2405.19654", "arXiv", None)


def test_a_bold_title_in_quotes_then_its_authors_and_the_proceedings_on_the_next_line():
    # Event-AHU/Medical_Image_Analysis (Google Scholar's MLA, 17 entries): the quotes and the authors had been
    # part of the title, and the proceedings line a note
    found = papers(
        '## Papers\n\n* "**Bootstrapping Large Language Models for Radiology Report Generation.**" Liu, Chang, et al.\n'
        "Proceedings of the AAAI Conference on Artificial Intelligence. Vol. 38. No. 17. 2024.\n"
        "[[Paper](https://ojs.aaai.org/index.php/AAAI/article/view/29826)]\n"
        "[[Code](https://github.com/synlp/R2-LLM)]\n")
    paper = found["Bootstrapping Large Language Models for Radiology Report Generation"]
    assert ([a.name for a in paper.authors], paper.year, paper.venue) == (
        ["Chang Liu"], 2024, "Proceedings of the AAAI Conference on Artificial Intelligence 2024")


def test_arxiv_and_its_id_with_a_space_after_the_title_link_is_the_preprint():
    # xuyu0010/awesome-video-domain-adaptation (6 entries): "ArXiv 2108.07846v2" had been a note
    found = papers("## Papers\n\n- [Channel-Temporal Attention for First-Person Video Domain Adaptation]"
                   "(https://arxiv.org/pdf/2108.07846v2.pdf) ArXiv 2108.07846v2\n")
    paper = found["Channel-Temporal Attention for First-Person Video Domain Adaptation"]
    assert (paper.arxiv_id, paper.venue, paper.notes) == ("2108.07846", "arXiv", [])


def test_year_then_venue_after_a_bold_title_set_off_by_commas():
    # huangcanan/Awesome-Large-Speech-Model (75 lines): "2023 , EMNLP" had been a note, "2023 , arXiv" dropped
    found = papers(
        "## Papers\n\n"
        "- **SpeechGPT: Empowering Large Language Models with Intrinsic Cross-Modal Conversational Abilities** , "
        "2023 , EMNLP [[paper](https://arxiv.org/pdf/2305.11000)] [[github](https://github.com/0nutation/SpeechGPT)]\n"
        "- **AudioPaLM: A Large Language Model That Can Speak and Listen** , 2023 , arXiv "
        "[[paper](https://arxiv.org/pdf/2306.12925)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("EMNLP 2023", 2023), ("arXiv 2023", 2023)]


def test_a_name_a_venue_and_a_maker_in_brackets_at_the_start_of_the_title_link():
    # imsheridan/DeepRec (34 lines): "DSIN" had been the venue, "[IJCAI 19][Alibaba]" left in the title
    found = papers(
        "## CTR\n\n* [[DSIN][IJCAI 19][Alibaba] Deep Session Interest Network for Click-Through Rate Prediction]"
        "(https://arxiv.org/pdf/1905.06482.pdf)\n"
        "* [[AutoInt][CIKM 19] AutoInt: Automatic Feature Interaction Learning via Self-Attentive Neural Networks]"
        "(https://arxiv.org/pdf/1810.11921.pdf)\n")
    assert [(p.title, p.venue, p.year, p.notes) for p in found.values()] == [
        ("Deep Session Interest Network for Click-Through Rate Prediction", "IJCAI 2019", 2019, ["DSIN", "Alibaba"]),
        ("AutoInt: Automatic Feature Interaction Learning via Self-Attentive Neural Networks", "CIKM 2019", 2019,
         ["AutoInt"])]


def test_a_bold_bracket_around_a_venue_linking_the_paper_before_the_title():
    # MaxChanger/awesome-point-cloud-scene-flow (11 of 63 bullets): titled "[]" or lost
    found = papers(
        "## 2023\n\n- **[[RAL 23](https://ieeexplore.ieee.org/abstract/document/10064005)]** PT-FlowNet: Scene Flow "
        "Estimation on Point Clouds with Point Transformer\n")
    paper = found["PT-FlowNet: Scene Flow Estimation on Point Clouds with Point Transformer"]
    assert (paper.venue, paper.year, paper.url) == (
        "RAL 2023", 2023, "https://ieeexplore.ieee.org/abstract/document/10064005")


def test_citations_listed_under_a_bold_repository_line_are_papers_of_their_own():
    # nancheng58/Awesome-LLM4RS-Papers (14 items): the bullets had been notes of the bold line above them
    found = papers(
        "## Universal Representation Learning\n"
        '**Github Repository: "Universal_user_representations for recommendation" '
        "[[link]](https://github.com/fajieyuan/universal_user_representation)**.\n"
        "+ Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation, SIGIR 2020, "
        "[[paper]](https://arxiv.org/abs/2001.04253), [[code]](https://github.com/fajieyuan/SIGIR2020_peterrec)\n"
        "+ ID-Agnostic User Behavior Pre-training for Sequential Recommendation, CCIR 2022, "
        "[[paper]](https://arxiv.org/abs/2206.02323).\n")
    assert {"Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation",
            "ID-Agnostic User Behavior Pre-training for Sequential Recommendation"} <= set(found)
    assert found["ID-Agnostic User Behavior Pre-training for Sequential Recommendation"].venue == "CCIR 2022"


def test_a_known_venue_alone_on_a_bullet_over_papers_is_their_venue_not_a_section():
    # zhulf0804/3D-PointCloud (61 entries): "+ ICCV" under "## 2019"; the papers had had no venue
    found = papers(
        "## 2019\n\n+ ICCV\n"
        "\t- [Hierarchical Point-Edge Interaction Network for Point Cloud Semantic Segmentation]"
        "(https://arxiv.org/pdf/1909.10469.pdf)\n"
        "+ CVPR\n\t- [PointRCNN: 3D Object Proposal Generation and Detection From Point Cloud]"
        "(http://openaccess.thecvf.com/content_CVPR_2019/papers/Shi_PointRCNN_CVPR_2019_paper.pdf)\n")
    assert [(p.venue, p.year, p.tags) for p in found.values()] == [
        ("ICCV 2019", 2019, ["2019"]), ("CVPR 2019", 2019, ["2019"])]
