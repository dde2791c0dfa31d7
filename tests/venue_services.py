"""Local stand-ins for Semantic Scholar, DBLP, OpenReview, Crossref and the ACL
Anthology: one real HTTP server each on 127.0.0.1, answering in each service's
documented format from the venue test set (``fixtures/services/venue_testset.py``)
and from the recorded real responses (``service_server.fixture``).

What each generated answer holds beyond the test set's facts is the service's
habit, as its documentation and the recorded responses show it: Semantic
Scholar dates a paper by its first arXiv version and keeps arXiv's title;
DBLP lists the CoRR record beside the venue's, ends titles with a full stop,
and names venues by abbreviation; Crossref's works carry ``container-title``.
Semantic Scholar paperIds and DBLP keys are built from the documented schemes,
not looked up.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from paperctl import Author, Library, PaperData
from service_server import Answer, Request, ServiceServer, fixture

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "services"))
from venue_testset import PAPERS, VENUE_NAMES  # noqa: E402

S2_404 = b'{"error":"Paper with id ARXIV:0000.00000 not found"}'


@dataclass
class Row:
    arxiv_id: str
    title: str
    authors: list[str]
    arxiv_year: int
    venue: str | None
    year: int | None
    extra: dict

    @property
    def published_title(self) -> str:
        return self.extra.get("published_title", self.title)

    @property
    def expected(self) -> str | None:
        if not self.venue:
            return None
        return " ".join(str(x) for x in (self.venue, self.year, self.extra.get("track")) if x)


ROWS = [Row(*row) for row in PAPERS]
BY_ARXIV = {r.arxiv_id: r for r in ROWS}


def preprint(arxiv_id: str, **extra) -> PaperData:
    """A test-set paper as arXiv knows it: its arXiv title, authors and year."""
    row = BY_ARXIV[arxiv_id]
    return PaperData(title=row.title, authors=[Author(a) for a in row.authors], arxiv_id=row.arxiv_id,
                     year=row.arxiv_year, **extra)


def library_of(run, *papers: PaperData) -> None:
    """Put *papers* in the library the ``run`` fixture's commands use."""
    with Library(run.db) as lib:
        lib.add_many(list(papers))


def _family(name: str) -> str:
    return name.split()[-1]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# -- Semantic Scholar -------------------------------------------------------------


def s2_paper(row: Row) -> dict:
    ids: dict = {"ArXiv": row.arxiv_id, "CorpusId": int(hashlib.sha1(row.arxiv_id.encode()).hexdigest()[:7], 16)}
    if row.extra.get("doi"):
        ids["DOI"] = row.extra["doi"]
    if row.extra.get("acl"):
        ids["ACL"] = row.extra["acl"]
    base = {"paperId": hashlib.sha1(("s2" + row.arxiv_id).encode()).hexdigest(), "externalIds": ids,
            "title": row.published_title, "year": row.arxiv_year,
            "authors": [{"authorId": str(1000 + i), "name": a} for i, a in enumerate(row.authors)],
            "publicationDate": None}
    if not row.venue:
        ids["DOI"] = f"10.48550/arXiv.{row.arxiv_id}"
        return {**base, "venue": "arXiv.org", "publicationVenue": None, "publicationTypes": ["JournalArticle"],
                "journal": {"name": "ArXiv", "volume": f"abs/{row.arxiv_id}"}}
    full = VENUE_NAMES[row.venue][0]
    return {**base, "venue": full, "publicationTypes": ["Conference"],
            "publicationVenue": {"id": hashlib.sha1(full.encode()).hexdigest()[:8], "name": full,
                                 "type": "conference"},
            "journal": {"pages": row.extra["pages"]} if row.extra.get("pages") else None}


def _s2_row(ident: str) -> Row | None:
    kind, _, value = ident.partition(":")
    if kind == "ARXIV":
        return BY_ARXIV.get(value)
    if kind == "DOI":
        return next((r for r in ROWS if (r.extra.get("doi") or "").lower() == value.lower()), None)
    return None


