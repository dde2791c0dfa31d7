#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(3081).

Candidates: list items (bullets -, *, + and numbered "1." / "1)" at any indent; also "1.**x**" with
no space after the number, which a reader takes for a numbered item), table body rows (lines starting
with "|" that are neither the header row nor the |---| separator), and lines starting with bold
(** or __). Lines inside fenced code blocks and inside HTML comments are skipped.
One Random(3081) is shared, lists are taken in sorted file-name order, rng.sample(candidates, 20).
Writes sample.json (list, line, text) and prints the picks.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]\s|\d+[.)](?:\s|\*\*))")
BOLD = re.compile(r"^\s*(?:\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if "-->" in line:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt.strip()):
                continue  # separator row or header row
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3081)
    picks = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        chosen = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(f"## {name}: {len(lines)} lines, {len(cands)} candidates")
        for n in chosen:
            print(f"{n}\t{lines[n-1]}")
            picks.append({"list": name, "line": n, "text": lines[n - 1]})
    json.dump(picks, open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
