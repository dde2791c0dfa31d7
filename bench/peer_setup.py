#!/usr/bin/env python3
"""Setup steps for the peers that their own command lines make impractically slow (bench/run.py).

Run with the peer's own venv Python:

    bench/.venvs/pubs/bin/python bench/peer_setup.py pubs PUBSRC CORPUS_DIR
        Copy each paper's BibTeX ``keywords`` (read from CORPUS_DIR/corpus.bib, the file pubs
        imported) into its pubs tags with pubs's own API: the metadata half of
        Repository.push_paper, which ``pubs tag KEY +TAG`` runs (the BibTeX is unchanged), in one
        process instead of one ``pubs tag`` process per paper.

    bench/.venvs/papis/bin/python bench/peer_setup.py papis-bulk PAPIS_CONFIG CORPUS_DIR
        Write a papis library of the corpus (from corpus.jsonl: the same papers as corpus.bib)
        with papis's Document class, one folder and info.yaml a paper, with the fields that
        ``papis bibtex read corpus.bib import`` writes. For sizes where papis's own import (a few
        papers/s, slower as the library grows) cannot finish; papis builds its cache on first use.
"""

from __future__ import annotations

import json
import os
import sys


def pubs_tags(conf_path: str, corpus_dir: str) -> int:
    from pubs import config
    from pubs.repo import Repository

    conf = config.load_conf(path=conf_path)
    repo = Repository(conf)
    # The keywords come from corpus.bib (the file pubs imported) rather than from decoding every
    # paper's BibTeX again with pubs's bibtexparser 1.x (18 ms a paper: half an hour at 100k).
    keywords = _bib_keywords(os.path.join(corpus_dir, "corpus.bib"))
    count = 0
    for key in sorted(repo.citekeys):
        tags = keywords.get(key)
        if not tags:
            continue
        metadata = repo.databroker.pull_metadata(key)
        metadata["tags"] = set(metadata.get("tags") or ()) | set(tags)
        # The metadata half of Repository.push_paper(paper, overwrite=True), which `pubs tag` runs.
        repo.databroker.push_metadata(key, metadata)
        count += 1
    repo.close()  # writes pubs's caches once
    print(f"tagged {count} papers", file=sys.stderr)
    return 0


def papis_bulk(conf_path: str, corpus_dir: str) -> int:
    import papis.config
    import papis.document
    import papis.id

    papis.config.set_config_file(conf_path)
    papis.config.reset_configuration()
    papis.config.set_lib_from_name(papis.config.getstring("default-library"))
    lib_dir = os.path.expanduser(papis.config.get_lib().path)
    if os.path.realpath(lib_dir) != os.path.realpath(_configured_dir(conf_path)):
        raise SystemExit(f"papis library {lib_dir} is not the one configured in {conf_path}")
    os.makedirs(lib_dir, exist_ok=True)
    count = 0
    with open(os.path.join(corpus_dir, "corpus.jsonl"), encoding="utf-8") as f:
        keys = _bib_keys(os.path.join(corpus_dir, "corpus.bib"))
        for line, key in zip(f, keys, strict=True):
            p = json.loads(line)
            author_list = []
            for name in p["authors"]:
                parts = name.rsplit(" ", 1)
                author_list.append({"family": parts[-1], "given": parts[0] if len(parts) == 2 else ""})
            data = {
                "type": "inproceedings" if p["venue"] else "misc", "ref": key, "title": p["title"],
                "author": " and ".join(f"{a['family']}, {a['given']}" if a["given"] else a["family"]
                                       for a in author_list),
                "author_list": author_list, "year": str(p["year"]), "eprint": p["arxiv_id"],
                "archivePrefix": "arXiv", "url": f"https://arxiv.org/abs/{p['arxiv_id']}",
                "abstract": p["abstract"], "keywords": ", ".join(p["tags"]),
            }
            if p["venue"]:
                data["booktitle"] = p["venue"]
            if p["summary"]:
                data["annote"] = p["summary"]
            doc = papis.document.from_data(data)
            doc["papis_id"] = papis.id.compute_an_id(doc)
            folder = os.path.join(lib_dir, doc["papis_id"])
            os.makedirs(folder)
            doc.set_folder(folder)
            doc.save()
            count += 1
    print(f"wrote {count} papis documents to {lib_dir}", file=sys.stderr)
    return 0


def _configured_dir(conf_path: str) -> str:
    import configparser

    parser = configparser.ConfigParser()
    parser.read(conf_path, encoding="utf-8")
    return os.path.expanduser(parser[parser["settings"]["default-library"]]["dir"])


def _bib_keywords(path: str) -> dict[str, list[str]]:
    """citation key -> keywords, from the generated corpus.bib (one field a line)."""
    out, key = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("@"):
                key = line[line.index("{") + 1:].rstrip().rstrip(",")
            elif line.startswith("  keywords = {") and key:
                value = line.strip()[len("keywords = {"):].rstrip(",").rstrip("}")
                out[key] = [t.strip() for t in value.split(",") if t.strip()]
    return out


def _bib_keys(path: str):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("@"):
                yield line[line.index("{") + 1:].rstrip().rstrip(",")


def main(argv: list[str]) -> int:
    if argv[:1] == ["pubs"] and len(argv) == 3:
        return pubs_tags(argv[1], argv[2])
    if argv[:1] == ["papis-bulk"] and len(argv) == 3:
        return papis_bulk(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
