"""Sample 20 candidate entry lines per list with random.Random(11671).

Candidates: list items (bullets / numbered), table body rows (not header, not
separator), lines starting with bold that begin a paragraph (a bold line that
continues the previous line's paragraph, e.g. the bold title line under
`**[Name](url)** (2024 WACV)<br>`, belongs to that entry and is not a new
candidate), and citation paragraphs starting with a year in parentheses
`(2023) **Title.** ...` (yuddim list: papers written as paragraphs).
Skipped: fenced code, HTML comments, and the last line of a partial fetch when
it was cut mid-line.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL_CUT = {"colorful-liyu__awesome-3D-editing.README.md"}  # fetched 2 pages; last line cut

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*(?:\*\*|__)\S")
YEARPARA_RE = re.compile(r"^\s*\((?:19|20)\d\d\)\.?\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
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
        prev = lines[i - 1].strip() if i > 0 else ""
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            if SEP_RE.match(nxt.strip()):  # header row
                continue
            out.append(i + 1)
        elif LIST_RE.match(line):
            out.append(i + 1)
        elif BOLD_RE.match(line):
            # a bold line that begins a paragraph
            if prev == "" or prev.startswith("#"):
                out.append(i + 1)
        elif YEARPARA_RE.match(line):
            if prev == "" or prev.startswith("#"):
                out.append(i + 1)
    return out


def main():
    rng = random.Random(11671)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fo:
        for name in names:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                text = f.read()
            lines = text.split("\n")
            cands = candidates(lines)
            if name in PARTIAL_CUT and not text.endswith("\n"):
                last = len(lines)
                cands = [c for c in cands if c != last]
            k = min(20, len(cands))
            picked = sorted(rng.sample(cands, k))
            print(name, "candidates:", len(cands), "picked:", k)
            for ln in picked:
                fo.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
