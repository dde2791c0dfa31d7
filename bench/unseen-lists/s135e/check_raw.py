"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
bad = 0; n = 0
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    if list(d.keys()) != KEYS:
        print('keys', d['list'], d['line']); bad += 1
    lines = open(os.path.join(D, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line']-1:d['line']-1+k])
    if got != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'], repr(got), repr(d['raw']))
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
