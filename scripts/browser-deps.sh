#!/usr/bin/env bash
# Installs Debian's chromium, and python3 that tests/browser/check_page.py runs on, for the
# browser test (ctest -L browser), only when missing.
set -euo pipefail
"$(dirname "$0")/deps.sh" chromium python3
command -v chromium >/dev/null || { echo "itzones: chromium is still not installed" >&2; exit 1; }
