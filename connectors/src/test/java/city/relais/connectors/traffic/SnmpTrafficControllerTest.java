package city.relais.connectors.traffic;

import city.relais.config.Secret;
import city.relais.config.automation.VehicleClass;
import city.relais.config.device.Protocol;
import city.relais.config.device.SnmpV3;
import city.relais.config.device.TrafficController;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.sim.traffic.Indication;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.IntersectionController;
import city.relais.connectors.sim.traffic.ManualClock;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalChange;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.SnmpControllerAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The SNMPv3 client against the simulator's SNMPv3 agent (authPriv), both on one manual clock. */
class SnmpTrafficControllerTest {

    private static final Instant T0 = Instant.parse("2026-11-28T22:00:00Z");
    private static final String USER = "relais-hub";
    private static final String AUTH = "auth-pass-phrase";
    private static final String PRIV = "priv-pass-phrase";

    private final ManualClock clock = new ManualClock(T0);
    private IntersectionController signals;
    private SnmpControllerAgent agent;
    private SnmpTrafficController client;

    @BeforeEach
    void start() throws Exception {
        signals = new IntersectionController(new Intersection(), SignalTimings.defaults(), clock,
                Intersection.EW_PHASE);
        agent = new SnmpControllerAgent(signals, USER, AUTH, PRIV, "127.0.0.1", 0).start();
        client = client(AUTH);
    }

    private SnmpTrafficController client(String authPassword) {
        TrafficController device = new TrafficController("tl-snmp", Protocol.SNMP, agent.address(),
                PriorityObjects.PROFILE, Map.of("N", 1, "S", 2, "E", 3, "W", 4),
                new SnmpV3(USER, Secret.of(authPassword), Secret.of(PRIV)));
        return new SnmpTrafficController(device, clock, Duration.ofSeconds(2), 1);
    }

    @AfterEach
    void stop() {
        client.close();
        agent.close();
    }

    private void run(Duration duration) {
        for (long ms = 0; ms < duration.toMillis(); ms += 100) {
            clock.advance(Duration.ofMillis(100));
            signals.tick();
        }
    }

    @Test
    void an_ambulance_on_north_is_served_then_cancelled_and_cleared_over_snmpv3_auth_priv() throws Exception {
        List<RequestStatus> seen = new ArrayList<>();
        Instant eta = clock.instant().plusSeconds(6);
        seen.add(client.request(new PriorityRequest(7, "N", VehicleClass.EMERGENCY, 1, eta, eta.plusSeconds(5),
                Duration.ofSeconds(30), Duration.ZERO)).status());
        run(Duration.ofSeconds(1));
        seen.add(client.status(7));
        run(Duration.ofSeconds(9));
        seen.add(client.status(7));
        seen.add(client.cancel(7).status());
        client.clear(7);
        seen.add(client.status(7));

        assertThat(seen).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING, RequestStatus.SERVED,
                RequestStatus.CANCELLED, RequestStatus.NONE);
        assertThat(signals.slot(0)).isEmpty();
        assertThat(signals.log()).extracting(SignalChange::time, SignalChange::phase, SignalChange::indication)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(T0, 4, Indication.GREEN),
                        org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(5), 4, Indication.YELLOW),
                        org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(8), 0, Indication.RED),
                        org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(10), 2, Indication.GREEN));
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void detector_calls_and_the_controller_mode_over_snmpv3() throws Exception {
        client.placeCall(new DetectorCall("N", CallKind.VEHICLE));
        client.placeCall(new DetectorCall("S", CallKind.PEDESTRIAN));
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isTrue();
        assertThat(signals.hasCall(2, CallKind.PEDESTRIAN)).isTrue();
        client.clearCall(new DetectorCall("N", CallKind.VEHICLE));
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isFalse();
        assertThat(client.mode()).isEqualTo(ControllerMode.NORMAL);
    }

    @Test
    void a_wrong_authentication_pass_phrase_gets_no_service() {
        try (SnmpTrafficController intruder = client("not-the-pass-phrase")) {
            DeviceException refused = catchThrowableOfType(DeviceException.class, intruder::mode);
            assertThat(refused).isNotNull();
            assertThat(signals.hasCall(1, CallKind.VEHICLE)).isFalse();
        }
    }

    @Test
    void the_community_public_over_v2c_gets_no_answer() throws Exception {
        try (Snmp v2c = new Snmp(new DefaultUdpTransportMapping())) {
            v2c.listen();
            CommunityTarget<UdpAddress> target = new CommunityTarget<>(
                    (UdpAddress) GenericAddress.parse("udp:127.0.0.1/" + agent.port()), new OctetString("public"));
            target.setVersion(SnmpConstants.version2c);
            target.setTimeout(300);
            target.setRetries(0);
            PDU get = new PDU();
            get.add(new VariableBinding(PriorityObjects.controllerStatus()));
            ResponseEvent<UdpAddress> answer = v2c.send(get, target);
            assertThat(answer.getResponse()).isNull();
        }
    }
}
