#!/bin/sh
# Colour and progress follow the terminal: run under a pseudo-terminal (util-linux `script`),
# `run --check` colours its diff unless NO_COLOR is set and non-empty or TERM is dumb, and `robustness` draws
# its progress line; through a pipe neither appears.
#
# usage: terminal.sh ITZONES DATA_DIR   (DATA_DIR: tests/data)

itzones=$1
data=$2
command -v script >/dev/null || { echo "FAIL: util-linux 'script' is needed for this test" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/itzones-terminal.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
cd "$data" || exit 2

failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=1
}
esc=$(printf '\033')
# The caller's terminal type must not matter (TERM=dumb turns colour off): a plain one.
TERM=xterm
NO_COLOR=
export TERM NO_COLOR

# One character of R-B's 2010 index changed on disk: 62.50 -> 62.51.
"$itzones" run small/study.json --format md -o "$work/out" >/dev/null || exit 2
sed 's/| 62\.50 |/| 62.51 |/' "$work/out/rating.md" >"$work/changed.md" && mv "$work/changed.md" "$work/out/rating.md"
check="$itzones run small/study.json --format md --check $work/out"

# On a terminal (NO_COLOR set but empty): the removed line red, the added line green.
script -qec "$check" /dev/null >"$work/tty.txt"
grep -q "${esc}\[31m-| 2 | R-B | Beta | 62.51 |" "$work/tty.txt" || fail "no red removed line on a terminal"
grep -q "${esc}\[32m+| 2 | R-B | Beta | 62.50 |" "$work/tty.txt" || fail "no green added line on a terminal"
# NO_COLOR set to anything non-empty turns colour off; set but empty it does not.
NO_COLOR=1 script -qec "$check" /dev/null >"$work/nocolor.txt"
grep -q "$esc" "$work/nocolor.txt" && fail "colour on a terminal with NO_COLOR=1"
grep -q -- "-| 2 | R-B | Beta | 62.51 |" "$work/nocolor.txt" || fail "no diff with NO_COLOR=1"
script -qec "$check" /dev/null >"$work/empty.txt"
grep -q "${esc}\[31m" "$work/empty.txt" || fail "no colour on a terminal with NO_COLOR empty"
TERM=dumb script -qec "$check" /dev/null >"$work/dumb.txt"
grep -q "$esc" "$work/dumb.txt" && fail "colour on a terminal with TERM=dumb"
# Through a pipe: the same diff, no escape codes.
$check >"$work/pipe.txt" 2>/dev/null
[ $? = 1 ] || fail "run --check did not exit 1"
grep -q "$esc" "$work/pipe.txt" && fail "colour through a pipe"

# Progress: 200 runs in pieces of 64 on one thread end at 100%, only on a terminal.
script -qec "$itzones robustness --runs 200 --threads 1 >/dev/null" /dev/null >"$work/progress.txt"
grep -q "itzones: robustness: 100% (200 of 200 runs)" "$work/progress.txt" || fail "no progress line on a terminal"
"$itzones" robustness --runs 200 --threads 1 >/dev/null 2>"$work/progress_pipe.txt"
[ -s "$work/progress_pipe.txt" ] && fail "progress written to a pipe: $(cat "$work/progress_pipe.txt")"

exit "$failed"
