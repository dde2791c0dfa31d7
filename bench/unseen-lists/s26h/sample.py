"""Sample 20 entries a list for s26h.

Candidate lines: list items (bullets, numbered), table body rows (rows after a
|---| separator) and lines starting with bold; fenced code and HTML comments
skipped. A candidate line that directly follows another candidate line with no
blank line and is not itself a list item or table row (e.g. nuster1128's
`**TLDR**:` line under a bold title line) is a continuation of that entry, so
candidates are collapsed to entry starts before sampling (each entry once).
A file saved as a prefix (first 16,000 characters) ends inside a line; an
entry touching that last, cut line is left out.
"""
import random, re, json, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "libo-huang__Awesome-Causal-Reinforcement-Learning.README.md",
    "nuster1128__Awesome-Causal-Papers.README.md",
    "rguo12__awesome-causality-algorithms.README.md",
    "Wangt-CN__Awesome-Causality-in-CV.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def entries(text):
    lines = text.split("\n")
    cut_last = not text.endswith("\n")
    n = len(lines) - (0 if cut_last else 1)
    in_code = in_comment = False
    in_table = False
    cand = {}  # line index -> kind
    for i in range(n):
        s = lines[i]
        st = s.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if st.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if st.startswith("<!--"):
            if "-->" not in st:
                in_comment = True
            continue
        if st.startswith("|"):
            if SEP.match(st):
                in_table = True
                continue
            if in_table:
                cand[i] = "row"
            continue
        in_table = False
        if ITEM.match(s):
            cand[i] = "item"
        elif st.startswith("**"):
            cand[i] = "bold"
    starts = []
    for i in sorted(cand):
        if cand[i] == "bold" and i - 1 in cand and lines[i - 1].strip():
            continue  # continuation of the entry above
        end = i
        while end + 1 in cand and cand[end + 1] == "bold" and lines[end + 1].strip():
            end += 1
        if cut_last and end >= len(lines) - 1:
            continue
        starts.append((i, end))
    return lines, starts


def main():
    rng = random.Random(2608)
    out = []
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines, starts = entries(text)
        pick = sorted(rng.sample(starts, 20))
        print(name, "entries", len(starts), file=sys.stderr)
        for a, b in pick:
            out.append({"list": name, "line": a + 1, "raw": "\n".join(lines[a:b + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
