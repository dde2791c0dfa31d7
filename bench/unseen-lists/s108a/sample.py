"""Sample candidate entry lines from the three saved lists (s108a).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold, and - for lists that write papers as
headings (huayong__dl-vision-papers: one `#####` heading per paper) - those
paper headings. Fenced code and HTML comments are skipped.
One random.Random(10811) generator, lists in sorted file-name order,
20 a list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LEVEL = {"huayong__dl-vision-papers.README.md": 5}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r"^(```|~~~)", s):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_table = s.startswith("|")
        if is_table:
            # header row: the next line is the separator; separator rows skipped
            if re.match(r"^\|?\s*:?-{3,}", s):
                prev_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                prev_table = True
                continue
            out.append(i)
            prev_table = True
            continue
        prev_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
        else:
            lvl = PAPER_HEADING_LEVEL.get(name)
            m = re.match(r"^(#{1,6})\s", line)
            if lvl and m and len(m.group(1)) == lvl:
                out.append(i)
    return out

def main():
    rng = random.Random(10811)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(name, "candidates:", len(cands), "picked:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
