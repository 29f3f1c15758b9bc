#!/usr/bin/env bash
# Runs the suite under LC_ALL=ru_RU.UTF-8 and LC_ALL=C and checks that every output format of
# `itzones run` is byte-identical under both (numbers must never go through the C locale).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! locale -a 2>/dev/null | grep -qi '^ru_RU\.utf-\?8$'; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq locales >/dev/null
  $sudo_cmd sed -i 's/^# *ru_RU.UTF-8 UTF-8/ru_RU.UTF-8 UTF-8/' /etc/locale.gen
  $sudo_cmd locale-gen >/dev/null
fi
for loc in ru_RU.UTF-8 C; do
  echo "== suite under LC_ALL=$loc"
  LC_ALL=$loc ctest --test-dir build --output-on-failure -j 2 -LE browser
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for loc in ru_RU.UTF-8 C; do
  for f in table csv json md; do
    LC_ALL=$loc ./build/itzones run --format "$f" > "$out/$loc.$f" 2>/dev/null
  done
done
for f in table csv json md; do
  cmp "$out/ru_RU.UTF-8.$f" "$out/C.$f"
done
echo "locale check: outputs byte-identical under ru_RU.UTF-8 and C"
