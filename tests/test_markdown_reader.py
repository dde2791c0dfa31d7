"""Reading other people's reading lists: the entry shapes of real lists, line by line.

Every example is a real line (or a few) from a public paper list; the source is
named above each test. The six lists of ../shared/fixtures/real-lists are
quoted by their repository; the others are the examples of issue 15. Real lines are
long, and their trailing spaces are line breaks: they are kept as written.
"""
# ruff: noqa: E501, W291

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from markdown_papers import papers
from paperctl.cli import app
from paperctl.formats.markdown.reader import parse

runner = CliRunner()


def only(text: str, **options):
    (paper,) = papers(text, **options).values()
    return paper


# -- citation style over several lines ---------------------------------------------

def test_a_bold_title_link_with_authors_on_the_next_paragraph():
    # atfortes/Awesome-LLM-Reasoning, README.md lines 96-102
    text = """## Analysis

### 2024

1. **[Are Your LLMs Capable of Stable Reasoning?](https://arxiv.org/abs/2412.13147)** [[code](https://github.com/open-compass/GPassK)]

    *Junnan Liu, Hongwei Liu, Linchen Xiao, Ziyi Wang, Kuikun Liu, Songyang Gao, Wenwei Zhang, Songyang Zhang, Kai Chen.* Preprint'24
"""
    paper = only(text)
    assert paper.title == "Are Your LLMs Capable of Stable Reasoning?"
    assert paper.arxiv_id == "2412.13147" and paper.links == {"code": "https://github.com/open-compass/GPassK"}
    assert [a.name for a in paper.authors][:2] == ["Junnan Liu", "Hongwei Liu"] and len(paper.authors) == 9
    assert (paper.venue, paper.year) == ("arXiv 2024", 2024)  # Preprint'24 on an arXiv paper
    assert paper.summary is None and paper.tags == ["Analysis/2024"]


def test_a_citation_written_over_lines_with_backslash_breaks():
    # issue 15, citation style (a diffusion-models list)
    text = ("**Understanding Diffusion Models: A Unified Perspective** \\\n*Calvin Luo* \\\n"
            "arXiv 2022. [[Paper](https://arxiv.org/abs/2208.11970)] \\\n25 Aug 2022\n")
    paper = only(text)
    assert (paper.title, paper.arxiv_id, paper.venue, paper.year) == (
        "Understanding Diffusion Models: A Unified Perspective", "2208.11970", "arXiv 2022", 2022)
    assert [a.name for a in paper.authors] == ["Calvin Luo"] and paper.summary is None


def test_authors_then_a_quoted_bold_title():
    # issue 15, citation style (Deep-Learning-Papers-Reading-Roadmap)
    text = ('- **[1]** LeCun, Yann, et al. "**Deep learning**." Nature 521 (2015) '
            "[[pdf]](http://www.cs.toronto.edu/~hinton/absps/NatureDeepReview.pdf)\n")
    paper = only(text)
    assert paper.title == "Deep learning" and [a.name for a in paper.authors] == ["Yann LeCun"]
    assert paper.url == "http://www.cs.toronto.edu/~hinton/absps/NatureDeepReview.pdf"


def test_plain_citations_title_authors_venue():
    # FLHonker/Awesome-Knowledge-Distillation, README.md lines 79, 132, 433, 390, 782, 772
    text = """## Knowledge from logits

44. Teaching with Limited Information on the Learner's Behaviour. Zhang, Yonggang et al. ICML 2020
29. Generalized Bayesian Posterior Expectation Distillation for Deep Neural Networks. Meet et al. arXiv:2005.08110
17. FEED: Feature-level Ensemble for Knowledge Distillation. Park, SeongUk and Kwak, Nojun. AAAI 2020
12. Weakly-Supervised Domain Adaptation of Deep Regression Trackers via Reinforced Knowledge Distillation. Dunnhofer et al. IEEE RAL
11. DeepVID: deep visual interpretation and diagnosis for image classifiers via knowledge distillation. IEEE Trans, 2019.
1. Do deep nets really need to be deep?. Ba,Jimmy, and Rich Caruana. NeurIPS 2014
"""
    found = papers(text)
    teaching = found["Teaching with Limited Information on the Learner's Behaviour"]
    assert (teaching.venue, teaching.year, [a.name for a in teaching.authors]) == ("ICML 2020", 2020,
                                                                                   ["Yonggang Zhang"])
    meet = found["Generalized Bayesian Posterior Expectation Distillation for Deep Neural Networks"]
    assert (meet.arxiv_id, meet.venue, [a.name for a in meet.authors]) == ("2005.08110", "arXiv", ["Meet"])
    feed = found["FEED: Feature-level Ensemble for Knowledge Distillation"]
    assert [a.name for a in feed.authors] == ["SeongUk Park", "Nojun Kwak"]
    assert found["Weakly-Supervised Domain Adaptation of Deep Regression Trackers via Reinforced Knowledge "
                 "Distillation"].venue == "IEEE RAL"
    assert found["DeepVID: deep visual interpretation and diagnosis for image classifiers via knowledge "
                 "distillation"].venue == "IEEE Trans 2019"
    deep = found["Do deep nets really need to be deep?"]
    assert [a.name for a in deep.authors] == ["Jimmy Ba", "Rich Caruana"] and deep.venue == "NeurIPS 2014"
    assert all(p.summary is None for p in found.values())



