package city.relais.connectors.traffic;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub may request priority and place detector calls, nothing else: the client interface and its Modbus
 * implementation offer no operation that sets a phase, forces, holds or omits it, or drives a signal head.
 */
class TrafficControllerSurfaceTest {

    private static final Set<String> ALLOWED = Set.of("deviceId", "approaches", "request", "update", "cancel", "clear",
            "status", "placeCall", "clearCall", "mode", "close");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("phase", "force", "hold", "omit", "signal", "head",
            "green", "red", "yellow", "preempt", "timing", "plan", "split", "offset", "flash", "write", "register");

    @Test
    void the_client_interface_offers_only_priority_requests_and_detector_calls() {
        Set<String> offered = Arrays.stream(TrafficControllerClient.class.getMethods())
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(offered).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void no_public_operation_of_the_connector_names_a_phase_a_head_or_a_timing() {
        for (Class<?> type : new Class<?>[] {TrafficControllerClient.class, ModbusTrafficController.class,
                SnmpTrafficController.class, TrafficControllers.class, PriorityObjects.class}) {
            Arrays.stream(type.getMethods())
                    .filter(m -> m.getDeclaringClass() != Object.class)
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .map(m -> m.getName().toLowerCase(Locale.ROOT))
                    .forEach(name -> assertThat(FORBIDDEN_WORDS).as("%s.%s", type.getSimpleName(), name)
                            .noneMatch(name::contains));
        }
    }

    @Test
    void the_modbus_implementation_adds_no_public_operation_beyond_the_interface_but_its_profile() {
        Set<String> extra = Arrays.stream(ModbusTrafficController.class.getMethods())
                .filter(m -> m.getDeclaringClass() == ModbusTrafficController.class)
                .map(Method::getName).filter(name -> !ALLOWED.contains(name)).collect(Collectors.toSet());
        assertThat(extra).containsExactly("profile");
    }

    @Test
    void the_snmp_implementation_adds_no_public_operation_beyond_the_interface() {
        Set<String> extra = Arrays.stream(SnmpTrafficController.class.getMethods())
                .filter(m -> m.getDeclaringClass() == SnmpTrafficController.class)
                .map(Method::getName).filter(name -> !ALLOWED.contains(name)).collect(Collectors.toSet());
        assertThat(extra).isEmpty();
    }

    @Test
    void the_register_map_holds_requests_calls_and_status_only() {
        Set<String> components = Arrays.stream(city.relais.config.device.TrafficModbusProfile.class
                .getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        assertThat(components).containsExactlyInAnyOrder("id", "unitId", "timeout", "retries", "timeUnit", "slots",
                "vehicleCalls", "pedestrianCalls", "controllerStatus");
    }
}
