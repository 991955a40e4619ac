#!/usr/bin/env bash
# Benchmark: the first page of a 5,000-comment discussion, built from the database and rendered server-side
# (the target is under 50 ms), and the whole article page over HTTP with that discussion under it.
#
# Usage (from the repository root):
#   bench/comments-thread.sh
#
# Environment (optional):
#   JAVA_HOME   the JDK (21 or later) to run with
#
# It runs CommentThreadBenchmark, which the ordinary test run skips: the test application starts with its
# embedded PostgreSQL, 5,000 comments are seeded under one story, and each measurement runs 200 times to warm
# up and 500 times measured. The figures replace the section "Comments: the first page of a 5,000-comment
# discussion" in docs/performance.md. Run it on an otherwise idle machine: the report records the load average.

set -euo pipefail

case "${1:-}" in
    -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    "") ;;
    *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B -q test -Dtest=CommentThreadBenchmark -Dbench=comments-thread -Dsurefire.failIfNoSpecifiedTests=false
sed -n '/<!-- bench:comments-thread:start -->/,/<!-- bench:comments-thread:end -->/p' docs/performance.md
