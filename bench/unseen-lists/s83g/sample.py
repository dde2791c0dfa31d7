"""Sample 20 candidate entries a list with random.Random(8371); writes sample.jsonl.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and headings for the list that writes papers as headings (WindyLab). Fenced code and HTML
comments are skipped. In WindyLab, the bullets under a paper heading ('- Paper Link:',
'- Framework Overview:' ...) are part of that heading's entry, not entries of their own.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"WindyLab__LLM-RL-Papers.README.md"}
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HEAD = re.compile(r"^\s{0,3}#{1,6}\s")


def candidates(name, lines):
    out = []
    fence = False
    comment = False
    under_paper_heading = False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if name in HEADING_LISTS:
            if HEAD.match(line):
                under_paper_heading = line.startswith("### ")
                out.append(i)
                continue
            if s == "***":
                under_paper_heading = False
                continue
            if under_paper_heading:
                continue
        if ITEM.match(line):
            out.append(i)
        elif s.startswith("|"):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(8371)
    rows = []
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates", len(cand), "sampled", len(pick))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
