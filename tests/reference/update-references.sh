#!/usr/bin/env bash
# Rewrites tests/reference/ from what the parser and the extractor produce now, then shows the
# change. Read the diff: every line of it is a change in behaviour that a user would see.
#   tests/reference/update-references.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake --build "$build" --target tst_reference >/dev/null
QT_QPA_PLATFORM=offscreen PIZHU_UPDATE_REFERENCES=1 "$build/tests/models/tst_reference" -silent
git --no-pager diff --stat -- tests/reference
