#!/usr/bin/env bash
# Scale benchmark of `itzones specialize --stream` (issue #7); not part of the test suite.
#   bench/run_scale.sh [BUILD_DIR] [REPEATS]
# Generates 1 M, 5 M and 30 M row panels with gen_panel (cached in $BENCH_DATA, default
# /tmp/itzones-bench), filters the US County Business Patterns file to 6-digit NAICS when
# ../shared/real-data has it, and for each file prints the median of REPEATS runs (default 5)
# of the wall time, the throughput, and the peak RSS (from /usr/bin/time -v), next to the
# median time of `wc -l` on the same file, the floor for reading it. Files are read once first,
# so every run reads from the page cache. Run it when the machine is otherwise idle: it prints
# the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-scale}
repeats=${2:-5}
data=${BENCH_DATA:-/tmp/itzones-bench}
cbp=${CBP_FILE:-../shared/real-data/cbp2019_cbsa_naics_emp.csv}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target itzones gen_panel >/dev/null
itzones=$build/itzones
mkdir -p "$data"

# name, regions, industries, years: about 1 M, 5 M and 30 M rows at density 0.9.
panels=("1M 1000 112 10" "5M 2000 279 10" "30M 3000 1111 10")
for p in "${panels[@]}"; do
  read -r name regions industries years <<<"$p"
  file=$data/panel-$name.csv
  [[ -s $file ]] || "$build/gen_panel" "$regions" "$industries" "$years" >"$file"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

# Runs "$@" $repeats times; prints "median_wall_s median_peak_rss_kb median_cpu_s" (CPU = user +
# system time, which a busy machine inflates less than the wall time).
measure() {
  local times=() rss=() cpu=() start end log
  log=$(mktemp)
  for ((i = 0; i < repeats; i++)); do
    start=$(now)
    /usr/bin/time -v "$@" >/dev/null 2>"$log"
    end=$(now)
    times+=("$(echo "$end - $start" | bc -l)")
    rss+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")")
    cpu+=("$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$log")")
  done
  rm -f "$log"
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median)"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $repeats runs each"
printf '%-10s %11s %8s %9s %9s %9s %12s %9s %9s\n' file rows MB "wc -l s" "itzones s" "MB/s" "rows/s" "RSS MB" "CPU s"

run() {  # label file itzones-arguments...
  local label=$1 file=$2
  shift 2
  cat "$file" >/dev/null
  local rows bytes wc_s its_s rss_kb cpu_s
  rows=$(($(wc -l <"$file") - 1))
  bytes=$(stat -c %s "$file")
  wc_s=$(measure wc -l "$file" | cut -d' ' -f1)
  read -r its_s rss_kb cpu_s <<<"$(measure "$itzones" specialize "$file" --stream "$@")"
  awk -v l="$label" -v r="$rows" -v b="$bytes" -v w="$wc_s" -v t="$its_s" -v m="$rss_kb" -v c="$cpu_s" 'BEGIN {
    printf "%-10s %11d %8.1f %9.3f %9.3f %9.0f %12.0f %9.0f %9.2f\n", l, r, b / 1e6, w, t, b / 1e6 / t, r / t, m / 1024, c }'
}

for p in "${panels[@]}"; do
  read -r name _ <<<"$p"
  run "panel-$name" "$data/panel-$name.csv"
done
if [[ -r $cbp ]]; then
  awk -F, 'NR == 1 || $3 == 6' "$cbp" >"$data/cbp2019-naics6.csv"
  run cbp-naics6 "$data/cbp2019-naics6.csv" --region-column cbsa_code --industry-column naics_code \
    --value-column EMP --period 2019
else
  echo "($cbp not found: CBP run skipped)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
