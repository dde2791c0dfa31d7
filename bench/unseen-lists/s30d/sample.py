"""Sample 20 candidate entry lines per list with random.Random(3041).

Candidate lines: list items (bullets, numbered, and bracket-numbered "[N] " reference
lines, which mcgrady20150318's list uses instead of Markdown list markers), table body
rows (not the header row or the |---| separator), and lines starting with bold.
Fenced code and HTML comments are skipped.  In yangjunx21__Awesome-LLM-Calibration the
detail bullets nested under a bold-title bullet (authors / `venue` / [[Paper]] lines,
indented 6+ spaces) belong to that entry and are not candidates of their own.
"""
import json, random, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [
    "MengyuanChen21__Awesome-Evidential-Deep-Learning.README.md",
    "mcgrady20150318__BayesianNeuralNetwork.README.md",
    "masamasa59__uncertainty-paper.README.md",
    "yangjunx21__Awesome-LLM-Calibration.README.md",
]
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
REF_RE = re.compile(r"^\[\d+\]\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
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
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if name.startswith("yangjunx21") and re.match(r"^\s{6,}- ", line):
            continue
        if LIST_RE.match(line) or REF_RE.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3041)
    result = {}
    for name in FILES:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {"candidates": len(cands), "lines": picked}
        print(name, len(cands), picked)
    json.dump(result, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