def test_a_question_mark_glued_to_the_next_word_ends_the_title_only_before_a_venue():
    # Found by the round-trip property test: the bracket style wrote "Learning 0?A Models" and
    # it came back as the title "Learning 0?" by the author "A Models".
    text = """## A

- Why Does It Work?A Study [[paper](https://arxiv.org/abs/2211.17194)]
- Does It Work?Smith, John. ICML 2020 [[paper](https://arxiv.org/abs/2211.17195)]
"""
    found = papers(text)
    assert found["Why Does It Work?A Study"].authors == []
    cited = found["Does It Work?"]
    assert ([a.name for a in cited.authors], cited.venue) == (["John Smith"], "ICML 2020")

def test_reference_style_links_first_definition_wins():
    # FLHonker/Awesome-Knowledge-Distillation, README.md lines 594 and 888-889: [15.64] is defined twice
    text = """## Application of KD

60. Boosting Weakly Supervised _Object Detection_ with Progressive Knowledge Transfer. Zhong, Yuanyi et al. ECCV 2020 [[code]][15.64]

[15.64]: https://github.com/vinthony/depth-distillation
[15.64]: https://github.com/mikuhatsune/wsod_transfer
"""
    paper = only(text)
    assert paper.title == "Boosting Weakly Supervised Object Detection with Progressive Knowledge Transfer"
    assert paper.links["code"] == "https://github.com/vinthony/depth-distillation"


# -- tables ----------------------------------------------------------------------

def test_table_rows_read_by_their_header_badges_are_never_text():
    # horseee/Awesome-Efficient-LLM, README.md lines 54-56 and 92
    text = """### Network Pruning / Sparsity
| Title & Authors | Introduction | Links |
|:--|  :----: | :---:|
|[![Star](https://img.shields.io/github/stars/IntelLabs/Hardware-Aware-Automated-Machine-Learning.svg?style=social&label=Star)](https://github.com/IntelLabs/Hardware-Aware-Automated-Machine-Learning/tree/main/SQFT)[![Publish](https://img.shields.io/badge/Conference-EMNLP'24%20Findings-blue)]() [![Type](https://img.shields.io/badge/Unstructured-C2A4A6)]() [![Type](https://img.shields.io/badge/w/Quantization-39B0A9)]() <br>[SQFT: Low-cost Model Adaptation in Low-precision Sparse Foundation Models](https://arxiv.org/abs/2410.03750) <br> Juan Pablo Munoz, Jinjie Yuan, Nilesh Jain |<img width="1002" alt="image" src="figures/SQFT.png"> |[Github](https://github.com/IntelLabs/Hardware-Aware-Automated-Machine-Learning/tree/main/SQFT) <br> [Paper](https://arxiv.org/abs/2410.03750)|[//]: #10/01
"""
    paper = only(text)
    assert paper.title == "SQFT: Low-cost Model Adaptation in Low-precision Sparse Foundation Models"
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2410.03750", "EMNLP 2024 Findings", 2024)
    assert [a.name for a in paper.authors] == ["Juan Pablo Munoz", "Jinjie Yuan", "Nilesh Jain"]
    assert paper.links["code"] == "https://github.com/IntelLabs/Hardware-Aware-Automated-Machine-Learning/tree/main/SQFT"
    assert paper.summary is None and paper.tags == ["Network Pruning ∕ Sparsity"]


def test_a_table_with_title_venue_date_code_demo_columns():
    # issue 15, table rows (a multimodal-LLM list); the star badge names the repository
    text = """| Title | Venue | Date | Code | Demo |
|---|---|---|---|---|
| ![Star](https://img.shields.io/github/stars/o/r.svg) <br> [**Visual Instruction Tuning**](https://arxiv.org/pdf/2304.08485) | NeurIPS | 2023-04-17 | [Github](https://github.com/haotian-liu/LLaVA) | [Demo](https://llava.hliu.cc/) |
"""
    paper = only(text)
    assert (paper.title, paper.arxiv_id, paper.venue, paper.year) == (
        "Visual Instruction Tuning", "2304.08485", "NeurIPS", 2023)
    assert paper.links == {"code": "https://github.com/o/r", "github": "https://github.com/haotian-liu/LLaVA",
                           "demo": "https://llava.hliu.cc/"}


def test_a_status_column_sets_the_status():
    text = "| Paper | Status |\n|---|---|\n| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | ✅ |\n" \
           "| [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361) | to read |\n"
    found = papers(text)
    assert found["Attention Is All You Need"].status == "read"
    assert found["Scaling Laws for Neural Language Models"].status == "unread"


