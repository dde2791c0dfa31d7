import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
bad = 0; n = 0
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    if list(d.keys()) != keys: print('keys', d['list'], d['line']); bad += 1
    lines = open(os.path.join(D, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line']-1:d['line']-1+k]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
