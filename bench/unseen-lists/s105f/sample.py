"""Sample 20 candidate entry lines per list (all if fewer) with random.Random(10561).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold
(** or __), headings only when a list writes papers as headings (neither list here does).
Fenced code and HTML comments are skipped. Lists are taken in sorted file-name order
with one generator. Writes sample.jsonl (list, line, text).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out, fence, comment, prev_table = [], False, False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if TABLE.match(l):
            if prev_table and not SEP.match(l):
                # body row (header row is the first table line, separator skipped)
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(l) or BOLD.match(l):
            out.append(i)
    return out


def main():
    rng = random.Random(10561)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
