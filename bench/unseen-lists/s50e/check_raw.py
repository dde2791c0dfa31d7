import json,sys
D='/work/main/bench/unseen-lists/s50e/'
bad=0
for r in map(json.loads, open(D+'labels.jsonl', encoding='utf-8')):
    L=open(D+r['list'],encoding='utf-8').read().split('\n')
    n=r['raw'].count('\n')+1
    if '\n'.join(L[r['line']-1:r['line']-1+n])!=r['raw']:
        bad+=1; print('BAD', r['list'], r['line'])
    keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    assert list(r)==keys
print('bad', bad)
