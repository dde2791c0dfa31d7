"""Check that every label's raw equals the list file's lines from its line on, and that the labels
cover exactly the sampled (list, line) pairs."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
files = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if list(d) != KEYS:
        print('keys', d['list'], d['line'], list(d)); bad += 1
    lines = files.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = {(d['list'], d['line']) for d in labels}
if sample != lab:
    print('sample/label mismatch', sample ^ lab); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
