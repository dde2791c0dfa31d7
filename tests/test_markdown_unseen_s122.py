"""Shapes of real lists met in session 50's last blind round (``s122``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_two_full_names_and_a_comma_before_the_title_link():
    """caocuong0306/awesome-object-proposals (64 lines): who, a comma, the title linked, the venue, the year."""
    found = papers(
        "  * Piotr Dollár and C. Lawrence Zitnick, [Edge Boxes: Locating Object Proposals from Edges](https://www."
        "microsoft.com/en-us/research/ZitnickDollarECCV14edgeBoxes.pdf), ECCV, 2014.\n"
        "  * Pablo Arbelaez*, Jordi Pont-Tuset*, Jonathan T. Barron, Ferran Marques, Jitendra Malik, [Multiscale "
        "Combinatorial Grouping](https://www2.eecs.berkeley.edu/Research/Projects/CS/vision/grouping/mcg/), CVPR, "
        "2014.\n")
    assert [(t, names(p)[:3], p.venue) for t, p in found.items()] == [
        ("Edge Boxes: Locating Object Proposals from Edges", ["Piotr Dollár", "C. Lawrence Zitnick"], "ECCV 2014"),
        ("Multiscale Combinatorial Grouping", ["Pablo Arbelaez", "Jordi Pont-Tuset", "Jonathan T. Barron"],
         "CVPR 2014")]


def test_the_preprint_and_the_month_posted_then_a_comma_before_the_title():
    """DYAKOOO/paper-list (32 of its 34 papers), under a heading that names the paper."""
    found = papers(
        "### DDPM\n"
        "arXiv  2020.12, Denoising Diffusion Probabilistic Models, [paper](http://arxiv.org/abs/2006.11239)\n")
    assert [(t, p.venue, p.year, p.arxiv_id) for t, p in found.items()] == [
        ("Denoising Diffusion Probabilistic Models", "arXiv 2020", 2020, "2006.11239")]


def test_a_quoted_citation_under_a_bold_title_that_repeats_it():
    """H-Yin/IJCAI-2020-papers (every paper): the title in bold, then the whole citation quoted, linked."""
    found = papers(
        "- **An Algorithm for Multi-Attribute Diverse Matching.**\n"
        "    > Saba Ahmadi, Faez Ahmed, John P. Dickerson, etc. An Algorithm for Multi-Attribute Diverse Matching. in "
        "Proceedings of the Twenty-Ninth International Joint Conference on Artificial Intelligence, IJCAI 2020(IJCAI' "
        "20). 3-9. [paper](https://doi.org/10.24963/ijcai.2020/1)\n")
    assert [(t, names(p), p.venue, p.doi, p.summary) for t, p in found.items()] == [
        ("An Algorithm for Multi-Attribute Diverse Matching", ["Saba Ahmadi", "Faez Ahmed", "John P. Dickerson"],
         "IJCAI 2020", "10.24963/ijcai.2020/1", None)]


def test_a_models_name_and_year_as_the_link_then_what_it_is():
    """pqpq17/Awesome-LLM-Reasoning-on-Medicine (every entry): "[Name (YEAR)](arXiv) - description"; a known
    venue so written before a title is still a venue."""
    found = papers(
        "- [ChestX-Reasoner (2025)](https://arxiv.org/abs/2504.20930) - a radiology diagnosis multimodal LLM.\n"
        "- [BioGPT (2023)](https://arxiv.org/abs/2210.10341) - a domain-specific generative Transformer language "
        "model.\n"
        "- [CVPR (2023)](https://openaccess.thecvf.com/x.pdf), Some Paper Title About Vision Here\n")
    assert [(t, p.year, p.venue, p.summary) for t, p in found.items()] == [
        ("ChestX-Reasoner", 2025, None, "a radiology diagnosis multimodal LLM."),
        ("BioGPT", 2023, None, "a domain-specific generative Transformer language model."),
        ("Some Paper Title About Vision Here", 2023, "CVPR 2023", None)]


def test_paper_headings_with_the_venue_after_a_comma():
    """FranxYao/Deep-Generative-Models-for-Natural-Language-Processing (20 of its 77 headings): "#### Title, CoNLL
    15" over the authors' bullet, beside "#### Title. ACL 19"; "### Methods, 2019" stays a section."""
    found = papers(
        "## VAEs\n\n"
        "#### Generating Sentences from a Continuous Space, CoNLL 15\n"
        "* Samuel R. Bowman, Luke Vilnis, Oriol Vinyals, Andrew M. Dai\n\n"
        "### Methods, 2019\n\n"
        "- [A Paper Title About Things](https://arxiv.org/abs/2001.00001)\n")
    assert [(t, p.venue, names(p)[:1], p.tags) for t, p in found.items()] == [
        ("Generating Sentences from a Continuous Space", "CoNLL 2015", ["Samuel R. Bowman"], ["VAEs"]),
        ("A Paper Title About Things", None, [], ["VAEs/Methods, 2019"])]