def s2_batch(request: Request) -> Answer:
    """``POST /paper/batch``: a list in the order of ``ids``, null where unknown (as recorded
    in paper_batch_POST_first_id_unknown_null.json); more than 500 ids is a 400."""
    try:
        ids = json.loads(request.body)["ids"]
    except (ValueError, KeyError, TypeError):
        return Answer.json({"error": "Unacceptable request body"}, 400)
    if len(ids) > 500:
        return Answer.json({"error": "Cannot process more than 500 ids"}, 400)
    rows = [_s2_row(i) if isinstance(i, str) else None for i in ids]
    return Answer.json([s2_paper(row) if row else None for row in rows])


def s2_routes(request: Request) -> Answer:
    if request.path == "/paper/batch" and request.method == "POST":
        return s2_batch(request)
    match = re.match(r"^/paper/((?:ARXIV|DOI):.+)$", request.path)
    row = _s2_row(match.group(1)) if match else None
    if row:
        return Answer.json(s2_paper(row))
    return Answer(404, S2_404.replace(b"ARXIV:0000.00000", request.path.split("/")[-1].encode()))


# -- DBLP ---------------------------------------------------------------------------------


def _dblp_key(row: Row, stream: str, year: int) -> str:
    initials = "".join(_family(a)[0].upper() for a in row.authors[1:6])
    return f"conf/{stream}/{_family(row.authors[0])}{initials}{year % 100:02d}"


def dblp_hits(row: Row) -> list[dict]:
    authors = {"author": [{"@pid": f"00/{i}", "text": a} for i, a in enumerate(row.authors)]}
    if len(row.authors) == 1:
        authors = {"author": authors["author"][0]}  # DBLP collapses a one-element list
    yymm, number = row.arxiv_id.split(".")
    corr = {"authors": authors, "title": row.title + ".", "venue": "CoRR",
            "volume": f"abs/{row.arxiv_id}", "year": str(row.arxiv_year), "type": "Informal and Other Publications",
            "access": "open", "key": f"journals/corr/abs-{yymm}-{number}", "ee": f"https://arxiv.org/abs/{row.arxiv_id}",
            "url": f"https://dblp.org/rec/journals/corr/abs-{yymm}-{number}"}
    hits = [corr]
    if row.venue:
        _full, venue, stream = VENUE_NAMES[row.venue]
        if row.venue == "NeurIPS" and row.year >= 2018:
            venue = "NeurIPS"
        if row.venue == "EMNLP" and row.year != 2019:
            venue = "EMNLP (1)"
        key = _dblp_key(row, stream, row.year)
        conf = {"authors": authors, "title": row.published_title + ".", "venue": venue, "year": str(row.year),
                "type": "Conference and Workshop Papers", "access": "closed", "key": key,
                "url": f"https://dblp.org/rec/{key}"}
        if row.extra.get("pages"):
            conf["pages"] = row.extra["pages"].replace("--", "-")
        if row.extra.get("doi"):
            conf["doi"] = row.extra["doi"]
            conf["ee"] = "https://doi.org/" + row.extra["doi"]
        hits.insert(0, conf)  # DBLP sorts by relevance; the venue record often comes first
    return hits


def dblp_search(query: str) -> dict:
    words = set(_words(query))
    found = []
    for row in ROWS:
        for hit in dblp_hits(row):
            names = [_family(a["text"]).lower() for a in
                     (hit["authors"]["author"] if isinstance(hit["authors"]["author"], list)
                      else [hit["authors"]["author"]])]
            if words <= set(_words(hit["title"])) | {n for name in names for n in _words(name)}:
                found.append(hit)
    return dblp_answer(query, found)


def dblp_answer(query: str, found: list[dict]) -> dict:
    """DBLP's search answer around the records *found* (one hit collapses to an object)."""
    hits: dict = {"@total": str(len(found)), "@computed": str(len(found)), "@sent": str(len(found)), "@first": "0"}
    if found:
        items = [{"@score": "9", "@id": str(1000 + i), "info": info, "url": f"URL#{1000 + i}"}
                 for i, info in enumerate(found)]
        hits["hit"] = items if len(items) > 1 else items[0]
    return {"result": {"query": query, "status": {"@code": "200", "text": "OK"},
                       "time": {"@unit": "msecs", "text": "1.00"}, "hits": hits}}


