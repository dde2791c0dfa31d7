import json
for l in open('labels.jsonl', encoding='utf-8'):
    d = json.loads(l)
    lines = open(d['list'], encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    assert lines[d['line'] - 1:d['line'] - 1 + len(raw)] == raw, (d['list'], d['line'])
print('all raw ok')
