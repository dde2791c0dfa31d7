"""Check every label's raw equals the README's lines from its line on; also that titles/ids/links occur in raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    x = json.loads(l)
    lines = cache.setdefault(x['list'], open(os.path.join(HERE, x['list']), encoding='utf-8').read().split('\n'))
    k = x['raw'].count('\n') + 1
    want = '\n'.join(lines[x['line'] - 1:x['line'] - 1 + k])
    if want != x['raw']:
        bad += 1
        print('RAW MISMATCH', x['list'], x['line'])
    for key in ('title', 'arxiv_id', 'url', 'code'):
        if x[key] and x[key] not in x['raw']:
            print('note: %s not verbatim in raw: %s line %d: %r' % (key, x['list'], x['line'], x[key]))
print('labels checked, raw mismatches:', bad)
sys.exit(1 if bad else 0)
