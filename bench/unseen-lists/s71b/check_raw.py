import json,os
H=os.path.dirname(os.path.abspath(__file__))
bad=0
for o in map(json.loads,open(os.path.join(H,'labels.jsonl'),encoding='utf-8')):
    L=open(os.path.join(H,o['list']),encoding='utf-8').read().split('\n')
    r=o['raw'].split('\n')
    if L[o['line']-1:o['line']-1+len(r)]!=r: bad+=1; print('MISMATCH',o['list'],o['line'])
    if not o['is_paper'] and any(o[k] for k in ('title','arxiv_id','doi','url','venue','year','authors','code','summary')): print('nonpaper has fields',o['line'])
print('checked; mismatches:',bad)
