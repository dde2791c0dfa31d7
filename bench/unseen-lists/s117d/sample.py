"""s117d sampler: 20 candidate entries a list, random.Random(11741), one generator,
lists in sorted file-name order.

Candidates: list items (bullets / numbered), table body rows (not the header row, not the
delimiter row), and lines starting with bold. No list here writes its papers as headings, so
headings are never candidates. Fenced code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
DELIM = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"#{1,6}\s", s):
            continue
        if re.match(r"([-*+]|\d+[.)])\s+\S", s):
            out.append(i)
            continue
        if s.startswith("|"):
            if DELIM.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if DELIM.match(nxt):  # header row
                continue
            out.append(i)
            continue
        if s.startswith("**"):
            out.append(i)
    return out

def main():
    rng = random.Random(11741)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(name, len(cand), "candidates,", len(pick), "sampled")
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
