"""Check every label's raw equals the file's lines from its line on; also that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
cache, bad = {}, 0
for r in labels:
    lines = cache.setdefault(r['list'], open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n'))
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    if r['is_paper'] and r['title'] and r['title'] not in r['raw']:
        print('title not verbatim in raw:', r['list'], r['line'])
keys_l = {(r['list'], r['line']) for r in labels}
keys_s = {(r['list'], r['line']) for r in sample}
print('labels', len(labels), 'mismatches', bad, 'sample not labelled', sorted(keys_s - keys_l), 'extra', sorted(keys_l - keys_s))
