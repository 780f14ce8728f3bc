#!/usr/bin/env python3
"""The event stream and the device-side checks of scripts/scale-out.sh (Python 3 standard library only).

  scale_out.py post  --plan PLAN.json ...   posts bins, streets and emergency vehicles on one timeline, alternately
                                            through both hubs' APIs, and kills -9 the hub handling most device groups
                                            half way; writes what each device should end with to PLAN.json
  scale_out.py check --plan PLAN.json ...   waits for the devices to settle, then checks lamps, priority requests and
                                            tickets against the plan and prints PASS/FAIL per device kind
"""
import argparse
import datetime
import json
import os
import random
import re
import signal
import sys
import time
import urllib.request

SERVED = {}
HANDLED = re.compile(r"automation (\S+): (\S+) on (\S+) -> (\S+) on device (\S+) \(event (\S+)\)")
QUEUED = re.compile(r"traffic (\S+) (\S+)/(\S+) request (\d+): (\w+) \((\S+) (\d+), ETA")


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def event(event_id, camera, etype, zone, data):
    body = {"camera": camera, "zone": zone}
    body.update(data)
    return {"specversion": "1.0", "id": event_id, "source": "/relais/cameras/" + camera,
            "type": "city.relais." + etype, "time": now_iso(), "subject": zone,
            "datacontenttype": "application/json", "dataschema": "urn:city-relais:event:1", "data": body}


def acted_on(log_file):
    """(automation, event id) of every event a hub's log says it acted on."""
    found = set()
    try:
        with open(log_file, encoding="utf-8", errors="replace") as log:
            for line in log:
                match = HANDLED.search(line)
                if match:
                    found.add((match.group(1), match.group(6)))
    except FileNotFoundError:
        pass
    return found


def handled_by(log_file):
    """Events a hub's log says it acted on, by device (its message group)."""
    groups = {}
    try:
        with open(log_file, encoding="utf-8", errors="replace") as log:
            for line in log:
                match = HANDLED.search(line)
                if match:
                    groups[match.group(5)] = groups.get(match.group(5), 0) + 1
    except FileNotFoundError:
        pass
    return groups


# ---------------------------------------------------------------- the timeline

