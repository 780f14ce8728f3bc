package city.relais.vision.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import city.relais.event.CityEvent;
import city.relais.event.EventType;

import org.junit.jupiter.api.Test;

class CameraStateEventsTest {

    /** A clock the test moves. */
    private static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-12-01T22:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void one_down_per_outage_then_up_with_its_duration() {
        List<CityEvent> events = new ArrayList<>();
        StepClock clock = new StepClock();
        CameraStateEvents states = new CameraStateEvents(events::add, clock);

        states.onUp("cam-1");                                  // first start: no event
        states.onDown("cam-1", "connection refused");
        states.onDown("cam-1", "connection refused again");    // same outage: no second event
        assertThat(events).extracting(CityEvent::type).containsExactly(EventType.CAMERA_DOWN);
        assertThat(events.get(0).explanation()).isEqualTo("camera cam-1 down: connection refused");

        clock.now = clock.now.plusSeconds(42);
        states.onUp("cam-1");
        assertThat(events).extracting(CityEvent::type).containsExactly(EventType.CAMERA_DOWN, EventType.CAMERA_UP);
        assertThat(events.get(1).measurements()).containsEntry("downForSeconds", 42.0);
        assertThat(events.get(1).camera()).isEqualTo("cam-1");
    }
}
