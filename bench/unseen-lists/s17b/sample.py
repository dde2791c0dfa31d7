"""Sample 20 candidate entry lines per list with random.Random(1702).
Candidates: list items (-, *, + bullets; numbered 'N.'), table body rows
(table lines that are neither the header row nor the separator row), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped."""
import random, re, sys, os, json

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "csarron__awesome-emdl.README.md",
    "MingSun-Tse__Efficient-Deep-Learning.README.md",
    "automl__awesome-transformer-search.README.md",
    "NexaAI__Awesome-LLMs-on-device.README.md",
]
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(text):
    lines = text.split('\n')
    out = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', l):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(1702)
    res = {}
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        c = candidates(text)
        pick = sorted(rng.sample(c, 20))
        res[name] = {"n_candidates": len(c), "lines": pick}
    json.dump(res, sys.stdout, indent=1)

if __name__ == '__main__':
    main()
