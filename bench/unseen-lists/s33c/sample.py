"""Sample 20 candidate entry lines per list with random.Random(3303).

Candidates: list items (-, *, + bullets, numbered items, and lines starting with the
HTML entity '&bull;', which render as bullet items in wuuu110's list), table body rows
(not the header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.  A fresh Random(3303) is used per list.
"""
import json, random, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = [
    "wuuu110__NCO-solvers-for-VRP.README.md",
    "wuxingyu-ai__LLM4EC.README.md",
    "GMC-DRL__Awesome-MetaBBO.README.md",
    "FeiLiu36__LLM4Opt.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("&bull;") or s.startswith("**"):
            if ITEM.match(line) and not ITEM.sub("", line).strip():
                continue  # empty bullet like "+ "
            out.append(i + 1)
    return out


def main():
    res = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        rng = random.Random(3303)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        res[name] = {"n_candidates": len(cands), "lines": pick}
    json.dump(res, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
