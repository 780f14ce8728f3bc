package city.relais.hub.tickets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import city.relais.config.Secret;
import city.relais.connectors.open311.Open311Client;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.connectors.sim.open311.SimTicket;
import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.store.TestStores;
import city.relais.hub.store.TicketRecord;
import city.relais.hub.store.TicketRecords;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ticket service against the Open311 simulator (a real HTTP server), on H2 and on PostgreSQL: one ticket per
 * asset and problem, and exactly one ticket under every fault.
 */
class TicketServiceTest {

    private static final String KEY = "test-key-123";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Open311Simulator simulator;
    private StoreDatabase db;
    private final List<TicketService> services = new CopyOnWriteArrayList<>();
    private final RecordingAlarms alarms = new RecordingAlarms();
    private final List<String> closedNotes = new CopyOnWriteArrayList<>();

    private void start(TestStores.Engine engine) throws Exception {
        simulator = new Open311Simulator(SimService.demo(), KEY, null, dir.resolve("sim.json"), "127.0.0.1", 0,
                Clock.systemUTC()).start();
        db = TestStores.open(engine, dir);
    }

    private TicketService service(String key) {
        Open311Client client = new Open311Client("waste-service", simulator.endpoint(), Secret.of(key), null,
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        TicketService service = new TicketService("waste-service", client, db, alarms,
                new RetryPolicy(4, Duration.ofMillis(50), 2), Clock.systemUTC(),
                (ticket, notes) -> closedNotes.add(notes));
        services.add(service);
        service.discover(List.of("BIN_OVERFLOW"));
        return service;
    }

    @AfterEach
    void stop() {
        services.forEach(TicketService::close);
        if (simulator != null) {
            simulator.faults().clear();
            simulator.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static TicketRequest overflow(String eventId) {
        return new TicketRequest("bins", "bin-corner/bin-12", "bin.overflowing", "BIN_OVERFLOW", 48.8712, 2.2261,
                "bin.overflowing on bin-corner/bin-12: fill 0.93 above 0.80 for 600 s", "http://127.0.0.1:1/evidence/t",
                eventId, Map.of("fill", 0.93), "auto");
    }

    private TicketRecord awaitState(long id, TicketRecord.State state) throws Exception {
        TicketRecords records = new TicketRecords(db);
        await().atMost(WAIT).until(() -> records.byId(id).orElseThrow().state() == state);
        return records.byId(id).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void one_ticket_per_problem_and_a_new_one_after_the_service_closed_it(TestStores.Engine engine) throws Exception {
        start(engine);
        TicketService service = service(KEY);
        TicketService.Outcome first = service.request(overflow("e-1"));
        assertThat(first.opened()).isTrue();
        TicketRecord opened = awaitState(first.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
        SimTicket stored = simulator.tickets().get(0);
        assertThat(stored.serviceCode()).isEqualTo("BIN_OVERFLOW");
        assertThat(stored.lat()).isEqualTo(48.8712);
        assertThat(stored.lon()).isEqualTo(2.2261);
        assertThat(stored.description()).isEqualTo("bin.overflowing on bin-corner/bin-12: fill 0.93 above 0.80 for 600 s");
        assertThat(stored.mediaUrl()).isEqualTo("http://127.0.0.1:1/evidence/t");
        assertThat(stored.attributes()).containsEntry("asset_id", "bin-corner/bin-12");
        assertThat(stored.id()).isEqualTo(opened.serviceRequestId());

        TicketService.Outcome repeat = service.request(overflow("e-2"));
        assertThat(repeat.opened()).isFalse();
        assertThat(repeat.ticket().repeats()).isEqualTo(1);
        assertThat(simulator.tickets()).hasSize(1);

        simulator.close(stored.id(), "emptied");
        TicketService.Outcome after = service.request(overflow("e-3"));
        assertThat(after.opened()).isTrue();
        awaitState(after.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(2);
        assertThat(closedNotes).containsExactly("emptied");
        assertThat(new AuditTrail(db).chain("e-1")).extracting(AuditEntry::step)
                .contains(AuditEntry.Step.COMMAND, AuditEntry.Step.ACK);
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void server_errors_are_retried_into_exactly_one_ticket(TestStores.Engine engine) throws Exception {
        start(engine);
        TicketService service = service(KEY);
        simulator.faults().failNext(3);
        TicketService.Outcome outcome = service.request(overflow("e-5xx"));
        TicketRecord ticket = awaitState(outcome.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
        assertThat(ticket.attempts()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_timeout_after_the_server_stored_the_ticket_is_reconciled_not_posted_again(TestStores.Engine engine)
            throws Exception {
        start(engine);
        TicketService service = service(KEY);
        simulator.faults().maxHold(Duration.ofSeconds(3)).holdNext(1);
        TicketService.Outcome outcome = service.request(overflow("e-timeout"));
        TicketRecord ticket = awaitState(outcome.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
        assertThat(ticket.serviceRequestId()).isEqualTo(simulator.tickets().get(0).id());
        assertThat(new AuditTrail(db).chain("e-timeout")).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).contains("found by reconciliation"));
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_dropped_answer_is_reconciled_into_exactly_one_ticket(TestStores.Engine engine) throws Exception {
        start(engine);
        TicketService service = service(KEY);
        simulator.faults().dropNext(1);
        TicketService.Outcome outcome = service.request(overflow("e-drop"));
        awaitState(outcome.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_hub_stopped_between_intent_and_post_sends_exactly_one_ticket_after_restart(TestStores.Engine engine)
            throws Exception {
        start(engine);
        // the POST reaches the server, which stores the ticket; the hub dies before the answer comes
        TicketService first = service(KEY);
        simulator.faults().maxHold(Duration.ofSeconds(30)).holdNext(1);
        TicketService.Outcome outcome = first.request(overflow("e-crash"));
        await().atMost(WAIT).until(() -> simulator.tickets().size() == 1);
        first.close(Duration.ZERO);
        simulator.faults().releaseHeld();
        assertThat(new TicketRecords(db).byId(outcome.ticket().id()).orElseThrow().state())
                .isEqualTo(TicketRecord.State.INTENT);
        // a new hub on the same store: reconciles before posting, finds the stored ticket
        TicketService second = service(KEY);
        second.resumePending();
        awaitState(outcome.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void an_intent_whose_post_never_left_is_posted_once_after_restart(TestStores.Engine engine) throws Exception {
        start(engine);
        TicketRecord intent = db.transaction(c -> new TicketRecords(db).createIntent(c, new TicketRecords.Intent(
                "bins", "waste-service", "bin-corner/bin-12", "bin.overflowing", "BIN_OVERFLOW", 48.87, 2.22,
                "left pending", null, "relais-test-pending", "e-pending"), java.time.Instant.now()));
        service(KEY).resumePending();
        awaitState(intent.id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_simulator_restart_still_ends_with_exactly_one_ticket(TestStores.Engine engine) throws Exception {
        start(engine);
        simulator.stop();
        TicketService service = service(KEY);
        TicketService.Outcome outcome = service.request(overflow("e-restart"));
        await().atMost(WAIT).until(() -> alarms.raised.stream().anyMatch(a -> a.state() == DeviceAlarm.State.DOWN));
        simulator.start();
        service.resumePending();
        awaitState(outcome.ticket().id(), TicketRecord.State.OPEN);
        assertThat(simulator.tickets()).hasSize(1);
        await().atMost(WAIT).until(() -> alarms.states().get("waste-service") == DeviceAlarm.State.UP);
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_refusal_is_not_retried_and_raises_an_alarm_with_the_service_message(TestStores.Engine engine)
            throws Exception {
        start(engine);
        TicketService.Outcome outcome = service("wrong-key-000").request(overflow("e-4xx"));
        TicketRecord ticket = awaitState(outcome.ticket().id(), TicketRecord.State.FAILED);
        assertThat(ticket.attempts()).isEqualTo(1);
        assertThat(simulator.tickets()).isEmpty();
        assertThat(alarms.raised).anySatisfy(a -> {
            assertThat(a.state()).isEqualTo(DeviceAlarm.State.DOWN);
            assertThat(a.reason()).contains("403").contains("Invalid api_key");
        });
    }
}
