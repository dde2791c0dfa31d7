"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for r in labels:
    assert list(r) == keys, r
print(len(labels), 'labels,', bad, 'mismatches')
