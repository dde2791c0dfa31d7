"""Sample 20 candidate entry lines per list with random.Random(9031).

Candidates (per the brief): list items (bullets, numbered), table body rows,
lines starting with bold; fenced code and HTML comments skipped.
Judgement call: two of the three lists (Madhavaprasath23, yyyujintang) write
their papers as plain paragraphs, not list items (yyyujintang has no list item
at all). By analogy with "headings when the list writes papers as headings",
for those two lists a paragraph line also counts: a non-blank line that is not
a heading, not HTML (`<...`), not a lone badge (`![`), not `&nbsp;`, and that
starts a paragraph (previous line blank, a heading, or a bold-only line).
"""
import json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
PARAGRAPH_LISTS = {
    "Madhavaprasath23__Awesome-Mamba-Papers-On-Medical-Domain.README.md",
    "yyyujintang__Awesome-Mamba-Papers.README.md",
}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(name, lines):
    out = []
    in_code = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code or not s:
            continue
        if LIST_RE.match(line):
            out.append(i)
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(s) or SEP_RE.match(nxt.strip()):
                continue  # separator or header row
            out.append(i)
            continue
        if s.startswith("**") or s.startswith("__"):
            out.append(i)
            continue
        if name in PARAGRAPH_LISTS:
            if s.startswith("#") or s.startswith("<") or s.startswith("![") or s.startswith("&nbsp;"):
                continue
            prev = lines[i - 1].strip() if i > 0 else ""
            prev_bold_only = prev.startswith("**") and prev.endswith("**")
            if not prev or prev.startswith("#") or prev_bold_only:
                out.append(i)
    return out


def main():
    rng = random.Random(9031)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cand = candidates(name, lines)
        pick = rng.sample(cand, min(20, len(cand)))
        print(name, "candidates:", len(cand), "sampled:", len(pick))
        for i in sorted(pick):
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
