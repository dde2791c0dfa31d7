"""Sample 20 candidate entry lines a list with random.Random(9821), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and headings when the list writes papers as headings (zhanghengdev: the '####' paper headings;
the '- **Date**:' / '- **Arxiv**:' bullets under such a heading belong to that heading's entry and
are not candidates themselves). Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LISTS = {"zhanghengdev__awesome-video-object-detection.README.md": 4}

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    heading_level = PAPER_HEADING_LISTS.get(name)
    under_paper_heading = False
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
        m = re.match(r"^(#{1,6})\s+", line)
        if m:
            lvl = len(m.group(1))
            if heading_level is not None:
                under_paper_heading = (lvl == heading_level)
                if lvl == heading_level:
                    out.append(i)
            continue
        if under_paper_heading:
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif s.startswith("|"):
            if re.match(r"^\|?[\s:|-]+\|?$", s) and "-" in s:
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?[\s:|-]+\|?$", nxt) and "-" in nxt:
                continue  # header row
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out

def main():
    rng = random.Random(9821)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates:", len(cand))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
