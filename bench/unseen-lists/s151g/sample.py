"""Sample 20 candidate entry lines per list with random.Random(14191).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), lines starting with bold. Papers are not written as headings
in these three lists, so headings are not candidates. Fenced code and HTML
comments are skipped. The last line of a PARTIAL file (cut mid-row by the
fetch) is not a candidate.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"JackYFL__awesome-VLLMs.README.md", "ydyhello__Awesome-VLM-Streaming-Video.README.md"}
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(name):
    text = open(os.path.join(HERE, name), encoding="utf-8").read()
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if name in PARTIAL and i == len(lines) - 1:
            continue  # cut mid-row by the partial fetch
        ok = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            ok = True
        elif s.startswith("|"):
            if SEP.match(s):
                ok = False
            elif i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                ok = False  # header row
            else:
                ok = True
        elif s.startswith("**"):
            ok = True
        if ok:
            out.append((i + 1, line))
    return out

def main():
    rng = random.Random(14191)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    rows = []
    for name in names:
        c = candidates(name)
        pick = c if len(c) <= 20 else rng.sample(c, 20)
        pick.sort()
        print(name, "candidates:", len(c))
        for ln, text in pick:
            rows.append({"list": name, "line": ln, "text": text})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
