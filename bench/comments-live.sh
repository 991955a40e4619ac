#!/usr/bin/env bash
# Benchmark: how long a new comment takes to reach 1,000 readers who have the article open with its live
# discussion (the aim: p99 under 1 s), on one node and on two nodes sharing one database.
#
# Usage (from the repository root):
#   bench/comments-live.sh
#
# Environment (all optional):
#   BENCH_READERS           open live streams, as browsers reading the article (default 1000)
#   BENCH_SIGNED_IN         how many of them are signed in, four tabs to an account (default 100)
#   BENCH_COMMENTS          measured comments, every second one a reply (default 20)
#   BENCH_WARMUP_COMMENTS   comments posted first and not measured (default 4); with BENCH_COMMENTS at most 60,
#                           what Broadsheet takes from one address in five minutes
#   BENCH_INTERVAL_MS       time from one comment's POST to the next one's (default 3000)
#   BENCH_DELIVERY_TIMEOUT  seconds to wait after the last comment for every stream to have it (default 15)
#   BENCH_NODES             the runs, by number of nodes (default "1 2"; "1" skips the two-node run)
#   BENCH_HEAP              each node's -Xmx (default 1g)
#   BENCH_PORT              the first node's port; the second node's is the next one (default 18090)
#   BENCH_DATABASE_PORT     the embedded PostgreSQL's port, which the second node connects to (default 18099)
#   BENCH_STARTUP_TIMEOUT   seconds to wait for a node to start, demo content loaded (default 300;
#                           a machine busy with other work needs that long)
#   BENCH_JFR               a name: record the first node with Java Flight Recorder into bench/results/NAME-Nnode.jfr
#   JAVA_HOME               the JDK (21 or later) to build and run with; else `java` on the PATH
#
# Needs a JDK (with jstat) and curl; on Debian: apt-get install -y curl.
#
# It compiles Broadsheet and the client (bench/comments-live/java, compiled as test code so it
# stays out of the jar), then for each run starts Broadsheet from target/classes on a throwaway embedded
# database with the demo content (a second node, if asked for, on the same database), and runs the client in
# its own JVM: it registers the posting and the signed-in readers through the register form and confirms them
# through the links in the newsroom's Outbox, reads the stream URL that the lead article's page names in
# data-live, opens the streams (spread over the nodes, half in each edition), and posts the comments through
# the article page's form with its CSRF token, to the first node. Latency runs from just before a comment's POST
# to its arrival on each stream. The figures replace the section "Comments: a new comment live to 1,000
# readers" in docs/performance.md; the raw figures, one comment to a line, are kept in bench/results/.

set -euo pipefail

readonly ARTICLE_PATH=/articles/marsh-volkov-sochi-talks-varossa
readonly READERS=${BENCH_READERS:-1000}
readonly SIGNED_IN=${BENCH_SIGNED_IN:-100}
readonly COMMENTS=${BENCH_COMMENTS:-20}
readonly WARMUP_COMMENTS=${BENCH_WARMUP_COMMENTS:-4}
readonly INTERVAL_MS=${BENCH_INTERVAL_MS:-3000}
readonly DELIVERY_TIMEOUT=${BENCH_DELIVERY_TIMEOUT:-15}
readonly NODE_RUNS=${BENCH_NODES:-1 2}
readonly HEAP=${BENCH_HEAP:-1g}
readonly FIRST_PORT=${BENCH_PORT:-18090}
readonly DATABASE_PORT=${BENCH_DATABASE_PORT:-18099}
readonly STARTUP_TIMEOUT_SECONDS=${BENCH_STARTUP_TIMEOUT:-300}
readonly JFR=${BENCH_JFR:-}
readonly AIM_MS=1000
readonly ADMIN_EMAIL=bench-admin@example.com
readonly ADMIN_PASSWORD="a bench administrator's password"
readonly REPORT=docs/performance.md
readonly SECTION_START='<!-- bench:comments-live:start -->'
readonly SECTION_END='<!-- bench:comments-live:end -->'

