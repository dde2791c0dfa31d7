"""Sample 20 candidate entry lines a list for s136g.

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold, and -- in hjiang13 (which writes papers as headings) -- headings.
Skipped: fenced code, HTML comments, table header/delimiter rows, and the
continuation lines of a paper-heading entry in hjiang13 (its bold authors line,
its link line and its DOI line belong to the entry that starts at the heading).
One generator random.Random(13201), lists in sorted file-name order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"hjiang13__awesome-edge-ai-optimization.README.md"}


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    skip = set()
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if i in skip:
            continue
        if name in HEADING_LISTS and re.match(r"#{1,6}\s", s):
            out.append(i)
            # paper heading: the following bold/link/DOI lines are part of it
            if re.match(r"#{1,6}\s+\*\*", s) and not re.match(r"#{1,6}\s+\*\*(Summary|Tags):", s):
                j = i + 1
                while j < len(lines) and (lines[j].startswith("**") or lines[j].startswith("🔗") or lines[j].startswith("DOI:")):
                    skip.add(j)
                    j += 1
            continue
        if s.startswith("|"):
            # table row: skip header (next line is delimiter) and delimiter rows
            if re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*", s) or re.fullmatch(r"[|:\- ]+", s):
                continue
            if i + 1 < len(lines) and re.fullmatch(r"[|:\- ]+", lines[i + 1].strip()) and "-" in lines[i + 1]:
                continue
            out.append(i)
            continue
        if re.match(r"([-*+]|\d+[.)])\s", s):
            out.append(i)
            continue
        if s.startswith("**"):
            out.append(i)
            continue
    return out


def main():
    rng = random.Random(13201)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w") as fo:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
            cands = candidates(f, lines)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            print(f, len(cands), "candidates")
            for i in pick:
                fo.write(json.dumps({"list": f, "line": i + 1, "text": lines[i]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