def test_a_bold_title_over_a_quoted_table_of_its_links():
    """MPX0222/Research-Paper-Space (24 entries): a numbered bold title with where its authors work in full-width
    brackets, then a quoted table whose columns each name a link."""
    found = papers(
        "***4. Recent Advances in Deep Learning Based Dialogue Systems Survey（Nanyang Technological University）*** : "
        "\n\n"
        "> | Github Link | Paper Link | PaperWithCode Link | Is Read? |\n"
        "> |-------------|------------|--------------------|-------------|\n"
        "> | NO GITHUB CODE | [Arxiv-Page](https://arxiv.org/pdf/2105.04387.pdf)  |  PaperWithCode-Page  |\n")
    assert [(t, p.arxiv_id) for t, p in found.items()] == [
        ("Recent Advances in Deep Learning Based Dialogue Systems Survey", "2105.04387")]


def test_a_harvard_citation_in_proceedings_named_in_full():
    """Evolutionary-Intelligence/DistributedEvolutionaryComputation (17 of its 24 papers): "In Advances in Neural
    Information Processing Systems." keeps its last word; "(pp. ..). PMLR." after a name is its publisher."""
    found = papers(
        "Najarro, E. and Risi, S., 2020. Meta-learning through hebbian plasticity in random networks. In Advances in "
        "Neural Information Processing Systems. [ [www](https://papers.nips.cc/paper/2020/hash/ee23e7ad9b473ad072d57"
        "aaa9b2a5222-Abstract.html) ]\n\n"
        "- Smith, J., & Doe, A. (2019). A study of things in deep nets. In International Conference on Machine "
        "Learning (pp. 1760-1770). PMLR.\n")
    assert [p.venue for p in found.values()] == [
        "Advances in Neural Information Processing Systems 2020", "International Conference on Machine Learning 2019"]


def test_a_bold_name_then_a_citation():
    """zchen0211/ML-tutorial (12 lines): "**GAN**: Names. Title. In NIPS, 2014.", names with initials too."""
    found = papers(
        "## GAN\n"
        "- Early:\n"
        "\t- **GAN**: Ian Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, and Yoshua Bengio. Generative adversarial "
        "nets. In NIPS, 2014.\n"
        "\t- **W-GAN**: Gulrajani, I., Ahmed, F., Arjovsky, M., Dumoulin, V., and Courville, A. C. Improved training "
        "of Wasserstein gans. NIPS 2017.\n")
    assert [(t, names(p)[:2], p.venue) for t, p in found.items()] == [
        ("Generative adversarial nets", ["Ian Goodfellow", "Jean Pouget-Abadie"], "NIPS 2014"),
        ("Improved training of Wasserstein gans", ["I. Gulrajani", "F. Ahmed"], "NIPS 2017")]
