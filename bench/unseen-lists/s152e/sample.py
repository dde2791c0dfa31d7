"""Sample 20 candidate entry lines per list with random.Random(14241).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), lines starting with bold, and headings in lists that write
papers as headings (sagr4019__ResearchProject: its ### headings).  Fenced code
and HTML comments are skipped.  Lists are taken in sorted file-name order with
one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"sagr4019__ResearchProject.README.md"}
N = 20


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i + 1)
        elif s.startswith("|"):
            # table body rows only: skip separator rows and header rows
            if re.match(r"^\|?\s*:?-{3,}", s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                continue  # header row
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
        elif name in PAPERS_AS_HEADINGS and re.match(r"^#{2,6}\s", s):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(14241)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for name in files:
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                lines = fh.read().split("\n")
            cands = candidates(name, lines)
            pick = sorted(rng.sample(cands, N)) if len(cands) > N else cands
            print(name, len(cands), "candidates,", len(pick), "sampled")
            for ln in pick:
                f.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
