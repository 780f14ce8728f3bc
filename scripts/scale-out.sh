#!/usr/bin/env bash
# The hub scaled out as separate processes: a standalone Artemis broker, a PostgreSQL store, two hubs consuming the
# same durable subscriptions (competing consumers, one message group per device), and three device simulators, each
# its own process: street lights (OPC UA and TALQ), a traffic controller (Modbus TCP) and an Open311 service.
# A 60 s stream of events (bins overflowing, streets occupied and empty, emergency vehicles approaching and cleared)
# goes in through both hubs' APIs; half way the hub handling the most device groups is killed with -9. The device
# side must end exactly right: every lamp group at the level its last event asks for and never below its floor, every
# priority request ended once with no conflict-monitor trip, exactly one ticket per bin.
#   scripts/scale-out.sh            (needs Java 17, Maven, PostgreSQL from Debian's packages, python3; builds the
#                                    hub if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${WORK:-$ROOT/target/scale-out}
JAR=$ROOT/routes/target/relais-hub.jar
BINS=${BINS:-20}
REPEATS=${REPEATS:-20}
rm -rf "$WORK" && mkdir -p "$WORK"
PIDS=()
cleanup() {
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null || true; done   # hubs first
    wait 2>/dev/null || true
    for p in "${PIDS[@]}"; do   # the hubs are disowned: wait for them by pid (30 s at most each)
        for _ in $(seq 150); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    done
    [ -n "${PG_RUN:-}" ] && "${PG_RUN[@]}" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # wait_for SECONDS COMMAND...
    local until=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $until ] || { echo "timed out waiting for: $*" >&2; return 1; }
        sleep 0.5
    done
}
[ -f "$JAR" ] || mvn -q -B package -DskipTests

echo "== broker: standalone Artemis 2.44.0"
ARTEMIS_HOME=$WORK/apache-artemis-2.44.0
mvn -q -B dependency:copy -Dartifact=org.apache.activemq:apache-artemis:2.44.0:tar.gz:bin -DoutputDirectory="$WORK" \
    >"$WORK/mvn.log" 2>&1 || { cat "$WORK/mvn.log"; exit 1; }
tar xzf "$WORK/apache-artemis-2.44.0-bin.tar.gz" -C "$WORK"
BROKER_PORT=$(free_port)
"$ARTEMIS_HOME/bin/artemis" create "$WORK/broker" --user relais --password relais-broker-pw --require-login \
    --host 127.0.0.1 --default-port "$BROKER_PORT" --nio --silent --no-web --no-autotune \
    --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor >/dev/null
"$WORK/broker/bin/artemis" run >"$WORK/broker.log" 2>&1 & PIDS+=($!)
wait_for 60 grep -q AMQ221007 "$WORK/broker.log"

