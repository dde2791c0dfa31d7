#!/usr/bin/env python3
"""Hostile BibTeX of 1 MB: how long reading (and writing back) takes on each input
(issue 13 items 11 and 14: each under 1 s; deep nesting costs only its entry).

    python bench/bib_adversarial.py [--size 1000000] [--only NAME]

Each input is one entry (or one line between entries) of about --size characters
built to make a backtracking regular expression, a nested scan or a recursive
parser go quadratic or overflow: runs of braces, quotes, backslashes, ``@``,
``and``, ``#``, dollars, accents. A good entry stands before and after it. The
CPU time of ``bibtex.reader.read`` on each, and of ``bibtex.writer.dumps`` on what
was read, is printed with the number of entries found. ``tests/test_bibtex_hostile.py``
runs the same inputs, smaller, for correctness.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

GOOD = ("@article{good1, title = {Attention Is All You Need}, author = {Vaswani, Ashish}, year = 2017}\n",
        "@article{good2, title = {Scaling Laws for Neural Language Models}, author = {Kaplan, Jared}, year = 2020}\n")


def inputs(size: int) -> dict[str, str]:
    """Name -> a hostile .bib document of about *size* characters, between two good entries."""
    def rep(unit: str) -> str:
        return unit * max(1, size // len(unit))

    def entry(field: str, value: str) -> str:
        return f"@misc{{hostile, title = {{Hostile}}, {field} = {value}}}\n"

    half = size // 2
    bodies = {
        "{ open": entry("note", "{" + rep("{")),
        "} close": entry("note", "{x}" + rep("}")),
        "{{{ deep": entry("title", "{" * half + "x" + "}" * half),
        "\\x{ deep": entry("title", "{" + rep("\\x{") + "a" + "}" * (size // 3) + "}"),
        "\" quotes": entry("note", '"' + rep('"')),
        "@": rep("@"),
        "@misc{": rep("@misc{"),
        "@a{ lines": rep("\n@a{"),
        "and": entry("author", "{" + rep(" and ") + "}"),
        "spaces": entry("author", "{a" + rep(" ") + "b}"),
        "spaces and": entry("author", "{a" + rep(" ") + "an}"),
        "\\": entry("title", "{" + rep("\\\\") + "}"),
        "\\a": entry("title", "{" + rep("\\a") + "}"),
        "accents": entry("title", "{" + rep("\\'") + "e}"),
        "$": entry("title", "{" + rep("$") + "}"),
        "$a": entry("title", "{" + rep("$a") + "}"),
        "%": entry("title", "{" + rep("%") + "}"),
        "~": entry("title", "{" + rep("~") + "}"),
        "#": entry("note", "a" + rep(" # a")),
        "# months": entry("month", "jan" + rep(" # jan")),
        "arxiv": entry("journal", "{" + rep("arxiv ") + "}"),
        "arxiv:": entry("note", "{" + rep("arXiv:") + "}"),
        "key": "@misc{" + rep("k") + ", title = {Long key}}\n",
        "field name": "@misc{longname, " + rep("f") + " = {x}}\n",
        "commas": "@misc{commas" + rep(",") + "}\n",
        "=": entry("note", "{" + rep("=") + "}"),
        "url }": entry("url", "{https://x.org/" + rep("a}") + "}"),
        "words": entry("title", "{" + rep("GPT-4 LLMs ") + "}"),
        "comment": "@comment{" + rep("{") + "\n",
        "string": "@string{" + rep("s") + " = {x}}\n",
        "emails": rep("me@example.org "),
    }
    return {name: GOOD[0] + "\n" + body + "\n" + GOOD[1] for name, body in bodies.items()}


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from paperctl.formats.bibtex import chunks, reader, writer
    from paperctl.models import Paper

    chunks.PARALLEL_MIN = 10**12  # one process: the time is the reader's own
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--only")
    args = ap.parse_args()
    worst = 0.0
    for name, text in inputs(args.size).items():
        if args.only and name != args.only:
            continue
        start = time.process_time()
        read = reader.read(text)
        took = time.process_time() - start
        papers = [Paper(i, item.key, item.data.title or "", fields=item.data.fields,
                        entry_type=item.data.entry_type) for i, item in enumerate(read.items)]
        start = time.process_time()
        writer.dumps(papers)
        wrote = time.process_time() - start
        worst = max(worst, took, wrote)
        print(f"{name:12s} read {took:6.3f} s  write {wrote:6.3f} s  entries {len(read.items)}"
              f"  problems {len(read.problems)}")
    print(f"worst {worst:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
