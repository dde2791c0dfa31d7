"""Sample 20 candidate entry lines per list with random.Random(12011).

Candidates: list items (bullets -,*,+ and numbered), table body rows (after a |---| separator),
lines starting with bold. Skipped: fenced code, HTML comments, the truncated last line of a
partial (two-page) file, and indented detail sub-bullets (authors / Keyword / ExpEnv lines) that
belong to a parent paper bullet (`- [title](url)`) in the same block: they are part of that entry.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"knightnemo__Awesome-World-Models.README.md", "tsinghua-fib-lab__World-Model.README.md"}
BULLET = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
PAPER_PARENT = re.compile(r"^[-*+]\s+\[[^\]]+\]\((?!#)")


def candidates(lines, partial):
    out = []
    in_code = in_comment = in_table = False
    parent_is_paper = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if partial and i == n - 1:
            continue
        if not s:
            in_table = False
            parent_is_paper = False
            continue
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        m = BULLET.match(line)
        if m:
            indent = len(m.group(1))
            if indent == 0:
                parent_is_paper = bool(PAPER_PARENT.match(line))
                out.append(i + 1)
            elif parent_is_paper:
                continue  # detail line of the paper entry above
            else:
                out.append(i + 1)
            continue
        if s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12011)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fo:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
            c = candidates(lines, f in PARTIAL)
            pick = sorted(rng.sample(c, min(20, len(c))))
            print(f, "candidates:", len(c), "sampled:", len(pick))
            for ln in pick:
                fo.write(json.dumps({"list": f, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
