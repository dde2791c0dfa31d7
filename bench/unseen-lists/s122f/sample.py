"""Sample 20 candidate entry lines a list with random.Random(12261), lists in sorted file-name order.

Candidates: list items (bullets, numbered, at any indent), table body rows, lines starting with bold
that start a paragraph (previous line blank; a bold line continuing a multi-line entry is not a new entry),
and, in lists that write papers as headings (DYAKOOO), the heading lines.
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"DYAKOOO__paper-list.README.md"}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
HEAD_RE = re.compile(r"^#{1,6}\s")

def candidates(name, lines):
    out, in_fence, in_comment = [], False, False
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
        prev_blank = i == 0 or lines[i - 1].strip() == ""
        if name in PAPERS_AS_HEADINGS and HEAD_RE.match(line):
            out.append(i + 1)
        elif LIST_RE.match(line):
            out.append(i + 1)
        elif s.startswith("|") and i >= 2 and not re.match(r"^\|?[\s:|-]+\|?$", s) and lines[i - 1].strip().startswith("|"):
            out.append(i + 1)
        elif s.startswith("**") and prev_blank:
            out.append(i + 1)
    return out

def main():
    rng = random.Random(12261)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, len(cands), "candidates,", len(pick), "sampled")
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
