#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, launch the lab.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/relu-family-lab "$@"
