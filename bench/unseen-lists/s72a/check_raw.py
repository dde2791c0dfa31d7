import json
n=0
for l in open('labels.jsonl',encoding='utf-8'):
    d=json.loads(l); L=open(d['list'],encoding='utf-8').read().split('\n')
    k=d['raw'].count('\n')+1
    assert '\n'.join(L[d['line']-1:d['line']-1+k])==d['raw'], d['line']; n+=1
s={(r['list'],x) for r in json.load(open('sample.json')) for x in r['drawn']}
lab={(json.loads(l)['list'],json.loads(l)['line']) for l in open('labels.jsonl')}
assert s==lab, s^lab
print('ok',n)
