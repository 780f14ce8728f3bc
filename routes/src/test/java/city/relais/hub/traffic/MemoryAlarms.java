package city.relais.hub.traffic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;

/** Device alarms kept in memory, for tests without a broker. */
final class MemoryAlarms implements DeviceAlarms {

    private final Map<String, DeviceAlarm.State> states = new ConcurrentHashMap<>();

    @Override
    public void watch(String device) {
        states.putIfAbsent(device, DeviceAlarm.State.UP);
    }

    @Override
    public void raise(DeviceAlarm alarm) {
        states.put(alarm.device(), alarm.state());
    }

    @Override
    public Map<String, DeviceAlarm.State> states() {
        return Map.copyOf(states);
    }
}
