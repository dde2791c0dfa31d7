"""Check that every label's raw equals the README's lines starting at its line (1-based)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(ln); n += 1
    if list(r.keys()) != KEYS:
        print('KEYS', r['list'], r['line'], list(r.keys())); bad += 1
    f = r['list']
    if f not in cache:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            cache[f] = fh.read().split('\n')
    lines = cache[f]
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', f, r['line'], repr(got[:120]), repr(r['raw'][:120]))
print(f'{n} labels, {bad} mismatches')
