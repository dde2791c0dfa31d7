"""Sample 20 entries a list with one random.Random(7521) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# lists that write papers as headings: heading level used for paper titles
PAPER_HEADINGS = {"carlosholivan__DeepLearningMusicGeneration.README.md": 4}

LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(path):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if not s:
            continue
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append(i)
            continue
        if LIST_RE.match(ln) or s.startswith("**") or s.startswith("__"):
            out.append(i)
            continue
        m = re.match(r"^(#+)\s", s)
        if m and PAPER_HEADINGS.get(name) == len(m.group(1)):
            out.append(i)
    return lines, out


def entry_start(lines, cands, i):
    # a drawn line is a candidate, i.e. the first line of its own entry
    # (continuation lines of multi-line entries are never candidates here)
    return i


def main():
    rng = random.Random(7521)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines, cands = candidates(path)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, cands, i)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        result[name] = {"candidates": len(cands), "drawn": sorted(x + 1 for x in held)}
        print(name, len(cands), "candidates")
        for x in sorted(held):
            print(f"  {x+1}: {lines[x][:150]}")
    json.dump(result, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
