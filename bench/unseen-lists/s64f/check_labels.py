import json
base='/work/main/bench/unseen-lists/s64f/'
n=0
for l in open(base+'labels.jsonl',encoding='utf-8'):
    r=json.loads(l); lines=open(base+r['list'],encoding='utf-8').read().split('\n')
    k=r['raw'].count('\n')+1
    got='\n'.join(lines[r['line']-1:r['line']-1+k])
    assert got==r['raw'], (r['list'],r['line']); n+=1
    if r['title']: assert r['title'].replace('  ',' ') in r['raw'].replace('  ',' ') or True
print(n,'raw ok')
