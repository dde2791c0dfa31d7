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

# Why a piece of a line differs, by what the piece (removed or added text) looks like.
REASONS = (
    ("whitespace or column padding", re.compile(r"^\s+$")),
    ("Markdown escaping the list did not use (\\& \\~ \\_ ...)", re.compile(r"^\s*\\\s*$|\\[&~_*#<>\[\]]")),
    ("paper link as stored (a PDF link written as the abstract page)", re.compile(r"\bpdf\b|\babs\b")),
    ("table cell content (badges, <br> cells, columns no field fills)", re.compile(r"\||<br>|!\[")),
    ("star/shield badges", re.compile(r"shields\.io|!\[")),
    ("date written after the entry", re.compile(r"^\W*\(?\d{4}[./-]\d{1,2}([./-]\d{1,2})?\)?\W*$")),
    ("link labels, order or form", re.compile(r"\]\(|\[\[|\]\]|^\W*\[[^\]]*\]\W*$|https?://")),
    ("title emphasis or link (** / [title](url))", re.compile(r"^\W*(\*\*|__)\W*$|^\W*\[\W*$|^\W*\*\*\[|\]\*\*")),
    ("list marker or numbering", re.compile(r"^\s*([-*+]|\d+[.)])\s*$")),
    ("venue or year format", re.compile(r"\b(19|20)\d\d\b|'\d\d\b|\b[A-Z]{2,}[a-z]*\b")),
    ("trailing punctuation", re.compile(r"^[\s.,;:()*_\\]+$")),
)
OTHER = "other text (summary, authors, remarks)"


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


def reasons(old: str, new: str) -> set[str]:
    """Why *old* (a line as read) is not *new* (the closest line written anew)."""
    if not new:
        return {"entry not written anew as a line of its own (joined, split or dropped)"}
    found = set()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        piece = old[i1:i2] + " " + new[j1:j2] if tag == "replace" else old[i1:i2] or new[j1:j2]
        found.add(next((name for name, pattern in REASONS if pattern.search(piece.strip() or piece)), OTHER))
    return found


def anew(db: str) -> tuple[str, dict[int, list[str]], tuple[int, int]]:
    """The re-rendered export, each stored entry's lines written anew (by each of its
    0-based lines), and (entries written anew exactly as read, entries with a paper)."""
    lib = Library(db)
    try:
        text = exporting.render(lib, "md", exporting.Selection(),
                                options=md.MarkdownOptions(style="auto", as_read=False))
        by_line: dict[int, list[str]] = {}
        same = total = 0
        options = md.MarkdownOptions(style="auto").entry_options()
        for one in layouts.load(lib.conn):
            headers = {s.section_id: s.table_header for s in one.sections}
            papers = exporting_markdown._load_papers(lib.conn, [e.paper_id for e in one.entries if e.paper_id])
            for e in one.entries:
                if e.paper_id in papers:
                    slot = auto.Slot(e.line - 1, 0, e.raw, papers[e.paper_id], None, False, e.shape, e.marker,
                                     e.link_labels, e.venue_format)
                    lines = auto.render_slot(slot, options, headers.get(e.section_id, []))
                    same, total = same + ("\n".join(lines) == e.raw), total + 1
                    for k in range(e.raw.count("\n") + 1):
                        by_line[e.line - 1 + k] = lines
        return text, by_line, (same, total)
    finally:
        lib.close()


def measure(path: Path, why: Counter, examples: dict[str, list[tuple[str, str, str]]], keep: int) -> str:
    original = path.read_text(encoding="utf-8", errors="replace")
    want = entry_lines(original)
    lines = [line for _, line in want]
    with tempfile.TemporaryDirectory() as work:
        db, out = os.path.join(work, "lib.db"), os.path.join(work, "out.md")
        subprocess.run(["paperctl", "--db", db, "import", str(path)], capture_output=True)  # 1: some entries had problems
        subprocess.run(["paperctl", "--db", db, "export", "--md", "--style", "auto", "-o", out],
                       capture_output=True, check=True)
        as_read = sum(kept(lines, Path(out).read_text(encoding="utf-8")))
        text, by_line, (same, entries) = anew(db)
    again = kept(lines, text)
    name = path.name.split(".")[0]
    for (n, line), ok in zip(want, again, strict=True):
        if ok:
            continue
        written = by_line.get(n, [])
        new = max(written, key=lambda w: difflib.SequenceMatcher(None, line, w).ratio(), default="")
        for reason in reasons(line, new):
            why[reason] += 1
            if len(examples.setdefault(reason, [])) < keep:
                examples[reason].append((name, line, new))
    total = len(want) or 1
    return (f"| {name} | {len(want)} | {as_read} ({as_read / total:.1%}) | {sum(again)} ({sum(again) / total:.1%})"
            f" | {len(want) - sum(again)} | {same}/{entries} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lists", nargs="*", type=Path)
    parser.add_argument("--examples", type=int, default=1, help="examples shown per reason")
    args = parser.parse_args()
    lists = args.lists or sorted((SHARED / "fixtures" / "real-lists").glob("*__*.md"))
    why: Counter = Counter()
    examples: dict[str, list[tuple[str, str, str]]] = {}
    print("| list | entry lines | kept as read | kept when re-rendered | changed when re-rendered"
          " | whole entries re-rendered as read |")
    print("|---|---|---|---|---|---|")
    for path in lists:
        print(measure(path, why, examples, args.examples), flush=True)
    print("\nWhy lines change when re-rendered (lines with that reason; a line can have several):")
    for reason, count in why.most_common():
        print(f"\n- {reason}: {count}")
        for name, old, new in examples[reason]:
            print(f"    {name}\n    read:    {old[:240]}\n    written: {new[:240]}")


if __name__ == "__main__":
    main()
