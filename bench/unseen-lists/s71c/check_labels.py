import json
samp=[(json.loads(l)['list'],json.loads(l)['line']) for l in open('sample.jsonl')]
labs=[json.loads(l) for l in open('labels.jsonl',encoding='utf-8')]
assert sorted(samp)==sorted((o['list'],o['line']) for o in labs), 'sample/labels mismatch'
bad=0
for o in labs:
    lines=open(o['list'],encoding='utf-8').read().split('\n')
    n=o['raw'].count('\n')+1
    if '\n'.join(lines[o['line']-1:o['line']-1+n])!=o['raw']: bad+=1; print('BAD',o['list'],o['line'])
print(len(labs),'labels,',bad,'bad; papers',sum(o['is_paper'] for o in labs))
