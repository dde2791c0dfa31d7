"""Check that every label's raw equals the file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for r in labels:
    assert list(r.keys()) == KEYS, r.keys()
    lines = cache.setdefault(r['list'], open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n'))
    n = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if want != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(len(labels), 'labels,', bad, 'mismatches')
