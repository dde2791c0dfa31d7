"""Sample 20 candidate entry lines per list with random.Random(12211).

Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets -, *, + or numbered 1. / 1)), at any indent;
  * table body rows (| ... | lines after a header separator);
  * lines starting with bold (** or __);
  * papers-as-headings: in FranxYao (papers written as '#### Title, Venue' headings) the
    '####' headings are candidates, and the bullets inside a '####' block (authors line,
    study notes) are part of that heading's entry, so they are not candidates of their own;
  * paragraph entries: a line that starts with a Markdown link '[' right after a blank line,
    a '___' rule or a heading (andrewt3000/DL4NLP writes every paper this way; it has no
    bullets at all).
Writes sample.jsonl: {"list", "line", "text"} in file-name order, then line order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPERS = {"FranxYao__Deep-Generative-Models-for-Natural-Language-Processing.README.md"}

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(?:\*\*|__)(?![*_\s]*$)\S")  # not a '___' / '***' rule
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    in_h4 = False
    prev = ""
    for i, line in enumerate(lines, 1):
        s = line.rstrip("\n")
        if re.match(r"^\s*(```|~~~)", s):
            in_fence = not in_fence
            prev = s
            continue
        if in_fence:
            prev = s
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            prev = s
            continue
        if s.lstrip().startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            prev = s
            continue
        h = HEADING.match(s)
        if h:
            in_table = False
            in_h4 = len(h.group(1)) == 4
            if name in HEADING_PAPERS and len(h.group(1)) == 4:
                out.append(i)
            prev = s
            continue
        if TABLE.match(s):
            if SEP.match(s):
                in_table = True
            elif in_table:
                out.append(i)
            prev = s
            continue
        in_table = False
        if ITEM.match(s) or BOLD.match(s):
            if not (name in HEADING_PAPERS and in_h4):
                out.append(i)
        elif s.startswith("[") and (prev.strip() == "" or prev.strip() == "___" or HEADING.match(prev)):
            out.append(i)
        prev = s
    return out


def main():
    rng = random.Random(12211)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates:", len(cand), "picked:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
