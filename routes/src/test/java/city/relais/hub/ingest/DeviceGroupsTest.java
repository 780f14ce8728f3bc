package city.relais.hub.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import city.relais.config.CityConfigLoader;
import city.relais.event.CityEvent;
import city.relais.event.EventType;

import org.junit.jupiter.api.Test;

class DeviceGroupsTest {

    private final DeviceGroups groups;

    DeviceGroupsTest() throws Exception {
        groups = new DeviceGroups(CityConfigLoader.loadResource("examples/demo-city.yaml"));
    }

    private static CityEvent event(EventType type, String camera, String zone) {
        return CityEvent.builder(type, camera).zone(zone).build();
    }

    @Test
    void an_event_is_grouped_by_the_device_its_automation_moves() {
        assertEquals("lights-main", groups.of(event(EventType.ZONE_OCCUPIED, "night-street", "sidewalk")));
        assertEquals("lights-main", groups.of(event(EventType.ZONE_EMPTY, "night-street", "sidewalk")));
        assertEquals("tl-central", groups.of(event(EventType.EMERGENCY_APPROACHING, "crossing-east", "approach-east")));
        assertEquals("tl-central", groups.of(event(EventType.DEMAND_WAITING, "crossing-north", "waiting-north")));
        assertEquals("waste-service", groups.of(event(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12")));
    }

    @Test
    void an_event_no_automation_takes_is_grouped_by_its_camera() {
        assertEquals("camera:night-street", groups.of(event(EventType.ZONE_OCCUPIED, "night-street", "road")));
        assertEquals("camera:square", groups.of(event(EventType.BIN_LEVEL, "square", null)));
    }
}