def dblp_record_xml(hit: dict) -> bytes:
    """A record in DBLP's XML (``/rec/{key}.xml``), from the same facts as the search hit."""
    from xml.sax.saxutils import escape

    tag = "inproceedings" if hit["type"].startswith("Conference") else "article"
    where = "booktitle" if tag == "inproceedings" else "journal"
    authors = hit["authors"]["author"] if isinstance(hit["authors"]["author"], list) else [hit["authors"]["author"]]
    parts = [f"<author>{escape(a['text'])}</author>" for a in authors]
    parts += [f"<title>{escape(hit['title'])}</title>", f"<{where}>{escape(hit['venue'])}</{where}>",
              f"<year>{hit['year']}</year>"]
    if hit.get("pages"):
        parts.append(f"<pages>{hit['pages']}</pages>")
    if hit.get("ee"):
        parts.append(f"<ee>{escape(hit['ee'])}</ee>")
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<dblp>\n<{tag} key="{hit["key"]}">' + "".join(parts)
    return (body + f"</{tag}>\n</dblp>\n").encode()


def dblp_routes(request: Request) -> Answer:
    if request.path == "/search/publ/api":
        return Answer.json(dblp_search(request.query.get("q", "")))
    if request.path.startswith("/rec/") and request.path.endswith(".xml"):
        key = request.path[len("/rec/"):-len(".xml")]
        for row in ROWS:
            for hit in dblp_hits(row):
                if hit["key"] == key:
                    return Answer(200, dblp_record_xml(hit), {"Content-Type": "application/xml"})
    return Answer(404, b"<html><body>Error 404: Not Found</body></html>", {"Content-Type": "text/html"})


# -- OpenReview ----------------------------------------------------------------------------


def openreview_notes() -> list[dict]:
    notes = []
    for row in ROWS:
        if not row.extra.get("track"):
            continue
        note_id = hashlib.sha1(row.arxiv_id.encode()).hexdigest()[:10]
        notes.append({"id": note_id, "forum": note_id, "content": {
            "title": {"value": row.published_title}, "authors": {"value": row.authors},
            "venue": {"value": f"{row.venue} {row.year} {row.extra['track'].lower()}"},
            "venueid": {"value": f"{row.venue}.cc/{row.year}/Conference"}}})
    recorded = json.loads(fixture("openreview", "api2_notes_search_term_graph_neural_network_source_forum.json")
                          .read_bytes())
    withdrawn = json.loads(fixture("openreview", "api2_note_FTQZvzRKEg_withdrawn__written.json").read_bytes())
    return notes + recorded["notes"] + withdrawn["notes"]


def openreview_routes(request: Request) -> Answer:
    notes = openreview_notes()
    if request.path == "/notes/search":
        words = set(_words(request.query.get("term", "")))
        found = [n for n in notes if words and words <= set(_words(n["content"]["title"]["value"]))]
        return Answer.json({"notes": found, "count": len(found)})
    if request.path == "/notes":
        found = [n for n in notes if n.get("id") == request.query.get("id")]
        return Answer.json({"notes": found, "count": len(found)})
    return Answer(404, b'{"name":"NotFoundError"}')


# -- Crossref and the ACL Anthology -------------------------------------------------------


def crossref_routes(request: Request) -> Answer:
    doi = request.path.removeprefix("/works/").lower()
    for row in ROWS:
        if (row.extra.get("doi") or "") == doi and row.extra.get("container"):
            family = [{"given": " ".join(a.split()[:-1]), "family": _family(a), "sequence": "additional",
                       "affiliation": []} for a in row.authors]
            message = {"DOI": doi, "type": "proceedings-article", "title": [row.published_title],
                       "author": family, "container-title": [row.extra["container"]],
                       "published": {"date-parts": [[row.year]]}, "issued": {"date-parts": [[row.year]]},
                       "page": row.extra.get("pages"), "publisher": "IEEE"}
            return Answer.json({"status": "ok", "message-type": "work", "message-version": "1.0.0",
                                "message": message})
    recorded = {"10.1109/icdcsw.2003.1203662": "works_10.1109_icdcsw.2003.1203662__proceedings_article.json",
                "10.1371/journal.pone.0033693": "works_10.1371_journal.pone.0033693__journal_article.json"}
    if doi in recorded:
        return Answer.file(fixture("crossref", recorded[doi]))
    return Answer(404, b"Resource not found.", {"Content-Type": "text/plain"})


