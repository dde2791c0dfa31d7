#!/usr/bin/env python3
"""A 1 MB reading list made of real lists, for the import benchmarks (``md_import.py --list``).

    python bench/real_md_list.py OUT.md [--size 1000000]

``gen_md_list.py``'s generated list is easier than real ones: its entries come in a few shapes
the reader knows well, and it reads in parts without a hitch. This joins the real READMEs of
``bench/unseen-lists`` (in a fixed order) under one title heading, their own headings one level
down, until it passes *size* bytes. It leaves out lists with reference definitions (joined,
one list's label could serve another's link) and lists the reader could not read in parts (an HTML
or underlined heading, which would leave a heading open across a cut, as no single real list
would), so that it measures reading, not the fallback to reading whole.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(size: int) -> str:
    lists = sorted(p for p in (HERE / "unseen-lists").glob("s1[2-5]*/*.md") if p.name != "FINDINGS.md")
    random.Random(1).shuffle(lists)
    out, total = ["# Awesome Everything\n"], 0
    for path in lists:
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s{0,3}\[[^\]]+\]:\s*\S", text, re.M) or re.search(r"<h[1-6]", text, re.I) \
                or re.search(r"^=+\s*$", text, re.M):
            continue
        out.append(re.sub(r"^(#{1,5}) ", lambda m: "#" + m.group(0), text, flags=re.M))
        total += len(out[-1].encode())
        if total > size:
            break
    return "\n\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    text = build(args.size)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text.encode()):,} bytes, {text.count(chr(10)) + 1:,} lines")


if __name__ == "__main__":
    main()
