#!/usr/bin/env python3
"""Check every label: raw is in its file at line; sample and labels agree; title/url/arxiv/code strings occur in raw."""
import json, os
H=os.path.dirname(os.path.abspath(__file__))
labs=[json.loads(l) for l in open(os.path.join(H,'labels.jsonl'),encoding='utf-8')]
samp={(r['list'],r['line']) for r in map(json.loads,open(os.path.join(H,'sample.jsonl'),encoding='utf-8'))}
bad=0
for r in labs:
    lines=open(os.path.join(H,r['list']),encoding='utf-8').read().split('\n')
    n=r['raw'].count('\n')+1
    if '\n'.join(lines[r['line']-1:r['line']-1+n])!=r['raw']: print('RAW MISMATCH',r['list'],r['line']); bad+=1
    if (r['list'],r['line']) not in samp: print('NOT SAMPLED',r['list'],r['line']); bad+=1
    for k in ('title','url','arxiv_id','code'):
        if r[k] and r[k] not in r['raw']: print('NOT IN RAW',k,r['list'],r['line'],r[k]); bad+=1
print(len(labs),'labels,',len(samp),'sampled,',bad,'problems')
