"""Sample 20 entries a list with ONE random.Random(7731), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# lists that write papers as headings: heading level used for paper titles
PAPER_HEADING_LEVEL = {"Clayygou__Long-tailed-Learning.README.md": 4}

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
HEADING = re.compile(r"^(#{1,6})\s")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines, fname):
    out = []  # (1-based line, entry start line)
    in_fence = False
    in_comment = False
    prev_table = False
    hl = PAPER_HEADING_LEVEL.get(fname)
    entry_start = None
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            entry_start = None
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
        is_table = s.startswith("|")
        if is_table:
            # header row = first table row; separator rows skipped
            if not prev_table or TABLE_SEP.match(s):
                prev_table = True
                entry_start = None
                continue
            prev_table = True
            out.append((i, i)); entry_start = None
            continue
        prev_table = False
        m = HEADING.match(ln)
        if m:
            entry_start = None
            if hl and len(m.group(1)) == hl:
                out.append((i, i))
            continue
        if BULLET.match(ln) or s.startswith("**"):
            entry_start = i
            out.append((i, i))
            continue
        if not s:
            continue
        # a continuation line of a multi-line entry maps to the entry's first line;
        # continuation lines are not themselves candidates here
    return out


def main():
    rng = random.Random(7731)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        fname = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines, fname)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for line, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        result[fname] = {"candidates": len(cands), "entries": sorted(held)}
        print(fname, "candidates", len(cands), "drawn", sorted(held))
    json.dump(result, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
