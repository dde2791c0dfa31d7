"""Check each label's raw equals the README's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    n += 1
    f = o['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    raw_lines = o['raw'].split('\n')
    got = cache[f][o['line'] - 1:o['line'] - 1 + len(raw_lines)]
    if got != raw_lines:
        bad += 1
        print('MISMATCH', f, o['line'])
    keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    if list(o.keys()) != keys:
        bad += 1
        print('KEYS', f, o['line'], list(o.keys()))
print(n, 'labels,', bad, 'mismatches')
