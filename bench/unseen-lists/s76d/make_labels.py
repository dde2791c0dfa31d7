"""Hand labels for the sampled entries (read by eye from the README); raw is taken from sample.json."""
import json
L = "AGV-IIT-KGP__awesome-motion-planning.README.md"
NP = dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
          authors=[], code=None, summary=None)
def P(title, url, authors):
    return dict(is_paper=True, title=title, arxiv_id=None, doi=None, url=url, venue=None, year=None,
                authors=authors, code=None, summary=None, section="Papers")
H = {
 24: dict(NP, section="Blogs and Tutorials"),
 25: dict(NP, section="Blogs and Tutorials"),
 26: dict(NP, section="Blogs and Tutorials"),
 27: dict(NP, section="Blogs and Tutorials"),
 32: dict(NP, section="Books"),
 33: dict(NP, section="Books"),
 34: dict(NP, section="Books"),
 35: dict(NP, section="Books"),
 39: P("Randomized Kinodynamic Planning", "http://ijr.sagepub.com/content/20/5/378.full.pdf+html",
       ["Steven M. LaValle", "James J. Kuffner"]),
 40: P("Limited-Damage A*: A path search algorithm that considers damage as a feasibility criterion",
       "http://www.sciencedirect.com/science/article/pii/S0950705110001905", ["Serhat Bayili", "Faruk Polat"]),
 41: P("Real Time Continuous Curvature Path Planner for an Autonomous Vehicle in an Urban Environment",
       "http://cs.stanford.edu/people/davidknowles/knowles-surf06.pdf", ["David Knowles"]),
 42: P("An Evolutionary Artificial Potential Field Algorithm for Dynamic Path Planning of Mobile Robot",
       "http://ieeexplore.ieee.org/xpls/abs_all.jsp?arnumber=4058914&tag=1", ["Cao Qixin", "Huang Yanwen", "Zhou Jingliang"]),
 43: P("Planning continuous-curvature paths for car-like robots",
       "http://ieeexplore.ieee.org/xpls/abs_all.jsp?arnumber=568985", ["Scheuer A", "Fraichard T"]),
 44: P("Optimal and Efficient Path Planning for Partially-Known Environments",
       "http://link.springer.com/chapter/10.1007%2F978-1-4615-6325-9_11", ["Anthony Stentz"]),
 45: P("An Introduction to the Conjugate Gradient Method Without the Agonizing Pain",
       "http://www.cs.cmu.edu/~quake-papers/painless-conjugate-gradient.pdf", ["Jonathan Richard Shewchuk"]),
}
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
with open("sample.json") as f, open("labels.jsonl", "w") as out:
    for row in map(json.loads, f):
        lab = dict(list=row["list"], line=row["line"], raw=row["raw"], **H[row["line"]])
        assert row["list"] == L
        out.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + "\n")
