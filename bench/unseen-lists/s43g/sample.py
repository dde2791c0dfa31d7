"""Sample 20 candidate entry lines per list with random.Random(4307).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header and separator rows, and nested
author-only bullets (`  * *Authors. Venue*`) that continue the entry above them.
Run: python3 sample.py  (writes samples.json next to this file)
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "Flians__LLM4EDA.README.md",
    "thu-nics__awesome_ai4eda.README.md",
    "yangluo23__LLM4EDA.README.md",
    "Thinklab-SJTU__Awesome-LLM4EDA.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
AUTHOR_CONT = re.compile(r"^\s+[-*+]\s+\*[^*].*\*\s*$")


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if AUTHOR_CONT.match(line):
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        rng = random.Random(4307)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = [{"line": n, "text": lines[n - 1]} for n in picked]
        print(name, "candidates:", len(cand), "picked:", picked)
    with open(os.path.join(HERE, "samples.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
