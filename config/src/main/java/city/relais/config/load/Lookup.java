package city.relais.config.load;

import city.relais.config.CityConfig;
import city.relais.config.camera.Camera;
import city.relais.config.device.Device;
import city.relais.config.device.DeviceKind;
import city.relais.config.device.TrafficController;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds cameras and devices by id for the checks, and words the "no such thing" messages. A reference to a device
 * that exists but could not be bound is neither found nor reported: its own problem says enough.
 */
final class Lookup {

    static final String DEVICES = "devices";

    private final Map<String, Camera> cameras = new LinkedHashMap<>();
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final CityConfig config;
    private final BindContext ctx;

    Lookup(CityConfig config, BindContext ctx) {
        this.config = config;
        this.ctx = ctx;
        config.cameras().stream().filter(c -> c.id() != null).forEach(c -> cameras.putIfAbsent(c.id(), c));
        config.devices().stream().filter(d -> d.id() != null).forEach(d -> devices.putIfAbsent(d.id(), d));
    }

    boolean hasSite() {
        return config.site() != null;
    }

    /** The camera, or empty after a problem at {@code path}. */
    Optional<Camera> camera(String id, String path) {
        Camera camera = cameras.get(id);
        if (camera == null) {
            ctx.problems().add(path, "no camera '" + id + "' (cameras: " + names(cameras.keySet()) + ")");
        }
        return Optional.ofNullable(camera);
    }

    /** The camera, or null; nothing reported (the reference was checked elsewhere). */
    Camera cameraIfPresent(String id) {
        return id == null ? null : cameras.get(id);
    }

    Optional<Device> deviceIfPresent(String id) {
        return Optional.ofNullable(devices.get(id));
    }

    /** The device, or empty (after a problem at {@code path} unless the device exists but is unbound). */
    Optional<Device> device(String id, String path) {
        Device device = devices.get(id);
        if (device == null && !ctx.isUnbound(DEVICES, id)) {
            ctx.problems().add(path, "no device '" + id + "' (devices: " + names(devices.keySet()) + ")");
        }
        return Optional.ofNullable(device);
    }

    /** A device of the given kind, or empty after a problem (missing, or another kind). */
    Optional<Device> device(String id, DeviceKind kind, String path, String usage) {
        Optional<Device> device = device(id, path);
        if (device.isPresent() && device.get().kind() != kind) {
            ctx.problems().add(path, usage + " needs a " + kind.wireName() + " device; " + id + " is a "
                    + device.get().kind().wireName());
            return Optional.empty();
        }
        return device;
    }

    void zone(Camera camera, String zone, String path) {
        if (zone != null && !camera.zones().containsKey(zone) && !unbound(camera, "zones", zone)) {
            ctx.problems().add(path, "no zone '" + zone + "' on camera " + camera.id() + " (zones: "
                    + names(camera.zones().keySet()) + ")");
        }
    }

    void line(Camera camera, String line, String path) {
        if (line != null && !camera.lines().containsKey(line) && !unbound(camera, "lines", line)) {
            ctx.problems().add(path, "no line '" + line + "' on camera " + camera.id() + " (lines: "
                    + names(camera.lines().keySet()) + ")");
        }
    }

    void approach(TrafficController controller, String approach, String path) {
        if (approach != null && !controller.approaches().containsKey(approach)) {
            ctx.problems().add(path, "no approach '" + approach + "' on device " + controller.id() + " (approaches: "
                    + names(controller.approaches().keySet()) + ")");
        }
    }

    private boolean unbound(Camera camera, String drawings, String name) {
        return ctx.isUnbound(KeyPath.child(ctx.originOf(camera), drawings), name);
    }

    static String names(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
