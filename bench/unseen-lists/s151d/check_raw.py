"""Check that every label's raw equals the README's lines from its line on,
and that every url/code/arxiv_id label occurs in the raw text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(ln)
    n += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        bad += 1
        print('RAW MISMATCH', d['list'], d['line'])
    for key in ('url', 'code', 'arxiv_id'):
        if d[key] and d[key] not in d['raw']:
            bad += 1
            print('NOT IN RAW', key, d['list'], d['line'], d[key])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
