"""Sample 20 candidate entry lines per list with random.Random(8751).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, and (only for lists that write papers as headings) headings.
Fenced code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# lists whose papers are written as headings (AI-Guru's "Abstracts Collection")
HEADING_LISTS = {"AI-Guru__music-generation-research.README.md"}

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
HEADING = re.compile(r"^#{1,6}\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")


def candidates(lines, name):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if BULLET.match(line) or s.startswith("**"):
            out.append(i + 1)
            continue
        if name in HEADING_LISTS and HEADING.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(8751)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines, name)
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, "candidates:", len(cands))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
