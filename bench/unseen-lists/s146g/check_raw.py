"""Check every label's raw equals the list file's lines from its line on; and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for o in labels:
    if list(o.keys()) != keys:
        print('KEYS', o['list'], o['line']); bad += 1
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line']-1:o['line']-1+n]) != o['raw']:
        print('MISMATCH', o['list'], o['line']); bad += 1
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
got = {(o['list'], o['line']) for o in labels}
if sample != got:
    print('SAMPLE/LABEL DIFF', sample ^ got); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
