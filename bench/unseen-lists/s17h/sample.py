"""Sample 20 candidate entry lines per list with random.Random(1708).

Candidates: list items (bullets -, *, + and numbered items), table body rows
(not the header row nor the |---| separator), and lines starting with bold.
Lines inside fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```'):
            # a line that opens and closes a fence on itself is not a fence
            if not (len(s) > 3 and s.endswith('```') and s.count('```') >= 2):
                in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^([-*+]|\d+[.)])\s+', s):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


def main():
    rng = random.Random(1708)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20))
        result[name] = [(i + 1, lines[i]) for i in pick]
        print(name, len(lines), 'lines', len(cand), 'candidates')
        for ln, text in result[name]:
            print('  %4d  %s' % (ln, text[:160]))
    json.dump(result, open('/tmp/s17h-work/sample.json', 'w'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
