"""Sample 20 candidate entry lines a list with random.Random(8581), lists in sorted file-name order.

Candidates: list items (bullets, numbered; also inside blockquotes), table body rows, lines starting
with bold. Fenced code and HTML comments are skipped. For the list that writes each paper as a
plain paragraph line (Redaimao), such paragraph lines (non-list, non-heading lines holding a
Markdown link) are candidates too, as papers-written-as-headings are for other lists.
The last line of the partial suruoxi file (cut mid-row by the 32,000-character fetch) is skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARAGRAPH_LISTS = {"Redaimao__awesome-multimodal-sequence-learning.README.md"}
PARTIAL = {"suruoxi__HumanAIGC-arxiv-daily.README.md"}

LIST_RE = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r"^\s{0,3}(```|~~~)", line):
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
        body = re.sub(r"^(\s*>\s?)+", "", line)  # blockquote markers
        if s.startswith("|"):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            # the header row is the row directly followed by the separator
            nxt = lines[i] if i < len(lines) else ""
            if TABLE_SEP.match(nxt.strip()):
                continue
            if name in PARTIAL and i == len(lines):
                continue
            out.append(i)
            continue
        if LIST_RE.match(body) or body.lstrip().startswith("**"):
            out.append(i)
            continue
        if name in PARAGRAPH_LISTS and s and not s.startswith("#") and "](" in s:
            out.append(i)
    return out


def main():
    rng = random.Random(8581)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands))
        for n in picked:
            rows.append({"list": name, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
