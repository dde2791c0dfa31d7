"""Check that every label's raw text sits in its file starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l); n += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
    if r['is_paper'] and r['title'] and ''.join(r['title'].split()).lower()[:20] not in ''.join(r['raw'].split()).lower():
        print('title not in raw?', r['list'], r['line'])
    if r['arxiv_id'] and r['arxiv_id'] not in r['raw']:
        print('arxiv not in raw', r['list'], r['line'])
print(n, 'labels,', bad, 'mismatches')
