package city.relais.hub.tickets;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;

/** Device alarms kept in memory for a test to read. */
final class RecordingAlarms implements DeviceAlarms {

    final List<DeviceAlarm> raised = new CopyOnWriteArrayList<>();
    private final Map<String, DeviceAlarm.State> states = new ConcurrentHashMap<>();

    @Override
    public void watch(String device) {
        states.putIfAbsent(device, DeviceAlarm.State.UP);
    }

    @Override
    public void raise(DeviceAlarm alarm) {
        raised.add(alarm);
        states.put(alarm.device(), alarm.state());
    }

    @Override
    public Map<String, DeviceAlarm.State> states() {
        return Map.copyOf(states);
    }
}
