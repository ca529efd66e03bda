"""`python -m benchmarks [NAME ...]` (or `make bench`: all): vault, verify, hostile, share, page,
gui, school, startup, receive, publish, sync.

`python -m benchmarks verify --runs N --folder DIR [--ecdsa]` passes the options on to the verify
benchmark (`--ecdsa`: a 1,000-credential ECDSA mix instead of the peer's EdDSA one);
`python -m benchmarks startup --runs N [--no-window]` to the start-up benchmark.
"""

import sys

from benchmarks import (
    gui_bench,
    hostile_bench,
    page_bench,
    publish_bench,
    receive_bench,
    school_bench,
    share_bench,
    startup_bench,
    sync_bench,
    vault_bench,
    verify_bench,
)

ALL = {
    "vault": vault_bench.main,
    "verify": lambda: verify_bench.main(sys.argv[2:] if sys.argv[1:2] == ["verify"] else []),
    "hostile": hostile_bench.main,
    "share": share_bench.main,
    "page": lambda: page_bench.main(sys.argv[2:] if sys.argv[1:2] == ["page"] else []),
    "gui": gui_bench.main,
    "school": lambda: school_bench.main(sys.argv[2:] if sys.argv[1:2] == ["school"] else []),
    "startup": lambda: startup_bench.main(sys.argv[2:] if sys.argv[1:2] == ["startup"] else []),
    "receive": lambda: receive_bench.main(sys.argv[2:] if sys.argv[1:2] == ["receive"] else []),
    "publish": publish_bench.main,
    "sync": lambda: sync_bench.main(sys.argv[2:] if sys.argv[1:2] == ["sync"] else []),
}
chosen = [a for a in sys.argv[1:] if a in ALL] or list(ALL)
for name in chosen:
    ALL[name]()
