"""Sample 20 candidate entries a list with random.Random(11411) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered),
table body rows, lines starting with bold, and headings where the list writes
papers as headings; fenced code and HTML comments are skipped.

An entry's raw = its start line plus its continuation lines: following
non-blank lines that are not themselves a new top-level entry start
(indented sub-bullets, a bold title line wrapped onto the next line).
Nested bullets under a paper heading belong to that heading's entry and are
not candidates of their own; a bold line that continues a list item (no blank
line between) belongs to that item and is not a candidate of its own."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"yoonholee__reinforcement-learning-papers.README.md"}  # papers are ### headings

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
HEAD = re.compile(r"^(#{1,6})\s")


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for ln in lines:
        s = ln.strip()
        m = False
        if fence:
            m = True
            if s.startswith("```") or s.startswith("~~~"):
                fence = False
        elif comment:
            m = True
            if "-->" in ln:
                comment = False
        elif s.startswith("```") or s.startswith("~~~"):
            m, fence = True, True
        elif "<!--" in ln:
            m = True
            if "-->" not in ln[ln.index("<!--"):]:
                comment = True
        out.append(m)
    return out


def candidates(name, lines):
    mask = masked(lines)
    cands = []
    in_heading_entry = False
    prev_item = False  # previous non-blank line belongs to a list item
    for i, ln in enumerate(lines):
        if mask[i]:
            prev_item = False
            continue
        s = ln.strip()
        if not s:
            prev_item = False
            continue
        hm = HEAD.match(ln)
        if hm:
            in_heading_entry = False
            prev_item = False
            if name in HEADING_LISTS and len(hm.group(1)) == 3:
                cands.append(i)
                in_heading_entry = True
            continue
        if BULLET.match(ln):
            if in_heading_entry and ln[:1] in (" ", "\t"):
                continue  # sub-bullet of a heading entry
            in_heading_entry = False
            cands.append(i)
            prev_item = True
            continue
        if s.startswith("|"):
            in_heading_entry = False
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", s):
                continue  # separator row
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                continue  # header row
            cands.append(i)
            continue
        if s.startswith("**"):
            if prev_item:
                continue  # wrapped continuation of the item above
            cands.append(i)
            continue
        if not in_heading_entry:
            prev_item = prev_item and True
    return cands


def entry_raw(name, lines, i, candset):
    out = [lines[i]]
    heading = bool(HEAD.match(lines[i]))
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if not ln.strip():
            break
        if HEAD.match(ln) or j in candset:
            break
        if lines[i].lstrip().startswith("|"):
            break
        out.append(ln)
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(11411)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        candset = set(cands)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, "candidates:", len(cands), "picked:", len(pick))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "raw": entry_raw(name, lines, i, candset)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
