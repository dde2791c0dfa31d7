"""Sample 20 candidate entry lines per list with random.Random(13151).

Candidates: list items (bullets / numbered, any indentation), table body rows
(rows after a header + delimiter row), lines starting with bold.  Fenced code
and HTML comments are skipped.  No list here writes papers as headings.
The last line of a partial file (cut mid-row by the fetch) is not a candidate.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"24wenjie-li__Awesome-Face-Restoration.README.md"}
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
DELIM = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
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
        if in_table:
            if s.startswith("|") or (s and "|" in s):
                out.append(i)
                continue
            in_table = False
        if s.startswith("|") and i + 1 < len(lines) and DELIM.match(lines[i + 1]):
            in_table = True
            # header row is not a candidate; skip delimiter too
            continue
        if DELIM.match(line) and "|" in line:
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(13151)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        text = open(path, encoding="utf-8", newline="").read()
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        cand = candidates(lines)
        if name in PARTIAL and not text.endswith("\n"):
            cand = [c for c in cand if c != len(lines) - 1]
        k = min(20, len(cand))
        pick = sorted(rng.sample(cand, k))
        print(name, "candidates:", len(cand), "sampled:", k)
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
