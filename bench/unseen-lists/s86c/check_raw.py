"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(ln); n += 1
    if list(o) != keys:
        print('bad keys', o['list'], o['line']); bad += 1
    f = o['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    k = o['raw'].count('\n') + 1
    got = '\n'.join(cache[f][o['line'] - 1:o['line'] - 1 + k])
    if got != o['raw']:
        bad += 1
        print('MISMATCH', f, o['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
