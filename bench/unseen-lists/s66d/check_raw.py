"""Check that every label's raw text is the file's text starting at its line, and titles occur in raw."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    lines = open(os.path.join(D, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1; print('RAW MISMATCH', n, r['list'], r['line'])
    if r['is_paper'] and r['title'] not in r['raw']:
        bad += 1; print('TITLE NOT IN RAW', n, r['title'])
    if r['arxiv_id'] and r['arxiv_id'] not in r['raw']:
        bad += 1; print('ARXIV NOT IN RAW', n, r['arxiv_id'])
    if r['code'] and r['code'] not in r['raw']:
        bad += 1; print('CODE NOT IN RAW', n, r['code'])
    if r['url'] and r['url'] not in r['raw']:
        bad += 1; print('URL NOT IN RAW', n, r['url'])
print('checked', n, 'bad', bad)