# -- plain titles with bracket links, venue prefixes, link titles ----------------------

def test_venue_prefixes_and_year_headings():
    # gongchenghua/Papers-Graphs-with-Heterophily, README.md lines 27-29, 118, 144, 382
    text = """# A Survey on Learning from Graphs with Heterophily: Progress and Future

# Papers published per year

## Year 2024
- [TNNLS] **Boosting Pseudo-Labeling With Curriculum Self-Reflection for Attributed Graph Clustering** [[Paper](https://ieeexplore.ieee.org/abstract/document/10669618)], [Code]
- [Arxiv] **Are Heterophily-Specific GNNs and Homophily Metrics Really Effective? Evaluation Pitfalls and New Benchmarks** [[Paper](https://arxiv.org/abs/2409.05755)], [Code]
- [LoG 2022] **[Tutorial]** **Graph Rewiring: From Theory to Applications in Fairness** [[Link]](https://ellisalicante.org/tutorials/GraphRewiring), [[Code]](https://github.com/ellisalicante/GraphRewiring-Tutorial)
"""
    parsed = parse(text)
    found = {e.data.title: e.data for e in parsed.entries}
    tnnls = found["Boosting Pseudo-Labeling With Curriculum Self-Reflection for Attributed Graph Clustering"]
    assert (tnnls.venue, tnnls.year, tnnls.url) == ("TNNLS 2024", 2024,
                                                    "https://ieeexplore.ieee.org/abstract/document/10669618")
    arxiv = found["Are Heterophily-Specific GNNs and Homophily Metrics Really Effective? Evaluation Pitfalls and "
                  "New Benchmarks"]
    assert (arxiv.venue, arxiv.summary, arxiv.tags) == ("Arxiv 2024", None, ["Papers published per year/Year 2024"])
    assert len(found) == 2  # the tutorial is not a paper, and the report says why
    assert (8, "marked as a tutorial, not a paper") in parsed.skipped


def test_bracket_links_with_a_venue_prefix_and_a_date():
    # XiudingCai/Awesome-Mamba-Collection, README.md lines 306 and 52
    text = """## Papers
- (NAACL-25) Mamba-Shedder: Post-Transformer Compression for Efficient Selective Structured State Space Models [[paper](https://arxiv.org/abs/2501.17088)] [[code](https://github.com/IntelLabs/Hardware-Aware-Automated-Machine-Learning)] (2025.01.28)
* (ICML 2024, Mamba-2) Transformers are SSMs: Generalized Models and Efficient Algorithms with Structured State Space Duality [[paper](https://arxiv.org/abs/2405.21060)] [[poster](https://icml.cc/virtual/2024/poster/32613)] [[code](https://github.com/state-spaces/mamba)] (2024.05.31)
* Jamba-1.5: Hybrid Transformer-Mamba Models at Scale [[paper](https://arxiv.org/abs/2408.12570)] (2024.08.22)
"""
    found = papers(text)
    shedder = found["Mamba-Shedder: Post-Transformer Compression for Efficient Selective Structured State Space Models"]
    assert (shedder.venue, shedder.year, shedder.arxiv_id) == ("NAACL 2025", 2025, "2501.17088")
    ssm = found["Transformers are SSMs: Generalized Models and Efficient Algorithms with Structured State Space Duality"]
    assert ssm.venue == "ICML 2024" and ssm.notes == ["Mamba-2"]  # the nickname is kept
    jamba = found["Jamba-1.5: Hybrid Transformer-Mamba Models at Scale"]
    assert (jamba.venue, jamba.year, jamba.summary) == (None, 2024, None)  # a date is not a venue


