"""Sample candidate entry lines from the saved lists (s93d).
Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
(no list here writes papers as headings). Fenced code and HTML comments are skipped.
Lines cut off by the fetch (the last line of the two partial files) are not candidates."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
TRUNCATED = {  # last line of a partial fetch, cut mid-entry by the tool, not by the maintainer
    "anotherleo__anotherleo.github.io.README.md": 58,
    "mforets__escritoire.README.md": 24,
}
rng = random.Random(9341)
out = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    cands, fence, comment = [], False, False
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
        if i == TRUNCATED.get(name): continue
        is_item = re.match(r"^\s*([-*+]|\d+[.)])(\s|$)", ln)
        is_row = s.startswith("|") and not re.match(r"^\|[\s:|-]+\|?$", s)
        is_bold = s.startswith("**") or s.startswith("__")
        if is_item or is_row or is_bold:
            cands.append(i)
    # drop table header rows (the row right before a separator row)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    for i in picked:
        out.append({"list": name, "line": i, "text": lines[i - 1]})
    print(name, "candidates", len(cands), "sampled", len(picked))
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
