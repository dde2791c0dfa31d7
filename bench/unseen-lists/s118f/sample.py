"""Sample 20 candidate entry lines per list with random.Random(11861) (one generator, files in sorted order)."""
import json, random, re, os, glob

D = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPER_LISTS = {"HaoquanZhang__Cvpr-2024-Scraper.README.md"}  # papers written as headings
CUT_LAST_LINE = {"friedrichor__Awesome-Multimodal-Papers.README.md"}  # partial file, last line cut mid-row

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    n = len(lines)
    if name in CUT_LAST_LINE:
        n -= 1
    for i in range(n):
        s = lines[i]
        st = s.strip()
        if st.startswith("```") or st.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if st.startswith("<!--"):
            if "-->" not in st:
                in_comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", s):
            out.append(i + 1)
        elif st.startswith("|"):
            # table body row: not the header row (followed by separator) and not the separator
            if re.match(r"^\|?\s*:?-{2,}", st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}", nxt):
                continue
            out.append(i + 1)
        elif st.startswith("**"):
            out.append(i + 1)
        elif name in HEADING_PAPER_LISTS and re.match(r"^#{2,6}\s", s):
            out.append(i + 1)
    return out

rng = random.Random(11861)
rows = []
for path in sorted(glob.glob(os.path.join(D, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    cand = candidates(name, lines)
    k = min(20, len(cand))
    picked = sorted(rng.sample(cand, k))
    print(name, "candidates", len(cand), "sampled", k)
    for ln in picked:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(D, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
