#!/usr/bin/env bash
# Installs the Debian packages itzones needs (or the packages named as arguments), only when one
# is missing: apt-get update first, then install.
set -euo pipefail
packages=(g++ cmake ninja-build libcli11-dev libfmt-dev libfccp-dev nlohmann-json3-dev catch2)
[ $# -eq 0 ] || packages=("$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "itzones: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
