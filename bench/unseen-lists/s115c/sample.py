"""Sample up to 20 candidate entry lines a list with random.Random(11531).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings when the list writes papers as headings (here: ### headings in the
Mingyue-Cheng list). Fenced code and HTML comments are skipped. In a list that writes
papers as headings, the detail bullets under a paper heading (Authors/Abstract/Key
Contributions and their sub-bullets) belong to that heading's entry and are not separate
candidates; bullets elsewhere (goals, table of contents, numbered steps) stay candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPER_LISTS = {"Mingyue-Cheng__Awesome-Time-Series-Foundation-Model.README.md"}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_heading_entry = False
    prev_table_line = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        is_table = s.startswith("|")
        if re.match(r"^#{1,6}\s", s):
            in_heading_entry = False
            if name in HEADING_PAPER_LISTS and re.match(r"^###\s", s):
                out.append(i)
                in_heading_entry = True
        elif s == "---":
            in_heading_entry = False
        elif is_table:
            # body row: not the header row (next line is delimiter) and not the delimiter row
            nxt = lines[i].strip() if i < len(lines) else ""
            is_delim = re.match(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", s) is not None
            is_header = re.match(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", nxt) is not None
            if not is_delim and not is_header:
                out.append(i)
        elif re.match(r"^\s*([-*+]|\d+[.)])\s+", line) or s.startswith("**"):
            if not in_heading_entry:
                out.append(i)
        prev_table_line = is_table
    return out

rng = random.Random(11531)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    cands = candidates(name, lines)
    picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, "candidates", len(cands), "picked", len(picked))
    for ln in picked:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
