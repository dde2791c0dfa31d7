"""Sample 20 candidate entry lines per list with random.Random(13707) (fresh RNG per list,
lists in SOURCES.tsv order). Candidates: list items (bullets -,*,+ or numbered N. / N)),
at any indentation; table body rows (not the header row, not the |---| separator);
lines starting with bold (**). Fenced code blocks and HTML comments are skipped."""
import random, re, sys, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i + 1)
        elif s.startswith('|') and not SEP_RE.match(s):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i + 1)
    return out

def main():
    picks = {}
    for row in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8'):
        if row.startswith('#') or not row.strip():
            continue
        repo = row.split('\t')[0]
        fname = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, fname), encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(13707)
        picks[fname] = sorted(rng.sample(cands, 20))
        print(fname, 'candidates', len(cands), 'sample', picks[fname], file=sys.stderr)
    json.dump(picks, sys.stdout, indent=1)

if __name__ == '__main__':
    main()
