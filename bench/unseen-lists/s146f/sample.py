"""Sample 20 candidate entry lines a list with random.Random(13831), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered items), table body rows (not the header row
or the |---| separator), lines starting with bold, and headings in the list that writes papers as
headings (hekesai: level-5 `#####` headings, the level its numbered paper headings use).
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LISTS = {"hekesai__kesai-awesome-model-compressing.README.md": re.compile(r"^\s{0,3}#{5}\s")}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if re.match(r"^\s*(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            continue
        ok = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            ok = True
        elif s.startswith("|"):
            if re.match(r"^\|?[\s:|-]+\|?$", s) and "-" in s:
                ok = False  # separator
            else:
                nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
                is_header = bool(re.match(r"^\|?[\s:|-]+\|?$", nxt)) and "-" in nxt
                ok = not is_header
        elif s.startswith("**") or s.startswith("__"):
            ok = True
        elif name in PAPER_HEADING_LISTS and PAPER_HEADING_LISTS[name].match(line):
            ok = True
        if ok:
            out.append(i + 1)
    return out

def main():
    rng = random.Random(13831)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, "candidates:", len(cands), "sampled:", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
