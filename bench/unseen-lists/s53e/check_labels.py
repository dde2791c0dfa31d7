"""Check that every label's `raw` is really in its file, starting at `line`, and that the labelled
entries are exactly the ones sample.py draws (same list, start line and end line)."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for r in labels:
    if list(r) != KEYS:
        print('keys differ:', r['list'], r['line']); bad += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    want = r['raw'].split('\n')
    if lines[r['line'] - 1:r['line'] - 1 + len(want)] != want:
        print('raw not at line:', r['list'], r['line']); bad += 1
    if not r['is_paper'] and any(r[k] for k in KEYS[4:13]):
        print('non-paper with fields:', r['list'], r['line']); bad += 1
drawn = [json.loads(l) for l in subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')],
                                               capture_output=True, text=True).stdout.splitlines()]
a = sorted((d['list'], d['line'], d['text']) for d in drawn)
b = sorted((r['list'], r['line'], r['raw']) for r in labels)
if a != b:
    print('labels differ from the drawn sample'); bad += 1
print(len(labels), 'labels checked,', bad, 'problems')
sys.exit(1 if bad else 0)
