"""Sample candidate entry lines from the saved READMEs (s137b).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the
header row nor the |---| separator), lines starting with bold, and -- only in
the list that writes papers as headings (zhanglbthu) -- the level-3 headings
that carry the papers. Fenced code and HTML comments are skipped.
Judgement call: the `**Authors**: ...` lines under a paper heading are the
second line of that heading's entry, not entries of their own, so they are
not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"zhanglbthu__awesome-human-motion-generation.README.md"}
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]\s+|\d+[.)]\s+)")


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
        if not s:
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
            continue
        if ITEM.match(line):
            out.append(i)
            continue
        if s.startswith("**"):
            if name in HEADING_LISTS and s.startswith("**Authors**"):
                continue
            out.append(i)
            continue
        if name in HEADING_LISTS and re.match(r"^###\s", s):
            out.append(i)
    return out


def main():
    rng = random.Random(13161)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f"{name}: {len(cands)} candidates, sampled {k}")
        for i in picked:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
