"""Sample 20 candidate entry lines per list (random.Random(12971), one generator,
lists in sorted file-name order) and write sample.jsonl.

Candidates: list items (bullets / numbered, also inside blockquotes), table body
rows, lines starting with bold, and -- in a list that writes papers as headings --
headings.  Fenced code and HTML comments are skipped.
Judgement call: in the papers-as-headings list (Nikasa1889) the bullets under each
heading are that entry's study notes (part of the heading's block, like nested
detail bullets), so there only headings are candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"Nikasa1889__awesome-deep-learning-theory.README.md"}
N = 20

LIST_RE = re.compile(r'^\s*(?:>\s*)*\s*(?:[-*+]|\d+[.)])\s+\S')
HEAD_RE = re.compile(r'^ {0,3}#{1,6}\s')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # tables: header row, separator, body rows
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if name in PAPERS_AS_HEADINGS:
            if HEAD_RE.match(line):
                out.append(i)
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(12971)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for name in names:
            with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
                lines = f.read().split('\n')
            cands = candidates(name, lines)
            pick = sorted(cands) if len(cands) <= N else sorted(rng.sample(cands, N))
            print(name, 'candidates', len(cands), 'sampled', len(pick))
            for ln in pick:
                fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]},
                                    ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
