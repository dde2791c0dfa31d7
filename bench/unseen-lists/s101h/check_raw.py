"""Check that every label's raw equals the list file's lines from its line on,
that every sampled line has a label, and that keys are exactly the required ones."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    if list(r) != KEYS:
        print('keys differ', r['list'], r['line']); bad += 1
    lines = cache.setdefault(r['list'], open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n'))
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
sampled = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(r['list'], r['line']) for r in labels}
if sampled != got:
    print('sample/label sets differ:', sorted(sampled ^ got)); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
