#!/usr/bin/env bash
# Two hubs as separate processes on one standalone Artemis broker and one PostgreSQL store, an Open311 simulator as a
# third process; 400 bin-overflow events for 20 bins go in through both hubs' APIs, hub A is killed with -9 mid-run,
# and the device side must end with exactly one ticket per bin: nothing lost, nothing duplicated.
#   scripts/scale-out.sh            (needs Java 17, Maven, PostgreSQL from Debian's packages; builds the hub if needed)
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
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
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
mvn -q -B dependency:copy -Dartifact=org.apache.activemq:apache-artemis:2.44.0:tar.gz:bin -DoutputDirectory="$WORK"
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

echo "== Open311 simulator"
O311_PORT=$(free_port)
RELAIS_OPEN311_KEY=scale-key-123 java -jar "$JAR" simulate open311 --port "$O311_PORT" >"$WORK/open311.log" 2>&1 & PIDS+=($!)
O311=http://127.0.0.1:$O311_PORT/open311/v2
wait_for 60 curl -sf "$O311/services.json"

ZONES=""; SKILLS=""; for i in $(seq 1 "$BINS"); do
    SKILLS+="      - bin: {zone: bin-$i, ring: 0.01, fill-threshold: 0.8, overflow-after: 10min}"$'\n'
    x=$(python3 -c "print(round(0.02 + ($i - 1) * 0.048, 3))")
    ZONES+="      bin-$i: [[$x, 0.60], [$x, 0.70], [$(python3 -c "print(round($x + 0.04, 3))"), 0.70], [$(python3 -c "print(round($x + 0.04, 3))"), 0.60]]"$'\n'
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
devices:
  - id: waste-service
    kind: ticketing
    protocol: open311
    endpoint: $O311
    api-key: \${env:RELAIS_OPEN311_KEY}
    services: {bin.overflowing: BIN_OVERFLOW}
automations:
  - id: bins
    when: {camera: bin-row, events: [bin.overflowing]}
    policy: ticket
    device: waste-service
    tier: {bin.overflowing: automatic}
YAML
export RELAIS_BROKER_PASSWORD=relais-broker-pw RELAIS_OPEN311_KEY=scale-key-123
java -jar "$JAR" validate "$WORK/city.yaml"

echo "== two hubs (competing consumers on the same durable subscriptions)"
PORT_A=$(free_port); PORT_B=$(free_port)
java -Dai.djl.offline=true -jar "$JAR" run --config "$WORK/city.yaml" --http-port "$PORT_A" --data-dir "$WORK/hub-a" \
    >"$WORK/hub-a.log" 2>&1 & HUB_A=$!; PIDS+=($HUB_A)
java -Dai.djl.offline=true -jar "$JAR" run --config "$WORK/city.yaml" --http-port "$PORT_B" --data-dir "$WORK/hub-b" \
    >"$WORK/hub-b.log" 2>&1 & HUB_B=$!; PIDS+=($HUB_B)
wait_for 120 curl -sf "http://127.0.0.1:$PORT_A/health"
wait_for 120 curl -sf "http://127.0.0.1:$PORT_B/health"

echo "== $((BINS * REPEATS)) events for $BINS bins, alternately through both hubs; the hub that is handling them"
echo "   (the owner of the waste-service message group) is killed -9 half way"
handled() { grep -c 'automation bins: bin.overflowing' "$1" || true; }
sent=0; alive=both
for r in $(seq 1 "$REPEATS"); do
    for i in $(seq 1 "$BINS"); do
        case $alive in
            both) if [ $((sent % 2)) = 0 ]; then port=$PORT_A; else port=$PORT_B; fi ;;
            a) port=$PORT_A ;;
            b) port=$PORT_B ;;
        esac
        body=$(printf '{"specversion":"1.0","id":"ev-%d-%d","source":"/relais/cameras/bin-row","type":"city.relais.bin.overflowing","time":"%s","subject":"bin-%d","datacontenttype":"application/json","dataschema":"urn:city-relais:event:1","data":{"camera":"bin-row","zone":"bin-%d","confidence":0.9,"measurements":{"fill":0.93},"explanation":"pile on the ring of bin-%d"}}' \
            "$r" "$i" "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$i" "$i" "$i")
        curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/api/events"
        sent=$((sent + 1))
    done
    if [ "$r" = $((REPEATS / 2)) ]; then
        sleep 0.3
        if [ "$(handled "$WORK/hub-a.log")" -ge "$(handled "$WORK/hub-b.log")" ]; then
            kill -9 "$HUB_A"; alive=b; victim="hub A ($(handled "$WORK/hub-a.log") events handled)"
        else
            kill -9 "$HUB_B"; alive=a; victim="hub B ($(handled "$WORK/hub-b.log") events handled)"
        fi
        echo "   after $sent events: killed -9 $victim"
    fi
done

echo "== device side"
count_tickets() { curl -sf "$O311/requests.json" | jq 'length'; }
wait_for 90 test "$(count_tickets)" -ge "$BINS"
sleep 10
TICKETS=$(curl -sf "$O311/requests.json")
TOTAL=$(jq 'length' <<<"$TICKETS")
DISTINCT=$(jq '[.[].description | capture("(?<b>bin-[0-9]+)").b] | unique | length' <<<"$TICKETS")
echo "   $sent events sent, tickets at the service: $TOTAL for $DISTINCT distinct bins (expected $BINS and $BINS)"
echo "   events handled: hub A $(handled "$WORK/hub-a.log"), hub B $(handled "$WORK/hub-b.log")" \
     "(a message group stays with one hub; a redelivery after the kill is recognised by the shared store)"
if [ "$TOTAL" = "$BINS" ] && [ "$DISTINCT" = "$BINS" ]; then echo "PASS: nothing lost, nothing duplicated"; exit 0; fi
echo "FAIL"; exit 1
