#!/usr/bin/env bash
# Builds the bundle (`make package`), then checks it with the bundle alone: a copy of
# dist/Backpack in a temporary folder, run with an empty environment (no venv, no checkout on
# any path), on committed fixtures. Prints the build time, the bundle's size and the cold start
# of its window. `.ci/run` runs it when BACKPACK_CI_PACKAGE=1.
# Usage: packaging/smoke.sh [--no-build] [COLD_START_RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
runs="${1:-5}"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

build_time="(not built here)"
if [ "$build" = 1 ]; then
  started="$(now)"
  make package
  build_time="$(since "$started") s"
fi
[ -x dist/Backpack/Backpack ] || fail "no bundle at dist/Backpack: run 'make package'"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -x .venv/bin/pyi-archive_viewer ]; then # the build's tool; absent on a bare target machine
  step "every module of backpack_app is in the bundle (some load only after unlock)"
  .venv/bin/pyi-archive_viewer -r -b dist/Backpack/Backpack | sed 's/^ *//' >"$work/archive.txt"
  # (not __main__.py: `python -m backpack_app` only; packaging/backpack_entry.py replaces it)
  missing="$(find backpack_app -name '*.py' ! -name __main__.py \
    | sed 's|/__init__\.py$||; s|\.py$||; s|/|.|g' | sort | comm -23 - <(sort -u "$work/archive.txt"))"
  [ -z "$missing" ] || fail "modules missing from the bundle: $missing"
  # PDF previews (after unlock) need PDFium's library, which pypdfium2's hook collects.
  [ -f dist/Backpack/_internal/pypdfium2_raw/libpdfium.so ] || fail "PDFium is not in the bundle"
fi
cp -a dist/Backpack "$work/Backpack"
mkdir -p "$work/fixtures" "$work/user"
cp tests/fixtures/peer/ob3-eddsa-0004.json tests/fixtures/peer/ob3-jwt-eddsa-0001.jwt \
  tests/fixtures/peer/clr2-eddsa-0006.json \
  tests/fixtures/peer/negative/neg-02-tampered-grade.json \
  tests/fixtures/bundles/bundle_v1_code.backpack tests/fixtures/bundles/manifest.json \
  "$work/fixtures/"
expected_version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' backpack_app/__init__.py)"
cd "$work"
bp="$work/Backpack/Backpack"
# Only what a family's computer has: no PYTHONPATH, no venv, the checkout nowhere on a path.
bundle() {
  env -i PATH=/usr/bin:/bin HOME="$work/user" LANG=C.UTF-8 BACKPACK_HOME="$work/home" "$@"
}
PASS="smoke test passphrase"

step "version"
out="$(bundle "$bp" --version)"
echo "$out"
[ "$out" = "Backpack $expected_version" ] || fail "expected 'Backpack $expected_version'"

step "verify committed credentials (Data Integrity, VC-JWT, CLR; a tampered one fails)"
at=2026-01-01T00:00:00Z
bundle "$bp" verify fixtures/ob3-eddsa-0004.json fixtures/ob3-jwt-eddsa-0001.jwt \
  fixtures/clr2-eddsa-0006.json --at "$at" >verify.txt || fail "verify: $(cat verify.txt)"
grep -q "Verified" verify.txt || fail "verify said: $(cat verify.txt)"
set +e
bundle "$bp" verify fixtures/neg-02-tampered-grade.json --at "$at" >tampered.txt
code=$?
set -e
[ "$code" = 1 ] || fail "a tampered credential gave exit $code: $(cat tampered.txt)"
bundle "$bp" verify --json fixtures/ob3-eddsa-0004.json --at "$at" | grep -q '"checks"' \
  || fail "verify --json"

step "create a backpack, add a record, back it up, restore it"
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" init --learner "Ana Rivera" >init.txt
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" add goal --title "Read 20 books" \
  --target-date 2026-06-01 >/dev/null
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" import fixtures/ob3-eddsa-0004.json \
  --learner "Ana Rivera" >/dev/null
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" backup backup.bpk >/dev/null
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" --home "$work/restored" restore backup.bpk >/dev/null
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" --home "$work/restored" list >restored.txt
grep -q "Read 20 books" restored.txt || fail "the restored backpack lacks the goal"

