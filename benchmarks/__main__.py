"""`python -m benchmarks [vault | verify [--runs N] [--folder DIR]]` (or `make bench`: all)."""

import sys

from benchmarks import vault_bench, verify_bench

if sys.argv[1:2] == ["vault"]:
    vault_bench.main()
elif sys.argv[1:2] == ["verify"]:
    verify_bench.main(sys.argv[2:])
else:
    vault_bench.main()
    verify_bench.main(sys.argv[1:])
