"""Sample 20 candidate entry lines per list with random.Random(9521) (one generator,
lists in sorted file-name order). Candidates: list items (bullets / numbered), table body
rows, lines starting with bold, and ATX headings in lists that write papers as headings
(here only ViTAE-Transformer__ViTAE-Transformer-Matting). Fenced code and HTML comments skipped."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"ViTAE-Transformer__ViTAE-Transformer-Matting.README.md"}
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
HEADING = re.compile(r"^#{1,6}\s+\S")
THEMATIC_BREAK = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def candidates(name, lines):
    out, in_fence, in_comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
        is_row = bool(TABLE_ROW.match(line))
        if is_row:
            # body rows only: skip header row (followed by separator) and separator
            if TABLE_SEP.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if TABLE_SEP.match(nxt):
                continue
            out.append(i)
            continue
        if THEMATIC_BREAK.match(line):
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif name in HEADING_LISTS and HEADING.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(9521)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
        print(name, "candidates:", len(cand), "sampled:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
