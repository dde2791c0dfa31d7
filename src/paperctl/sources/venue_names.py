"""Full venue names and the short names reading lists write (``ICLR``, ``NeurIPS``).

Services name a venue in their own ways: Semantic Scholar by its full name
("Neural Information Processing Systems"), DBLP by an abbreviation with a
volume ("ACL (1)", "NIPS"), OpenReview by a venue id ("ICLR.cc/2024/Conference"),
Crossref and the ACL Anthology by the proceedings title ("Proceedings of the
2019 Conference of the North American Chapter..."). ``short_name`` maps all of
them to one short name; a name it does not know is kept as the service gave it.
"""

from __future__ import annotations

import re

# (short name, full name, patterns matched against a lower-cased full or short name)
VENUES: list[tuple[str, str, tuple[str, ...]]] = [
    ("NeurIPS", "Advances in Neural Information Processing Systems",
     (r"\bneurips\b", r"\bnips\b", r"neural information processing systems")),
    ("ICLR", "International Conference on Learning Representations",
     (r"\biclr\b", r"international conference on learning representations")),
    ("ICML", "International Conference on Machine Learning",
     (r"\bicml\b", r"international conference on machine learning")),
    ("CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
     (r"\bcvpr\b", r"computer vision and pattern recognition")),
    ("ICCV", "IEEE/CVF International Conference on Computer Vision",
     (r"\biccv\b", r"international conference on computer vision")),
    ("ECCV", "European Conference on Computer Vision", (r"\beccv\b", r"european conference on computer vision")),
    ("NAACL", "Conference of the North American Chapter of the Association for Computational Linguistics",
     (r"\bnaacl\b", r"north american chapter of the association for computational linguistics")),
    ("EMNLP", "Conference on Empirical Methods in Natural Language Processing",
     (r"\bemnlp\b", r"empirical methods in natural language processing")),
    ("ACL", "Annual Meeting of the Association for Computational Linguistics",
     (r"^acl\b", r"annual meeting of the association for computational linguistics")),
    ("TACL", "Transactions of the Association for Computational Linguistics",
     (r"\btacl\b", r"transactions of the association for computational linguistics")),
    ("COLM", "Conference on Language Modeling", (r"\bcolm\b", r"conference on language modeling")),
    ("TMLR", "Transactions on Machine Learning Research", (r"\btmlr\b", r"transactions on machine learning research")),
    ("JMLR", "Journal of Machine Learning Research",
     (r"\bjmlr\b", r"j\. mach\. learn\. res", r"journal of machine learning research")),
    ("AAAI", "AAAI Conference on Artificial Intelligence", (r"\baaai\b",)),
    ("IJCAI", "International Joint Conference on Artificial Intelligence",
     (r"\bijcai\b", r"international joint conference on artificial intelligence")),
    ("KDD", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining",
     (r"\bkdd\b", r"knowledge discovery and data mining")),
    ("SOSP", "ACM Symposium on Operating Systems Principles",
     (r"\bsosp\b", r"symposium on operating systems principles")),
    ("OSDI", "USENIX Symposium on Operating Systems Design and Implementation",
     (r"\bosdi\b", r"operating systems design and implementation")),
    ("MICCAI", "International Conference on Medical Image Computing and Computer-Assisted Intervention",
     (r"\bmiccai\b", r"medical image computing and computer.assisted intervention")),
    ("AISTATS", "International Conference on Artificial Intelligence and Statistics",
     (r"\baistats\b", r"artificial intelligence and statistics")),
    ("UAI", "Conference on Uncertainty in Artificial Intelligence",
     (r"\buai\b", r"uncertainty in artificial intelligence")),
    ("COLT", "Conference on Learning Theory", (r"\bcolt\b", r"conference on learning theory")),
    ("ISSTA", "ACM SIGSOFT International Symposium on Software Testing and Analysis",
     (r"\bissta\b", r"international symposium on software testing and analysis")),
    ("Nature", "Nature", (r"^nature$", r"^nat\.$")),  # DBLP writes "Nat."
    ("Science", "Science", (r"^science$",)),
]
_COMPILED = [(short, full, [re.compile(p) for p in patterns]) for short, full, patterns in VENUES]
# Names that mean "a preprint", not a venue.
_PREPRINT = re.compile(r"^(?:arxiv(?:\.org)?|corr|arxiv \(cornell university\)|biorxiv|medrxiv|ssrn)\b", re.I)


def is_preprint_venue(name: str | None) -> bool:
    return bool(name) and bool(_PREPRINT.match(name.strip()))


def short_name(name: str | None) -> str | None:
    """``ICLR`` for "International Conference on Learning Representations", "ICLR (Poster)",
    "ICLR.cc/2024/Conference"; None for a preprint server; the name itself when unknown."""
    if not name or is_preprint_venue(name):
        return None
    text = name.strip().lower()
    for short, _full, patterns in _COMPILED:
        if any(p.search(text) for p in patterns):
            return short
    text = re.sub(r"\s*\(\d+\)$", "", name.strip())  # DBLP's volume: "Interspeech (2)"
    return text


def full_name(short: str | None) -> str | None:
    for name, full, _ in _COMPILED:
        if name == short:
            return full
    return None


def known_short(name: str | None) -> str | None:
    """The short name only when *name* is a venue this module knows (else None)."""
    short = short_name(name)
    return short if short and full_name(short) else None
