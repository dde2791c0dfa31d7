import json
for l in open('labels.jsonl', encoding='utf-8'):
    r = json.loads(l)
    lines = open(r['list'], encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    assert '\n'.join(lines[r['line']-1:r['line']-1+n]) == r['raw'], (r['list'], r['line'])
    if r['is_paper']:
        assert r['title'] and r['title'] in r['raw'], (r['line'], r['title'])
        for k in ('arxiv_id', 'url', 'code'):
            if r[k]:
                assert r[k] in r['raw'] or k == 'arxiv_id' and r[k] in r['raw'], (r['line'], k)
print('all raw at line, titles and links present')
