"""Check every label's raw equals the list file's lines from its line on; also that each sampled line is labelled."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for o in labels:
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n]) != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
    keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    if list(o.keys()) != keys:
        bad += 1; print('KEYS', o['list'], o['line'])
sampled = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
got = {(o['list'], o['line']) for o in labels}
print('unlabelled samples:', sorted(sampled - got), 'extra labels:', sorted(got - sampled))
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