step "share with a code, a QR code and a PDF printout; open each of them"
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" share --code --category goal --out mine.backpack \
  --qr mine.png --pdf mine.pdf >share.txt
share_code="$(sed -n 's/^Code: //p' share.txt)"
[ -n "$share_code" ] && [ -s mine.png ] && [ -s mine.pdf ] || fail "share: $(cat share.txt)"
for made in mine.backpack mine.pdf; do # the file and its printout (pypdf)
  bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" open "$made" --code "$share_code" >open.txt \
    || fail "open $made: $(cat open.txt)"
  grep -q "Read 20 books" open.txt || fail "open $made: $(cat open.txt)"
done
# A share's QR code names the share (the share itself is too large for one): read by zxing-cpp.
set +e
bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" open mine.png >open.txt 2>&1
set -e
grep -q "stands for the share" open.txt || fail "the QR code was not read: $(cat open.txt)"

step "open the committed share fixture"
# The fixture opens until the expiry it was made with; after that, the bundle must say plainly
# that it expired (`--at` only moves the clock forward, so the past cannot be replayed here).
fixture_code="$(sed -n 's/.*"code": "\(.*\)".*/\1/p' fixtures/manifest.json)"
if bundle env BACKPACK_PASSPHRASE="$PASS" "$bp" open fixtures/bundle_v1_code.backpack \
  --code "$fixture_code" --json >opened.json 2>opened.err; then
  grep -q "Algebra I" opened.json || fail "the share fixture's records are missing"
else
  grep -qi "expired" opened.err || fail "open: $(cat opened.err)"
fi

step "school: a sample export, a key, credentials issued by 2 worker processes"
bundle "$bp" school sample --students 3 --out export >/dev/null
bundle env BACKPACK_SCHOOL_PASSPHRASE="$PASS" "$bp" school init --name "Smoke High School" \
  --out school.key >/dev/null
bundle env BACKPACK_SCHOOL_PASSPHRASE="$PASS" "$bp" school issue --key school.key \
  --oneroster export --out issued --jobs 2 >/dev/null
first_clr="$(find issued -name clr.json | head -1)"
[ -n "$first_clr" ] || fail "school issue wrote no CLR"
bundle "$bp" verify "$first_clr" >/dev/null || fail "an issued CLR does not verify"

step "window (offscreen): unlock, a double-clicked share, first run; each exits cleanly"
window() { # HOME_DIR [ARGS...]: prints the screen shown; fails on an error or a traceback
  local home="$1"
  shift
  env -i PATH=/usr/bin:/bin HOME="$work/user" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    BACKPACK_HOME="$home" BACKPACK_EXIT_AFTER_SHOW=1 "$bp" "$@" >window.out 2>window.err \
    || fail "the window exited with an error: $(cat window.err)"
  if grep -Eq "Traceback|Error" window.err; then fail "the window said: $(cat window.err)"; fi
  sed -n 's/^Backpack [^:]*: \(.*\) window shown at .*/\1/p' window.out
}
[ "$(window "$work/home")" = unlock ] || fail "no unlock window"
[ "$(window "$work/home" "$work/fixtures/bundle_v1_code.backpack")" = unlock ] \
  || fail "a share given on the command line did not open the unlock window"
[ "$(window "$work/new-home")" = "first run" ] || fail "no first-run window"

step "cold start of the bundle to the unlock window ($runs runs, offscreen)"
times=()
for _ in $(seq "$runs"); do
  started="$(now)"
  env -i PATH=/usr/bin:/bin HOME="$work/user" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    BACKPACK_HOME="$work/home" BACKPACK_EXIT_AFTER_SHOW=1 "$bp" >window.out 2>/dev/null
  shown="$(sed -n 's/.* window shown at \([0-9.]*\)$/\1/p' window.out)"
  times+=("$(awk -v a="$started" -v b="$shown" 'BEGIN { printf "%.3f", b - a }')")
done
median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"

echo
echo "Smoke test passed: Backpack $expected_version"
echo "  build time          $build_time"
echo "  bundle size         $(du -sh "$work/Backpack" | cut -f1) in $(find "$work/Backpack" -type f | wc -l) files"
echo "  archive             $(cd "$root/dist" && du -sh Backpack-*.tar.gz 2>/dev/null | tr '\t' ' ' || echo none)"
echo "  cold start (unlock) ${times[*]} s; median $median s"