def acl_bib(row: Row) -> str:
    acl = row.extra["acl"]
    authors = "  and\n      ".join(f"{_family(a)}, {' '.join(a.split()[:-1])}" for a in row.authors)
    key = f"{_family(row.authors[0]).lower()}-etal-{row.year}-x"
    pages = f'\n    pages = "{row.extra["pages"]}",' if row.extra.get("pages") else ""
    return (f'@inproceedings{{{key},\n    title = "{row.published_title}",\n    author = "{authors}",\n'
            f'    booktitle = "{row.extra["booktitle"]}",\n    year = "{row.year}",\n'
            f'    publisher = "Association for Computational Linguistics",\n'
            f'    url = "https://aclanthology.org/{acl}/",\n    doi = "{row.extra["doi"]}",{pages}\n}}\n')


def acl_routes(request: Request) -> Answer:
    ident = request.path.strip("/").removesuffix(".bib")
    for row in ROWS:
        if row.extra.get("acl") == ident:
            return Answer(200, acl_bib(row).encode(), {"Content-Type": "application/x-bibtex; charset=utf-8"})
    recorded = {"2021.naacl-main.208": "2021.naacl-main.208.bib__derived_from_page.bib",
                "N04-1001": "N04-1001.bib__derived_from_page.bib"}
    if ident in recorded:
        return Answer.file(fixture("acl_anthology", recorded[ident]), content_type="application/x-bibtex")
    return Answer(404, b"<html>Not Found</html>", {"Content-Type": "text/html"})


# -- DataCite and doi.org -----------------------------------------------------------------


def datacite_routes(request: Request) -> Answer:
    if request.path.lower() == "/dois/10.48550/arxiv.2311.16162":
        return Answer.file(fixture("datacite", "api_dois_10.48550_arxiv.2311.16162.json"))
    return Answer(404, b'{"errors":[{"status":"404","title":"The resource you are looking for doesn\'t exist."}]}')


def doi_org_routes(request: Request) -> Answer:
    """doi.org content negotiation: a 302 to the agency's transform route (here on the
    same server), which answers the CSL-JSON that citation-js recorded."""
    container = json.loads(fixture("doiorg", "citationjs_doiorg_cn_csljson_4dois__container_reformatted.json")
                           .read_text())
    items = {doi.lower(): body for doi, body in container.items()}
    if request.path.startswith("/transform/"):
        doi = request.path[len("/transform/"):].lower()
        if doi in items:
            body = items[doi][0] if isinstance(items[doi], list) else items[doi]
            return Answer.json(body, **{"Content-Type": "application/vnd.citationstyles.csl+json"})
    doi = request.path.lstrip("/").lower()
    if doi in items:
        return Answer(302, b"", {"Location": f"/transform/{doi}", "Content-Type": "text/html"})
    return Answer(404, b"<html><title>DOI Not Found</title></html>", {"Content-Type": "text/html"})


class VenueServices:
    """Seven servers, and the environment that points paperctl at them."""

    def __init__(self) -> None:
        self.s2 = ServiceServer(s2_routes, "/graph/v1")
        self.dblp = ServiceServer(dblp_routes)
        self.openreview = ServiceServer(openreview_routes)
        self.crossref = ServiceServer(crossref_routes)
        self.acl = ServiceServer(acl_routes)
        self.datacite = ServiceServer(datacite_routes)
        self.doi = ServiceServer(doi_org_routes)
        self.all = {"S2": self.s2, "DBLP": self.dblp, "OPENREVIEW": self.openreview, "CROSSREF": self.crossref,
                    "ACL": self.acl, "DATACITE": self.datacite, "DOI": self.doi}

    def start(self) -> VenueServices:
        for server in self.all.values():
            server.start()
        return self

    def stop(self) -> None:
        for server in self.all.values():
            server.stop()

    def env(self, delay: str = "0") -> dict[str, str]:
        env = {}
        for prefix, server in self.all.items():
            env[f"PAPERCTL_{prefix}_URL"] = server.url
            env[f"PAPERCTL_{prefix}_DELAY"] = delay
            env[f"PAPERCTL_{prefix}_BACKOFF"] = "0"
            env[f"PAPERCTL_{prefix}_RETRIES"] = "1"
        return env

    def counts(self) -> dict[str, int]:
        return {prefix: len(server.requests) for prefix, server in self.all.items()}
