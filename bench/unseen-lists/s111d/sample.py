"""Sample 20 candidate entry lines a list with random.Random(11141) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered; also inside blockquotes), table body rows (not header or
separator rows), lines starting with bold, and headings when the list writes papers as headings
(ingra14m: the `### N. Title` headings; its `**Authors**:`/`**Publication**:`/`**Note**:` lines are
fields of the heading entry, not entries of their own, so they are not candidates there).
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LISTS = {"ingra14m__Awesome-Inverse-Rendering.README.md"}
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
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
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        body = s
        while body.startswith(">"):
            body = body[1:].strip()
        if name in PAPER_HEADING_LISTS:
            if re.match(r"^###\s+\d+\.", body):
                out.append(i)
            elif re.match(r"^([-*+]|\d+[.)])\s+", body):
                out.append(i)
            continue
        if body.startswith("|"):
            if SEP.match(body):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif re.match(r"^([-*+]|\d+[.)])\s+", body):
            out.append(i)
        elif body.startswith("**") or body.startswith("__"):
            out.append(i)
    return out


def main():
    rng = random.Random(11141)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
