"""Check that every label's raw is the file's text starting at its line, and that labels = sample."""
import json
labels = [json.loads(l) for l in open('labels.jsonl', encoding='utf-8')]
sample = {(r['list'], r['line']) for r in map(json.loads, open('sample.jsonl', encoding='utf-8'))}
bad = 0
for r in labels:
    lines = open(r['list'], encoding='utf-8').read().split('\n')
    raw = r['raw'].split('\n')
    if lines[r['line'] - 1:r['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    if r['is_paper'] is False and any(r[k] for k in ['title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary']):
        print('non-paper with fields', r['list'], r['line'])
keys = {(r['list'], r['line']) for r in labels}
print('labels', len(labels), 'papers', sum(r['is_paper'] for r in labels), 'bad raw', bad,
      'missing from labels', sorted(sample - keys), 'extra', sorted(keys - sample))
