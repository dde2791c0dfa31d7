"""Sample 20 candidate entries per list with one random.Random(11381), lists in sorted file-name order.
Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
(None of these lists writes papers as headings, so headings are not candidates.)
Fenced code and HTML comments are skipped."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
rng = random.Random(11381)
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

def candidates(lines):
    out, in_fence, in_comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            # table: first row is header, second the separator, the rest body rows
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out

with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(f, "candidates", len(cand), "picked", len(pick))
        for ln in pick:
            fo.write(json.dumps({"list": f, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")
