# Shared by the benchmark scripts (sourced, not run): messages, waiting for Broadsheet to be ready, stopping a
# process, and writing a script's section of the report.

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# await_ready PID URL LOG NAME TIMEOUT: waits until Broadsheet's readiness at URL turns UP (startup, demo content
# loaded included); dies with the end of LOG if process PID exits first or TIMEOUT seconds pass.
await_ready() {
    local pid=$1 url=$2 log_file=$3 name=$4 timeout=$5 started=$SECONDS
    until curl -fsS "$url" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 40 "$log_file" >&2
            die "$name exited during startup"
        fi
        if ((SECONDS - started > timeout)); then
            tail -n 40 "$log_file" >&2
            die "$name was not UP at $url within $timeout s"
        fi
        sleep 1
    done
}

# stop PID NAME: asks the process to end, waits up to 30 s, then kills it.
stop() {
    local pid=$1 name=$2
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    log "Stopping $name"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# write_section REPORT SECTION_FILE START END: puts the file's lines between the marker lines START and END
# of REPORT, replacing what was there, or appends them with their markers; the rest of REPORT stays as it is.
write_section() {
    local report=$1 section=$2 start=$3 end=$4
    if grep -qxF "$start" "$report" && ! grep -qxF "$end" "$report"; then
        die "$report has the line $start but not $end; mend it and run again"
    fi
    awk -v section="$section" -v start="$start" -v end="$end" '
        function insert(line) { while ((getline line < section) > 0) print line }
        $0 == start { insert(); skipping = 1; found = 1; next }
        $0 == end { skipping = 0; next }
        !skipping { print }
        END { if (!found) { print ""; insert() } }
    ' "$report" >"$section.report"
    cp "$section.report" "$report"
    log "Wrote $report"
}
