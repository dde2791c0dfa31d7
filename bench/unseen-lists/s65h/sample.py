"""Sample 20 entries a list for s65h with ONE random.Random(6581), lists in sorted file-name order.

Candidate lines: list items (bullets `- * +`, numbered `1.`), Markdown table body rows (not the
header row above a separator, not separator rows), lines starting with bold, and no heading lines
(none of the three lists writes papers as headings). Fenced code and HTML comments are skipped.
A drawn line maps to the start of its entry: a non-blank line right after a list item that is not
itself an item, heading, table row or bold line is a continuation of that item (none occur in
these three files). Writes sample.json (list, line, raw) and prints counts.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)\S")


def skipped(lines):
    skip, code, com = set(), False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if com:
            skip.add(i)
            if "-->" in s:
                com = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip.add(i); code = not code; continue
        if code:
            skip.add(i); continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                com = True
    return skip


def scan(lines):
    skip = skipped(lines)
    cands, kind = [], {}
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        s = ln.strip()
        if not s:
            continue
        if ITEM.match(ln):
            cands.append(i); kind[i] = "item"
        elif s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue
            cands.append(i); kind[i] = "row"
        elif BOLD.match(ln):
            cands.append(i); kind[i] = "bold"
    start_of = {i: i for i in cands}
    ends = {}
    for i in cands:
        j = i + 1
        if kind[i] == "item":
            while j < len(lines) and j not in skip:
                t = lines[j].strip()
                if not t or ITEM.match(lines[j]) or t.startswith("#") or t.startswith("|") \
                        or BOLD.match(lines[j]):
                    break
                start_of[j] = i
                j += 1
        ends[i] = j
    return cands, kind, start_of, ends


def main():
    rng = random.Random(6581)
    out, stats = [], {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", newline="").read().split("\n")
        cands, kind, start_of, ends = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = start_of.get(i, i)
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        stats[name] = (len(cands), {k: sum(1 for c in cands if kind[c] == k) for k in ("item", "row", "bold")})
        for st in sorted(held):
            out.append({"list": name, "line": st + 1, "raw": "\n".join(lines[st:ends[st]])})
    json.dump(out, open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for k, v in stats.items():
        print(k, "candidates:", v)
    print("sampled:", len(out))


if __name__ == "__main__":
    main()
