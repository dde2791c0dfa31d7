"""Sample 20 candidate entry lines a list with random.Random(11651), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and headings when the list writes papers as headings. Fenced code and HTML comments skipped.
Paper-as-heading lists (AIM-SE__PR4Rec: `#### Title`; luischary__charystudy: `### YEAR Title`):
the paper headings are the entry starts; the bullets under them (`* https://arxiv...`,
`- **date**`, `- url`) are continuation lines of the heading entry, not separate candidates,
and the category headings (`## ...`) are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {  # file -> heading level that carries papers
    "AIM-SE__PR4Rec.README.md": 4,
    "luischary__charystudy.README.md": 3,
}

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
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
        if name in HEADING_LISTS:
            m = re.match(r"^(#{1,6})\s", line)
            if m and len(m.group(1)) == HEADING_LISTS[name]:
                out.append(i)
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            out.append(i)
        elif s.startswith("|"):
            # table body row: not a header row (next line is separator) and not a separator
            if re.match(r"^\|[\s:|-]+\|?$", s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.match(r"^\|[\s:|-]+\|?$", nxt):
                continue
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out

rng = random.Random(11651)
rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, "candidates", len(cands), "sampled", len(pick))
    for ln in pick:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
