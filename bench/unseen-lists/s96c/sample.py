"""Sample 20 candidate entries a list with random.Random(9631), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
headings in lists that write papers as headings (rsdler). Fenced code and HTML comments skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"rsdler__Remote-Sensing-in-CVPR2023.README.md"}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEAD_RE = re.compile(r"^\s{0,3}#{1,6}\s+\S")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = True
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in line:
                in_comment = True
            continue
        # tables
        if in_table:
            if s and "|" in s:
                out.append(i + 1)
                continue
            in_table = False
        if "|" in s and i + 1 < len(lines) and DELIM_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            in_table = True  # header row: not a candidate
            continue
        if DELIM_RE.match(line) and "-" in line and "|" in line:
            continue
        if name in HEADING_LISTS and HEAD_RE.match(line):
            if i == 0 and line.startswith("# "):
                continue  # the document's own title
            out.append(i + 1)
            continue
        if name in HEADING_LISTS and LIST_RE.match(line):
            continue  # "* Paper :" / "* Code:" bullets belong to the heading entry above them
        if LIST_RE.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9631)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, len(cands), "candidates, sampled", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
