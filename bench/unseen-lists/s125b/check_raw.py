"""Check every label's raw equals the README's lines from its line on, and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
cache = {}
bad = 0
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for d in labels:
    if list(d.keys()) != keys:
        print('KEYS', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
s = {(r['list'], r['line']) for r in sample}
l = {(d['list'], d['line']) for d in labels}
if s != l:
    print('SAMPLE/LABEL SET DIFF', s ^ l); bad += 1
print('labels:', len(labels), 'mismatches:', bad)
