import json,sys
# usage: decode.py out.md page0 page1 ...
out=sys.argv[1]; parts=[]
for p in sys.argv[2:]:
    s=open(p,encoding='utf-8').read()
    s=s.rstrip('\n')   # real newlines only come from the editor; escaped text has none
    assert '\n' not in s, p
    t=json.loads('"'+s+'"')
    print(p,len(t))
    parts.append(t)
txt=''.join(parts)
open(out,'w',encoding='utf-8',newline='').write(txt)
print(out,len(txt))
