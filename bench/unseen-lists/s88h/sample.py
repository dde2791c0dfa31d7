"""Sample 20 candidate entry lines per list with random.Random(8881), lists in sorted file-name order.

Candidates: list items (bullets / numbered), table body rows (not header/separator), lines starting
with bold, and, for lists that write papers as headings (gtironi, rux001), headings at the paper
level (###). Bold field lines directly under a paper heading (**Authors:**, **Venue:** ...) are
continuations of that heading's entry, not entry starts, so they are not candidates.
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"gtironi__awesome-data-selection.README.md": 3,
                 "rux001__Awesome-Post-Training-Data-Selection.README.md": 3}

def candidates(name, lines):
    out, fence, comment = [], False, False
    in_table_hdr = False
    prev_heading = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence; continue
        if fence: continue
        if comment:
            if "-->" in s: comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: comment = True
            continue
        m = re.match(r"^(#{1,6})\s+", ln)
        if m:
            if name in HEADING_LISTS and len(m.group(1)) == HEADING_LISTS[name]:
                out.append(i)
            prev_heading = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", ln):
            out.append(i)
        elif s.startswith("|"):
            # header row is followed by separator; skip header and separator
            nxt = lines[i] if i < len(lines) else ""
            if re.match(r"^\s*\|?\s*:?-{2,}", nxt.strip()) or re.match(r"^\|?[\s:|-]+\|?$", s):
                pass
            else:
                out.append(i)
        elif s.startswith("**") and not (name in HEADING_LISTS and prev_heading):
            out.append(i)
        # bold field lines stay "under the heading" until a blank line
        if s == "":
            prev_heading = False
    return out

rng = random.Random(8881)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    c = candidates(name, lines)
    pick = sorted(rng.sample(c, min(20, len(c))))
    print(name, "candidates", len(c), "sampled", len(pick))
    for ln in pick:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
