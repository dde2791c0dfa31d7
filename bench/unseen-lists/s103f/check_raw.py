"""Check every label's raw equals the README's lines from its line on, and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for r in labels:
    if list(r.keys()) != keys:
        print('keys', r['list'], r['line']); bad += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line']-1:r['line']-1+n]) != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
lab = {(r['list'], r['line']) for r in labels}
if sample != lab:
    print('sample/label sets differ', sample ^ lab); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