@pytest.mark.parametrize("line, title, venue, arxiv", [
    # issue 15: plain titles with bracket links
    ("Simple and Effective Masked Diffusion Language Models, NeurIPS 2024 [[arXiv](https://arxiv.org/abs/2406.07524), "
     "[code](https://github.com/kuleshov-group/mdlm)]", "Simple and Effective Masked Diffusion Language Models",
     "NeurIPS 2024", "2406.07524"),
    ("Large Language Diffusion Models (**arXiv 2025**) [[paper](https://arxiv.org/abs/2502.09992)]"
     "[[code](https://github.com/ML-GSAI/LLaDA)]", "Large Language Diffusion Models", "arXiv 2025", "2502.09992"),
    ("**[DeiT III]** DeiT III: Revenge of the ViT [[paper](https://arxiv.org/abs/2204.07118)]",
     "DeiT III: Revenge of the ViT", None, "2204.07118"),
    # issue 15: venue prefix
    ("[ICASSP 2024] **Contrastive Deep Nonnegative Matrix Factorization for Community Detection** "
     "[[paper]](https://arxiv.org/abs/2311.02357) [[code]](https://github.com/6lyc/CDNMF)",
     "Contrastive Deep Nonnegative Matrix Factorization for Community Detection", "ICASSP 2024", "2311.02357"),
    # issue 15: link titles with metadata
    ("[TinyML Platforms Benchmarking](https://arxiv.org/abs/2112.01319) [arXiv '21]", "TinyML Platforms Benchmarking",
     "arXiv 2021", "2112.01319"),
    ("8. [Real-time Data Infrastructure at Uber](https://arxiv.org/pdf/2104.00087.pdf) `Uber` `2021`",
     "Real-time Data Infrastructure at Uber", None, "2104.00087"),
    ("+ [VidEdit: Zero-Shot and Spatially Aware Text-Driven Video Editing](https://arxiv.org/abs/2306.08707) "
     "(Jun., 2023)", "VidEdit: Zero-Shot and Spatially Aware Text-Driven Video Editing", None, "2306.08707"),
])
def test_one_line_shapes(line, title, venue, arxiv):
    paper = only("## Papers\n\n- " + line.removeprefix("8. ").removeprefix("+ ") + "\n")
    assert (paper.title, paper.venue, paper.arxiv_id, paper.summary) == (title, venue, arxiv, None)


def test_study_notes_with_the_paper_in_nested_bullets():
    # km1994/nlp_paper_study, README.md lines 445-449 and 626-628
    text = """## 论文

- [【关于 MacBERT】 那些你不知道的事](https://github.com/km1994/nlp_paper_study_bert/bert_study/MacBERT)
    - 论文名称：Revisiting Pre-trained Models for Chinese Natural Language Processing
    - 会议：EMNLP 2020
    - 论文地址：https://arxiv.org/abs/2004.13922
    - 论文源码地址：https://github.com/ymcui/MacBERT
    - 动机：主要为了解决与训练阶段和微调阶段存在的差异性
- [【关于 OpenPrompt 】 那些的你不知道的事](https://github.com/km1994/nlp_paper_study/tree/master/prompt/OpenPrompt/)
  - OpenPrompt： An Open-source Framework for Prompt-learning
  - 论文链接：https://arxiv.org/abs/2111.01998
  - 论文 github 地址：https://github.com/thunlp/OpenPrompt
"""
    found = papers(text)
    macbert = found["Revisiting Pre-trained Models for Chinese Natural Language Processing"]
    assert (macbert.venue, macbert.year, macbert.arxiv_id) == ("EMNLP 2020", 2020, "2004.13922")
    assert macbert.links["code"] == "https://github.com/ymcui/MacBERT"
    assert macbert.notes == ["动机：主要为了解决与训练阶段和微调阶段存在的差异性"]  # the study notes, kept
    prompt = found["OpenPrompt： An Open-source Framework for Prompt-learning"]
    assert prompt.arxiv_id == "2111.01998" and prompt.links["code"] == "https://github.com/thunlp/OpenPrompt"


# -- context ------------------------------------------------------------------------

def test_headings_that_hold_no_paper_create_no_section():
    # atfortes/Awesome-LLM-Reasoning (title <h1>, <h2>/<h3> headings, closing sections), abridged
    text = """<h1 align="center">Awesome LLM Reasoning</h1>

<h2 id="ltechnique">Technique</h2>

<h3 id="llm">🔤 Reasoning in Large Language Models - <i>An Emergent Ability</i></h3>

### 2025

1. **[s1: Simple test-time scaling.](https://arxiv.org/abs/2501.19393)**

## Other Awesome Lists

- **[LM-reasoning](https://github.com/jeffhj/LM-reasoning)**  Collection of papers and resources on Reasoning in Large Language Models.

## Contributing

- Add a new paper or update an existing paper, thinking about which category the work should belong to.

## Star History

[![Star History Chart](https://api.star-history.com/svg?repos=atfortes/Awesome-LLM-Reasoning&type=Date)](https://star-history.com/#atfortes/Awesome-LLM-Reasoning&Date)
"""
    parsed = parse(text)
    (entry,) = parsed.entries
    assert entry.data.tags == ["Technique/Reasoning in Large Language Models - An Emergent Ability/2025"]
    assert parsed.sections == ["Technique", "Technique/Reasoning in Large Language Models - An Emergent Ability",
                               "Technique/Reasoning in Large Language Models - An Emergent Ability/2025"]
    assert dict(parsed.skipped)[13].startswith("under 'Other Awesome Lists'")


def test_year_groups_make_year_headings_years_only():
    text = "## In-Context Learning\n\n### 2024\n\n1. **Function Vectors in Large Language Models** (ICLR 2024) " \
           "[[paper]](http://arxiv.org/abs/2310.15213)\n"
    assert only(text).tags == ["In-Context Learning/2024"]
    grouped = only(text, year_groups=True)
    assert grouped.tags == ["In-Context Learning"] and grouped.year == 2024


