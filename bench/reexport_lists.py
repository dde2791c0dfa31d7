"""How faithfully ``export --md --style auto`` gives real lists back, list by list.

    python bench/reexport_lists.py [LIST.md ...] [--examples N]

Default lists: the six of ``../shared/fixtures/real-lists/``. For each list, imported into a
fresh library through the CLI (as ``../shared/tools/score_reexport.py`` does), it counts the
entry lines that score counts (list items, table rows and bold-title lines that link a paper):

* kept as read: byte-identical in ``paperctl export --md --style auto`` (what a user gets:
  an entry whose paper has not changed is copied as read);
* kept when re-rendered: byte-identical when every entry is written anew from the library in
  the look its layout recorded (shape, list marker, link labels and form, venue format), with
  no byte copy (``MarkdownOptions(as_read=False)`` through the Python API). This measures the
  shape writers, i.e. how a paper added to the list, or changed, will look beside its neighbours.

The last column counts whole stored entries (every entry the reader made a paper of, linked or
not) whose text written anew is exactly the text read.

Then, for the lines changed in the re-rendered run, why: each line is diffed against the
closest line of its entry as written anew, and every differing piece is given a reason
(``REASONS``, first match wins), with one example per reason. A line can have several reasons.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from paperctl import Library
from paperctl.formats import exporting, exporting_markdown
from paperctl.formats.markdown import auto
from paperctl.formats.markdown import writer as md
from paperctl.store import layouts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
sys.path.insert(0, str(SHARED / "tools"))
try:
    from score_reexport import ENTRY, FENCE, PAPERISH  # the scorer's own idea of an entry line
except ImportError:  # ../shared absent
    sys.exit("bench/reexport_lists.py needs ../shared/tools/score_reexport.py")

# Why the text of a line differs once its links are set aside: by what a differing piece
# (removed or added text) looks like, first match wins.
REASONS = (
    ("whitespace or column padding", re.compile(r"^\s+$")),
    ("Markdown escaping the list did not use (\\~ \\* ...)", re.compile(r"^\s*\\\s*$|\\[&~_*#<>\[\]]")),
    ("table cells (badges, <br> cells, columns no field fills)", re.compile(r"\||<br>|!\[")),
    ("date written after the entry", re.compile(r"^\W*\(?\d{4}[./-]\d{1,2}([./-]\d{1,2})?\)?\W*$")),
    ("title emphasis (** / __)", re.compile(r"^\W*(\*\*|__)\W*$")),
    ("list marker, numbering or indentation", re.compile(r"^\s*([-*+]|\d+[.)])?\s*$")),
    ("venue or year format", re.compile(r"\b(19|20)\d\d\b|'\d\d\b|\b[A-Z]{2,}[a-z]*\b")),
    ("punctuation (a title's final period, separators)", re.compile(r"^[\s.,;:()*_\\]+$")),
)
OTHER = "other text (authors, summary, remarks the library does not hold as written)"
LINK = re.compile(r"\[\[?([^\[\]]*)\]?\]\((<[^>]*>|[^)\s]*)\)\]?|https?://\S+")
LINK_REASONS = {
    "targets": "links: another URL than the line's (another form of the same paper, or a link the library"
               " does not hold as the line did)",
    "labels": "links: labels or form ([[name]](..) / [[name](..)] / [name](..))",
    "order": "links: order",
}


def entry_lines(text: str) -> list[tuple[int, str]]:
    """(0-based line, line) of the lines score_reexport counts."""
    out, fenced = [], False
    for n, line in enumerate(text.splitlines()):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or re.match(r"^\s*\|?\s*:?-{3,}", line):
            continue
        if ENTRY.match(line) and PAPERISH.search(line):
            out.append((n, line.rstrip()))
    return out


def kept(want: list[str], text: str) -> list[bool]:
    """For each line of *want*, whether *text* has it (as a multiset, as score_reexport counts)."""
    have = Counter(line.rstrip() for line in text.splitlines())
    found = []
    for line in want:
        found.append(have[line] > 0)
        if found[-1]:
            have[line] -= 1
    return found


def _links(line: str) -> list[tuple[str, str]]:
    return [(m.group(1) or "", m.group(2) or m.group()) for m in LINK.finditer(line)]


def reasons(old: str, new: str) -> set[str]:
    """Why *old* (a line as read) is not *new* (the closest line written anew): its links
    compared as (label, target) lists, then the rest of the text piece by piece."""
    if not new:
        return {"entry not written anew as a line of its own (joined, split or dropped)"}
    found = set()
    before, after = _links(old), _links(new)
    if sorted(t for _, t in before) != sorted(t for _, t in after):
        found.add(LINK_REASONS["targets"])
    elif [t for _, t in before] != [t for _, t in after]:
        found.add(LINK_REASONS["order"])
    elif before != after or LINK.sub("@", old).count("@") != len(before):
        found.add(LINK_REASONS["labels"])
    old, new = LINK.sub("@", old), LINK.sub("@", new)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        piece = old[i1:i2] + " " + new[j1:j2] if tag == "replace" else old[i1:i2] or new[j1:j2]
        if piece.strip() == "@":
            continue  # a whole link more or less: counted above
        found.add(next((name for name, pattern in REASONS if pattern.search(piece.strip() or piece)), OTHER))
    return found or {LINK_REASONS["labels"]}


TWICE = "the paper is in the list more than once, written differently (the library holds one of them)"


def anew(db: str) -> tuple[str, dict[int, list[str]], tuple[int, int], set[int]]:
    """The re-rendered export, each stored entry's lines written anew (by each of its
    0-based lines), (entries written anew exactly as read, entries with a paper), and
    the 0-based lines of entries whose paper has another entry in the list too."""
    lib = Library(db)
    try:
        text = exporting.render(lib, "md", exporting.Selection(),
                                options=md.MarkdownOptions(style="auto", as_read=False))
        by_line: dict[int, list[str]] = {}
        same = total = 0
        twice: set[int] = set()
        options = md.MarkdownOptions(style="auto").entry_options()
        for one in layouts.load(lib.conn):
            headers = {s.section_id: s.table_header for s in one.sections}
            papers = exporting_markdown._load_papers(lib.conn, [e.paper_id for e in one.entries if e.paper_id])
            entries_of = Counter(e.paper_id for e in one.entries if e.paper_id)
            for e in one.entries:
                if e.paper_id in papers:
                    slot = auto.Slot(e.line - 1, 0, e.raw, papers[e.paper_id], None, False, e.shape, e.marker,
                                     e.link_labels, e.venue_format)
                    lines = auto.render_slot(slot, options, headers.get(e.section_id, []))
                    same, total = same + ("\n".join(lines) == e.raw), total + 1
                    for k in range(e.raw.count("\n") + 1):
                        by_line[e.line - 1 + k] = lines
                        if entries_of[e.paper_id] > 1:
                            twice.add(e.line - 1 + k)
        return text, by_line, (same, total), twice
    finally:
        lib.close()


Example = tuple[str, str]  # (line as read, closest line written anew)


def measure(path: Path, why: Counter, examples: dict[str, list[Example]], keep: int) -> str:
    """One list's row of the table; *why* and *examples* learn its changed lines' reasons."""
    original = path.read_text(encoding="utf-8", errors="replace")
    want = entry_lines(original)
    lines = [line for _, line in want]
    with tempfile.TemporaryDirectory() as work:
        db, out = os.path.join(work, "lib.db"), os.path.join(work, "out.md")
        # exit status 1: some entries had problems (reported, imported without them)
        subprocess.run(["paperctl", "--db", db, "import", str(path)], capture_output=True)
        subprocess.run(["paperctl", "--db", db, "export", "--md", "--style", "auto", "-o", out],
                       capture_output=True, check=True)
        as_read = sum(kept(lines, Path(out).read_text(encoding="utf-8")))
        text, by_line, (same, entries), twice = anew(db)
    again = kept(lines, text)
    for (n, line), ok in zip(want, again, strict=True):
        if ok:
            continue
        written = by_line.get(n, [])
        new = max(written, key=lambda w: difflib.SequenceMatcher(None, line, w).ratio(), default="")
        for reason in {TWICE} if n in twice else reasons(line, new):
            why[reason] += 1
            if len(examples.setdefault(reason, [])) < keep:
                examples[reason].append((line, new))
    total = len(want) or 1
    return (f"| {path.name.split('.')[0]} | {len(want)} | {as_read} ({as_read / total:.1%}) |"
            f" {sum(again)} ({sum(again) / total:.1%}) | {len(want) - sum(again)} | {same}/{entries} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lists", nargs="*", type=Path)
    parser.add_argument("--examples", type=int, default=1, help="examples shown per reason and list")
    args = parser.parse_args()
    lists = args.lists or sorted((SHARED / "fixtures" / "real-lists").glob("*__*.md"))
    found: list[tuple[str, Counter, dict[str, list[Example]]]] = []
    print("| list | entry lines | kept as read | kept when re-rendered | changed when re-rendered"
          " | whole entries re-rendered as read |")
    print("|---|---|---|---|---|---|")
    for path in lists:
        why: Counter = Counter()
        examples: dict[str, list[Example]] = {}
        print(measure(path, why, examples, args.examples), flush=True)
        found.append((path.name.split(".")[0], why, examples))
    print("\nWhy lines change when re-rendered (lines with that reason; a line can have several):")
    for name, why, examples in found:
        if why:
            print(f"\n{name}:")
        for reason, count in why.most_common():
            print(f"- {reason}: {count}")
            for old, new in examples[reason]:
                print(f"    read:    {old[:200]}\n    written: {new[:200]}")


if __name__ == "__main__":
    main()
