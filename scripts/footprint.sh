#!/usr/bin/env bash
# Footprint of the demo city: starts `java -jar routes/target/relais-hub.jar run` (the embedded demo city: its
# cameras and every simulator in-process), samples its resident memory (VmRSS in /proc/PID/status) and CPU time
# (utime + stime in /proc/PID/stat) every few seconds, stops it, and prints JSON then a table: peak and mean RSS, the
# kernel's own high-water mark (VmHWM), and mean CPU in % of one core, over the whole run and after the start-up.
#   scripts/footprint.sh                    60 s, a sample every 5 s, the first 15 s counted as start-up
#   DURATION=120 INTERVAL=2 WARMUP=20 scripts/footprint.sh -- --config my-city.yaml
# Arguments after `--` go to `run` (default: a free HTTP port and a fresh data folder). Needs Linux /proc and the
# packaged hub (mvn -q -pl routes -am package -DskipTests). The machine's load average is printed with the figures.
# KEEP=1 keeps the hub's log and the samples (their folder is named on stderr). camerasAnalysed counts the cameras
# analysed in the hub (from its log); cameras the demo plays as recorded events are not among them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${JAR:-$ROOT/routes/target/relais-hub.jar}
DURATION=${DURATION:-60}
INTERVAL=${INTERVAL:-5}
WARMUP=${WARMUP:-15}
JAVA_OPTS=${JAVA_OPTS:--Dai.djl.offline=true}
[ -f "$JAR" ] || { echo "footprint: $JAR is missing: mvn -q -pl routes -am package -DskipTests" >&2; exit 2; }
[ "${1:-}" = "--" ] && shift
WORK=$(mktemp -d "${TMPDIR:-/tmp}/relais-footprint.XXXXXX")
if [ $# -eq 0 ]; then
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    set -- --http-port "$PORT" --data-dir "$WORK/data"
fi
TICKS=$(getconf CLK_TCK)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" run "$@" >"$WORK/hub.log" 2>&1 &
PID=$!
cleanup() {
    if kill -0 "$PID" 2>/dev/null; then
        kill "$PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$PID" 2>/dev/null || true
    fi
    wait "$PID" 2>/dev/null || true
    if [ "${KEEP:-0}" = 1 ]; then echo "footprint: hub log and samples kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

cpu_ticks() { # utime + stime of $PID; the fields after the command name, which may hold spaces
    sed 's/^.*) //' "/proc/$PID/stat" | awk '{print $12 + $13}'
}
kib() { awk -v key="$1:" '$1 == key {print $2}' "/proc/$PID/status"; }

START=$(date +%s.%N)
START_TICKS=$(cpu_ticks)
SAMPLES="$WORK/samples.tsv"     # seconds since start, RSS KiB, CPU % of one core over the interval
: >"$SAMPLES"
PREV_T=$START
PREV_TICKS=$START_TICKS
HWM=0
while :; do
    sleep "$INTERVAL"
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "footprint: the hub stopped before $DURATION s; its log ends with:" >&2
        tail -20 "$WORK/hub.log" >&2
        exit 1
    fi
    NOW=$(date +%s.%N)
    TICKS_NOW=$(cpu_ticks)
    RSS=$(kib VmRSS)
    HWM=$(kib VmHWM)
    awk -v t="$NOW" -v s="$START" -v pt="$PREV_T" -v c="$TICKS_NOW" -v pc="$PREV_TICKS" -v hz="$TICKS" -v rss="$RSS" \
        'BEGIN {printf "%.1f\t%d\t%.1f\n", t - s, rss, 100 * (c - pc) / hz / (t - pt)}' >>"$SAMPLES"
    PREV_T=$NOW
    PREV_TICKS=$TICKS_NOW
    awk -v t="$NOW" -v s="$START" -v d="$DURATION" 'BEGIN {exit !(t - s >= d)}' && break
done
END=$(date +%s.%N)
END_TICKS=$(cpu_ticks)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CAMERAS=$(grep -o '[0-9]* camera(s) analysed in the hub' "$WORK/hub.log" | head -1 | cut -d' ' -f1 || true)

awk -F'\t' -v warm="$WARMUP" -v hwm="$HWM" -v secs="$(awk -v e="$END" -v s="$START" 'BEGIN {print e - s}')" \
    -v ticks="$((END_TICKS - START_TICKS))" -v hz="$TICKS" -v lb="$LOAD_BEFORE" -v la="$LOAD_AFTER" \
    -v ncpu="$(nproc)" -v cams="${CAMERAS:-0}" -v cmd="java -jar $JAR run $*" '
    { n++; rss += $2; if ($2 > peak) peak = $2
      if ($1 > warm) { m++; srss += $2; scpu += $3 } }
    END {
        meancpu = 100 * ticks / hz / secs
        printf "{\n  \"command\" : \"%s\",\n  \"seconds\" : %.1f,\n  \"samples\" : %d,\n", cmd, secs, n
        printf "  \"camerasAnalysed\" : %d,\n", cams
        printf "  \"peakRssMiB\" : %.1f,\n  \"meanRssMiB\" : %.1f,\n  \"highWaterRssMiB\" : %.1f,\n", peak / 1024, rss / n / 1024, hwm / 1024
        printf "  \"meanCpuPercentOfOneCore\" : %.1f,\n", meancpu
        printf "  \"steadyAfterSeconds\" : %d,\n  \"steadyMeanRssMiB\" : %.1f,\n  \"steadyMeanCpuPercentOfOneCore\" : %.1f,\n", warm, (m ? srss / m / 1024 : 0), (m ? scpu / m : 0)
        printf "  \"loadBefore\" : \"%s\",\n  \"loadAfter\" : \"%s\",\n  \"processors\" : %d\n}\n\n", lb, la, ncpu
        printf "| %-36s | %-36s |\n|%s|%s|\n", "measure", "result", "--------------------------------------", "--------------------------------------"
        printf "| %-36s | %-36s |\n", "RSS peak / mean (sampled)", sprintf("%.0f MiB / %.0f MiB", peak / 1024, rss / n / 1024)
        printf "| %-36s | %-36s |\n", "RSS high-water mark (VmHWM)", sprintf("%.0f MiB", hwm / 1024)
        printf "| %-36s | %-36s |\n", "CPU mean, whole run", sprintf("%.0f %% of one core (%.0f s)", meancpu, secs)
        printf "| %-36s | %-36s |\n", "CPU mean after start-up", sprintf("%.0f %% of one core (after %d s)", (m ? scpu / m : 0), warm)
        printf "| %-36s | %-36s |\n", "load average before / after", lb " / " la
    }' "$SAMPLES"
