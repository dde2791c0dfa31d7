"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
cache, bad, n = {}, 0, 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(ln); n += 1
    if list(lab) != KEYS:
        print('bad keys', lab['list'], lab['line']); bad += 1
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = cache[lab['list']]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1:lab['line'] - 1 + k])
    if got != lab['raw']:
        print('MISMATCH', lab['list'], lab['line']); bad += 1
    if not lab['is_paper'] and any(lab[f] for f in KEYS[4:] if f != 'section'):
        print('non-paper with fields', lab['list'], lab['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