def timeline(args):
    """(second, kind, key, payload) for every event of the run, in time order; deterministic for one seed."""
    rng = random.Random(args.seed)
    items = []
    total = args.bins * args.repeats
    for n in range(total):
        items.append((n * args.seconds * 0.85 / total, "bin", "bin-%d" % (n % args.bins + 1), n // args.bins + 1))
    for street in range(1, args.streets + 1):
        t = 0.3 + 0.4 * street
        occupied = True
        while t < args.seconds * 0.88:
            items.append((t, "street", "street-%d" % street, "zone.occupied" if occupied else "zone.empty"))
            occupied = not occupied
            t += rng.uniform(2.5, 6.0)
    approaches = ["N", "E", "S", "W"]
    period = args.seconds * 0.9 / args.vehicles
    for v in range(args.vehicles):
        start = 1.0 + v * period
        approach = approaches[v % 4]
        for i in range(args.vehicle_seconds):
            items.append((start + i, "vehicle", v + 1, (approach, "emergency.approaching",
                                                        max(0, args.vehicle_seconds - 4 - i))))
        items.append((start + args.vehicle_seconds, "vehicle", v + 1, (approach, "emergency.cleared", None)))
    return sorted(items, key=lambda item: item[0])


def to_event(n, kind, key, payload):
    if kind == "bin":
        return event("ev-bin-%d" % n, "bin-row", "bin.overflowing", key,
                     {"confidence": 0.9, "measurements": {"fill": 0.93},
                      "explanation": "pile on the ring of %s" % key})
    if kind == "street":
        data = {"confidence": 0.9}
        if payload == "zone.occupied":
            data["objectClass"] = "person"
        return event("ev-street-%d" % n, "street-row", payload, key, data)
    approach, etype, eta = payload
    data = {"trackId": 100 + key, "objectClass": "ambulance", "confidence": 0.9}
    data["measurements"] = {"etaSeconds": float(eta)} if eta is not None else {"trackLost": 0.0}
    return event("ev-vehicle-%d" % n, "crossing", etype, "approach-" + approach.lower(), data)


def post(port, body):
    request = urllib.request.Request("http://127.0.0.1:%d/api/events" % port, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as answer:
        if answer.status != 202:
            raise RuntimeError("hub on %d answered %d" % (port, answer.status))


def run_post(args):
    hubs = {"A": (args.port_a, args.pid_a, args.log_a), "B": (args.port_b, args.pid_b, args.log_b)}
    items = timeline(args)
    kill_at = args.seconds * 0.5
    alive = ["A", "B"]
    killed = None
    last_street, vehicles, sent = {}, {}, {"bin": 0, "street": 0, "vehicle": 0}
    start = time.monotonic()
    wall = time.time()
    for n, (second, kind, key, payload) in enumerate(items):
        if killed is None and second >= kill_at:
            killed = kill_one(hubs, alive, sum(sent.values()), time.time() - wall)
        delay = start + second - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        elif delay < -0.5:
            start -= delay  # the hubs answer slower than planned: the rest of the timeline moves, keeping its pace
        hub = alive[n % len(alive)]
        post(hubs[hub][0], to_event(n, kind, key, payload))
        sent[kind] += 1
        elapsed = round(time.time() - wall, 1)
        if kind == "street":
            last_street[key] = {"event": payload, "second": elapsed}
        elif kind == "vehicle":
            record = vehicles.setdefault(key, {"vehicle": key, "track": 100 + key, "approach": payload[0],
                                               "from": elapsed})
            record["to"] = elapsed
    plan = {"streets": last_street, "vehicles": list(vehicles.values()), "killed": killed, "sent": sent,
            "bins": args.bins, "seconds": round(time.time() - wall, 1), "epoch": wall}
    with open(args.plan, "w", encoding="utf-8") as out:
        json.dump(plan, out, indent=2)
    print("   %d events sent in %.0f s (%d bin, %d street, %d emergency-vehicle events)"
          % (sum(sent.values()), plan["seconds"], sent["bin"], sent["street"], sent["vehicle"]))


def kill_one(hubs, alive, sent, second):
    """Kills -9 the hub that handles the most device groups (message groups stay with one hub at a time)."""
    time.sleep(0.3)
    owned = {name: handled_by(hubs[name][2]) for name in alive}
    victim = max(alive, key=lambda name: (len(owned[name]), sum(owned[name].values())))
    os.kill(hubs[victim][1], signal.SIGKILL)
    alive.remove(victim)
    groups = ", ".join(sorted(owned[victim]))
    print("   after %d events (%.0f s): killed -9 hub %s, handling %s (%d events acted on); the others: %s"
          % (sent, second, victim, groups, sum(owned[victim].values()),
             ", ".join(sorted(owned[alive[0]])) or "none"), flush=True)
    return {"hub": victim, "second": round(second, 1), "groups": sorted(owned[victim]),
            "log": hubs[victim][2]}


# ---------------------------------------------------------------- the checks

def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def street_devices(city_streets):
    """street-k -> (simulator, [lamp ids]) as the script's city file lays them out."""
    layout = {}
    for entry in city_streets.split(";"):
        street, simulator, lamps = entry.split(":")
        layout[street] = (simulator, lamps.split(","))
    return layout


def check_lights(args, plan, report):
    layout = street_devices(args.streets_layout)
    lamps = {(l["simulator"], l["lamp"]): l for l in (report or {}).get("lamps", [])}
    failures, lines = [], []
    for street in sorted(layout):
        simulator, ids = layout[street]
        last = plan["streets"].get(street)
        if last is None:
            failures.append("%s: no event sent" % street)
            continue
        expected = args.floor if last["event"] == "zone.empty" else args.presence
        levels, lowest, changes, leased = [], 100.0, 0, True
        for lamp_id in ids:
            lamp = lamps.get((simulator, lamp_id))
            if lamp is None:
                failures.append("%s: lamp %s not in the %s simulator's report" % (street, lamp_id, simulator))
                continue
            levels.append(lamp["targetLevel"])
            leased &= lamp["leaseExpiry"] is not None
            changes += len(lamp["history"])
            lowest = min([lowest, lamp["targetLevel"], lamp["actualLevel"]]
                         + [change["toPercent"] for change in lamp["history"]])
        ok = levels and all(level == expected for level in levels) and leased and lowest >= args.floor
        lines.append("   %s %s (%s, %d lamps): last event %s at %.1f s asks %g %%; lamps at %s %%%s; lowest ever "
                     "%g %% (floor %g); %d level changes a lamp" % ("ok  " if ok else "BAD ", street, simulator, len(ids),
                                                           last["event"], last["second"], expected,
                                                           "/".join("%g" % lv for lv in levels),
                                                           ", under lease" if leased else ", NOT under lease",
                                                           lowest, args.floor, changes // max(1, len(ids))))
        if not ok:
            failures.append(street)
    return lines, failures


def traffic_logs(args):
    """request id -> (hub, track) from the hubs' logs ('request N: queued (ambulance T, ETA ...')."""
    senders = {}
    for hub, path in (("A", args.log_a), ("B", args.log_b)):
        with open(path, encoding="utf-8", errors="replace") as log:
            for line in log:
                match = QUEUED.search(line)
                if match:
                    senders[int(match.group(4))] = (hub, int(match.group(7)))
    return senders


def active(request):
    return request["statuses"][-1]["status"] in ("queued", "processing", "served")


def check_traffic(args, plan, report):
    failures, lines = [], []
    if report is None:
        return lines, ["no traffic report"]
    if report["conflictFault"] or report["mode"] != "normal":
        failures.append("conflict monitor: %s (mode %s)" % (report["conflictFault"], report["mode"]))
    failures += ["safety: " + v for v in report["safetyViolations"]]
    senders = traffic_logs(args)
    victim = (plan.get("killed") or {}).get("hub")
    by_track, served_tracks, orphans = {}, set(), []
    for request in report["requests"]:
        steps = [s["status"] for s in request["statuses"]]
        rid = request["requestId"]
        hub, track = senders.get(rid, ("?", None))
        by_track.setdefault(track, []).append(rid)
        ends = [s for s in steps if s in ("cancelled", "expired", "rejected")]
        if steps.count("queued") != 1 or steps.count("served") > 1 or len(ends) != 1:
            failures.append("request %d (%s): statuses %s" % (rid, request["approachName"], " -> ".join(steps)))
        if "rejected" in steps:
            failures.append("request %d rejected" % rid)
        if "expired" in steps:
            if hub != victim:
                failures.append("request %d of hub %s expired instead of being cancelled" % (rid, hub))
            else:
                orphans.append(rid)
        if "served" in steps:
            served_tracks.add(track)
        if track is None:
            failures.append("request %d: no hub log names its vehicle" % rid)
    for vehicle in plan["vehicles"]:
        ids = by_track.get(vehicle["track"], [])
        again = len(ids) == 2 and any(rid in orphans for rid in ids)
        if len(ids) != 1 and not again:
            failures.append("vehicle %d (%s): %d requests %s" % (vehicle["vehicle"], vehicle["approach"], len(ids),
                                                                ids))
        lines.append("   %s vehicle %d on %s (%.0f..%.0f s): %s%s" % (
            "ok  " if len(ids) == 1 or again else "BAD ", vehicle["vehicle"], vehicle["approach"], vehicle["from"],
            vehicle["to"], ", ".join(describe(r, senders) for r in report["requests"] if r["requestId"] in ids)
            or "no request", "" if vehicle["track"] in served_tracks else " (cleared before its green)"))
    held_up = []
    for request in report["requests"]:
        if request["requestId"] in orphans:
            times = {step["status"]: seconds_of(step["time"], plan) for step in request["statuses"]}
            begin, end = times.get("served", times["queued"]), times["expired"]
            held_up += [v for v in plan["vehicles"] if v["track"] not in served_tracks
                        and v["to"] > begin and v["from"] < end]
    if held_up:
        lines.append("   note: request %s, held by the killed hub, kept its priority until the controller's max green "
                     "or its lifetime (30 s); vehicle(s) %s, meanwhile, were not served (the surviving hub does "
                     "not know its id, so cannot cancel it)" % (", ".join(map(str, orphans)),
                                                                ", ".join(str(v["vehicle"]) for v in held_up)))
    extra = [rid for track, ids in by_track.items() if track not in {v["track"] for v in plan["vehicles"]}
             for rid in ids]
    if extra:
        failures.append("requests for no vehicle: %s" % extra)
    SERVED["traffic"] = "; %d of %d vehicles served" % (len(served_tracks - {None}), len(plan["vehicles"]))
    lines.append("   %d requests for %d vehicles, %d served; conflict monitor %s; safety audit: %s" % (
        len(report["requests"]), len(plan["vehicles"]), sum(1 for r in report["requests"]
                                                           if any(s["status"] == "served" for s in r["statuses"])),
        "tripped" if report["conflictFault"] else "never tripped",
        "%d violation(s)" % len(report["safetyViolations"]) if report["safetyViolations"] else "clean"))
    return lines, failures


def seconds_of(iso, plan):
    """An instant of a simulator's report as seconds since the start of the stream."""
    moment = datetime.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return moment.timestamp() - plan["epoch"]


def describe(request, senders):
    hub = senders.get(request["requestId"], ("?",))[0]
    return "request %d by hub %s %s" % (request["requestId"], hub,
                                        "->".join(s["status"] for s in request["statuses"]))


def fetch_tickets(url):
    with urllib.request.urlopen(url + "/requests.json", timeout=10) as answer:
        return json.load(answer)


def check_tickets(args, plan):
    tickets = fetch_tickets(args.open311)
    bins = {re.search(r"bin-\d+", t.get("description", "")).group(0) for t in tickets
            if re.search(r"bin-\d+", t.get("description", ""))}
    line = "   %d bin events sent; tickets at the service: %d for %d distinct bins (expected %d and %d)" % (
        plan["sent"]["bin"], len(tickets), len(bins), plan["bins"], plan["bins"])
    return [line], ([] if len(tickets) == plan["bins"] == len(bins) else ["tickets"])


def settle(args, plan):
    """Waits (bounded) for the lamps' hold and ramps, the last priority request's end and the last tickets."""
    deadline = time.monotonic() + args.settle
    while time.monotonic() < deadline:
        lights = read_json(args.lights)
        traffic = read_json(args.traffic)
        _, light_failures = check_lights(args, plan, lights)
        requests_active = traffic is None or any(active(r) for r in traffic["requests"])
        try:
            tickets = len(fetch_tickets(args.open311))
        except OSError:
            tickets = -1
        if not light_failures and not requests_active and tickets >= plan["bins"]:
            break
        time.sleep(1)
    time.sleep(args.quiet)


def run_check(args):
    with open(args.plan, encoding="utf-8") as f:
        plan = json.load(f)
    settle(args, plan)
    a, b = acted_on(args.log_a), acted_on(args.log_b)
    print("-- hubs (their logs)")
    print("   events acted on: hub A %d, hub B %d; %d distinct of %d sent; %d acted on by both hubs (redelivered after "
          "the kill)" % (len(a), len(b), len(a | b), sum(plan["sent"].values()), len(a & b)))
    results = []
    for kind, (lines, failures) in (("lights", check_lights(args, plan, read_json(args.lights))),
                                    ("traffic", check_traffic(args, plan, read_json(args.traffic))),
                                    ("tickets", check_tickets(args, plan))):
        print("-- %s" % kind)
        for line in lines:
            print(line)
        for failure in failures:
            print("   FAIL: %s" % failure)
        results.append((kind, failures))
    print("== summary")
    summaries = {
        "lights": "every lamp group at the level its last event asks for, under lease, never below its floor",
        "traffic": "every priority request queued once, served at most once, ended once (cancelled, or expired "
                   "when the hub holding it was killed); one request per vehicle (two when the killed hub held the "
                   "first: the survivor cannot cancel it, it expires); no conflict-monitor trip",
        "tickets": "exactly one ticket per bin",
    }
    for kind, failures in results:
        print("%s %-8s %s%s" % ("PASS" if not failures else "FAIL", kind, summaries[kind], SERVED.get(kind, "")))
    bad = [kind for kind, failures in results if failures]
    print("PASS: nothing lost, nothing duplicated on the device side" if not bad
          else "FAIL: %s" % ", ".join(bad))
    return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("post")
    for name in ("--port-a", "--port-b", "--pid-a", "--pid-b"):
        p.add_argument(name, type=int, required=True)
    p.add_argument("--bins", type=int, default=20)
    p.add_argument("--repeats", type=int, default=20)
    p.add_argument("--streets", type=int, default=4)
    p.add_argument("--vehicles", type=int, default=5)
    p.add_argument("--vehicle-seconds", type=int, default=10)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--seed", type=int, default=9)
    c = sub.add_parser("check")
    c.add_argument("--lights", required=True)
    c.add_argument("--traffic", required=True)
    c.add_argument("--open311", required=True)
    c.add_argument("--streets-layout", required=True, help="street-1:opcua:S1L1,S1L2;street-2:talq:...")
    c.add_argument("--floor", type=float, default=20)
    c.add_argument("--presence", type=float, default=100)
    c.add_argument("--settle", type=float, default=60)
    c.add_argument("--quiet", type=float, default=5, help="seconds to wait once settled, for late duplicates")
    for q in (p, c):
        q.add_argument("--plan", required=True)
        q.add_argument("--log-a", required=True)
        q.add_argument("--log-b", required=True)
    args = parser.parse_args()
    if args.command == "post":
        run_post(args)
        return 0
    return run_check(args)


if __name__ == "__main__":
    sys.exit(main())
