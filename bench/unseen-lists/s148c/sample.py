"""Sample 20 candidate entry lines per list for s148c (random.Random(13941), lists in sorted file-name order)."""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
# lists that write papers as headings: their headings (levels 2-3) are candidates too
HEADING_LISTS = {"guozihang__awesome-video-copy-localization.README.md"}

LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*(\*\*|__)\S")
HEAD_RE = re.compile(r"^(#{1,6})\s+\S")
FENCE_RE = re.compile(r"^\s*(```|~~~)")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_nonblank = None  # (kind, text)
    table_header_seen = False
    for i, line in enumerate(lines, 1):
        s = line.rstrip("\n")
        if in_fence:
            if FENCE_RE.match(s):
                in_fence = False
            prev_nonblank = ("other", s)
            continue
        if FENCE_RE.match(s):
            in_fence = True
            prev_nonblank = ("other", s)
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.lstrip().startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        kind = None
        if s.lstrip().startswith("|"):
            if SEP_RE.match(s):
                table_header_seen = True
            elif table_header_seen:
                kind = "table_row"
        else:
            table_header_seen = False if s.strip() == "" or not s.lstrip().startswith("|") else table_header_seen
        m = HEAD_RE.match(s)
        if m and name in HEADING_LISTS and len(m.group(1)) in (2, 3):
            kind = "heading"
        elif LIST_RE.match(s):
            kind = "list_item"
        elif BOLD_RE.match(s):
            # a bold title line right under a paper heading belongs to the heading's entry
            if name in HEADING_LISTS and prev_nonblank and prev_nonblank[0] == "heading":
                kind = None
            else:
                kind = "bold"
        if kind:
            out.append({"list": name, "line": i, "kind": kind, "text": s})
        if s.strip():
            prev_nonblank = (kind if kind == "heading" else ("h" if HEAD_RE.match(s) else "other"), s)
    return out


def main():
    rng = random.Random(13941)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = rng.sample(cands, k)
        picked.sort(key=lambda c: c["line"])
        print(name, "candidates:", len(cands), "sampled:", k)
        rows.extend(picked)
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
