import json, os
D=os.path.dirname(os.path.abspath(__file__))
bad=0
for l in map(json.loads, open(os.path.join(D,'labels.jsonl'),encoding='utf-8')):
    lines=open(os.path.join(D,l['list']),encoding='utf-8').read().split('\n')
    r=l['raw'].split('\n')
    if lines[l['line']-1:l['line']-1+len(r)]!=r:
        bad+=1; print('MISMATCH',l['list'],l['line'])
print('checked; mismatches:',bad)
