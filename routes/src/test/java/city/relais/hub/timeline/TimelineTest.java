package city.relais.hub.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditEntry.Step;
import city.relais.hub.traffic.RequestReport;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/** The timeline's lines, their latencies from the event's frame, and the summary a --once pass prints. */
class TimelineTest {

    private static final Instant FRAME = Instant.parse("2026-11-28T22:00:00Z");

    private final CityConfig city = city();
    private final StringWriter printed = new StringWriter();
    private final Timeline timeline = new Timeline(city, new PrintWriter(printed, true));

    private static CityConfig city() {
        try {
            return CityConfigLoader.loadResource("examples/demo-city.yaml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CityEvent event(String id, EventType type, String camera, String zone) {
        return CityEvent.builder(type, camera).id(id).zone(zone).time(FRAME).explanation("why").build();
    }

    @Test
    void links_of_a_chain_show_the_time_since_the_frame_and_the_camera_of_the_event() {
        timeline.event(event("e1", EventType.ZONE_OCCUPIED, "night-street", "sidewalk"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(20), "e1", Step.EVENT, "night-street", null, "dup"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(21), "e1", Step.DECISION, "auto", "k1", "automatic"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(30), "e1", Step.COMMAND, "dim-night-street", "k1", "set 100%"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(42), "e1", Step.ACK, "lights-main", "k1", "ack Good"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(5000), null, Step.ACK, "lights-main", "k1", "late"));

        List<Timeline.Line> lines = timeline.lines();
        assertThat(lines).extracting(Timeline.Line::step)
                .containsExactly("event", "decision", "command", "ack", "ack");
        assertThat(lines).extracting(Timeline.Line::camera).containsOnly("night-street");
        assertThat(lines.get(3).sinceEvent().toMillis()).isEqualTo(42);
        assertThat(lines.get(3).detail()).isEqualTo("lights-main: ack Good");
        assertThat(lines.get(4).sinceEvent()).as("no event id: no latency").isNull();
        assertThat(printed.toString().lines().toList().get(3)).endsWith("ack       lights-main: ack Good  +42 ms");
    }

    @Test
    void a_clock_command_without_an_event_takes_the_camera_of_its_automation() {
        timeline.audit(AuditEntry.of(FRAME, null, Step.COMMAND, "dim-night-street", "k9", "set 20%"));
        timeline.audit(AuditEntry.of(FRAME, null, Step.ACK, "lights-main", "k9", "ack Good"));

        assertThat(timeline.lines()).extracting(Timeline.Line::camera).containsExactly("night-street", "night-street");
    }

    @Test
    void the_summary_counts_events_device_answers_and_alerts_per_camera() {
        timeline.event(event("a", EventType.EMERGENCY_APPROACHING, "crossing-east", "approach-east"));
        timeline.traffic(new RequestReport("ambulance-east", "tl-central", "E", 7, "queued", "car 3", "a",
                FRAME.plusMillis(40)));
        timeline.traffic(new RequestReport("ambulance-east", "tl-central", "E", 7, "served", "green held", null,
                FRAME.plusMillis(900)));
        timeline.event(event("b", EventType.EMERGENCY_CLEARED, "crossing-east", "approach-east"));
        timeline.traffic(new RequestReport("ambulance-east", "tl-central", "E", 7, "cancelled", "crossed", "b",
                FRAME.plusMillis(60)));
        timeline.event(event("d", EventType.DUMP_DETECTED, "square", "square"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(70), "d", Step.DECISION, "auto", null,
                "tier operator-confirmed: awaiting an operator (alert #4)"));
        timeline.event(event("b2", EventType.BIN_OVERFLOWING, "bin-corner", "bin-12"));
        timeline.audit(AuditEntry.of(FRAME.plusMillis(80), "b2", Step.DECISION, "auto", null, "repeat of "
                + "bin.overflowing on bin-corner/bin-12: updates ticket #1 (service request 1) instead of opening "
                + "another"));

        TimelineSummary summary = timeline.summary();
        assertThat(summary.rows()).extracting(TimelineSummary.Row::camera)
                .containsExactly("crossing-east", "square", "bin-corner");
        assertThat(summary.rows().get(2).deviceSide()).isEqualTo("1 repeat(s) added to a ticket still open");
        TimelineSummary.Row crossing = summary.rows().get(0);
        assertThat(crossing.events()).containsExactly(java.util.Map.entry("emergency.approaching", 1),
                java.util.Map.entry("emergency.cleared", 1));
        assertThat(crossing.deviceSide()).isEqualTo("tl-central requests queued → served → cancelled");
        assertThat(crossing.ackMillis()).containsExactly(40L, 60L);
        assertThat(crossing.ackQuantile(0.5)).isEqualTo(40);
        assertThat(summary.rows().get(1).deviceSide()).isEqualTo("1 alert(s) for an operator");
        assertThat(summary.rows().get(1).ackQuantile(0.5)).isEqualTo(-1);
        assertThat(summary.table()).contains(
                "| crossing-east | emergency.approaching ×1, emergency.cleared ×1 | tl-central requests queued → "
                        + "served → cancelled | 40 / 60 ms (2) |",
                "| square | dump.detected ×1 | 1 alert(s) for an operator | – |");
    }
}