echo "== store: PostgreSQL shared by both hubs"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=$(free_port); mkdir -p "$WORK/pg"; AS=()
if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$WORK/pg"; AS=(runuser -u postgres --); fi
PG_RUN=("${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w)
"${AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U relais --auth=trust -E UTF8 >/dev/null
"${PG_RUN[@]}" -l "$WORK/pg/server.log" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
"${AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U relais relais

echo "== device simulators, one process each: Open311, street lights (OPC UA + TALQ), traffic controller (Modbus)"
O311_PORT=$(free_port)
RELAIS_OPEN311_KEY=scale-key-123 java -jar "$JAR" simulate open311 --port "$O311_PORT" >"$WORK/open311.log" 2>&1 & PIDS+=($!)
O311=http://127.0.0.1:$O311_PORT/open311/v2
# four streets of three lamps: streets 1, 2 and 4 on the OPC UA controller, street 3 on the TALQ gateway
STREETS=${STREETS:-4}
LAYOUT=""; LAMP_IDS=""
for k in $(seq 1 "$STREETS"); do
    sim=opcua; [ "$k" = 3 ] && sim=talq
    ids="S${k}L1,S${k}L2,S${k}L3"
    LAYOUT+="${LAYOUT:+;}street-$k:$sim:$ids"; LAMP_IDS+="${LAMP_IDS:+,}$ids"
done
OPCUA_PORT=$(free_port); TALQ_PORT=$(free_port)
java -jar "$JAR" simulate lights --opcua "$OPCUA_PORT" --talq "$TALQ_PORT" --modbus=-1 --lamps "$LAMP_IDS" \
    --pki "$WORK/lights-pki" --report "$WORK/lights-report.json" >"$WORK/lights.log" 2>&1 & PIDS+=($!)
TL_PORT=$(free_port)
java -jar "$JAR" simulate traffic --port "$TL_PORT" --report "$WORK/traffic-report.json" >"$WORK/traffic.log" 2>&1 & PIDS+=($!)
wait_for 60 curl -sf "$O311/services.json"
wait_for 90 grep -q 'TALQ gateway' "$WORK/lights.log"
wait_for 60 test -s "$WORK/traffic-report.json"

ZONES=""; SKILLS=""; for i in $(seq 1 "$BINS"); do
    SKILLS+="      - bin: {zone: bin-$i, ring: 0.01, fill-threshold: 0.8, overflow-after: 10min}"$'\n'
    x=$(python3 -c "print(round(0.02 + ($i - 1) * 0.048, 3))")
    ZONES+="      bin-$i: [[$x, 0.60], [$x, 0.70], [$(python3 -c "print(round($x + 0.04, 3))"), 0.70], [$(python3 -c "print(round($x + 0.04, 3))"), 0.60]]"$'\n'
done
S_ZONES=""; S_SKILLS=""; S_DEVICES=""; S_AUTOMATIONS=""; for k in $(seq 1 "$STREETS"); do
    x=$(python3 -c "print(round(0.02 + ($k - 1) * 0.24, 2))"); x2=$(python3 -c "print(round($x + 0.2, 2))")
    S_ZONES+="      street-$k: [[$x, 0.50], [$x2, 0.50], [$x2, 0.95], [$x, 0.95]]"$'\n'
    S_SKILLS+="      - presence: {zone: street-$k, classes: [person, bicycle], empty-after: 10s}"$'\n'
    if [ "$k" = 3 ]; then
        S_DEVICES+="  - id: lights-street-$k"$'\n'"    kind: street-lights"$'\n'"    protocol: talq"$'\n'
        S_DEVICES+="    endpoint: http://127.0.0.1:$TALQ_PORT/talq"$'\n'"    lamps:"$'\n'
        for l in 1 2 3; do S_DEVICES+="      S${k}L$l: {address: \"talq://relais-sim/S${k}L$l\", watts: 60}"$'\n'; done
    else
        S_DEVICES+="  - id: lights-street-$k"$'\n'"    kind: street-lights"$'\n'"    protocol: opcua"$'\n'
        S_DEVICES+="    endpoint: opc.tcp://127.0.0.1:$OPCUA_PORT/relais-lighting"$'\n'"    lamps:"$'\n'
        for l in 1 2 3; do S_DEVICES+="      S${k}L$l: {node: \"ns=2;s=S${k}L$l.Level\", watts: 60}"$'\n'; done
    fi
    S_AUTOMATIONS+="  - id: dim-street-$k
    when: {camera: street-row, zone: street-$k, events: [zone.occupied, zone.empty]}
    policy: dim-when-empty
    device: lights-street-$k
    lamps: [S${k}L1, S${k}L2, S${k}L3]
    params: {night: always, floor: 20, level-on-presence: 100, ramp-up: 1s, ramp-down: 2s, hold: 2s,
             max-changes-per-hour: 120, lease: 2min}
"
done
cat >"$WORK/city.yaml" <<YAML
hub:
  data-dir: data
  store: {url: "jdbc:postgresql://127.0.0.1:$PG_PORT/relais", user: relais}
broker:
  mode: external
  url: tcp://127.0.0.1:$BROKER_PORT
  user: relais
  password: \${env:RELAIS_BROKER_PASSWORD}
cameras:
  - id: bin-row
    source: demo:bin-row
    location: {latitude: 48.8712, longitude: 2.2261}
    zones:
$ZONES
    skills:
$SKILLS
  - id: street-row
    source: demo:street-row
    zones:
$S_ZONES
    skills:
$S_SKILLS
  - id: crossing
    source: demo:crossing
    zones:
      approach-n: [[0.40, 0.00], [0.60, 0.00], [0.60, 0.40], [0.40, 0.40]]
      approach-s: [[0.40, 0.60], [0.60, 0.60], [0.60, 1.00], [0.40, 1.00]]
      approach-e: [[0.60, 0.40], [1.00, 0.40], [1.00, 0.60], [0.60, 0.60]]
      approach-w: [[0.00, 0.40], [0.40, 0.40], [0.40, 0.60], [0.00, 0.60]]
    lines:
      stop-n: {points: [[0.40, 0.40], [0.60, 0.40]], direction: down}
      stop-s: {points: [[0.40, 0.60], [0.60, 0.60]], direction: up}
      stop-e: {points: [[0.60, 0.40], [0.60, 0.60]], direction: left}
      stop-w: {points: [[0.40, 0.40], [0.40, 0.60]], direction: right}
    skills:
      - emergency-vehicle: {zone: approach-n, stop-line: stop-n, signal: tl-crossing, approach: N}
      - emergency-vehicle: {zone: approach-s, stop-line: stop-s, signal: tl-crossing, approach: S}
      - emergency-vehicle: {zone: approach-e, stop-line: stop-e, signal: tl-crossing, approach: E}
      - emergency-vehicle: {zone: approach-w, stop-line: stop-w, signal: tl-crossing, approach: W}
devices:
  - id: waste-service
    kind: ticketing
    protocol: open311
    endpoint: $O311
    api-key: \${env:RELAIS_OPEN311_KEY}
    services: {bin.overflowing: BIN_OVERFLOW}
$S_DEVICES
  - id: tl-crossing
    kind: traffic-controller
    protocol: modbus
    address: 127.0.0.1:$TL_PORT
    profile: generic-priority-v1
    approaches: {N: 1, S: 2, E: 3, W: 4}
automations:
  - id: bins
    when: {camera: bin-row, events: [bin.overflowing]}
    policy: ticket
    device: waste-service
    tier: {bin.overflowing: automatic}
$S_AUTOMATIONS
  - id: priority-crossing
    when: {camera: crossing, events: [emergency.approaching, emergency.cleared]}
    policy: emergency-priority
    device: tl-crossing
    params: {vehicle-class: emergency, lifetime: 30s}
YAML
export RELAIS_BROKER_PASSWORD=relais-broker-pw RELAIS_OPEN311_KEY=scale-key-123
java -jar "$JAR" validate "$WORK/city.yaml"

echo "== two hubs (competing consumers on the same durable subscriptions)"
PORT_A=$(free_port); PORT_B=$(free_port)
java -Dai.djl.offline=true -jar "$JAR" run --no-timeline --config "$WORK/city.yaml" --http-port "$PORT_A" --data-dir "$WORK/hub-a" \
    >"$WORK/hub-a.log" 2>&1 & HUB_A=$!; PIDS+=($HUB_A); disown "$HUB_A"   # killed -9 by scale_out.py, silently
java -Dai.djl.offline=true -jar "$JAR" run --no-timeline --config "$WORK/city.yaml" --http-port "$PORT_B" --data-dir "$WORK/hub-b" \
    >"$WORK/hub-b.log" 2>&1 & HUB_B=$!; PIDS+=($HUB_B); disown "$HUB_B"
wait_for 180 curl -sf "http://127.0.0.1:$PORT_A/health"
wait_for 180 curl -sf "http://127.0.0.1:$PORT_B/health"

echo "== events through both hubs' APIs, alternately: $((BINS * REPEATS)) bin.overflowing for $BINS bins,"
echo "   zone.occupied/zone.empty for $STREETS streets, emergency.approaching/cleared for 5 vehicles on 4 approaches;"
echo "   half way the hub handling the most device groups (message groups: one device, one hub) is killed -9"
LOGS=(--log-a "$WORK/hub-a.log" --log-b "$WORK/hub-b.log" --plan "$WORK/plan.json")
python3 scripts/scale_out.py post "${LOGS[@]}" --port-a "$PORT_A" --port-b "$PORT_B" --pid-a "$HUB_A" \
    --pid-b "$HUB_B" --bins "$BINS" --repeats "$REPEATS" --streets "$STREETS"

echo "== checks: the hubs' logs, then the device side (simulators' reports, the Open311 service)"
python3 scripts/scale_out.py check "${LOGS[@]}" --lights "$WORK/lights-report.json" \
    --traffic "$WORK/traffic-report.json" --open311 "$O311" --streets-layout "$LAYOUT" --floor 20 --presence 100
