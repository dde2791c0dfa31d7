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
