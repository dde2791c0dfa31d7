"""Sample candidate entry lines from the three saved READMEs (s89g).

Candidates: list items (bullets, numbered incl. `1)`), table body rows, lines starting with bold,
and (for the list that writes papers as headings) its paper headings.  Fenced code and HTML
comments are skipped.  One random.Random(8971), lists in sorted file-name order, 20 a list.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# lists whose papers are written as headings, with the heading level used for papers
HEADING_LISTS = {"lcybuzz__Personal-Object-Detection-Paper-Record.README.md": 3}

BULLET = re.compile(r"^\s*[-*+]\s+\S")
NUMBERED = re.compile(r"^\s*\d+[.)]\s+\S")
HEADING = re.compile(r"^(#{1,6})\s+\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    heading_level = HEADING_LISTS.get(name)
    in_heading_entry = False  # inside a paper-heading block (fields and notes belong to it)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        m = HEADING.match(line)
        if m:
            in_table = False
            if heading_level is not None:
                in_heading_entry = len(m.group(1)) == heading_level
                if in_heading_entry:
                    out.append(i + 1)
            continue
        if s.startswith("|"):
            if TABLE_SEP.match(s):
                in_table = True
                continue
            if in_table:
                if not in_heading_entry:
                    out.append(i + 1)
            continue
        in_table = False
        if in_heading_entry:
            continue
        if BULLET.match(line) or NUMBERED.match(line) or line.startswith("**") or line.startswith("__"):
            # indented continuation lines of a list item that are not list items are not candidates
            out.append(i + 1)
    return out


def main():
    rng = random.Random(8971)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
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
