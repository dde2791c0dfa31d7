"""Check that every label's raw equals the file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
    for row in fh:
        r = json.loads(row)
        n += 1
        if r['list'] not in cache:
            with open(os.path.join(HERE, r['list']), encoding='utf-8', newline='') as f:
                cache[r['list']] = f.read().split('\n')
        lines = cache[r['list']]
        k = r['raw'].count('\n') + 1
        got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
        if got != r['raw']:
            bad += 1
            print('MISMATCH', r['list'], r['line'])
        keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
                'year', 'authors', 'code', 'summary', 'section']
        if list(r.keys()) != keys:
            bad += 1
            print('KEYS', r['list'], r['line'])
# every sampled line is labelled
with open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8') as fh:
    sampled = {(json.loads(l)['list'], json.loads(l)['line']) for l in fh}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
    labelled = {(json.loads(l)['list'], json.loads(l)['line']) for l in fh}
print('labels', n, 'mismatches', bad, 'sampled-not-labelled', len(sampled - labelled), 'extra', len(labelled - sampled))
