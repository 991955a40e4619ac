#!/usr/bin/env bash
# Benchmark: Broadsheet's article page against nginx serving the same page as a static file.
#
# Usage (from the repository root):
#   bench/article-page.sh [--build] [--install]
#
#   --build     rebuild the jar even if target/broadsheet-*.jar exists (it is built when missing)
#   --install   apt-get install wrk and nginx when they are missing (needs root or sudo)
#
# Environment (all optional):
#   BENCH_DURATION     length of each measured wrk run (default 20s)
#   BENCH_CONNECTIONS  open connections (default 64)
#   BENCH_THREADS      wrk threads (default 2)
#   BENCH_WARMUP       length of the warm-up run before each measurement (default 30s, time for the JIT
#                      compiler to compile Broadsheet's hot paths even on a busy machine)
#   BENCH_APP_PORT     Broadsheet's port (default 18080)
#   BENCH_NGINX_PORT   nginx's port (default 18081)
#   BENCH_STARTUP_TIMEOUT  seconds to wait for Broadsheet to start, demo content loaded (default 120; a
#                      machine busy with other work may need more)
#   JAVA_HOME          the JDK (21 or later) to build and run with; else `java` on the PATH
#
# Needs wrk, nginx, curl and a JDK; on Debian: apt-get install -y wrk nginx-light curl.
#
# It starts Broadsheet from the jar with a throwaway embedded database (demo content loads on first start),
# saves the lead article's HTML as a file that nginx serves at the same path, checks that both servers send
# identical bytes, then warms up and measures each server in turn with wrk. The figures replace the section
# "Article page vs nginx (static file)" in docs/performance.md; wrk's raw output is kept in bench/results/.
#
# wrk and both servers share the machine's cores, so the absolute figures depend on the machine and on
# whatever else runs on it: the ratio Broadsheet/nginx, measured in the same run, is what compares.

set -euo pipefail

readonly ARTICLE_PATH=/articles/marsh-volkov-sochi-talks-varossa
readonly TARGET_PERCENT=70
readonly DURATION=${BENCH_DURATION:-20s}
readonly CONNECTIONS=${BENCH_CONNECTIONS:-64}
readonly THREADS=${BENCH_THREADS:-2}
readonly WARMUP=${BENCH_WARMUP:-30s}
readonly APP_PORT=${BENCH_APP_PORT:-18080}
readonly NGINX_PORT=${BENCH_NGINX_PORT:-18081}
readonly STARTUP_TIMEOUT_SECONDS=${BENCH_STARTUP_TIMEOUT:-120}
readonly REPORT=docs/performance.md
readonly SECTION_START='<!-- bench:article-page:start -->'
readonly SECTION_END='<!-- bench:article-page:end -->'
readonly CLOCK_TICKS=$(getconf CLK_TCK)

build=false
install=false
for arg in "$@"; do
    case "$arg" in
        --build) build=true ;;
        --install) install=true ;;
        -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."

# shellcheck source=bench/common.sh
source bench/common.sh

# nginx lives in /usr/sbin, which is not on an ordinary user's PATH.
find_nginx() { command -v nginx || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true; }

# --- Tools -------------------------------------------------------------------------------------------------

missing_packages() {
    command -v wrk >/dev/null || echo wrk
    [[ -n "$(find_nginx)" ]] || echo nginx-light
    command -v curl >/dev/null || echo curl
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]})) && ! $install; then
    alternative=
    [[ " ${missing[*]} " == *" nginx-light "* ]] && alternative=" (nginx instead of nginx-light does as well)"
    die "missing ${missing[*]}. Install with:
    sudo apt-get install -y ${missing[*]}$alternative
