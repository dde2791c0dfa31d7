"""Check that every label's raw equals the file's lines from its line on, and that the
labelled entries are exactly the sampled ones."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if l.strip()]
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
cache = {}
for lab in labels:
    if list(lab) != KEYS:
        print('keys', lab['list'], lab['line'], list(lab)); bad += 1
    lines = cache.setdefault(lab['list'], open(os.path.join(D, lab['list']), encoding='utf-8', newline='').read().split('\n'))
    n = lab['raw'].count('\n') + 1
    if '\n'.join(lines[lab['line']-1:lab['line']-1+n]) != lab['raw']:
        print('MISMATCH', lab['list'], lab['line']); bad += 1
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(D, 'sample.jsonl'), encoding='utf-8'))}
got = {(l['list'], l['line']) for l in labels}
if sample != got:
    print('sample/labels differ:', sorted(sample ^ got)); bad += 1
print(f'{len(labels)} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
