import json, re
D = '/work/main/bench/unseen-lists/s123f/'
files = {}
def lines(name):
    if name not in files:
        files[name] = open(D + name, encoding='utf-8', newline='').read().split('\n')
    return files[name]

LATEX = {r'{\u{g}}': 'ğ', r'{\"o}': 'ö', r'{\"O}': 'Ö', r'{\"u}': 'ü', r"{\'a}": 'á', r"{\'e}": 'é'}
def delatex(s):
    for k, v in LATEX.items():
        s = s.replace(k, v)
    return s

def bib_authors(s):
    out = []
    for a in re.split(r'\s+and\s+', s.strip()):
        a = delatex(a.strip())
        if a in ('others',):
            continue
        if ',' in a:
            last, first = [x.strip() for x in a.split(',', 1)]
            a = f'{first} {last}'
        out.append(a)
    return out

def base(name, line, nlines=1):
    L = lines(name)
    return {'list': name, 'line': line, 'raw': '\n'.join(L[line-1:line-1+nlines])}

def rec(b, **kw):
    r = dict(b)
    r.update({'is_paper': True, 'title': None, 'arxiv_id': None, 'doi': None, 'url': None, 'venue': None,
              'year': None, 'authors': [], 'code': None, 'summary': None, 'section': None})
    r.update(kw)
    return r

def link_fields(u):
    m = re.match(r'https?://arxiv\.org/(?:abs|pdf|html)/(\d{4}\.\d{4,5})', u)
    if m:
        return {'arxiv_id': m.group(1), 'url': None, 'doi': None}
    m = re.match(r'https?://doi\.org/(10\..+)$', u)
    if m:
        return {'arxiv_id': None, 'url': u, 'doi': m.group(1)}
    return {'arxiv_id': None, 'url': u, 'doi': None}

out = []
sample = [json.loads(l) for l in open(D + 'sample.jsonl')]

G = 'GreenSnare__AI4Compiler-Collection.README.md'
U = 'iSEngLab__AwesomeLLM4UT.README.md'
S = 'xgdsmileboy__SE-Papers.README.md'
# venue overrides for GreenSnare badges: src text as stated, %20/%27 decoded
GVEN = {'CGO%2706': ('CGO 2006', 2006), 'SocProS%202011': ('SocProS 2011', 2011)}
for s in sample:
    name, ln = s['list'], s['line']
    t = s['text']
    if name == G:
        m = re.match(r'- !\[year\]\(https://img\.shields\.io/badge/year-(\d{4})-blue\) !\[src\]\(https://img\.shields\.io/badge/src-(.+)-orange\) \[(.+)\]\((\S+)\) — (.+)$', t)
        year, src, title, u, auth = m.groups()
        if src in GVEN:
            venue, vy = GVEN[src]
        else:
            venue, vy = f'{src} {year}', int(year)
        out.append(rec(base(name, ln), title=title, venue=venue, year=vy, authors=bib_authors(auth), section=None, **link_fields(u)))
    elif name == U:
        if t.startswith('- ['):
            out.append(rec(base(name, ln), is_paper=False, section='Contents'))
            continue
        m = re.match(r'\| \d+ \| \[(.+)\]\((\S+)\) \| (\d{4}) \| (.+?) \|$', t)
        title, u, year, ven = m.groups()
        # section: nearest ### heading above
        L = lines(name)
        sec = None
        for k in range(ln - 1, 0, -1):
            if L[k-1].startswith('### '):
                sec = 'Papers by Unit Testing Task / ' + L[k-1][4:].strip()
                break
        out.append(rec(base(name, ln), title=title, venue=f'{ven} {year}', year=int(year), section=sec, **link_fields(u)))
    elif name == S:
        m = re.match(r'\d+\. __\[(.+)\]\((\S+)\)__, \*\[(.+) (\d{4})\]\*$', t)
        title, u, ven, year = m.groups()
        L = lines(name)
        assert L[ln] == '' and L[ln+1].startswith('\t'), ln
        auth = L[ln+1]
        out.append(rec(base(name, ln, 3), title=title, venue=f'{ven} {year}', year=int(year), authors=bib_authors(auth), section=None, **link_fields(u)))

KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open(D + 'labels.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(out))