def test_bold_lines_and_summary_groups_are_headings_that_give_venues():
    text = """## 2023

**CVPR**

- [Visual Programming: Compositional visual reasoning without training](https://arxiv.org/abs/2211.11559)

<details><summary>arXiv papers</summary>

- [Toolformer: Language Models Can Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761)

</details>
"""
    found = papers(text)
    visprog = found["Visual Programming: Compositional visual reasoning without training"]
    assert (visprog.venue, visprog.tags) == ("CVPR 2023", ["2023/CVPR"])
    assert found["Toolformer: Language Models Can Teach Themselves to Use Tools"].venue == "arXiv 2023"


def test_status_only_from_explicit_markers():
    text = "## To read\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) read this twice\n\n" \
           "## Notes\n\n- ✅ [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361)\n" \
           "- [GPT-4 Technical Report](https://arxiv.org/abs/2303.08774) a summary, but no marker\n"
    found = papers(text)
    assert found["Attention Is All You Need"].status == "unread"
    assert found["Scaling Laws for Neural Language Models"].status == "read"
    assert found["GPT-4 Technical Report"].status is None  # stored as unread
    assert papers(text, read_if_summary=True)["GPT-4 Technical Report"].status == "read"


# -- what is not a paper ----------------------------------------------------------------

def test_every_line_with_a_link_is_imported_or_skipped_with_a_reason():
    # XiudingCai/Awesome-Mamba-Collection, README.md lines 14-16, 42-45, 871-883 (abridged)
    text = """#  Awesome-Mamba-Collection

- [ Papers](#head2)
  - [ Architecture](#head3)

##  Papers
###  Architecture
* Mamba: Linear-Time Sequence Modeling with Selective State Spaces [[paper](https://arxiv.org/abs/2312.00752)] [[code](https://github.com/state-spaces/mamba)] (2023.12.01)

##  Tutorials
###  Videos
* Mamba and S4 Explained: Architecture, Parallel Scan, Kernel Fusion, Recurrent, Convolution, Math [[URL](https://www.youtube.com/watch?v=8Q_tqwpTpVU)]
"""
    parsed = parse(text)
    assert [e.data.title for e in parsed.entries] == ["Mamba: Linear-Time Sequence Modeling with Selective State Spaces"]
    assert parsed.entries[0].data.tags == ["Papers/Architecture"]
    skipped = dict(parsed.skipped)
    assert set(skipped) == {3, 4, 12}
    assert skipped[3] == "a table-of-contents line" and "Tutorials" in skipped[12]
    assert parsed.link_lines == parsed.entry_lines + len(parsed.skipped)


def test_a_file_that_is_not_a_reading_list_says_nothing_was_recognised(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# mytool\n\nA command-line tool. See [the docs](https://mytool.example/docs) and "
                      "[CONTRIBUTING](CONTRIBUTING.md).\n\n## Install\n\n```\npip install mytool\n```\n")
    result = runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "import", str(readme)])
    assert result.exit_code == 0
    assert "imported 0 new" in result.output
    assert "nothing in it was recognised as a paper entry" in result.output
    assert "line 3: skipped, no paper link, venue or authors" in result.output


# -- other real lists (beyond the six of ../shared): shapes the reader must generalise to -----

def test_link_titles_with_dates_and_badges_on_the_lines_below():
    # an awesome video-diffusion list (GitHub README); some copies add star counts after the badge
    text = """## Video Generation

+ [Make-Your-Video: Customized Video Generation Using Textual and Structural Guidance](https://arxiv.org/abs/2306.00943) (Jun., 2023)  
  [![Star](https://img.shields.io/github/stars/VideoCrafter/Make-Your-Video.svg?style=social&label=Star)](https://github.com/VideoCrafter/Make-Your-Video)
  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2306.00943)
  [![Website](https://img.shields.io/badge/Website-9cf)](https://doubiiu.github.io/projects/Make-Your-Video/) 

* [VideoComposer: Compositional Video Synthesis with Motion Controllability](https://arxiv.org/abs/2306.02018) (Jun., 2023)\\
  [![Star](https://img.shields.io/github/stars/damo-vilab/videocomposer.svg?style=social\\&label=Star)](https://github.com/damo-vilab/videocomposer) ⭐ 955 | 🐛 37 | 🌐 Python | 📅 2023-11-11

+ [Video Diffusion Models with Local-Global Context Guidance](https://arxiv.org/pdf/2306.02562.pdf) (IJCAI, 2023)  
  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/pdf/2306.02562.pdf) 
"""
    found = papers(text)
    make = found["Make-Your-Video: Customized Video Generation Using Textual and Structural Guidance"]
    assert (make.arxiv_id, make.venue, make.year, make.summary) == ("2306.00943", None, 2023, None)
    assert make.links["code"] == "https://github.com/VideoCrafter/Make-Your-Video"
    assert found["VideoComposer: Compositional Video Synthesis with Motion Controllability"].summary is None
    assert found["Video Diffusion Models with Local-Global Context Guidance"].venue == "IJCAI 2023"


