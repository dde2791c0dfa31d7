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
