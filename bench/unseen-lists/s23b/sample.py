"""Sample 20 candidate entry lines per list with random.Random(2302) (a fresh generator per list).

Candidate lines: list items (bullets or numbered), table body rows (not the header row or the
|---| separator), and lines starting with bold (after leading whitespace). Lines inside fenced
code blocks and inside HTML comments (or starting one) are skipped.
Judgement call: in nus-cvml the indented authors line of a paper ("  - A, B, and C, _CVPR 2019_.")
is a continuation of the entry that starts on the title line above it, not an entry of its own,
so it is not a candidate (the sampled entry's raw still includes it).
Output: one line per sample: list<TAB>line number<TAB>text.
"""
import random, re, sys, glob, os

LISTS = [
    "yunlong10__Awesome-LLMs-for-Video-Understanding.README.md",
    "danieljf24__awesome-video-text-retrieval.README.md",
    "nus-cvml__awesome-temporal-action-segmentation.README.md",
    "xuyu0010__awesome-video-domain-adaptation.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
AUTHORS_CONT = re.compile(r"^\s+[-*] .+, _[^_]+_\.?\s*$")

def candidates(path):
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    lines = [l.rstrip("\r") for l in lines]
    out, fence, comment = [], False, False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in l:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if ITEM.match(l):
            if AUTHORS_CONT.match(l) and "nus-cvml" in path:
                continue
            out.append((i + 1, l))
        elif s.startswith("|"):
            if SEP.match(s.lstrip("|").strip()) or SEP.match(s):
                continue
            # header row: the next line is the separator
            nxt = lines[i + 1].rstrip("\r").strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and re.match(r"^\|?\s*:?-{3,}", nxt):
                continue
            out.append((i + 1, l))
        elif s.startswith("**"):
            out.append((i + 1, l))
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name in LISTS:
        cands = candidates(os.path.join(here, name))
        rng = random.Random(2302)
        picked = sorted(rng.sample(cands, 20))
        print(f"# {name}: {len(cands)} candidates", file=sys.stderr)
        for n, l in picked:
            print(f"{name}\t{n}\t{l}")