for arg in "$@"; do
    case "$arg" in
        -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."

# shellcheck source=bench/common.sh
source bench/common.sh

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jstat=${JAVA_HOME:+$JAVA_HOME/bin/}jstat
command -v "$java" >/dev/null || die "no JDK found: install JDK 21 or later, or set JAVA_HOME"
command -v "$jstat" >/dev/null || die "$jstat is missing: a full JDK is needed, not a JRE"
command -v curl >/dev/null || die "curl is missing (on Debian: apt-get install -y curl)"
for run in $NODE_RUNS; do
    [[ "$run" == 1 || "$run" == 2 ]] || die "BENCH_NODES takes runs of 1 or 2 nodes, not $run"
done
for port in "$FIRST_PORT" "$((FIRST_PORT + 1))" "$DATABASE_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "port $port is already in use; choose others with BENCH_PORT / BENCH_DATABASE_PORT"
    fi
done

# Each stream is an open file on both sides: the client holds them all, a node its share.
readonly FILES_NEEDED=$((READERS + 500))
if (($(ulimit -n) < FILES_NEEDED)); then
    ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    (($(ulimit -n) >= FILES_NEEDED)) ||
        die "open files are limited to $(ulimit -n) (ulimit -n); $READERS streams need $FILES_NEEDED"
fi

log "Compiling Broadsheet and the benchmark client"
./mvnw -B -q -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime >&2
readonly SERVER_CLASSPATH=target/classes:$(<target/runtime-classpath.txt)
# The client needs only the JDK and the test helper Browserless.
readonly CLIENT_CLASSPATH=target/test-classes

# --- Nodes, and cleaning up after them ---------------------------------------------------------------------

work=$(mktemp -d -t broadsheet-live.XXXXXX)
node_pids=()
sampler_pids=()

