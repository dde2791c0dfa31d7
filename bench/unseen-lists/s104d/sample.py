"""Sample 20 candidate entry lines per list with random.Random(10441).

Candidates: top-level list items (bullet or numbered, indent < 2), table body rows,
lines starting with bold. Headings are not candidates (none of these lists writes
papers as headings). Fenced code and HTML comments are skipped. Nested list items
(indent >= 2) are continuation lines of their parent entry in these lists
(ch-shin: author line and notes under each paper) and are not candidates.
The cut last line of a partial file is not a candidate.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"hs-esslingen-it-security__Awesome-LLM4SVD.README.md",
           "hbaniecki__adversarial-explainable-ai.README.md"}

def candidates(text, partial):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if re.match(r"^\s*(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if partial and i == len(lines) and not text.endswith("\n"):
            continue  # cut last line
        indent = len(line) - len(line.lstrip(" "))
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line) and indent < 2:
            out.append(i)
        elif s.startswith("|"):
            if re.match(r"^\|?\s*:?-{2,}", s):
                continue  # separator row
            # header row: next line is a separator
            nxt = lines[i] if i < len(lines) else ""
            if re.match(r"^\s*\|?\s*:?-{2,}", nxt):
                continue
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out

def main():
    rng = random.Random(10441)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        cands = candidates(text, name in PARTIAL)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        lines = text.split("\n")
        print(name, "candidates:", len(cands), "sampled:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
