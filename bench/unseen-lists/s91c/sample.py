#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(9131); writes sample.jsonl."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*")
FENCE = re.compile(r"^\s*(```|~~~)")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!--"):
            if "-->" not in line:
                in_comment = True
            continue
        if TABLE_ROW.match(line):
            if TABLE_SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9131)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for path in files:
            name = os.path.basename(path)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, "candidates:", len(cands), "picked:", len(picked))
            for ln in picked:
                fh.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