def test_tables_with_name_title_and_paper_columns():
    # awesome lists of multimodal models and scene-text datasets (GitHub READMEs)
    text = """| Date | Name | Title | Paper | Code |
|---|---|---|---|---|
| 2024/03 | **V2L-Tokenizer** | Beyond Text: Frozen Large Language Models in Visual Signal Comprehension | [arXiv:2403.07874](https://arxiv.org/abs/2403.07874) | [GitHub](https://github.com/zh460045050/V2L-Tokenizer) |

| Dataset | Paper | Venue | Code | Split | Link |
|---|---|---|---|---|---|
| NewsVideoQA | [Watching the News: Towards VideoQA Models that can Read](https://arxiv.org/abs/2211.05588) | WACV'2023 | [GitHub](https://github.com/soumyasj/NewsVideoQA) | test | [link](https://rrc.cvc.uab.es/?ch=24&com=evaluation&task=1)|

| Title | Venue | Date | Code | Demo |
|:------|:-----:|:----:|:----:|:----:|
| <br> [**Multipole graph neural operator for parametric PDEs**](https://arxiv.org/abs/2006.09535) | NeurIPS  | 2020 | - | - |
"""
    found = papers(text)
    v2l = found["Beyond Text: Frozen Large Language Models in Visual Signal Comprehension"]
    assert v2l.arxiv_id == "2403.07874" and v2l.links == {"code": "https://github.com/zh460045050/V2L-Tokenizer"}
    news = found["Watching the News: Towards VideoQA Models that can Read"]
    assert (news.venue, news.year) == ("WACV 2023", 2023)  # a dataset row with its own Paper column
    assert found["Multipole graph neural operator for parametric PDEs"].venue == "NeurIPS 2020"


def test_citations_written_by_their_authors_and_journals():
    # Deep-Learning-Papers-Reading-Roadmap (README), and a survey's reference list
    text = """## Deep Learning

**[1]** LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "**Deep learning**." Nature 521.7553 (2015): 436-444. [[pdf]](http://www.cs.toronto.edu/~hinton/absps/NatureDeepReview.pdf) **(Three Giants' Survey)** :star::star::star::star::star:

## Quantization

13. Jerry Chee, Yaohui Cai, Volodymyr Kuleshov, Christopher De Sa, "QuIP: 2-Bit Quantization of Large Language Models With Guarantees," **NeurIPS 2023**, https://arxiv.org/abs/2307.13304
"""
    found = papers(text)
    deep = found["Deep learning"]
    assert (deep.venue, deep.year) == ("Nature 2015", 2015)
    assert [a.name for a in deep.authors] == ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"]
    assert deep.summary == "(Three Giants' Survey)"
    quip = found["QuIP: 2-Bit Quantization of Large Language Models With Guarantees"]
    assert (quip.arxiv_id, quip.venue, len(quip.authors)) == ("2307.13304", "NeurIPS 2023", 4)


@pytest.mark.parametrize("line, title, venue", [
    # an awesome continual-learning list: a bold venue in parentheses
    ("Few-Shot Class-Incremental Learning via Training-Free Prototype Calibration (**NeurIPS 2023**)"
     "[[paper](https://arxiv.org/abs/2312.05229)] [[Code](https://github.com/wangkiw/TEEN)]",
     "Few-Shot Class-Incremental Learning via Training-Free Prototype Calibration", "NeurIPS 2023"),
    ("【CVPR 2023】Masked Autoencoders Are Scalable Vision Learners [[paper](https://arxiv.org/abs/2111.06377)]",
     "Masked Autoencoders Are Scalable Vision Learners", "CVPR 2023"),
    ("`CVPR 2024` **Visual Anagrams: Generating Multi-View Optical Illusions with Diffusion Models** "
     "[[paper](https://arxiv.org/abs/2311.17919)]", "Visual Anagrams: Generating Multi-View Optical Illusions with "
     "Diffusion Models", "CVPR 2024"),
    ("[Segment Anything](https://arxiv.org/abs/2304.02643) - Kirillov et al., ICCV 2023. Promptable segmentation.",
     "Segment Anything", "ICCV 2023"),
    ("Segment Anything [[ICCV 2023](https://openaccess.thecvf.com/content/ICCV2023/html/Kirillov_Segment_Anything"
     "_ICCV_2023_paper.html)]", "Segment Anything", "ICCV 2023"),
    ("**[LLaVA]** Visual Instruction Tuning [[paper](https://arxiv.org/abs/2304.08485)]", "Visual Instruction Tuning",
     None),
])
def test_more_one_line_shapes(line, title, venue):
    paper = only("## Papers\n\n- " + line + "\n")
    assert (paper.title, paper.venue) == (title, venue)


