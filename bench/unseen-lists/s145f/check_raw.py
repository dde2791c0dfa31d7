"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    lines = cache.setdefault(row['list'], open(os.path.join(HERE, row['list']), encoding='utf-8').read().split('\n'))
    k = row['raw'].count('\n') + 1
    got = '\n'.join(lines[row['line'] - 1: row['line'] - 1 + k])
    if got != row['raw']:
        bad += 1
        print('MISMATCH', row['list'], row['line'])
    # sanity: label keys
    keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    if list(row) != keys:
        bad += 1
        print('KEYS', row['list'], row['line'], list(row))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
