"""Sample up to 20 candidate entry lines per list with random.Random(14201).

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold, and headings in lists that write papers as headings. Fenced code and HTML
comments are skipped. Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"liuxiaolei88__Awsome-speech-papers.README.md"}  # papers written as headings

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            # table: header row is the first row, then separator row
            if re.match(r"^\|?\s*:?-{3,}", s):
                prev_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                continue  # header row
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            out.append(i)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i)
        elif name in HEADING_LISTS and re.match(r"^#{1,6}\s", s):
            out.append(i)
    return out

def main():
    rng = random.Random(14201)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        lines = [l.rstrip("\r") for l in lines]
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands), "picked", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
