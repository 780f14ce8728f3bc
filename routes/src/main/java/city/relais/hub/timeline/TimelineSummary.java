package city.relais.hub.timeline;

import city.relais.event.CityEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each camera's events led to in one pass, as {@code relais run --once} prints it: the events by type, the
 * device side (acknowledged commands per device, the statuses of priority requests and detector calls, alerts left to
 * an operator), and the time from an event's frame to the first device acknowledgement it caused.
 *
 * @param rows one per camera that emitted an event, in the order of their first event
 */
public record TimelineSummary(List<Row> rows) {

    /**
     * One camera.
     *
     * @param events     events by type, counted
     * @param deviceSide what the devices did, for a person
     * @param ackMillis  frame of the event → first acknowledgement it caused, per event that has one, in milliseconds
     */
    public record Row(String camera, Map<String, Integer> events, String deviceSide, List<Long> ackMillis) {

        /** The {@code q} quantile (nearest rank) of {@link #ackMillis}, or -1 when there is none. */
        public long ackQuantile(double q) {
            if (ackMillis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = ackMillis.stream().sorted().toList();
            int rank = (int) Math.ceil(q * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }
    }

    /** Builds the summary from the timeline's lines and the events it saw. */
    public static TimelineSummary of(List<Timeline.Line> lines, List<CityEvent> events) {
        Map<String, Map<String, Integer>> byCamera = new LinkedHashMap<>();
        for (CityEvent e : events) {
            byCamera.computeIfAbsent(e.camera(), c -> new TreeMap<>()).merge(e.type().wireName(), 1, Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> camera : byCamera.entrySet()) {
            Map<String, Integer> acks = new TreeMap<>();
            Map<String, Integer> failures = new TreeMap<>();
            Map<String, Set<String>> statuses = new LinkedHashMap<>();
            int alerts = 0;
            int confirmed = 0;
            int repeats = 0;
            Map<String, Long> firstAck = new LinkedHashMap<>();
            for (Timeline.Line l : lines) {
                if (!l.camera().equals(camera.getKey())) {
                    continue;
                }
                boolean failed = failed(l);
                boolean deviceAnswer = !failed && (l.step().equals("ack") || l.step().equals("priority")
                        || l.step().equals("call"));
                if (l.step().equals("ack")) {
                    (failed ? failures : acks).merge(l.actor(), 1, Integer::sum);
                } else if (l.step().equals("priority") || l.step().equals("call")) {
                    String status = l.detail().replaceFirst("^.*?: ", "").replaceFirst(" \\(.*$", "");
                    statuses.computeIfAbsent(l.actor() + (l.step().equals("call") ? " calls" : " requests"),
                            k -> new LinkedHashSet<>()).add(status);
                } else if (l.step().equals("decision") && l.detail().contains("(alert #")) {
                    alerts++;
                } else if (l.step().equals("decision") && l.detail().contains("confirmed alert #")) {
                    confirmed++;
                } else if (l.step().equals("decision") && l.detail().contains("instead of opening another")) {
                    repeats++;
                }
                if (deviceAnswer && l.eventId() != null && l.sinceEvent() != null) {
                    firstAck.putIfAbsent(l.eventId(), l.sinceEvent().toMillis());
                }
            }
            List<String> side = new ArrayList<>();
            acks.forEach((device, n) -> side.add(device + ": " + n + " acknowledged"));
            failures.forEach((device, n) -> side.add(device + ": " + n + " failed"));
            statuses.forEach((what, seen) -> side.add(what + " " + String.join(" → ", seen)));
            if (repeats > 0) {
                side.add(repeats + " repeat(s) added to a ticket still open");
            }
            if (alerts > 0) {
                side.add(alerts + " alert(s) for an operator" + (confirmed > 0 ? ", " + confirmed + " confirmed" : ""));
            }
            rows.add(new Row(camera.getKey(), camera.getValue(), side.isEmpty() ? "nothing" : String.join("; ", side),
                    List.copyOf(firstAck.values())));
        }
        return new TimelineSummary(List.copyOf(rows));
    }

    /** A device answer that is no acknowledgement: a failed or refused command, a request that could not be sent. */
    private static boolean failed(Timeline.Line l) {
        String answer = l.detail().startsWith(l.actor() + ": ") ? l.detail().substring(l.actor().length() + 2)
                : l.detail();
        return l.step().equals("ack") && (answer.startsWith("failed") || answer.startsWith("refused"))
                || (l.step().equals("priority") || l.step().equals("call")) && l.detail().contains(": unsent");
    }

    /** A Markdown table: camera, events, device side, frame → first ack p50 / max. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("| camera | events | device side | frame → ack p50 / max |\n");
        b.append("|---|---|---|---|\n");
        for (Row r : rows) {
            StringBuilder ev = new StringBuilder();
            r.events().forEach((type, n) -> ev.append(ev.isEmpty() ? "" : ", ").append(type).append(" ×").append(n));
            String latency = r.ackMillis().isEmpty() ? "–" : String.format(Locale.ROOT, "%d / %d ms (%d)",
                    r.ackQuantile(0.5), r.ackQuantile(1.0), r.ackMillis().size());
            b.append("| ").append(r.camera()).append(" | ").append(ev).append(" | ").append(r.deviceSide())
                    .append(" | ").append(latency).append(" |\n");
        }
        return b.toString();
    }
}
