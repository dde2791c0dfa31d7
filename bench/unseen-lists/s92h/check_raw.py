"""Check every label's raw equals the list file's lines from its line on; also that titles occur in raw."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    lines = cache.setdefault(r['list'], open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n'))
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    if r['is_paper']:
        squash = lambda s: re.sub(r'\s+', ' ', s)
        t = r['title']
        if squash(t) not in squash(r['raw']).replace(' 🚀', ''):
            print('title not verbatim in raw (check):', r['list'], r['line'], t)
print(f'{bad} mismatches')
sys.exit(1 if bad else 0)
