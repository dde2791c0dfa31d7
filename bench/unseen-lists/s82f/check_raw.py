import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    lines = open(os.path.join(D, o['list']), encoding='utf-8').read().split('\n')
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line']-1:o['line']-1+n]) != o['raw']:
        bad += 1; print('MISMATCH', o['list'], o['line'])
    for k in ('title', 'code', 'url'):
        v = o.get(k)
        if v and v not in o['raw']:
            print('not verbatim in raw:', k, o['list'][:10], o['line'], v[:80])
print('bad', bad)
