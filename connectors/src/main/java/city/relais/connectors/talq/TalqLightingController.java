package city.relais.connectors.talq;

import city.relais.config.device.Lamp;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;
import city.relais.connectors.talq.TalqMessages.LampReport;
import city.relais.connectors.talq.TalqMessages.OverrideCommand;
import city.relais.connectors.talq.TalqMessages.OverrideResult;
import city.relais.connectors.talq.TalqMessages.State;
import city.relais.connectors.talq.TalqMessages.TargetCommand;
import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Street lights behind a TALQ gateway: a level is an override command with a {@code LevelState} target, the lease
 * its {@code expiration}, our reference its {@code cmsRefId}, the idempotency key its {@code talqRequestId} (the
 * gateway answers a repeated request with 200 and the first answer: a duplicate). Release is an override without
 * {@code targetCommand}. Read-back is {@code GET lamp-states} (see {@link TalqMessages}).
 */
public final class TalqLightingController implements LightingController {

    private static final TypeReference<List<LampReport>> REPORTS = new TypeReference<>() {
    };
    private static final int REMEMBERED = 1024;

    private final StreetLights device;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final TalqHttp http;
    private final Clock clock;
    private final Map<String, OverrideCommand> sent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OverrideCommand> eldest) {
            return size() > REMEMBERED;
        }
    };

    public TalqLightingController(StreetLights device, Duration timeout) {
        this(device, timeout, Clock.systemUTC());
    }

    public TalqLightingController(StreetLights device, Duration timeout, Clock clock) {
        if (device.protocol() != Protocol.TALQ || device.endpoint() == null) {
            throw new IllegalArgumentException(device.id() + " is not a TALQ street-lights device");
        }
        this.device = device;
        for (Map.Entry<String, Lamp> lamp : device.lamps().entrySet()) {
            addresses.put(lamp.getKey(), lamp.getValue().address());
        }
        this.http = new TalqHttp(device.id(), device.endpoint(), timeout);
        this.clock = clock;
    }

    @Override
    public String deviceId() {
        return device.id();
    }

    /**
     * Sends the override; a retry (same key) sends exactly the first body again, its {@code start} included, so that
     * the gateway recognises it.
     */
    @Override
    public CommandAck setLevel(LevelCommand command) throws DeviceException {
        OverrideCommand override = remembered(command.idempotencyKey());
        if (override == null) {
            long rampMs = command.ramp().toMillis();
            TargetCommand target = new TargetCommand(new State(TalqMessages.LEVEL_STATE, command.levelPercent()),
                    rampMs, rampMs, command.reason(), command.reference(), clock.instant(), command.leaseExpiry());
            override = remember(new OverrideCommand(command.idempotencyKey(), addressesOf(command.lamps()), target));
        }
        return send(override);
    }

    private synchronized OverrideCommand remembered(String key) {
        return sent.get(key);
    }

    private synchronized OverrideCommand remember(OverrideCommand override) {
        sent.put(override.talqRequestId(), override);
        return override;
    }

    @Override
    public CommandAck release(ReleaseCommand command) throws DeviceException {
        return send(new OverrideCommand(command.idempotencyKey(), addressesOf(command.lamps()), null));
    }

    private CommandAck send(OverrideCommand override) throws DeviceException {
        TalqHttp.Answer answer = http.post(TalqMessages.OVERRIDE_COMMANDS, override);
        OverrideResult result = answer.body(OverrideResult.class);
        return new CommandAck(override.talqRequestId(), result.status(), answer.status() == 200);
    }

    @Override
    public List<LampState> read(List<String> lamps) throws DeviceException {
        String query = addressesOf(lamps).stream()
                .map(address -> "address=" + URLEncoder.encode(address, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        List<LampReport> reports = http.get(TalqMessages.LAMP_STATES + "?" + query).body(REPORTS);
        Map<String, LampReport> byAddress = reports.stream()
                .collect(Collectors.toMap(LampReport::address, report -> report, (a, b) -> a));
        List<LampState> states = new ArrayList<>();
        for (String lamp : lamps) {
            LampReport report = byAddress.get(addresses.get(lamp));
            if (report == null) {
                throw new DeviceException(device.id(), null, false, "the gateway reported nothing for lamp " + lamp
                        + " (" + addresses.get(lamp) + ")", null);
            }
            states.add(new LampState(lamp, report.actualLevel(), report.targetLevel(), report.overrideExpiration(),
                    report.status()));
        }
        return states;
    }

    private List<String> addressesOf(List<String> lamps) throws DeviceException {
        List<String> result = new ArrayList<>();
        for (String lamp : lamps) {
            String address = addresses.get(lamp);
            if (address == null) {
                throw new DeviceException(device.id(), null, false, "no lamp " + lamp + " on this device (lamps: "
                        + String.join(", ", addresses.keySet()) + ")", null);
            }
            result.add(address);
        }
        return result;
    }

    @Override
    public void close() {
        http.close();
    }
}
