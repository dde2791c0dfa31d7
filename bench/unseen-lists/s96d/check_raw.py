"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
for lab in labels:
    if lab['list'] not in cache:
        with open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='') as f:
            cache[lab['list']] = f.read().split('\n')
    lines = cache[lab['list']]
    n = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
    # titles and IDs should be findable in the raw text
    if lab['is_paper']:
        for k in ('title', 'arxiv_id', 'url', 'code'):
            if lab[k] and lab[k] not in lab['raw']:
                print('NOTE', k, 'not verbatim in raw', lab['list'], lab['line'], lab[k][:60])
print(f'{len(labels)} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
