#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2905).

Candidates: list items (bullets -, *, + and numbered N. / N) at any indent),
Markdown table body rows (not the header row nor the |---| separator),
and lines starting with bold (**).  Fenced code blocks and HTML comments are
skipped.  Output: sample.json (list -> sorted 1-based line numbers) and a
readable dump on stdout.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "lcylmhlcy__Notebook-daily.README.md",
    "hbulpf__hnbd_ailab.README.md",
    "JamesChuanggg__awesome-vqa.README.md",
    "Taaccoo__awesome-vqa-latest.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if ITEM.match(line):
            out.append(i)
        elif s.startswith("|"):
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP.match(s.replace("|", "", 1)) or set(s) <= set("|-: "):
                continue
            if SEP.match(nxt.replace("|", "", 1)) and set(nxt) <= set("|-: "):
                continue  # header row
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(2905)
    result = {}
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20))
        result[name] = pick
        print(f"== {name}: {len(cands)} candidates")
        for n in pick:
            print(f"{n}: {lines[n-1]}")
    json.dump(result, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
