"""Check that every label's raw equals the file's lines from its line on, and that its link fields occur in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        bad += 1
        print('RAW MISMATCH', o['list'], o['line'])
    for key in ('url', 'code', 'arxiv_id', 'doi'):
        if o[key] and o[key] not in o['raw']:
            print('NOT IN RAW', key, o['list'], o['line'], o[key])
    if o['title'] and o['title'].split(' ')[0] not in o['raw']:
        print('TITLE?', o['list'], o['line'])
print(n, 'labels,', bad, 'raw mismatches')
