package city.relais.hub.lighting;

import java.util.List;

import city.relais.config.device.StreetLights;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;

/**
 * A controller that may not be reachable when the hub starts: it is opened on first use and opened again after a
 * failure to open, each failure being a retryable {@link DeviceException} (the driver's breaker and alarm take it
 * from there). The hub therefore starts whatever state its devices are in.
 */
final class ReopeningController implements LightingController {

    private final StreetLights device;
    private final LightingAutomations.ControllerFactory factory;
    private LightingController open;

    ReopeningController(StreetLights device, LightingAutomations.ControllerFactory factory) {
        this.device = device;
        this.factory = factory;
    }

    private synchronized LightingController controller() throws DeviceException {
        if (open == null) {
            try {
                open = factory.open(device);
            } catch (Exception e) {
                throw new DeviceException(device.id(), e.getClass().getSimpleName(), true,
                        "cannot open the controller: " + e.getMessage(), e);
            }
        }
        return open;
    }

    @Override
    public String deviceId() {
        return device.id();
    }

    @Override
    public CommandAck setLevel(LevelCommand command) throws DeviceException {
        return controller().setLevel(command);
    }

    @Override
    public CommandAck release(ReleaseCommand command) throws DeviceException {
        return controller().release(command);
    }

    @Override
    public List<LampState> read(List<String> lamps) throws DeviceException {
        return controller().read(lamps);
    }

    @Override
    public synchronized void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
