#!/usr/bin/env bash
# Sets everything up and runs the main job: the paper's rating on the bundled data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
./build/itzones run "$@"
