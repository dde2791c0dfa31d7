"""Sample 20 candidate entries a list with random.Random(12321) (one generator, lists in sorted file-name order).

Candidate lines: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold (**),
and (judgement call, see FINDINGS.md) standalone paragraph entries that start with a status emoji and a link
(the Yingfei-Wu list writes every paper as `❌[ABBR Venue'Year](url)` on its own paragraph line).
Skipped: fenced code, HTML comments, table header/separator rows, and the cut last line of a partial file.
An indented sub-bullet that only carries the parent's venue/links (`  - *Venue Year* [[paper]](...)`)
is a continuation of the entry above, not a candidate of its own; it is joined into that entry's raw.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
EMOJI_ENTRY = re.compile(r'^(?:✅|❌|🚧)\[')
CONT = re.compile(r'^\s+[-*+]\s+\*[^*]')  # indented bullet beginning with an italic venue


def candidates(lines, partial):
    out = []
    in_fence = in_comment = False
    n = len(lines)
    last = n - 1 if partial else n
    for i in range(last):
        s = lines[i]
        st = s.strip()
        if st.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if st.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        start = None
        if st.startswith('|'):
            if SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            start = i
        elif BULLET.match(s):
            if CONT.match(s) and i > 0 and BULLET.match(lines[i - 1]) and \
                    len(BULLET.match(lines[i - 1]).group(1)) < len(BULLET.match(s).group(1)):
                continue  # continuation of the entry above
            start = i
        elif st.startswith('**') or EMOJI_ENTRY.match(s):
            start = i
        if start is None:
            continue
        j = i + 1
        while j < last and CONT.match(lines[j]) and BULLET.match(lines[i]):
            j += 1
        out.append((i + 1, '\n'.join(lines[i:j])))
    return out


def main():
    partial = set()
    for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8'):
        if l.startswith('#'):
            continue
        f = l.rstrip('\n').split('\t')
        if len(f) > 3 and 'partial' in f[3]:
            partial.add(f[0].replace('/', '__') + '.README.md')
    rng = random.Random(12321)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
            lines = text.split('\n')
            if text.endswith('\n'):
                lines = lines[:-1]
            c = candidates(lines, f in partial)
            pick = c if len(c) <= 20 else rng.sample(c, 20)
            pick.sort()
            print(f, 'candidates', len(c), 'sampled', len(pick))
            for ln, raw in pick:
                fo.write(json.dumps({'list': f, 'line': ln, 'raw': raw}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
