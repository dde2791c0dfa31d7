"""Check every label's raw equals the list file's lines from its line on, and that labels cover sample.jsonl."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
sample = {(d['list'], d['line']) for d in (json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
cache = {}
for lab in labels:
    if list(lab) != KEYS:
        print('keys', lab['list'], lab['line'], list(lab)); bad += 1
    lines = cache.setdefault(lab['list'], open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n'))
    n = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1:lab['line'] - 1 + n])
    if got != lab['raw']:
        print('MISMATCH', lab['list'], lab['line']); bad += 1
    if not lab['is_paper'] and any(lab[k] for k in KEYS[4:13]):
        print('non-paper with fields', lab['list'], lab['line']); bad += 1
labelled = {(l['list'], l['line']) for l in labels}
for k in sorted(sample - labelled):
    print('sampled but not labelled', k); bad += 1
for k in sorted(labelled - sample):
    print('labelled but not sampled', k); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
