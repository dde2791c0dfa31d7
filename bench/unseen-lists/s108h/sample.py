"""Sample 20 candidate entries per list with random.Random(10881); writes sample.jsonl.

Candidates: list items (bullets, numbered incl. `1)`), table body rows, lines starting with bold,
and, in the list that writes papers as headings (lcybuzz), the `###` paper headings.
Skipped: fenced code, HTML comments, and (heading-list only) every line inside a paper-heading
section other than the heading itself (its **[Field]** lines and numbered study notes belong to it).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"lcybuzz__Personal-Instance-Segmentation-Paper-Record.README.md"}
item_re = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
bold_re = re.compile(r"^\s*\*\*")
sep_re = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    fence = False
    comment = False
    in_table = False
    in_paper = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if fence:
            if s.startswith("```"):
                fence = False
            continue
        if s.startswith("```"):
            fence = True
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"^#{1,6}\s", s):
            in_table = False
            if name in HEADING_LISTS:
                in_paper = s.startswith("### ")
                if in_paper:
                    out.append(i)
            continue
        if in_paper:
            continue
        if sep_re.match(s) and "-" in s:
            in_table = True
            continue
        if in_table:
            if "|" in s:
                out.append(i)
                continue
            in_table = False
        if item_re.match(ln) or bold_re.match(ln):
            out.append(i)
    return out


def main():
    rng = random.Random(10881)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates", len(cand), "sampled", len(pick))
        for n in pick:
            rows.append({"list": name, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
