#!/bin/sh
# Runs the itzones binary once (or twice) and compares what it did with golden files.
#
# usage: run_case.sh [options] -- PROGRAM ARGS...
#   --cwd DIR          run PROGRAM in DIR
#   --exit N           expected exit code (default 0)
#   --stdout FILE      stdout must equal FILE byte for byte
#   --stderr FILE      stderr must equal FILE byte for byte
#   --file NAME=FILE   @OUT@/NAME must equal FILE after the run
#   --no-output        @OUT@ must not hold any file after the run (not even a temporary one)
#   --copy FILE        copy FILE (relative to --cwd) into @IN@ before the run; it must be
#                      unchanged afterwards and @IN@ must hold nothing else
#   --twice            run a second time: stdout, stderr and @OUT@ must be byte-identical
#
# In ARGS, @OUT@ stands for a fresh folder that does not exist yet and @IN@ for a folder
# holding the --copy files; in stdout and stderr those paths are written back as @OUT@, @IN@,
# so golden files do not depend on where the test runs.
#
# ITZONES_UPDATE_GOLDEN=1 writes the golden files instead of comparing (exit codes are still
# checked). Check every number in them by hand before committing (tests/expected/README.md).

cwd=.
want_exit=0
stdout_file=
stderr_file=
files=
no_output=0
copies=
twice=0
while [ $# -gt 0 ]; do
  case $1 in
    --cwd) cwd=$2; shift 2 ;;
    --exit) want_exit=$2; shift 2 ;;
    --stdout) stdout_file=$2; shift 2 ;;
    --stderr) stderr_file=$2; shift 2 ;;
    --file) files="$files $2"; shift 2 ;;
    --no-output) no_output=1; shift ;;
    --copy) copies="$copies $2"; shift 2 ;;
    --twice) twice=1; shift ;;
    --) shift; break ;;
    *) echo "run_case.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "run_case.sh: no program given" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/itzones-cli.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
out=$work/out
in=$work/in
mkdir "$in"
cd "$cwd" || exit 2
for f in $copies; do cp "$f" "$in/" || exit 2; done

# Substitute the placeholders in the arguments.
n=$#
while [ "$n" -gt 0 ]; do
  arg=$1
  shift
  case $arg in
    *@OUT@* | *@IN@*) arg=$(printf '%s\n' "$arg" | sed "s|@OUT@|$out|g; s|@IN@|$in|g") ;;
  esac
  set -- "$@" "$arg"
  n=$((n - 1))
done

failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=1
}

# Compares `actual` with the golden file `expected` (or writes it in update mode).
same() {
  if [ "${ITZONES_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$1" "$2"
  elif ! cmp -s "$1" "$2"; then
    fail "$3 differs from $2"
    diff -u "$2" "$1" >&2
  fi
}

# Runs the program into $1.stdout, $1.stderr, with paths written back as placeholders.
run() {
  "$@" >"$work/raw.stdout" 2>"$work/raw.stderr"
  code=$?
  for s in stdout stderr; do
    sed "s|$out|@OUT@|g; s|$in|@IN@|g" "$work/raw.$s" >"$work/$run_name.$s"
  done
}

run_name=first
run "$@"
if [ "$code" != "$want_exit" ]; then
  fail "exit code $code, expected $want_exit"
  echo "--- stderr:" >&2
  cat "$work/first.stderr" >&2
fi
[ -z "$stdout_file" ] || same "$work/first.stdout" "$stdout_file" stdout
[ -z "$stderr_file" ] || same "$work/first.stderr" "$stderr_file" stderr
for spec in $files; do
  name=${spec%%=*}
  golden=${spec#*=}
  if [ -f "$out/$name" ]; then
    same "$out/$name" "$golden" "$name"
  else
    fail "$name was not written"
  fi
done
if [ "$no_output" = 1 ] && [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then
  fail "the output folder is not empty: $(ls -A "$out" | tr '\n' ' ')"
fi
if [ -n "$copies" ]; then
  for f in $copies; do
    cmp -s "$f" "$in/$(basename "$f")" || fail "input $f was modified"
  done
  extra=$(cd "$in" && for g in * .*; do
    case $g in . | .. | '*' | '.*') continue ;; esac
    keep=0
    for f in $copies; do [ "$g" = "$(basename "$f")" ] && keep=1; done
    [ "$keep" = 1 ] || printf '%s ' "$g"
  done)
  [ -z "$extra" ] || fail "files left next to the inputs: $extra"
fi

if [ "$twice" = 1 ]; then
  [ -e "$out" ] && cp -R "$out" "$work/first.out"
  run_name=second
  run "$@"
  [ "$code" = "$want_exit" ] || fail "second run: exit code $code, expected $want_exit"
  cmp -s "$work/first.stdout" "$work/second.stdout" || fail "second run: stdout differs"
  cmp -s "$work/first.stderr" "$work/second.stderr" || fail "second run: stderr differs"
  if [ -e "$work/first.out" ]; then
    diff -r "$work/first.out" "$out" >&2 || fail "second run: output files differ"
  fi
fi

exit "$failed"
