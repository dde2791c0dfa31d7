"""Sample 20 candidate entries per list (all if fewer) with random.Random(13161).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the header
row, not the |---| separator), lines starting with bold (**). Fenced code blocks and
HTML comments are skipped. No list here writes papers as headings, so headings are not
candidates. Lists are visited in sorted file-name order with one generator.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
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
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(13161)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines)
        pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(f, 'candidates', len(cands), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
