"""Sample 20 candidate entry lines per list with random.Random(2107) (a fresh RNG per list,
lists in sorted file-name order). Candidates: list items (bullets -,*,+ and numbered, any
indent), table body rows (rows after a |---| separator line), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Prints JSON: per list, candidate count and
the sampled 1-based line numbers with their text."""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob('*.README.md'))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(text):
    lines = text.splitlines()
    out, in_fence, in_comment, in_table = [], False, False, False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(raw) or s.startswith('**'):
            out.append(i)
    return out


def main():
    res = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding='utf-8')
        lines = text.splitlines()
        cand = candidates(text)
        rng = random.Random(2107)
        pick = sorted(rng.sample(cand, 20))
        res[name] = {'candidates': len(cand),
                     'lines': pick,
                     'text': {n: lines[n - 1] for n in pick}}
    json.dump(res, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
