import json
bad = 0
for l in open('labels.jsonl', encoding='utf-8'):
    o = json.loads(l)
    lines = open(o['list'], encoding='utf-8', newline='').read().replace('\r\n', '\n').split('\n')
    raw = o['raw'].split('\n')
    if lines[o['line']-1:o['line']-1+len(raw)] != raw:
        bad += 1; print('MISMATCH', o['list'], o['line'])
    for k in ('title',):
        if o['is_paper'] and o[k] not in o['raw']: print('title not verbatim', o['list'], o['line'], o[k])
print('bad', bad)
