"""Sample 20 candidate entries a list with random.Random(13291) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and headings
for the list that writes papers as headings (taishan1994). Fenced code and HTML comments are skipped.
Thematic breaks (`****`, `---`) are not candidates.
nikitadurasov__papers writes one paper as a group of consecutive `* ` bullets (title / authors / `venue` / tags)
under a `[status][paperN]` line: such a group is ONE candidate, starting at its first bullet.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"taishan1994__Awesome-Kernel-Generations.README.md"}
GROUPED_LISTS = {"nikitadurasov__papers.README.md"}

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")
HR = re.compile(r"^\s*([*_-]\s*){3,}$")
HEAD = re.compile(r"^#{1,6}\s+\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
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
        if HR.match(line):
            continue
        if s.startswith("|"):
            if TABLE_SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or BOLD.match(line):
            if name in GROUPED_LISTS and i > 0 and BULLET.match(lines[i - 1]) and lines[i - 1].startswith("* ") \
                    and line.startswith("* ") and re.match(r"^\[[^\]]*\]\[paper\d+\]\s*$", _group_head(lines, i)):
                continue  # continuation bullet of a grouped entry
            out.append(i + 1)
            continue
        if name in HEADING_LISTS and HEAD.match(line):
            out.append(i + 1)
    return out


def _group_head(lines, i):
    j = i
    while j > 0 and lines[j - 1].startswith("* "):
        j -= 1
    return lines[j - 1] if j > 0 else ""


def main():
    rng = random.Random(13291)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands), "picked:", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
