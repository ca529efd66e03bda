"""`python -m benchmarks` (or `make bench`): run every benchmark and print its numbers."""

from benchmarks.vault_bench import main

main()
