import json
ok = 0
for l in open("labels.jsonl", encoding="utf-8"):
    d = json.loads(l)
    lines = open(d["list"], encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    assert "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) == d["raw"], (d["list"], d["line"])
    ok += 1
print("raw ok:", ok)
