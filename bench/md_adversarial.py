#!/usr/bin/env python3
"""Hostile Markdown lines of 1 MB: how long the reader takes on each (issue 13 item 11: < 1 s).

    python bench/md_adversarial.py [--size 1000000] [--only NAME]

Each input is one line (or one table row, heading, list item...) of about --size
characters built to make a backtracking regular expression or a nested scan go
quadratic: runs of brackets, emphasis markers, backticks, angle brackets, spaces,
half-open links and so on. The time of ``markdown.reader.parse`` on each is printed
(CPU seconds), with the number of papers it found. ``tests/test_markdown_hostile.py``
runs the same inputs, smaller, for correctness.
"""

from __future__ import annotations

import argparse
import sys
import time


def inputs(size: int) -> dict[str, str]:
    """Name -> a hostile document of about *size* characters."""
    def rep(unit: str) -> str:
        return unit * max(1, size // len(unit))

    lines = {
        "[": rep("["), "]": rep("]"), "![": rep("!["), "[](": rep("[]("), "[a](": rep("[a]("), "[a][": rep("[a]["),
        "[a](b[": rep("[a](b["), "<": rep("<"), "<a ": rep("<a "), "<!--": rep("<!--"), "`": rep("`"),
        "`a": rep("`a"), "*": rep("*"), "**a": rep("**a"), "_a_": rep("_a "), "*a *": rep("*a *"),
        "\\": rep("\\"), "&": rep("&"), "&#": rep("&#"), "(": rep("("), "【": rep("【"), "spaces": "a" + rep(" ") + "b",
        "dots": "a" + rep(".") + "b", "http": rep("http://"), "url)": "http://a" + rep(")"), "url.": "http://a" + rep("."),
        "[[x]](": rep("[[x]]("), "](<": rep("](<"), "emoji": rep("🔥 "), "a. ": rep("A. "), ", and": rep("Ab, and "),
        "et al": rep(" et al"), "(2024": rep("(2024 "), "<h1>": rep("<h1>"), "<summary>": rep("<summary>"),
        "[x][y]": rep("[x][y]"), "words": rep("Title Words "), "quote": rep('"a'), "cjk": rep("论文："),
        "ieee": "T. Hsu, " + rep("Ab cd, ") + "vol. 3, 2020.",  # (an IEEE reference's commas: each a place its
    }  # title may end; ieee_refs had looked for a locator after each, quadratic)
    docs: dict[str, str] = {}
    for name, line in lines.items():
        docs[name] = "## A\n\n" + line + "\n"
        docs[f"- {name}"] = "## A\n\n- **T** " + line + "\n"
    docs["table"] = "| Title | Venue |\n|---|---|\n| " + lines["["] + " | " + lines["**a"] + " |\n"
    docs["heading"] = "## " + lines["[a]("] + "\n\n- [Paper](https://arxiv.org/abs/2401.00001)\n"
    depth = int((size / 2) ** 0.5)  # indentation grows with depth: about *size* characters in all
    docs["nested"] = "".join("  " * i + "- x\n" for i in range(depth))
    docs["quotes"] = "> " * (size // 2) + "a\n"
    docs["lists"] = "- " * (size // 2) + "a\n"
    docs["emphasis 600"] = "- " + "*" * 600 + "a" + "*" * 600 + "\n- **Ok** [paper](https://arxiv.org/abs/2401.00001)\n"
    docs["html"] = "<div>\n" + lines["<a "] + "\n</div>\n"
    # Around the shapes read from other real lists (a venue or date before the title, "In VENUE",
    # a citation after a dash, nested details, a venue in parentheses ending a bold title...).
    spaces = rep(" ")
    link = "[A long title here](https://arxiv.org/abs/2401.00001)"
    docs["venue cell"] = "| Title | Venue |\n|---|---|\n| A paper title here | [" + spaces + " |\n"
    docs["bold (venue)"] = "## A\n\n- **a" + spaces + "b (KDD 2018)**\n"
    docs["in venue"] = "## A\n\n- Title. In" + spaces + "x\n"
    docs["names (year)"] = "## A\n\n- Atwood J, Towsley D" + spaces + "(2016) Title. In: X\n"  # (author_date)
    docs["( spaces"] = "## A\n\n- Title words here, (" + spaces + "Liu et al.)\n"  # (59 s before inline.scan's
    # runs of spaces were cut to two)
    docs["[ run"] = "## A\n\n" + "[" * (size // 2) + "paper](https://arxiv.org/abs/2205.02824)\n"  # (82 s at 100 K
    # before verdict._PLACEHOLDER read the marks after its word only after one)
    docs["dash"] = "## A\n\n- **Title** —" + spaces + "x " + link + "\n"
    docs["nested code"] = "## A\n\n- " + link + "\n  - Code:" + spaces + "x\n"
    docs["[[venue]]"] = "## A\n\n- [[CVPR2021](https://x.org/a.pdf)]" + spaces + "x\n"
    docs["venue:"] = "## A\n\n- ICDE 2023" + spaces + ": x\n"
    docs["[date]"] = "## A\n\n- [2021/07]" + spaces + "**x**\n"
    docs["words year"] = "## A\n\n- " + link + ", " + rep("Aa ") + "2020\n"
    docs["nick:"] = "## A\n\n- **" + rep("a") + "**: " + link + "\n"
    docs["name heading"] = "## A\n\n#### " + rep("A") + "!\n- Paper: https://arxiv.org/abs/2401.00001\n"  # (quadratic
    # in session 42's paper_headings._NAME_ALONE before review: 1.4 s at 20 K)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--only")
    args = ap.parse_args()
    from paperctl.formats.markdown import reader

    worst = 0.0
    for name, text in inputs(args.size).items():
        if args.only and name != args.only:
            continue
        start = time.process_time()
        parsed = reader.parse(text)
        seconds = time.process_time() - start
        worst = max(worst, seconds)
        print(f"{seconds:7.3f} s  {len(text):>9,} chars  {len(parsed.entries):>3} papers  {name!r}", flush=True)
    print(f"worst: {worst:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
