"""`python -m benchmarks` (or `make bench`): run every benchmark and print its numbers."""

from benchmarks import gui_bench, hostile_bench, share_bench, vault_bench

vault_bench.main()
hostile_bench.main()
share_bench.main()
gui_bench.main()
