"""Check that every label's raw is exactly the file's text starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8', newline='').read().split('\n')
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        bad += 1; print('MISMATCH', n, o['list'], o['line'])
    keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    if list(o) != keys:
        bad += 1; print('KEYS', n, list(o))
print('checked, bad =', bad)
sys.exit(1 if bad else 0)
