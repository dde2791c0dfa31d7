#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2504) (re-seeded per list).

Candidates: list items (bullets -,*,+ and numbered 1. / 1)), table body rows
(lines starting with '|' that are neither a header row nor a |---| separator),
and lines starting with bold (**...).  Lines inside fenced code blocks and
HTML comments are skipped.  Prints JSON lines {list, line, text}.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "tjunlp-lab__Awesome-Multilingual-LLMs-Papers.README.md",
    "ZihengZZH__awesome-multimodal-machine-translation.README.md",
    "gentaiscool__code-switching-papers.README.md",
    "yokusama__NMT_Papers.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment = [], False, False
    for i, raw in enumerate(lines):
        s = raw.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue  # separator or header row
            out.append(i + 1)
        elif ITEM.match(raw) or BOLD.match(raw):
            out.append(i + 1)
    return out


def main():
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        cand = candidates(lines)
        rng = random.Random(2504)
        picked = sorted(rng.sample(cand, 20))
        print(f"# {name}: {len(lines)} lines, {len(cand)} candidates", file=sys.stderr)
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
