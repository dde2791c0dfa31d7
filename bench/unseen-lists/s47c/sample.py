"""Sample up to 20 entries per list for s47c with ONE random.Random(4731).

Lists are taken in sorted file-name order (*.README.md in this folder).
Candidate lines: list items (bullets -, *, + and numbered "1." / "1)"),
table body rows (not the header row above a |---| separator, not the
separator itself), and lines whose first non-blank characters are "**"
(bold).  None of the three lists writes papers as headings, so no heading
lines are candidates.  Fenced code blocks (``` / ~~~) and HTML comments are
skipped.

Each drawn line is mapped to the start of the entry it belongs to:
  * a line that is not itself an item (a wrapped title, a link whose "]("
    falls on the next line) belongs to the item above it;
  * a nested list item that carries no link at all is a note on its parent
    item (YanjieZe "Learning to Grasp Anything" has such a note) and belongs
    to the parent; nested items with their own link (sub-platforms in the
    quadruped list, table-of-contents sub-entries) are entries of their own.
An entry runs from its start line up to the next blank line, heading, HTML
tag line, or next item that is an entry of its own.

For each list the candidates are shuffled with the shared generator and
walked until 20 distinct entries are held.  Output: sample.jsonl, one JSON
object per entry (list, line, raw, n_candidates), sorted by list then line.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
HEAD = re.compile(r"^\s{0,3}#{1,6}\s")
PER_LIST = 20
SEED = 4731


def scan(lines):
    """Return (candidate line numbers, kinds) with kinds[i] for every line."""
    kinds = {}
    cands = []
    in_fence = in_comment = False
    for i, raw in enumerate(lines):
        n = i + 1
        s = raw.strip()
        if in_comment:
            kinds[n] = "skip"
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            kinds[n] = "skip"
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            kinds[n] = "skip"
            in_fence = not in_fence
            continue
        if in_fence:
            kinds[n] = "skip"
            continue
        if not s:
            kinds[n] = "blank"
        elif HEAD.match(raw) or s.startswith("<"):
            kinds[n] = "break"
        elif s.startswith("|"):
            if SEP.match(s):
                kinds[n] = "break"
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                kinds[n] = "break"
                continue
            kinds[n] = "item"
            cands.append(n)
        elif ITEM.match(raw):
            indent = len(ITEM.match(raw).group(1))
            if indent > 0 and "](" not in raw and "http" not in raw:
                kinds[n] = "note"  # nested note on the parent item
            else:
                kinds[n] = "item"
            cands.append(n)
        elif s.startswith("**"):
            kinds[n] = "item"
            cands.append(n)
        else:
            kinds[n] = "text"
    return cands, kinds


def entry_start(n, kinds):
    k = n
    while k > 1 and kinds.get(k) in ("text", "note"):
        if kinds.get(k - 1) in ("item", "text", "note"):
            k -= 1
        else:
            break
    return k if kinds.get(k) == "item" else n


def entry_end(start, kinds, total):
    k = start
    while k + 1 <= total and kinds.get(k + 1) in ("text", "note"):
        k += 1
    return k


def main():
    rng = random.Random(SEED)
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    out = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands, kinds = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(n, kinds)
            if s not in held:
                held.append(s)
            if len(held) == PER_LIST:
                break
        for s in sorted(held):
            e = entry_end(s, kinds, len(lines))
            out.append({"list": name, "line": s, "raw": "\n".join(lines[s - 1:e]),
                        "n_candidates": len(cands)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for o in out:
        print(o["list"], o["line"], o["raw"][:150].replace("\n", "⏎"))


if __name__ == "__main__":
    main()
