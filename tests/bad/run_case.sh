#!/usr/bin/env bash
# Runs one case of the bad-input corpus (cases.tsv) and compares exit code and stderr exactly.
#   usage: run_case.sh ITZONES_BINARY CASE_ID
# A case runs in a fresh temporary folder holding a copy of files/, so messages name files
# relatively and no case can touch the committed corpus. cases.tsv columns (tab-separated):
#   id, expected exit code, command (bash; `itzones` runs the binary), expected stderr (`\n`
#   for a line break), and optionally a check (bash) that must succeed afterwards.
# Exit 77 (CTest: skipped) when the case needs something this machine lacks (e.g. strace).
set -uo pipefail
bin=$(realpath "$1")
case_id=$2
here=$(cd "$(dirname "$0")" && pwd)

line=$(grep -P "^${case_id}\t" "$here/cases.tsv")
[ -n "$line" ] || { echo "run_case: no case \"$case_id\" in cases.tsv" >&2; exit 2; }
# Tabs become US characters first: IFS whitespace (a tab) would merge empty fields.
IFS=$'\x1f' read -r _ want_exit command want_stderr check <<<"${line//$'\t'/$'\x1f'}"
want_stderr=${want_stderr//\\n/$'\n'}

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -R "$here/files/." "$work/"
cd "$work" || exit 2

itzones() { "$bin" "$@"; }

# Generated inputs too large to commit.
# make_long_line FILE MIB: a valid header, then one row whose region name is MIB MiB long.
make_long_line() {
  { head -n 1 good.csv; printf 'KZ-AKM,'; head -c "$(($2 * 1048576))" /dev/zero | tr '\0' 'a'
    printf ',585965.4,413300,834269.0,72.9,574.5,629.5,6959.6,735100\n'; } > "$1"
}
# make_wide FILE N: good.csv with N more (ignored) columns.
make_wide() {
  local names values
  names=$(seq -s, -f 'c%.0f' 1 "$2")
  values=$(seq -s, 1 "$2")
  { printf '%s,%s\n' "$(head -n 1 good.csv)" "$names"
    tail -n +2 good.csv | while IFS= read -r row; do printf '%s,%s\n' "$row" "$values"; done; } > "$1"
}
# Previous outputs in DIR, to show that a failed run leaves them untouched.
prior_outputs() { mkdir -p "$1" && for f in rating-summary.csv rating-2020.csv audit.csv; do echo old > "$1/$f"; done; }
untouched() {
  for f in rating-summary.csv rating-2020.csv audit.csv; do [ "$(cat "$1/$f")" = old ] || return 1; done
  [ -z "$(find "$1" -name '.*tmp*')" ]
}
# The command as an unprivileged user when running as root (root ignores file permissions).
unprivileged() {
  if [ "$(id -u)" -eq 0 ]; then
    cp "$bin" "$work/.itzones" && chmod -R a+rX "$work" &&
      setpriv --reuid=65534 --regid=65534 --clear-groups "$work/.itzones" "$@"
  else
    "$bin" "$@"
  fi
}
needs() { command -v "$1" >/dev/null || { echo "run_case: skipped: needs $1" >&2; exit 77; }; }

stderr_file=$work/.stderr
eval "$command" 2>"$stderr_file" >"$work/.stdout"
got_exit=$?
got_stderr=$(cat "$stderr_file")
status=0
if [ "$got_exit" != "$want_exit" ]; then
  echo "case $case_id: exit code $got_exit, expected $want_exit" >&2
  status=1
fi
if [ "$got_stderr" != "$want_stderr" ]; then
  echo "case $case_id: stderr differs" >&2
  diff <(printf '%s\n' "$want_stderr") <(printf '%s\n' "$got_stderr") >&2
  status=1
fi
if [ -n "${check:-}" ] && ! eval "$check"; then
  echo "case $case_id: check failed: $check" >&2
  status=1
fi
exit $status