def test_news_bullets_are_not_papers():
    # a researcher's homepage README (news), and an awesome list's updates
    text = """# Awesome Video Understanding

## 🔥 News
- *2024.07*: 📹 One paper accepted to **ACM MM 2024**. Check IVA-0 for controllable image animation.
- [2023.09] We release a new paper: [SeViLA](https://arxiv.org/abs/2305.06988) for Video Loc+QA.

## Papers
- [Self-Chained Image-Language Model for Video Localization and Question Answering](https://arxiv.org/abs/2305.06988)
"""
    parsed = parse(text)
    assert [e.data.title for e in parsed.entries] == [
        "Self-Chained Image-Language Model for Video Localization and Question Answering"]
    assert parsed.entries[0].data.tags == ["Papers"]  # the list's title is not a level
    assert dict(parsed.skipped)[5].startswith("under 'News'")


def test_where_the_reader_chooses_it_says_so_and_keeps_the_rest(tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text("## Papers\n\n"
                       "- [ICLR 2024] **Vision Transformers Need Registers** (NeurIPS 2023) "
                       "[[paper](https://arxiv.org/abs/2309.16588)] [[v1](https://arxiv.org/abs/2309.16589)]\n",
                       encoding="utf-8")
    result = runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "import", str(listing)])
    assert "line 3: two venues, ICLR 2024 and NeurIPS 2023: kept ICLR 2024, the first" in result.output
    assert "line 3: two arXiv IDs, 2309.16588 and 2309.16589: read 2309.16588 as the paper's, kept 2309.16589 " \
           "as the link 'v1'" in result.output
    shown = runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "show", "2309.16588"]).output
    assert "https://arxiv.org/abs/2309.16589" in shown


