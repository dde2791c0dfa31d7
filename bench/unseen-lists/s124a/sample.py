"""Sample 20 candidate entry lines per list with random.Random(12391).

Candidate lines: list items (bullets, numbered), table body rows (a line starting
with '|' that is neither a separator row nor a header row, i.e. not directly
followed by a separator row), lines starting with bold. Fenced code and HTML
comments are skipped. Judgement call: HongxinXiang's list writes every paper as a
plain paragraph line ("[**GVAE**] Title (*Venue* year) [[Paper](..)] ..."), so for
that file every non-blank paragraph line (not a heading, not a '---' rule, not an
HTML tag line) is a candidate as well.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARAGRAPH_LISTS = {"HongxinXiang__awesome-ai-bioinformatics.README.md"}

SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


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
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(line):
            out.append(i + 1)
            continue
        if s.startswith("**"):
            out.append(i + 1)
            continue
        if name in PARAGRAPH_LISTS:
            if s.startswith("#") or re.match(r"^(-{3,}|\*{3,}|_{3,})$", s) or s.startswith("<"):
                continue
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12391)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, "candidates:", len(cands), "sampled:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
