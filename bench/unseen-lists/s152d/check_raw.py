"""Check that every label's raw equals the list file's lines from its line on,
and (sanity) that title, arXiv id, url and code of each label occur in its raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if want != r['raw']:
        bad += 1
        print('MISMATCH', n, r['list'], r['line'])
    for f in ('title', 'arxiv_id', 'url', 'code'):
        if r[f] and r[f] not in r['raw']:
            print('note: %s not verbatim in raw' % f, r['list'], r['line'], r[f][:60])
print('labels', n, 'mismatches', bad)
sys.exit(1 if bad else 0)
