"""Check that every label's raw text sits in its list file starting at its line."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    L = open(os.path.join(D, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(L[r['line']-1:r['line']-1+k]) != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
    keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    assert list(r) == keys, list(r)
    if not r['is_paper']:
        assert all(r[k] in (None, []) for k in keys[4:13]), r
print('labels', n, 'mismatches', bad)
