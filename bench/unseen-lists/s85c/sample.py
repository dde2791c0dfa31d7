"""Sample 20 candidate entry lines a list with random.Random(8531).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, and -- for lists that write papers as headings -- headings of
level 4 or deeper (the paper-level headings in both heading lists here).
Fenced code and HTML comments are skipped. A line starting with bold that
directly continues a paper heading (the '**Authors**:' line) is part of that
entry, not a candidate of its own.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"dae-sun__awesome-human-pose-estimation.README.md",
                 "zhanglbthu__awesome-egocentric-human-motion.README.md"}

def candidates(name, lines):
    out, in_fence, in_comment = [], False, False
    prev_heading = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence; prev_heading = False; continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s: in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: in_comment = True
            continue
        is_heading = re.match(r"#{1,6}\s", s) is not None
        cand = False
        if re.fullmatch(r"([-*_])(\s*\1){2,}", s):
            prev_heading = False
            continue  # thematic break, not an entry
        if re.match(r"([-*+]|\d+[.)])\s", s):
            cand = True
        elif s.startswith("|") and not re.match(r"\|?\s*:?-{2,}", s):
            cand = True  # header rows are filtered below
        elif s.startswith("**") or s.startswith("__"):
            cand = not (prev_heading and s.startswith("**Authors**"))
        elif is_heading and name in HEADING_LISTS and re.match(r"#{4,6}\s", s):
            cand = True
        if cand:
            out.append(i)
        prev_heading = is_heading
    return out

def main():
    rng = random.Random(8531)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), "candidates")
        for n in pick:
            rows.append({"list": name, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
