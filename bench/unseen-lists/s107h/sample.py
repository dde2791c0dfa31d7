"""Sample 20 candidate entries a list with random.Random(10781) (one generator,
lists in sorted file-name order).  Candidates: list items (bullets, numbered),
table body rows, lines starting with bold, and headings in lists that write
papers as headings (Strivin0311).  Fenced code, HTML comments and the study
notes inside <details>...</details> blocks (MaheepChaudhary) are skipped."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"Strivin0311__ai-learning.README.md"}
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")

def candidates(name, lines):
    out, fence, comment, details = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if details:  # inside a <details> study-notes block
            if "</details>" in line:
                details = False
            continue
        is_cand = False
        if BULLET.match(line):
            is_cand = True
        elif s.startswith("|") and not TABLE_SEP.match(s):
            is_cand = True
        elif s.startswith("**"):
            is_cand = True
        elif name in HEADING_LISTS and re.match(r"^#{1,6}\s", line):
            is_cand = True
        if is_cand:
            out.append(i)
        if "<details>" in line and "</details>" not in line:
            details = True
    return out

def main():
    rng = random.Random(10781)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", newline="").read().split("\n")
        cands = candidates(name, lines)
        pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(name, "candidates", len(cands), "sampled", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
