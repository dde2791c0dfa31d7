"""Sample 20 candidate entry lines per list with one random.Random(13921), lists in sorted file-name order.

Candidates: list items (bullets / numbered, any depth), table body rows, lines starting with bold,
and (only in lists that write papers as headings: S-K-KU__references) ATX and setext headings.
Skipped: fenced code, HTML comments, and -- judgement call -- bullets inside <details> blocks of
S-K-KU__references (they are the citation/summary parts of a heading entry, not entries).
Files may have CRLF line ends; lines are taken with str.splitlines().
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"S-K-KU__references.README.md"}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = in_comment = in_details = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<details"):
            in_details = True
        if s.startswith("</details"):
            in_details = False
            continue
        # tables
        if s.startswith("|"):
            if TABLE_SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if name in HEADING_LISTS:
            if re.match(r"^#{1,6}\s", s):
                out.append(i)
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if s and re.fullmatch(r"-{3,}|={3,}", nxt) and not LIST_RE.match(line) and not s.startswith("[//]"):
                out.append(i)  # setext heading text line
                continue
            if in_details:
                continue
        if LIST_RE.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(13921)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", newline="").read().splitlines()
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(name, "candidates", len(cand), "picked", len(pick))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
