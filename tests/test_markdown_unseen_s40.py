"""Shapes of real lists found by the thirty-seventh blind labelling round (``bench/unseen-lists/s40a``-
``s40h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_a_paper_written_as_a_heading_over_its_fields_in_bold_keyed_bullets():
    # AcWiz/ML-Ocean-Weather-Papers (all 94 papers): none had been read
    found = papers("## Weather Forecasting\n\n"
                   "### Winter forecasting of September/October rainfall\n"
                   "- **arXiv**: [2602.12497v1](https://arxiv.org/abs/2602.12497v1)\n"
                   "- **Date**: 2026-02-13\n"
                   "- **Abstract**: We formulate seasonal rainfall prediction as a reduced-order nonlinear problem.\n\n"
                   "### Rapid estimation of global sea surface temperatures from sparse streaming in situ "
                   "observations\n"
                   "- **arXiv**: [2601.21913v1](https://arxiv.org/abs/2601.21913v1)\n"
                   "- **Date**: 2026-01-29\n")
    winter, rapid = found.values()
    assert (winter.title, winter.arxiv_id, winter.year, winter.tags) == (
        "Winter forecasting of September/October rainfall", "2602.12497", 2026, ["Weather Forecasting"])
    assert (rapid.arxiv_id, rapid.year, rapid.tags) == ("2601.21913", 2026, ["Weather Forecasting"])


def test_a_heading_of_venue_and_title_over_an_authors_line_an_abstract_and_its_links():
    # RenshengJi/awesome-remote-sensing-image-generation (every entry)
    paper = one("# awesome-remote-sensing-image-generation\n\n"
                "### 1. [ICLR '2024] DiffusionSat: A Generative Foundation Model for Satellite Imagery\n"
                "**Authors**: Samar Khanna, Patrick Liu, Linqi Zhou, Stefano Ermon\n"
                "<details span>\n<summary><b>Abstract</b></summary>\n"
                "  Diffusion models have achieved state-of-the-art results on many modalities.\n</details>\n\n"
                "  [📄 Paper](https://arxiv.org/pdf/2312.03606) | [💻 Code](https://github.com/samar-khanna/DiffusionSat)"
                " | 🌐 Project Page\n")
    assert (paper.title, paper.venue, paper.arxiv_id, paper.links["code"], paper.summary) == (
        "DiffusionSat: A Generative Foundation Model for Satellite Imagery", "ICLR 2024", "2312.03606",
        "https://github.com/samar-khanna/DiffusionSat", None)
    assert names(paper) == ["Samar Khanna", "Patrick Liu", "Linqi Zhou", "Stefano Ermon"]


def test_a_citation_table_whose_first_column_names_the_model():
    # xiaoyuxie-vico/Awesome-ML-PDE: "| Model | Relevant Papers | Link | Notes |", the first cell often empty
    found = papers("| Model | Relevant Papers | Link | Notes |\n| --- | --- | --- | --- |\n"
                   "| PINN | C. McDevitt, E. Fowler, & S. Roy. \"**Physics-constrained deep learning of incompressible "
                   "cavity flows.**\" arXiv preprint arXiv:2211.06375. (2022)|[Paper](https://arxiv.org/abs/2211.06375)"
                   "| |\n"
                   "|  | Um, Kiwon, et al. \"**Solver-in-the-Loop: Learning from Differentiable Physics to Interact "
                   "with Iterative PDE-Solvers.**\" *arXiv preprint arXiv:2007.00016* (2020). | "
                   "[Paper](https://arxiv.org/abs/2007.00016) | |\n")
    cavity, solver = found.values()
    assert (cavity.title, names(cavity), cavity.arxiv_id) == (
        "Physics-constrained deep learning of incompressible cavity flows", ["C. McDevitt", "E. Fowler", "S. Roy"],
        "2211.06375")
    assert (solver.title, names(solver), solver.year) == (
        "Solver-in-the-Loop: Learning from Differentiable Physics to Interact with Iterative PDE-Solvers",
        ["Kiwon Um"], 2020)


def test_a_journal_on_the_last_line_outranks_the_preprint_links_label():
    # MartinuzziFrancesco/awesome-scientific-machine-learning (16 of its 21 papers): Chicago's journal reference
    paper = one("- Stiff neural ordinary differential equations [[pub](https://aip.scitation.org/doi/full/10.1063/"
                "5.0060697)] [[arxiv](https://arxiv.org/abs/2103.15341)] [[code](https://github.com/DENG-MIT/"
                "StiffNeuralODE)] <br> Kim, Suyong, Weiqi Ji, Sili Deng, Yingbo Ma, and Christopher Rackauckas <br> "
                "_Chaos: An Interdisciplinary Journal of Nonlinear Science 31, no. 9 (2021): 093122_\n")
    assert (paper.venue, paper.year, paper.arxiv_id, paper.url) == (
        "Chaos: An Interdisciplinary Journal of Nonlinear Science 2021", 2021, "2103.15341",
        "https://aip.scitation.org/doi/full/10.1063/5.0060697")
    assert names(paper)[0] == "Suyong Kim"


def test_a_citation_whose_journal_has_a_volume_and_its_year_in_brackets():
    # wangxiao5791509/SNN_CV_Applications_Resources (24 "et al." citations)
    found = papers("* Deep neural networks with weighted spikes. Kim, Jaehyun, et al.  Neurocomputing 311 (2018): "
                   "373-386., [[Paper](https://sci-hub.st/x)] \n"
                   "* Surrogate gradient learning in spiking neural networks. Neftci, Emre O., Hesham Mostafa, and "
                   "Friedemann Zenke. IEEE Signal Processing Magazine 36 (2019): 61-63., [[Paper](https://sci-hub.st/y)]"
                   " \n")
    spikes, surrogate = found.values()
    assert (spikes.title, names(spikes), spikes.venue) == (
        "Deep neural networks with weighted spikes", ["Jaehyun Kim"], "Neurocomputing 2018")
    assert (surrogate.title, names(surrogate), surrogate.venue) == (
        "Surrogate gradient learning in spiking neural networks", ["Emre O. Neftci", "Hesham Mostafa",
                                                                   "Friedemann Zenke"],
        "IEEE Signal Processing Magazine 2019")


def test_code_spans_on_the_links_line_are_tags_not_description():
    # PrasannaPulakurthi/awesome-remote-sensing-architectures (96 lines)
    paper = one("- **BIT** — Expresses each image as a handful of semantic tokens and refines them\n"
                "  with a small transformer. The reference transformer CD baseline.\n"
                "  [`paper`](https://arxiv.org/abs/2103.00208) [`code`](https://github.com/justchenhao/BIT_CD) "
                "`TGRS'21` `change detection` `513★`\n")
    assert (paper.venue, paper.year, paper.notes) == ("TGRS 2021", 2021, ["change detection"])
    assert paper.summary == ("Expresses each image as a handful of semantic tokens and refines them with a small "
                             "transformer. The reference transformer CD baseline.")


def test_a_label_over_the_title_link_that_cites_its_authors_and_year():
    # luopeixiang/awesome-text-summarization (41 lines)
    paper = one("**Pointer-generator + coverage (See et al., 2017)** : [Get To The Point: Summarization with "
                "Pointer-Generator Networks](http://aclweb.org/anthology/P17-1099)\n")
    assert (paper.title, names(paper), paper.year, paper.notes) == (
        "Get To The Point: Summarization with Pointer-Generator Networks", ["See"], 2017,
        ["Pointer-generator + coverage"])


def test_a_date_column_of_two_digit_years_and_months():
    # ydyjya/Awesome-LLM-Safety (every row of its tables): "| 23.11 | ... | arxiv | [Title](..) |"
    paper = one("| Date | Institute | Publication | Paper |\n| :---: | :---: | :---: | :---: |\n"
                "| 20.10 | Facebook AI Research | arxiv | [Recipes for Safety in Open-domain Chatbots]"
                "(https://arxiv.org/abs/2010.07079) |\n")
    assert (paper.year, paper.venue.lower()) == (2020, "arxiv 2020")


def test_bold_notes_about_the_list_are_no_papers():
    # iCGY96/awesome_OpenSetRecognition_list, wuxingyu-ai/LLM4EC
    found = papers("## Papers\n\n- **This list is not exhaustive.**\n\n"
                   "***The related work and projects will be updated soon and continuously.***\n\n"
                   "- **Deep Residual Learning for Image Recognition**\n")
    assert list(found) == ["Deep Residual Learning for Image Recognition"]


def test_a_summary_written_as_a_large_heading_groups_the_headings_inside_its_details():
    # koninik/awesome-handwritten-text-generation: "<summary><h2>🧠 HTG Methods</h2></summary>" over "## ..."
    found = papers("# Handwritten Text Generation\n\n# 📚 Contents\n\n- [HTG Methods](#htg-methods)\n\n"
                   "<details open>\n<summary><h2>🧠 HTG Methods</h2></summary>\n\n"
                   "## Diffusion Models\n\n| Name | Title | Venue | Paper |\n|---|---|---|---|\n"
                   "| One-DM | One-Shot Diffusion Mimicker for Handwritten Text Generation | ECCV 2024 | "
                   "[📄 Paper](https://arxiv.org/abs/2409.04004) |\n\n</details>\n")
    paper, = found.values()
    assert paper.tags == ["Contents/HTG Methods/Diffusion Models"]


def test_a_name_ending_in_its_own_punctuation_links_the_code_and_the_title_goes_on():
    # PDZZXL/Awesome-LLM-Serving: "[Mooncake:](github) Title | who", "[AttAcc!](github) Title | ASPLOS'24"
    found = papers("- [Llumnix:](https://arxiv.org/abs/2406.03243) Dynamic Scheduling for Large Language Model "
                   "Serving| OSDI' 24\n"
                   "- [Mooncake:](https://github.com/kvcache-ai/Mooncake) A KVCache-centric Disaggregated "
                   "Architecture for LLM Serving | Moonshot\n"
                   "- [AttAcc!](https://github.com/scale-snu/attacc_simulator) Unleashing the Power of PIM for Batched "
                   "Transformer-based Generative Model Inference | ASPLOS'24\n")
    llumnix, mooncake, attacc = found.values()
    assert (llumnix.title, llumnix.venue) == ("Llumnix: Dynamic Scheduling for Large Language Model Serving",
                                              "OSDI 2024")
    assert (mooncake.title, mooncake.links, mooncake.notes) == (
        "Mooncake: A KVCache-centric Disaggregated Architecture for LLM Serving",
        {"code": "https://github.com/kvcache-ai/Mooncake"}, ["Moonshot"])
    assert (attacc.title, attacc.venue) == (
        "AttAcc! Unleashing the Power of PIM for Batched Transformer-based Generative Model Inference", "ASPLOS 2024")


def test_a_journal_or_preprint_server_in_brackets_with_the_month():
    # zenrran4nlp/Awesome-LLM-Inference-Serving: "[arxiv 2024.12]" on 86 lines, "[JIOT 2024.12]", "[TechRxiv 2024.12]"
    found = papers("- **EdgeShard: Efficient LLM Inference via Collaborative Edge Computing** [JIOT 2024.12] "
                   "[paper](https://ieeexplore.ieee.org/abstract/document/10818760)\n"
                   "- **Optimizing llm inference clusters for enhanced performance and energy efficiency** "
                   "[TechRxiv 2024.12] [paper](https://www.techrxiv.org/users/812455/articles/1213926)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("JIOT 2024", 2024), ("TechRxiv 2024", 2024)]


def test_the_authors_after_the_title_before_the_venues_link():
    # wangxiao5791509/SNN_CV_Applications_Resources: "Title, Bing Han and Kaushik Roy, [[ECCV-2020](..)]"
    found = papers("* Deep Spiking Neural Network: Energy Efficiency Through Time based Coding, Bing Han and Kaushik "
                   "Roy, [[ECCV-2020](https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123550392.pdf)] \n"
                   "* Learning to See, Hear and Read Better Than Ever, [[Paper](https://arxiv.org/abs/2001.00001)]\n")
    coding, seeing = found.values()
    assert (coding.title, names(coding), coding.venue) == (
        "Deep Spiking Neural Network: Energy Efficiency Through Time based Coding", ["Bing Han", "Kaushik Roy"],
        "ECCV 2020")
    assert (seeing.title, seeing.authors) == ("Learning to See, Hear and Read Better Than Ever", [])


def test_a_journal_named_in_brackets_after_the_title_without_its_year():
    # ShawnBIT/UNet-family: under "## 2017", "Title (IEEE Transactions on Medical Imaging)[[paper](..)]"
    paper = one("## 2017\n  * H-DenseUNet: Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT "
                "Volumes "
                "(IEEE Transactions on Medical Imaging)[[paper](https://arxiv.org/pdf/1709.07330.pdf)]"
                "[[keras](https://github.com/xmengli999/H-DenseUNet)]\n")
    assert (paper.title, paper.venue) == (
        "H-DenseUNet: Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT Volumes",
        "IEEE Transactions on Medical Imaging 2017")


def test_a_venue_and_the_month_and_year_in_brackets_after_the_title():
    # taohan10200/Awesome_AI4Earth: "(arxiv, 11/2023)"
    paper = one("- [NeuralGCM](https://arxiv.org/abs/2311.07222) Neural General Circulation Models. "
                "(arxiv, 11/2023) \n")
    assert (paper.title, paper.venue.lower(), paper.year, paper.notes) == (
        "Neural General Circulation Models", "arxiv 2023", 2023, ["NeuralGCM"])


def test_labels_citing_their_papers_authors_and_years_in_the_ways_one_list_writes_them():
    # luopeixiang/awesome-text-summarization (41 lines)
    found = papers("**Pointer + Coverage + EntailmentGen + QuestionGen** (Guo et al., 2018) : [Soft Layer-Specific "
                   "Multi-Task Summarization with Entailment and Question Generation](http://aclweb.org/anthology/"
                   "P18-1064)\n\n"
                   "**RL + pg + cbdec (Jiang and Bansal, 2018)**: [Closed-Book Training to Improve Summarization "
                   "Encoder Memory](http://aclweb.org/anthology/D18-1440)\n\n"
                   "**BE(2006)** : [Automated Summarization Evaluation with Basic Elements](https://pdfs."
                   "semanticscholar.org/45fc/709a2fb8cd3cc71462c65e3d5e1bcb23c444.pdf)\n\n"
                   "**(2018 Shaflei)** : [Summarization Evaluation in the Absence of Human Model Summaries Using the "
                   "Compositionality of Word Embeddings](http://aclweb.org/anthology/C18-1077)\n")
    assert [(names(p), p.year, p.notes) for p in found.values()] == [
        (["Guo"], 2018, ["Pointer + Coverage + EntailmentGen + QuestionGen"]),
        (["Jiang", "Bansal"], 2018, ["RL + pg + cbdec"]), ([], 2006, ["BE"]), (["Shaflei"], 2018, [])]


def test_a_journal_reference_with_the_year_last():
    # xiaoyuxie-vico/Awesome-ML-PDE: "Sensors, 23(5), 2792. (2023)", "Fluids, 8(2), p.43. (2023)"
    found = papers("| Model | Relevant Papers | Link |\n| --- | --- | --- |\n"
                   "|PINN|S. Alkhadhr, & M. Almekkawy. \"**Wave equation modeling via physics-informed neural "
                   "networks: models of soft and hard constraints for initial and boundary conditions.**\" Sensors, "
                   "23(5), 2792. (2023)|[Paper](https://www.mdpi.com/1424-8220/23/5/2792)|\n"
                   "|PINN|F. Pioch, J. Harmening, & O. Moctar. \"**Turbulence modeling for physics-informed neural "
                   "networks: Comparison of different RANS models for the backward-facing step flow.**\" Fluids, "
                   "8(2), p.43. (2023)|[Paper](https://www.mdpi.com/2311-5521/8/2/43)|\n")
    assert [(p.venue, p.year) for p in found.values()] == [("Sensors 2023", 2023), ("Fluids 2023", 2023)]


def test_a_plain_title_then_google_scholars_mla_first_author_and_venue():
    # wangxiao5791509/SNN_CV_Applications_Resources: "Title, Surname, Given, et al. Venue Vol.No (Year): pages."
    found = papers(
        "* Event-guided structured output tracking of fast-moving objects using a CeleX sensor. Huang, Jing, et al.  "
        "IEEE Transactions on Circuits and Systems for Video Technology 28.9 (2018): 2413-2417. [[Paper](https://"
        "ieeexplore.ieee.org/abstract/document/8368143/)]\n"
        "* EKLT: Asynchronous photometric feature tracking using events and frames.\" Gehrig, Daniel, et al.  "
        "International Journal of Computer Vision 128.3 (2020): 601-618. [[Paper](https://link.springer.com/article/"
        "10.1007/s11263-019-01209-w)] [[Code](https://github.com/uzh-rpg/rpg_eklt)]\n"
        "* Spatiotemporal Multiple Persons Tracking Using Dynamic Vision Sensor, Piątkowska, Ewa, et al. IEEE Computer "
        "Society Conference on Computer Vision and Pattern Recognition Workshops. IEEE, 2012. [[Paper](https://publik."
        "tuwien.ac.at/files/PubDat_209369.pdf)]\n")
    celex, eklt, persons = found.values()
    assert (celex.title, names(celex), celex.venue, celex.summary) == (
        "Event-guided structured output tracking of fast-moving objects using a CeleX sensor", ["Jing Huang"],
        "IEEE Transactions on Circuits and Systems for Video Technology 2018", None)
    assert (eklt.title, names(eklt), eklt.venue) == (
        "EKLT: Asynchronous photometric feature tracking using events and frames", ["Daniel Gehrig"],
        "International Journal of Computer Vision 2020")
    assert (persons.title, names(persons), persons.venue) == (
        "Spatiotemporal Multiple Persons Tracking Using Dynamic Vision Sensor", ["Ewa Piątkowska"],
        "IEEE Computer Society Conference on Computer Vision and Pattern Recognition Workshops 2012")
