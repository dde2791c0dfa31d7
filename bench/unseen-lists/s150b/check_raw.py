"""Check that every label's raw equals the README's lines from its line on, and titles occur in raw."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
bad = 0
n = 0
for l in open(HERE / 'labels.jsonl', encoding='utf-8'):
    d = json.loads(l)
    n += 1
    lines = (HERE / d['list']).read_text(encoding='utf-8').split('\n')
    k = d['raw'].count('\n') + 1
    want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if want != d['raw']:
        bad += 1
        print('RAW MISMATCH', d['list'], d['line'])
    if d['title'] and d['title'] not in d['raw']:
        print('title not in raw (check by hand):', d['list'], d['line'], d['title'])
    if d['arxiv_id'] and d['arxiv_id'] not in d['raw']:
        print('arxiv id not in raw:', d['list'], d['line'])
    for key in ('url', 'code'):
        if d[key] and d[key] not in d['raw']:
            print(key, 'not in raw:', d['list'], d['line'])
print(n, 'labels,', bad, 'mismatches')