or run this script with --install."
fi
if ((${#missing[@]})); then
    sudo=()
    ((EUID == 0)) || sudo=(sudo)
    # Debian releases without nginx-light have the same server as nginx.
    apt-cache show nginx-light >/dev/null 2>&1 || missing=("${missing[@]/#nginx-light/nginx}")
    log "Installing ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y "${missing[@]}"
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || die "still missing after installing: ${missing[*]}"
fi
readonly NGINX=$(find_nginx)

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$java" >/dev/null || die "no JDK found: install JDK 21 or later, or set JAVA_HOME"
java_feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
[[ "$java_feature" =~ ^[0-9]+$ ]] && ((java_feature >= 21)) || die "$java is Java $java_feature; Broadsheet needs 21 or later (set JAVA_HOME)"

for port in "$APP_PORT" "$NGINX_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "port $port is already in use; free it or choose another with BENCH_APP_PORT / BENCH_NGINX_PORT"
    fi
done

# --- The jar -----------------------------------------------------------------------------------------------

shopt -s nullglob
jars=(target/broadsheet-*.jar)
if $build || ((${#jars[@]} == 0)); then
    log "Building the jar"
    ./mvnw -B -q -DskipTests package
    jars=(target/broadsheet-*.jar)
fi
shopt -u nullglob
((${#jars[@]} == 1)) || die "expected one target/broadsheet-*.jar, found: ${jars[*]:-none} (run with --build after mvn clean)"
readonly JAR=${jars[0]}

# --- Servers, and cleaning up after them -------------------------------------------------------------------

work=$(mktemp -d -t broadsheet-bench.XXXXXX)
# nginx's workers run as an unprivileged user when started by root and must reach the static file.
chmod 755 "$work"
app_pid=
nginx_pid=

cleanup() {
    stop "$nginx_pid" nginx
    stop "$app_pid" Broadsheet
    # Broadsheet stops its PostgreSQL on shutdown; should it have been killed, its PostgreSQL is still running.
    if [[ -f "$work/db/postmaster.pid" ]]; then
        stop "$(head -n 1 "$work/db/postmaster.pid")" PostgreSQL
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "Starting Broadsheet ($JAR) on port $APP_PORT"
"$java" -jar "$JAR" \
    --server.address=127.0.0.1 \
    --server.port="$APP_PORT" \
    --broadsheet.embedded-database.directory="$work/db" \
    --broadsheet.embedded-database.clean=true \
    >"$work/broadsheet.log" 2>&1 &
app_pid=$!

# Readiness turns UP once startup, including loading the demo content, has finished.
await_ready "$app_pid" "http://127.0.0.1:$APP_PORT/actuator/health/readiness" "$work/broadsheet.log" Broadsheet \
    "$STARTUP_TIMEOUT_SECONDS"

app_url=http://127.0.0.1:$APP_PORT$ARTICLE_PATH
nginx_url=http://127.0.0.1:$NGINX_PORT$ARTICLE_PATH
mkdir -p "$work/static$(dirname "$ARTICLE_PATH")"
curl -fsS -o "$work/static$ARTICLE_PATH" "$app_url"
chmod -R a+rX "$work/static"
mkdir "$work/nginx-temp"

cat >"$work/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;

events {
    worker_connections 1024;
}

http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/nginx-temp/body;
    proxy_temp_path $work/nginx-temp/proxy;
    fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi;
    scgi_temp_path $work/nginx-temp/scgi;

    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/static;

        location = $ARTICLE_PATH {
            types { }
            default_type "text/html; charset=UTF-8";
        }
    }
}
EOF

log "Starting nginx on port $NGINX_PORT"
"$NGINX" -p "$work" -c "$work/nginx.conf" 2>>"$work/nginx-error.log" &
nginx_pid=$!
until curl -fsS -o "$work/from-nginx.html" "$nginx_url" 2>/dev/null; do
    if ! kill -0 "$nginx_pid" 2>/dev/null; then
        cat "$work/nginx-error.log" >&2
        die "nginx did not start"
    fi
    sleep 0.2
done

curl -fsS -o "$work/from-broadsheet.html" "$app_url"
cmp "$work/from-broadsheet.html" "$work/from-nginx.html" || die "Broadsheet and nginx serve different bytes"
page_bytes=$(wc -c <"$work/from-nginx.html")
log "Both servers send the same $page_bytes bytes"

# --- Measurements ------------------------------------------------------------------------------------------

mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v load="${load_before%% *}" -v cpus="$(nproc)" 'BEGIN { exit !(load > cpus / 2) }'; then
    log "Warning: load average $load_before on $(nproc) CPUs; other work will distort the figures"
fi

# The processes whose CPU time a server costs: nginx's master and workers; Broadsheet's JVM and its PostgreSQL.
processes_of() {
    local pid
    for pid in "$@"; do
        echo "$pid"
        { cat /proc/"$pid"/task/*/children 2>/dev/null || true; } | tr -s ' ' '\n'
    done
}

# CPU time (user + system) in clock ticks of the given processes.
process_ticks() {
    local pid stat total=0
    for pid in "$@"; do
        stat=$(<"/proc/$pid/stat") || continue # gone, such as a database connection closed meanwhile
        read -r -a stat <<<"${stat##*) }" # the fields after the command name, from the state on
        total=$((total + stat[11] + stat[12]))
    done
    echo "$total"
}

# Clock ticks of all CPUs since boot: "busy total" (busy: user, nice, system, irq and softirq).
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# CPU time in clock ticks of this shell's finished children (such as wrk), from the output of `times`, which
# has to run in this shell itself: a subshell does not see them.
children_ticks() {
    awk -v t="$CLOCK_TICKS" 'function seconds(v) { split(v, part, "m"); return part[1] * 60 + part[2] }
        NR == 2 { print int((seconds($1) + seconds($2)) * t) }' "$1"
}

# Runs wrk against one server after a warm-up and keeps wrk's output in the given file, followed by the
# server's CPU time and the share of the machine's CPU that processes other than wrk and the server used.
measure() {
    local name=$1 url=$2 raw=$3
    shift 3
    local pids server0 server1 busy0 total0 busy1 total1 wrk
    mapfile -t pids < <(processes_of "$@" | sort -u)
    log "Warming up $name for $WARMUP"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    log "Measuring $name for $DURATION"
    server0=$(process_ticks "${pids[@]}")
    read -r busy0 total0 < <(machine_ticks)
    times >"$work/times.before"
    wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$url" >"$raw"
    times >"$work/times.after"
    read -r busy1 total1 < <(machine_ticks)
    server1=$(process_ticks "${pids[@]}")
    wrk=$(($(children_ticks "$work/times.after") - $(children_ticks "$work/times.before")))
    awk -v server=$((server1 - server0)) -v others=$((busy1 - busy0 - (server1 - server0) - wrk)) \
        -v total=$((total1 - total0)) -v t="$CLOCK_TICKS" 'BEGIN {
            printf "Server CPU time: %.2f s\n", server / t
            printf "Other processes: %.0f %% of the CPU time\n", (others > 0 ? others : 0) * 100 / total
        }' >>"$raw"
    cat "$raw" >&2
    if grep -q 'Non-2xx or 3xx responses' "$raw"; then
        die "$name answered with errors during the run (see $raw)"
    fi
}

# Prints "requests/s p50_ms p99_ms cpu_us_per_request others_percent socket_errors" from measure's output.
summarise() {
    awk '
        function ms(value) {
            if (value ~ /us$/) return value / 1000
            if (value ~ /ms$/) return value + 0
            if (value ~ /s$/) return value * 1000
            return value * 60000 # minutes
        }
        / requests in / { requests = $1 }
        /^Requests\/sec:/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /^Server CPU time:/ { cpu = $4 }
        /^Other processes:/ { others = $3 }
        /Socket errors:/ { errors = $0; sub(/^ *Socket errors: */, "", errors) }
        END {
            printf "%.0f %.2f %.2f %.0f %s %s\n", rps, p50, p99, cpu * 1e6 / requests, others,
                errors == "" ? "none" : errors
        }
    ' "$1"
}

app_raw=bench/results/article-page-$stamp-broadsheet.txt
nginx_raw=bench/results/article-page-$stamp-nginx.txt
measure Broadsheet "$app_url" "$app_raw" "$app_pid" "$(head -n 1 "$work/db/postmaster.pid")"
measure nginx "$nginx_url" "$nginx_raw" "$nginx_pid"
read -r app_rps app_p50 app_p99 app_cpu app_others app_errors < <(summarise "$app_raw")
read -r nginx_rps nginx_p50 nginx_p99 nginx_cpu nginx_others nginx_errors < <(summarise "$nginx_raw")
percent=$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.1f", 100 * a / n }')
verdict=$(awk -v p="$percent" -v t="$TARGET_PERCENT" 'BEGIN { print (p >= t ? "met" : "not met") }')
# wrk and the servers are starved unevenly when other work takes the CPU, so such a ratio says little.
readonly QUIET_PERCENT=10
caveat=
if awk -v a="$app_others" -v n="$nginx_others" -v q="$QUIET_PERCENT" 'BEGIN { exit !(a > q || n > q) }'; then
    caveat="Other processes took more than $QUIET_PERCENT % of the CPU time during a run, so this ratio is unreliable; run again on a quiet machine."
    log "Warning: $caveat"
fi
log "Broadsheet: $app_rps requests/s, nginx: $nginx_rps requests/s: $percent % (target ≥ $TARGET_PERCENT %, $verdict)"
log "CPU time per request: Broadsheet $app_cpu µs, nginx $nginx_cpu µs; others used $app_others % and $nginx_others %"

# --- The report --------------------------------------------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
jdk=$("$java" -version 2>&1 | sed -n 2p)
nginx_version=$("$NGINX" -v 2>&1 | sed 's|^nginx version: nginx/||')
wrk_version=$({ wrk -v 2>&1 || true; } | awk 'NR == 1 { print $2 }')

section=$work/section.md
cat >"$section" <<EOF
$SECTION_START
## Article page vs nginx (static file)

Measured with \`bench/article-page.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC.

- Machine: $(nproc) CPUs (${cpu_model:-unknown model}), $memory memory, Linux $(uname -r); load average before the run: $load_before
- JDK: $jdk
- nginx $nginx_version with $(nproc) workers, serving the page saved from Broadsheet as a file
- wrk $wrk_version: \`wrk --latency -t$THREADS -c$CONNECTIONS -d$DURATION\` per server, one after the other, each after a $WARMUP warm-up
- Page: \`$ARTICLE_PATH\`, $page_bytes bytes, identical from both servers; uncompressed, as wrk does not ask for gzip

| server | requests/s | p50 | p99 |
|---|---:|---:|---:|
| Broadsheet | $app_rps | $app_p50 ms | $app_p99 ms |
| nginx | $nginx_rps | $nginx_p50 ms | $nginx_p99 ms |

Broadsheet/nginx: **$percent %** of nginx's requests/s (target ≥ $TARGET_PERCENT %: $verdict).${caveat:+ **$caveat**}

- Server CPU time per request: Broadsheet $app_cpu µs, nginx $nginx_cpu µs (Broadsheet's JVM and its PostgreSQL; nginx's master and workers)
- Other processes' share of the machine's CPU time: $app_others % during the Broadsheet run, $nginx_others % during the nginx run
- Socket errors: Broadsheet $app_errors; nginx $nginx_errors

wrk and both servers share the machine's cores, so compare the ratio rather than the absolute figures; the CPU time
per request depends least on whatever else the machine was doing.
$SECTION_END
EOF

if [[ ! -f "$REPORT" ]]; then
    mkdir -p "$(dirname "$REPORT")"
    cat >"$REPORT" <<'EOF'
# Performance

Each benchmark is a script in `bench/` (`bench/*.sh`, see `bench/README.md`), run from the repository root on
a quiet machine. Every script measures Broadsheet against a baseline (such as nginx serving a static file) in
the same run, on the same machine, and writes its section below. Absolute figures hold only for the machine
named with each result; compare the ratio to the baseline.
EOF
fi

write_section "$REPORT" "$section" "$SECTION_START" "$SECTION_END"
