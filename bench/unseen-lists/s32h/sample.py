"""Sample 20 candidate entry lines per list with random.Random(3208).

Candidates: list items (-, *, + bullets; numbered items), table body rows
(pipe rows that are neither the header row nor the --- separator row), and
lines starting with bold (**...). Fenced code blocks and HTML comments are skipped.
"""
import random, re, json, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "yyysjz1997__Awesome-AudioVision-Multimodal.README.md",
    "SoberDanz__Awesome-Talking-Face-Generation.README.md",
    "aita-lab__awesome-multimodal-fusion-emotion-recognition.README.md",
    "ddlBoJack__Awesome-Speech-Pretraining.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

def candidates(lines):
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
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if re.match(r"^\s*[-*+]\s+\S", line) or re.match(r"^\s*\d+[.)]\s+\S", line):
            out.append(i)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt) and nxt:
                continue  # header row
            out.append(i)
        elif re.match(r"^\s{0,3}\*\*\S", line):
            out.append(i)
    return out

if __name__ == "__main__":
    rng = random.Random(3208)
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        cands = candidates(lines)
        picks = sorted(rng.sample(cands, 20))
        print(f"## {name}: {len(cands)} candidates")
        for i in picks:
            print(json.dumps({"list": name, "line": i + 1, "text": lines[i]}, ensure_ascii=False))
