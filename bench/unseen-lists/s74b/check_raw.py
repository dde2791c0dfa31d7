import json
bad = 0
for l in open('labels.jsonl', encoding='utf-8'):
    o = json.loads(l)
    lines = open(o['list'], encoding='utf-8').read().split('\n')
    r = o['raw'].split('\n')
    if lines[o['line'] - 1:o['line'] - 1 + len(r)] != r:
        bad += 1; print('BAD', o['list'], o['line'])
print('checked, bad =', bad)
