#!/usr/bin/env bash
# Runs every stdlib check program under viv and compares its output with expected/<check>.out
# (the same expectations run_under_cpython.py checks under CPython).
#   tests/stdlib/run_under_viv.sh [path/to/viv] [check names...]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
viv="${1:-$here/../../target/debug/viv}"
shift || true
viv="$(cd "$(dirname "$viv")" && pwd)/$(basename "$viv")"
failures=0
total=0
for path in "$here"/check_*.py; do
  name="$(basename "$path" .py)"
  if [ "$#" -gt 0 ]; then
    wanted=0
    for w in "$@"; do [ "$w" = "$name" ] || [ "check_$w" = "$name" ] && wanted=1; done
    [ "$wanted" = 1 ] || continue
  fi
  total=$((total + 1))
  expected="$here/expected/$name.out"
  if [ ! -f "$expected" ]; then
    echo "SKIP $name (no expected output)"
    continue
  fi
  if diff -u "$expected" <(cd "$here" && "$viv" "$path" 2>&1) > /tmp/viv_stdlib_$$.diff; then
    echo "ok   $name"
  else
    failures=$((failures + 1))
    echo "FAIL $name"
    head -20 /tmp/viv_stdlib_$$.diff
  fi
done
rm -f /tmp/viv_stdlib_$$.diff
echo "$total checks, $failures failed"
[ "$failures" = 0 ]
