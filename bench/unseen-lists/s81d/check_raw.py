import json
D='/work/main/bench/unseen-lists/s81d/'
bad=0
for l in open(D+'labels.jsonl',encoding='utf-8'):
    r=json.loads(l)
    lines=open(D+r['list'],encoding='utf-8').read().split('\n')
    n=r['raw'].count('\n')+1
    if '\n'.join(lines[r['line']-1:r['line']-1+n])!=r['raw']: bad+=1; print('BAD',r['list'],r['line'])
    if not r['is_paper']: assert all(r[k] in (None,[]) for k in ['title','arxiv_id','doi','url','venue','year','code','summary','authors'])
print('bad',bad)
