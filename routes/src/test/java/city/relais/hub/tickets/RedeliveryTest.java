package city.relais.hub.tickets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import city.relais.config.CityConfig;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.TestCity;
import city.relais.hub.operators.OperatorLoop;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.store.TestStores;
import city.relais.hub.store.TicketRecords;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the action journal already holds but the store does not (the hub died between the two) is handled when
 * it is redelivered; one the store has is not handled twice.
 */
class RedeliveryTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_journaled_but_unstored_event_still_opens_its_ticket_once(TestStores.Engine engine) throws Exception {
        try (Open311Simulator simulator = new Open311Simulator(SimService.demo(), "test-key-123", null, null,
                "127.0.0.1", 0, Clock.systemUTC()).start()) {
            CityConfig city = TicketCity.load(folder, TestCity.freePort(), simulator.endpoint(),
                    TestStores.store(engine));
            try (StoreDatabase store = StoreDatabase.open(city.hub().store(), city.hub().dataDir())) {
                TicketAutomations tickets = OperatorLoop.create(city, store, new RecordingAlarms(),
                        new SimpleMeterRegistry(), event -> { }, Clock.systemUTC()).tickets();
                CityEvent overflow = CityEvent.builder(EventType.BIN_OVERFLOWING, "bin-corner").zone("bin-12")
                        .explanation("fill 0.9").build();
                CityEvent dump = CityEvent.builder(EventType.DUMP_DETECTED, "square").zone("square").build();
                try {
                    tickets.redelivered("bins", overflow);
                    tickets.redelivered("bins", overflow);
                    tickets.redelivered("dumps", dump);
                    tickets.redelivered("dumps", dump);
                    await().atMost(Duration.ofSeconds(20)).until(() -> simulator.tickets().size() == 1);
                    assertThat(new TicketRecords(store).all()).singleElement()
                            .satisfies(t -> assertThat(t.repeats()).isZero());
                    assertThat(tickets.alerts().list(null, 10)).singleElement()
                            .satisfies(a -> assertThat(a.eventId()).isEqualTo(dump.id()));
                } finally {
                    tickets.close();
                }
            }
        }
    }
}
