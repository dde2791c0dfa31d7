"""Sample 20 candidate entry lines per list with random.Random(3205).

Candidates: list items (bullets -,*,+ or numbered), table body rows (rows after a
|---| separator until a blank line, with or without a leading pipe), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(text):
    out = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(text.split("\n"), 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            continue
        if SEP.match(line) and "-" in s:
            in_table = True
            continue
        if in_table:
            out.append(i)
            continue
        if ITEM.match(line) or s.startswith("**") and line.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(3205)
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        k = min(20, len(cands))
        pick = sorted(rng.sample(cands, k))
        result[name] = {"candidates": len(cands), "sample": pick}
        print(name, len(cands), pick)
    (HERE / "sample.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
