"""Check every label's raw equals the list file's lines from its line on; and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
files = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if list(d.keys()) != KEYS:
        print('keys', d['list'], d['line']); bad += 1
    if d['list'] not in files:
        files[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = files[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
have = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'sample', len(sample), 'missing', sorted(sample - have), 'extra', sorted(have - sample))
print('mismatches', bad)
