"""Sample 20 candidate entry lines per list with random.Random(2102): a fresh RNG per list,
lists taken in sorted file-name order. Candidate lines: list items (bullets -, *, + and
numbered 1. / 1)), table body rows (rows after a |---| separator row), and lines whose
stripped text starts with bold (**). Fenced code blocks and HTML comments are skipped."""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(text):
    out, fence, comment, table = [], False, False, False
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if comment:
            comment = '-->' not in s
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            comment = '-->' not in s
            continue
        if s.startswith('|'):
            if SEP.match(s):
                table = True
            elif table:
                out.append(n)
            continue
        table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(n)
    return out


def main():
    res = {}
    for p in sorted(HERE.glob('*.README.md')):
        cand = candidates(p.read_text(encoding='utf-8'))
        rng = random.Random(2102)
        res[p.name] = {'candidates': len(cand), 'lines': sorted(rng.sample(cand, 20))}
    json.dump(res, sys.stdout, indent=1)


if __name__ == '__main__':
    main()
