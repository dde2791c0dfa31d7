"""Check every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0; n = 0
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
seen = set()
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l); n += 1
    keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
    if list(r.keys()) != keys: print('keys differ', r['list'], r['line']); bad += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
    seen.add((r['list'], r['line']))
print(n, 'labels,', bad, 'mismatches; sample lines without label:', len(sample - seen), '; labels not in sample:', len(seen - sample))
sys.exit(1 if bad else 0)
