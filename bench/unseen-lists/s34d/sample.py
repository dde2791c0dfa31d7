"""Sample 20 candidate entries per list with random.Random(3404).

Candidates: list items (bullets -,*,+ and numbered), table body rows, and lines
starting with bold (**). Fenced code and HTML comments are skipped.  An indented
list item whose parent item is a top-level bullet that is not a table-of-contents
anchor link is a continuation line of that entry (zx-pan style: authors/venue
line, code line) and is not a separate candidate.
Run: python3 sample.py  (prints list, line, text)."""
import os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "zx-pan__Awesome-rPPG.README.md",
    "seven0813__Awesome-rPPG.README.md",
    "cbailes__awesome-ai-cardiology.README.md",
    "guxiao0822__Awesome-Biosignal-Foundation-Model.README.md",
]
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out, fence, comment = [], False, False
    parent_top = None  # text of last top-level list item
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        m = ITEM.match(line)
        if m:
            if m.group(1) == "":
                parent_top = line
                out.append(i)
            else:
                if parent_top is not None and re.match(r"^[-*+]\s+\[", parent_top) \
                        and "](#" not in parent_top:
                    continue  # continuation line of an entry
                out.append(i)
            continue
        if s.startswith("|"):
            if SEP.match(s.replace("|", "", 1)) or re.match(r"^\|[\s:|-]+\|?$", s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|[\s:|-]+\|?$", nxt):
                continue  # header row
            out.append(i)
            continue
        if s.startswith("**") and line.startswith("**"):
            out.append(i)
    return out


def main():
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        rng = random.Random(3404)
        pick = sorted(rng.sample(cand, 20))
        print(f"## {name}: {len(cand)} candidates")
        for i in pick:
            print(f"{name}\t{i + 1}\t{lines[i]}")


if __name__ == "__main__":
    main()
