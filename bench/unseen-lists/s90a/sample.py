"""Sample 20 candidate entry lines a list with random.Random(9011).

Candidates: list items (bullets, numbered; nested too), table body rows
(lines starting with '|' that are neither a header row nor a delimiter row),
lines starting with bold (** or __). Fenced code and HTML comments are skipped.
Judgement call: lyxok1 writes its papers as plain paragraphs (one paragraph a
paper, no bullet), so for that list every plain-text paragraph line (not a
heading, table, list item, bold line, or HTML tag line) is also a candidate,
the same way the brief admits headings when a list writes papers as headings.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
PARAGRAPH_LISTS = {"lyxok1__Video-Object-Segmentation-Survey.README.md"}
N = 20

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
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
        if not s:
            continue
        if re.match(r"^[-*+]\s+\S", s) or re.match(r"^\d+[.)]\s+\S", s):
            out.append(i)
            continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", s):
                continue  # delimiter row
            if re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", nxt):
                continue  # header row
            out.append(i)
            continue
        if re.fullmatch(r"([-*_])( *\1){2,} *", s):
            continue  # thematic break such as ___ (not bold)
        if s.startswith("**") or s.startswith("__"):
            out.append(i)
            continue
        if name in PARAGRAPH_LISTS:
            if s.startswith("#") or s.startswith("<"):
                continue
            prev = lines[i - 1].strip() if i > 0 else ""
            if prev == "":  # first line of a paragraph
                out.append(i)
    return out

rng = random.Random(9011)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(N, len(cands))))
    print(name, "candidates", len(cands), "picked", len(pick))
    for i in pick:
        rows.append({"list": name, "line": i + 1, "text": lines[i]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
