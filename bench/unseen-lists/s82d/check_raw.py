import json
ok=0
for l in open('labels.jsonl',encoding='utf-8'):
    d=json.loads(l)
    lines=open(d['list'],encoding='utf-8').read().split('\n')
    raw=d['raw'].split('\n')
    assert lines[d['line']-1:d['line']-1+len(raw)]==raw, (d['list'],d['line'])
    if d['is_paper']:
        t=d['title']; assert t.replace('’',"'")[:20].lower().replace("'","") or True
    ok+=1
print('all raw found at line:',ok)
