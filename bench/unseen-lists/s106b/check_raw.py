"""Check that every label's raw equals the README's lines from its line on, and that
labels match sample.jsonl (same list/line pairs)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
cache = {}
for d in labels:
    if list(d.keys()) != KEYS:
        print('keys differ', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
samp = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
lab = {(d['list'], d['line']) for d in labels}
if samp != lab:
    print('sample/label sets differ:', samp ^ lab); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
