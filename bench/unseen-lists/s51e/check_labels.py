import json,re
D='/work/main/bench/unseen-lists/s51e/'
labs=[json.loads(l) for l in open(D+'labels.jsonl',encoding='utf-8')]
import subprocess
samp=[json.loads(l) for l in subprocess.run(['python3',D+'sample.py'],capture_output=True,text=True).stdout.splitlines()]
assert [(o['list'],o['line']) for o in labs]==[(o['list'],o['line']) for o in samp], 'order/set differs'
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for o in labs:
    assert list(o)==keys
    text=open(D+o['list'],encoding='utf-8',newline='').read().split('\n')
    n=o['raw'].count('\n')+1
    assert '\n'.join(text[o['line']-1:o['line']-1+n])==o['raw'], (o['list'],o['line'])
    raw=re.sub(r'\s+',' ',o['raw'])
    if o['is_paper']:
        assert re.sub(r'\s+',' ',o['title']) in raw, ('title',o['line'])
        if o['arxiv_id']: assert o['arxiv_id'] in raw, ('arxiv',o['line'])
        if o['url']: assert o['url'] in raw, ('url',o['line'])
        for a in o['authors']: assert a in raw
        if o['summary']: assert o['summary'] in raw
print('ok', len(labs))
