"""Sample 20 candidate entry lines per list with random.Random(13001).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(a '|' row that is neither the header row nor the separator row), lines starting
with bold (**). No list here writes papers as headings, so headings are not candidates.
Fenced code blocks (also inside blockquotes, whose lines start with '>' and are never
candidates) and HTML comments are skipped. The last line of a partial file (cut
mid-row by the two-page limit) is left out.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"chris-page-gov__Awesome-Code-as-Agent-Harness-Papers.README.md",
           "liu673__Awesome-LLM4Security.README.md"}
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if os.path.basename(path) in PARTIAL:
        lines = lines[:-1]
    out, fence, comment = [], False, False
    for i, l in enumerate(lines):
        s = l.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("|"):
            if SEP.match(s.replace("|", "", 1) if s.startswith("|") else s) and set(s) <= set("|-: "):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and set(nxt) <= set("|-: ") and "-" in nxt:
                continue  # header row
            out.append((i + 1, l))
        elif ITEM.match(l) or s.startswith("**"):
            out.append((i + 1, l))
    return out


def main():
    rng = random.Random(13001)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for p in files:
            c = candidates(p)
            pick = sorted(rng.sample(c, min(20, len(c))))
            print(os.path.basename(p), "candidates:", len(c), "sampled:", len(pick))
            for n, l in pick:
                f.write(json.dumps({"list": os.path.basename(p), "line": n, "text": l},
                                   ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
