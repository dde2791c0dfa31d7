"""Sample 20 candidate entry lines a list for s149c (random.Random(14011), one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table body rows
(not the header row or the |---| separator), lines starting with bold, and headings in the list
that writes its papers as headings (DachuanZhao). Fenced code and HTML comments are skipped.
Files are read in text mode (universal newlines: the leoncuhk file has CRLF line ends)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"DachuanZhao__rec_serach_paper.README.md"}
rng = random.Random(14011)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
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
        if not s:
            continue
        if re.match(r"^([-*+]|\d+[.)])\s+\S", s):
            cands.append(i + 1)
        elif s.startswith("|"):
            if re.match(r"^\|?\s*:?-{2,}", s):
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}", nxt):
                continue  # header row
            cands.append(i + 1)
        elif s.startswith("**"):
            cands.append(i + 1)
        elif name in HEADING_LISTS and re.match(r"^#{1,6}\s", s):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, len(cands), "candidates,", k, "sampled")
    for ln in picked:
        out.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
