"""Check that every label's raw equals the file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0; n = 0
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    assert list(d.keys()) == KEYS, d.keys()
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line']-1:d['line']-1+k]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
print(n, 'labels,', bad, 'mismatches')
