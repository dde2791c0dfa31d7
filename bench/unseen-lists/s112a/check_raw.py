"""Check every label's raw equals the list file's lines from its line on, and that
the labelled lines are exactly the sampled lines."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
bad = 0
cache = {}
for o in labels:
    lines = cache.setdefault(o['list'], open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n'))
    n = o['raw'].count('\n') + 1
    want = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n])
    if want != o['raw']:
        bad += 1; print('MISMATCH', o['list'], o['line'])
keys = set(('title','arxiv_id','doi','url','venue','year','authors','code','summary','section','list','line','raw','is_paper'))
for o in labels:
    if set(o) != keys: bad += 1; print('KEYS', o['list'], o['line'])
ls = sorted((o['list'], o['line']) for o in labels); ss = sorted((o['list'], o['line']) for o in sample)
if ls != ss: bad += 1; print('sample/label line sets differ', set(ls) ^ set(ss))
print(len(labels), 'labels,', bad, 'mismatches')
