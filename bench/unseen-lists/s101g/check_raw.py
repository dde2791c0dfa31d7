"""Check every label's raw equals the list file's lines from its line on, and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
bad = 0
for r in labels:
    if list(r) != KEYS: print('keys', r['list'], r['line']); bad += 1
    L = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(L[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
s1 = {(s['list'], s['line']) for s in sample}; s2 = {(r['list'], r['line']) for r in labels}
if s1 != s2: print('sample/label mismatch', s1 ^ s2); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
