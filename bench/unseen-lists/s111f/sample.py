"""Sample 20 candidate entry lines a list for s111f (random.Random(11161), lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and, for the list
that writes its papers as headings (shot1107, `#### Title [link]`), the paper-level (####) headings.
Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LISTS = {"shot1107__anomaly_detection_papers.README.md": 4}

ITEM = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
HEADING = re.compile(r"^(#{1,6})\s+\S")


def candidates(path, heading_level=None):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if TABLE.match(line):
            if TABLE_SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
        elif heading_level:
            m = HEADING.match(line)
            if m and len(m.group(1)) == heading_level:
                out.append(i + 1)
    return lines, out


def main():
    rng = random.Random(11161)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines, cands = candidates(path, PAPER_HEADING_LISTS.get(name))
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands), "sampled:", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
