#!/usr/bin/env python3
"""Issue 13 item 9's attacks against the shared HTTP layer, measured.

    python bench/transport_limits.py

A local server on 127.0.0.1 sends (1) a gzip answer of about 1 MB that
decompresses to 1 GB, and (2) a body one byte every five seconds. Prints how
long paperctl took to give up and how much its peak memory grew (the issue saw
2.18 GB for a 1 MB gzip answer, and a dripping server keep ``add`` waiting past
150 s).
"""

from __future__ import annotations

import resource
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from paperctl.errors import PaperctlError  # noqa: E402
from paperctl.sources.transport import Client, Settings  # noqa: E402
from service_server import Answer, ServiceServer  # noqa: E402


def main() -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(1024)) + packer.flush()
    server = ServiceServer().start()
    try:
        server.script = [Answer(200, bomb, {"Content-Encoding": "gzip"})]
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.monotonic()
        try:
            Client(Settings(name="arXiv", url=server.url, delay=0, retries=0)).get(server.url)
        except PaperctlError as exc:
            print(f"gzip bomb: {exc}")
        grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        print(f"  {len(bomb) / 1e6:.2f} MB answer (1 GB decompressed): refused after {time.monotonic() - started:.2f} s,"
              f" peak memory grew {grew:.0f} MB (the bomb itself included)")
        server.script = [Answer(200, b"x" * 1000, drip=5.0)]
        started = time.monotonic()
        try:
            Client(Settings(name="arXiv", url=server.url, delay=0, retries=0, timeout=12)).get(server.url)
        except PaperctlError as exc:
            print(f"drip: {exc}")
        print(f"  a byte every 5 s, PAPERCTL_*_TIMEOUT=12: gave up after {time.monotonic() - started:.1f} s")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
