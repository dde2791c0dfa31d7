"""Sample 20 candidate entry lines per list with random.Random(1508).

Candidates: list items (bullets '-', '*', '+', numbered 'N.' / 'N)'), table body rows
(lines starting with '|' that are neither the header row nor the --- separator row),
and lines starting with bold ('**' or '__'). Fenced code blocks and HTML comments skipped.
"""
import random, re, sys, json, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = [
    "Robin-WZQ__Awesome-Backdoor-on-LMMs.README.md",
    "zihao-ai__Awesome-Backdoor-in-Deep-Learning.README.md",
    "Daisy-Zhang__Awesome-Deepfakes-Detection.README.md",
    "junchaoIU__LLM-generated-Text-Detection.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")

def candidates(text):
    lines = text.split("\n")
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if ITEM.match(line) or s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            # header row = the row directly followed by a separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue
            out.append(i + 1)
    return out

def main():
    rng = random.Random(1508)
    res = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cand = candidates(text)
        pick = sorted(rng.sample(cand, 20))
        res[name] = {"candidates": len(cand), "lines": pick}
    print(json.dumps(res, indent=1))

if __name__ == "__main__":
    main()
