package city.relais.config;

import city.relais.config.automation.Automation;
import city.relais.config.camera.Camera;
import city.relais.config.device.Device;
import city.relais.config.device.ModbusProfile;
import city.relais.config.load.BuiltinModbusProfiles;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole city deployment, as loaded and validated by {@link CityConfigLoader}.
 *
 * @param site        optional; null when the file has no {@code site} section
 * @param hub         the hub process (defaults when absent)
 * @param broker      the message broker (embedded when absent)
 * @param cameras     cameras in file order
 * @param devices     devices in file order
 * @param automations automations in file order
 * @param privacy     evidence and retention (defaults when absent)
 * @param operators   control-room accounts
 * @param baseDir     folder of the loaded file, used to resolve relative paths; null for a classpath resource
 * @param modbusProfiles Modbus register maps by id: the built-in ones, then the file's {@code modbus-profiles}
 */
public record CityConfig(Site site, Hub hub, Broker broker, List<Camera> cameras, List<Device> devices,
                         List<Automation> automations, Privacy privacy, List<Operator> operators, Path baseDir,
                         Map<String, ModbusProfile> modbusProfiles) {

    public CityConfig {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(privacy, "privacy");
        cameras = cameras == null ? List.of() : List.copyOf(cameras);
        devices = devices == null ? List.of() : List.copyOf(devices);
        automations = automations == null ? List.of() : List.copyOf(automations);
        operators = operators == null ? List.of() : List.copyOf(operators);
        modbusProfiles = Collections.unmodifiableMap(new LinkedHashMap<>(
                modbusProfiles == null ? BuiltinModbusProfiles.all() : modbusProfiles));
    }

    /** A city with only the built-in Modbus profiles. */
    public CityConfig(Site site, Hub hub, Broker broker, List<Camera> cameras, List<Device> devices,
                      List<Automation> automations, Privacy privacy, List<Operator> operators, Path baseDir) {
        this(site, hub, broker, cameras, devices, automations, privacy, operators, baseDir, null);
    }

    /** The same city with another hub section (e.g. a port given on the command line). */
    public CityConfig withHub(Hub newHub) {
        return new CityConfig(site, newHub, broker, cameras, devices, automations, privacy, operators, baseDir,
                modbusProfiles);
    }

    public Optional<Camera> camera(String id) {
        return cameras.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Device> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A Modbus profile, built-in or the file's. */
    public Optional<ModbusProfile> modbusProfile(String id) {
        return Optional.ofNullable(modbusProfiles.get(id));
    }

    public Optional<Automation> automation(String id) {
        return automations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Operator> operator(String id) {
        return operators.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