stop_run() {
    local pid i
    for pid in "${sampler_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    sampler_pids=()
    # The second node first: the first one owns the database.
    for ((i = ${#node_pids[@]} - 1; i >= 0; i--)); do
        stop "${node_pids[i]}" "node $((i + 1))"
    done
    node_pids=()
    # A node stops its embedded PostgreSQL on shutdown; should it have been killed, PostgreSQL is still running.
    if [[ -f "$work/db/postmaster.pid" ]]; then
        stop "$(head -n 1 "$work/db/postmaster.pid")" PostgreSQL
    fi
    rm -rf "$work/db"
}

cleanup() {
    stop_run
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a node in the background and waits until it is ready; the first runs the embedded database.
start_node() {
    local number=$1 port=$2 pid
    local options=(-Xmx"$HEAP")
    if [[ -n "$JFR" && "$number" == 1 ]]; then
        options+=("-XX:StartFlightRecording=filename=bench/results/$JFR-${nodes}node.jfr,settings=profile")
    fi
    local arguments=(--server.address=127.0.0.1 --server.port="$port")
    log "Starting node $number on port $port"
    if ((number == 1)); then
        BROADSHEET_ADMIN_EMAIL=$ADMIN_EMAIL BROADSHEET_ADMIN_PASSWORD=$ADMIN_PASSWORD \
            "$java" "${options[@]}" -cp "$SERVER_CLASSPATH" news.broadsheet.BroadsheetApplication "${arguments[@]}" \
            --broadsheet.embedded-database.directory="$work/db" \
            --broadsheet.embedded-database.clean=true \
            --broadsheet.embedded-database.port="$DATABASE_PORT" \
            >"$work/node-$number.log" 2>&1 &
    else
        SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$DATABASE_PORT/postgres SPRING_DATASOURCE_USERNAME=postgres \
            "$java" "${options[@]}" -cp "$SERVER_CLASSPATH" news.broadsheet.BroadsheetApplication "${arguments[@]}" \
            >"$work/node-$number.log" 2>&1 &
    fi
    pid=$!
    node_pids+=("$pid")
    await_ready "$pid" "http://127.0.0.1:$port/actuator/health/readiness" "$work/node-$number.log" "node $number" \
        "$STARTUP_TIMEOUT_SECONDS"
}

# Samples a JVM's heap every second into a file: the used bytes of its survivor, eden and old spaces, in KiB.
sample_heap() {
    "$jstat" -gc "$1" 1000 >"$2" 2>/dev/null &
    sampler_pids+=("$!")
}

# The most heap in use among a sampler's lines, in MiB.
peak_heap() {
    awk 'NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
         $1 ~ /^[0-9.]+$/ { used = $column["S0U"] + $column["S1U"] + $column["EU"] + $column["OU"]; if (used > peak) peak = used }
         END { printf "%.0f", peak / 1024 }' "$1"
}

# --- Runs --------------------------------------------------------------------------------------------------

mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v load="${load_before%% *}" -v cpus="$(nproc)" 'BEGIN { exit !(load > cpus / 2) }'; then
    log "Warning: load average $load_before on $(nproc) CPUs; other work will distort the figures"
fi

result_files=()
for nodes in $NODE_RUNS; do
    ports=()
    for ((n = 1; n <= nodes; n++)); do
        ports+=("$((FIRST_PORT + n - 1))")
        start_node "$n" "${ports[n - 1]}"
    done
    postmaster=$(head -n 1 "$work/db/postmaster.pid")
    for ((n = 1; n <= nodes; n++)); do
        sample_heap "${node_pids[n - 1]}" "$work/heap-$nodes-$n.txt"
    done
    results=bench/results/comments-live-$stamp-${nodes}node.txt
    log "Run with $nodes node(s): $READERS streams, $WARMUP_COMMENTS + $COMMENTS comments"
    server_pids=$(IFS=,; echo "${node_pids[*]},$postmaster")
    "$java" -Xmx512m -cp "$CLIENT_CLASSPATH" news.broadsheet.comment.LiveCommentsBenchmark \
        "$results" "$ARTICLE_PATH" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$READERS" "$SIGNED_IN" "$WARMUP_COMMENTS" \
        "$COMMENTS" "$INTERVAL_MS" "$DELIVERY_TIMEOUT" "$server_pids" "${ports[@]}" 2> >(tee "$work/client-$nodes.log" >&2) ||
        { for ((n = 1; n <= nodes; n++)); do tail -n 30 "$work/node-$n.log" >&2; done; die "the client failed (see above)"; }
    for ((n = 1; n <= nodes; n++)); do
        echo "node${n}_peak_heap_mib=$(peak_heap "$work/heap-$nodes-$n.txt")" >>"$results"
        # Warnings and errors once the node had started, such as streams that failed.
        problems=$(sed -n '/Started BroadsheetApplication/,$p' "$work/node-$n.log" | grep -E ' (ERROR|WARN) ' || true)
        if [[ -n "$problems" ]]; then
            log "node $n logged warnings or errors during the run:"
            tail -n 10 <<<"$problems" >&2
        fi
    done
    stop_run
    result_files+=("$results")
done

# --- The report --------------------------------------------------------------------------------------------

figure() { awk -F= -v name="$2" '$1 == name { sub(/^[^=]*=/, ""); print; exit }' "$1"; }

rows=
verdicts=
missed_total=0
for results in "${result_files[@]}"; do
    nodes=$(figure "$results" nodes)
    deliveries=$(figure "$results" deliveries)
    jvm_cpu=$(figure "$results" server_jvm_cpu_seconds)
    database_cpu=$(figure "$results" server_database_cpu_seconds)
    cpu_per_delivery=$(awk -v a="$jvm_cpu" -v b="$database_cpu" -v n="$deliveries" 'BEGIN { printf "%.0f", n ? (a + b) * 1e6 / n : 0 }')
    heaps=
    for ((n = 1; n <= nodes; n++)); do
        heaps+="${heaps:+ + }$(figure "$results" "node${n}_peak_heap_mib") MiB"
    done
    p99=$(figure "$results" p99_ms)
    missed=$(figure "$results" missed)
    garbled=$(figure "$results" garbled)
    missed_total=$((missed_total + missed + garbled))
    verdict=$(awk -v p="$p99" -v aim="$AIM_MS" -v bad=$((missed + garbled)) 'BEGIN { print (p < aim && bad == 0 ? "met" : "not met") }')
    label="1 node"
    ((nodes == 1)) || label="$nodes nodes"
    rows+="| $label | $(figure "$results" readers) ($(figure "$results" signed_in_readers) signed in) | $(figure "$results" comments) ($(figure "$results" replies) replies) | $deliveries | **$missed** | $(figure "$results" p50_ms) ms | $(figure "$results" p95_ms) ms | **$p99 ms** | $(figure "$results" max_ms) ms | $jvm_cpu s + $database_cpu s ($cpu_per_delivery µs a delivery) | $heaps | $(figure "$results" others_cpu_percent) % |"$'\n'
    verdicts+="- $label: p99 $p99 ms, $missed missed, $garbled garbled: **$verdict**"
    if ((nodes > 1)); then
        verdicts+=" (readers on the posting node: p99 $(figure "$results" node1_p99_ms) ms; on the other node, reached through NOTIFY: p99 $(figure "$results" node2_p99_ms) ms)"
    fi
    verdicts+=$'\n'
    log "$label: p50 $(figure "$results" p50_ms) ms, p99 $p99 ms, max $(figure "$results" max_ms) ms, $missed missed: $verdict"
done
((missed_total == 0)) || log "Warning: $missed_total deliveries missed or garbled; see bench/results/"

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
jdk=$("$java" -version 2>&1 | sed -n 2p)
skipped=
[[ " $NODE_RUNS " == *" 2 "* ]] || skipped=" The two-node run was skipped (BENCH_NODES=\"$NODE_RUNS\")."

section=$work/section.md
cat >"$section" <<EOF
$SECTION_START
## Comments: a new comment live to 1,000 readers

Measured with \`bench/comments-live.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC.

- Machine: $(nproc) CPUs (${cpu_model:-unknown model}), $memory memory, Linux $(uname -r); load average before the run: $load_before
- JDK: $jdk, \`-Xmx$HEAP\` for each node; embedded PostgreSQL 17 with the demo content; open files allowed: $(ulimit -n)
- Readers: $READERS Server-Sent Events streams over loopback HTTP/1.1 to the stream the lead article's page names in \`data-live\`, half in the UK edition and half in the US one, $SIGNED_IN of them signed in (four tabs to an account); with two nodes, alternately on each
- Comments: $WARMUP_COMMENTS to warm up, then $COMMENTS measured, $INTERVAL_MS ms apart, every second one a reply, posted to the first node through the article page's form with its CSRF token by readers registered and confirmed through the site's own forms and e-mail links
- Each comment contains non-ASCII text, which every delivery is checked to carry intact ("garbled" counts those that do not)
- Latency: from just before a comment's POST is sent to the comment's arrival on a stream, on the client's clock, over every (stream, comment) pair; the client runs in its own JVM on the same CPUs
- CPU: the nodes' JVMs + PostgreSQL while the measured comments went out; heap: the most in use, sampled every second by \`jstat\`; "others": the share of the machine's CPU time that neither the nodes, PostgreSQL nor the client took

| nodes | streams | comments | deliveries | missed | p50 | p95 | p99 | max | CPU: JVMs + PostgreSQL | peak heap | others |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|
$rows
Aim: a new comment reaches 1,000 connected readers with p99 under $AIM_MS ms on this 2-core machine, none missed.

$verdicts$skipped
The raw figures, with each comment's POST time, first, median, p99 and last arrival, are in
\`bench/results/comments-live-$stamp-*node.txt\`.
$SECTION_END
EOF

write_section "$REPORT" "$section" "$SECTION_START" "$SECTION_END"