def test_a_generated_list_imported_twice_changes_nothing(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from gen_md_list import render

    listing = tmp_path / "list.md"
    listing.write_text(render(120, 7), encoding="utf-8")
    db = str(tmp_path / "lib.db")
    first = runner.invoke(app, ["--db", db, "import", "--json", str(listing)])
    library_after_first = (tmp_path / "lib.db").read_bytes()
    second = runner.invoke(app, ["--db", db, "import", "--json", str(listing)])
    assert (tmp_path / "lib.db").read_bytes() == library_after_first  # not a row written, not even the layout's
    import json

    before, after = json.loads(first.stdout)[0], json.loads(second.stdout)[0]
    assert before["new"] == 120 and before["problems"] == 0
    assert (after["new"], after["merged"], after["unchanged"]) == (0, 0, 120)


def test_a_list_imported_again_unchanged_keeps_its_place_among_the_lists(tmp_path):
    """``export --md --style auto`` writes the imported lists in import order: importing
    one again, unchanged, must not move it after the lists imported since."""
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text("## Speed\n\n- **Fast Inference from Transformers via Speculative Decoding** "
                     "[paper](https://arxiv.org/abs/2211.17192)\n", encoding="utf-8")
    second.write_text("## Vision\n\n- **Vision Transformers Need Registers** "
                      "[paper](https://arxiv.org/abs/2309.16588)\n", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    for listing in (first, second, first):
        assert runner.invoke(app, ["--db", db, "import", str(listing)]).exit_code == 0
    written = runner.invoke(app, ["--db", db, "export", "--md", "--style", "auto"]).stdout
    assert written.index("## Speed") < written.index("## Vision")


def test_reading_a_list_leaves_the_cycle_collector_as_it_found_it(tmp_path):
    """The reader pauses Python's cycle collector while it reads a list (a library user's
    program must get it back), and never turns on one its caller turned off."""
    import gc

    from paperctl.formats.markdown import reader

    text = "## Speed\n\n- **Fast Inference from Transformers via Speculative Decoding** " \
           "[paper](https://arxiv.org/abs/2211.17192)\n"
    assert gc.isenabled()
    assert len(reader.parse(text).entries) == 1
    assert gc.isenabled()
    listing = tmp_path / "list.md"
    listing.write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "import", str(listing)]).exit_code == 0
    assert gc.isenabled()
    gc.disable()
    try:
        reader.parse(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_leaves_a_programs_own_frozen_objects_frozen():
    """The reader moves what it made to the collector's oldest generation when it is done
    (``gc.freeze`` then ``unfreeze``); a program embedding paperctl that froze objects of
    its own (before forking workers, say) keeps them frozen."""
    import gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        parse("# List\n\n- **A Paper on Things** [[paper](https://arxiv.org/abs/2401.00001)]\n")
        assert gc.get_freeze_count() >= frozen * 0.9  # (a few may be freed meanwhile, none thawed)
    finally:
        gc.unfreeze()


_HF_CHARS = "huggingface.co/papers/HUGGINGFACE.CO/PAPERS/2401.00001ſıİKK "


@given(st.lists(st.sampled_from(list(_HF_CHARS)), max_size=40).map("".join)
       | st.sampled_from(["https://huggingface.co/papers/2401.00001", "HTTPS://HuggingFace.CO/Papers/2401.00001",
                          "https://huggingface.co/paperſ/2401.00001", "https://huggıngface.co/papers/2401.00001"]))
def test_the_hugging_face_precheck_never_hides_a_match(href):
    from paperctl.formats.markdown import links

    if links._HF_PAPER.search(href):
        assert "face.co/paper" in href.lower()


@given(st.lists(st.sampled_from(["img.shields.io/", "IMG.SHIELDS.IO/", "github/", "GitHub/", "stars/", "STARS/",
                                 "ſ", "ı", "İ", "K", "a/", "b", "?", ".svg"]), max_size=10).map("".join))
def test_the_star_badge_precheck_never_hides_a_match(src):
    from paperctl.formats.markdown import links

    if links._STAR_BADGE.search(src):
        assert "thub/" in src.lower()


@given(st.lists(st.sampled_from(["[", "]", "(", ")", "![", "a", " ", "b c", "*", "_", "`", "\\", "<", ">", "&",
                                 "\n", "<a href='u'>", "</a>", "<b>", "(u)", "(<u>)", "(u 't')", "[a]", "[]"]),
                max_size=30).map("".join))
@example("[](u) ![](u)")
@example("[[a](u)](v) [a](u](v)")
@example("<a href='u'>[a](v)</a> **[a](v)**")
def test_a_link_read_in_one_step_is_the_link_read_in_three(src):
    """``inline._Scanner._plain_link`` (``[text](url)`` whose text holds no markup, read at
    its "[") gives the pieces that "[", the text and "]" give read one by one."""
    from paperctl.formats.markdown import inline

    refs = {"a": "https://ref.example/a"}
    assert inline._Scanner(src, refs).run() == inline._Scanner(src, refs, shortcut=False).run()


@given(st.text(alphabet="ICLR IEEE Trans Oral Jan.,'-()[]%3 x年月NeurIPS", max_size=30)
       .filter(lambda text: not any(ch.isdigit() for ch in text)))
@example("ICLR Oral")
@example("IEEE RAL")
def test_a_venue_without_digits_is_a_venue_named_alone(text):
    """``venues.parse`` answers a text without digits from the name alone (``_undated``): no
    year form and no date can match one, so the rest of its tries could never succeed."""
    from paperctl.formats.markdown import venues

    assert venues.year_of_date(text) is None and not venues._VENUE_YEAR.match(text)
    assert not venues._ANY_YEAR.search(text)


@given(st.lists(st.sampled_from(["Zhang", "Yonggang", "Ana L.", "Smith", "et al.", "et al.arXiv", ",", ".", " ", " and ",
                                 "ICML", "2020", "'24", "arXiv:2005.08110", "In", "IEEE Trans", "(Oral)", "王芳",
                                 "Jan 2024", "the", ":"]), max_size=12).map("".join))
@example("Xinyu Yılmaz, 黄勇, Zoë Nováková.")
@example("Zhang, Yonggang et al. ICML 2020")
def test_a_dated_citation_tail_is_the_tail_when_it_has_a_venue_or_a_year(text):
    """``citation_tail(text, dated=True)``, which skips reading the authors of a tail without a
    venue or year, is the full tail whenever that has one, and an empty tail otherwise."""
    from paperctl.formats.markdown import fields

    full, dated = fields.citation_tail(text), fields.citation_tail(text, dated=True)
    assert dated == (full if full.venue or full.year else fields.Tail())


def test_a_tail_copy_is_the_tail_with_a_list_of_authors_of_its_own():
    """``Tail.copy`` (written out for speed) copies every field ``dataclasses.replace`` would,
    and shares no list with the remembered tail."""
    import dataclasses

    from paperctl.formats.markdown.cite_tails import Tail

    values = {"authors": ["Ana Smith"], "venue": "ICML", "year": 2020, "arxiv": "2005.08110", "explained": True}
    assert [f.name for f in dataclasses.fields(Tail)] == list(values)  # (a new field: copy it too)
    tail = Tail(**values)
    copy = tail.copy()
    assert copy == dataclasses.replace(tail, authors=list(tail.authors)) and copy.authors is not tail.authors


@given(st.text(alphabet=" \t,;|-–—•·\ue000\ue001", max_size=12), st.booleans(), st.booleans())
@example("| - | – |", True, True)
@example(" \ue000", True, False)
def test_a_run_of_separators_alone_says_nothing(text, first_line, titled):
    """``runs.read_text`` drops a run of ``_SEPARATORS`` alone before reading it: read the long
    way (no separators known), such a run changes nothing of the entry either."""
    from unittest import mock

    from paperctl.formats.markdown import runs
    from paperctl.formats.markdown.model import ListEntry

    def entry() -> ListEntry:
        return ListEntry(title="A Title of Words", link_labels=["paper"], title_target="paper") if titled \
            else ListEntry()

    with mock.patch.object(runs, "_SEPARATORS", ""):
        read = entry()
        runs.read_text(text, read, first_line)
    assert read == entry()
