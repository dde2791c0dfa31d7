import json,os
D='/work/main/bench/unseen-lists/s58e'
bad=0
for l in open(D+'/labels.jsonl',encoding='utf-8'):
    d=json.loads(l)
    lines=open(os.path.join(D,d['list']),encoding='utf-8').read().split('\n')
    r=d['raw'].split('\n')
    if lines[d['line']-1:d['line']-1+len(r)]!=r: bad+=1; print('BAD',d['list'],d['line'])
print('checked; bad =',bad)
