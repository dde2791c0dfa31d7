"""Sample 20 candidate entry lines a list with random.Random(13851); writes sample.jsonl.

Candidates: list items (Markdown bullets / numbered items, and HTML <li> lines), table body rows
(not the header row or the |---| separator), lines starting with bold, and, for the list that
writes its papers as headings (ChengpengLi1003), its headings (except the H1 title); the detail
bullets under a paper heading belong to that heading's entry and are not separate candidates.
Fenced code and HTML comments are skipped. Lists are taken in sorted file-name order, with one
generator; a list with fewer than 20 candidates gives all of them (no draw).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"ChengpengLi1003__Awesome-Long-Chain-of-Thought-Reasoning-with-tools.README.md"}

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    prev_table = False
    under_paper_heading = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
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
            if prev_table and not re.fullmatch(r"\|?[\s:\-|]+\|?", s):
                # body row: a table line that follows the header row / separator
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if name in HEADING_LISTS and re.match(r"#{2,6}\s", s):
            out.append(i)
            under_paper_heading = s.startswith("### ")
            continue
        if re.match(r"#{1,6}\s", s):
            continue
        if re.match(r"([-*+]|\d+[.)])\s", s) or s.lower().startswith("<li"):
            if name in HEADING_LISTS and under_paper_heading:
                continue
            out.append(i)
            continue
        if s.startswith("**") or s.startswith("__"):
            out.append(i)
    return out

def main():
    rng = random.Random(13851)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(name, len(cands), "candidates,", len(pick), "sampled")
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
