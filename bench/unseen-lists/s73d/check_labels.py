"""Check that every label's raw is in its file at line, and matches the sample."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
S = [json.loads(l) for l in open('sample.jsonl', encoding='utf-8')]
L = [json.loads(l) for l in open('labels.jsonl', encoding='utf-8')]
assert [(s['list'], s['line']) for s in S] == [(l['list'], l['line']) for l in L]
for l in L:
    t = open(l['list'], encoding='utf-8').read().split('\n')
    n = l['raw'].count('\n') + 1
    assert '\n'.join(t[l['line'] - 1:l['line'] - 1 + n]) == l['raw'], (l['list'], l['line'])
print('ok', len(L), 'labels,', sum(x['is_paper'] for x in L), 'papers')
