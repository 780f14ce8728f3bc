package city.relais.config.skill;

import java.util.List;

/**
 * Emergency vehicle: a vehicle track in the approach zone with a blue/red light flashing in its upper part.
 *
 * @param zone the approach zone
 * @param stopLine the stop line on this camera (required)
 * @param signal traffic-controller device id, optional
 * @param approach approach name on that controller, optional
 * @param classes vehicle classes, default car, bus, truck
 * @param flashMinHz lowest flashing frequency, 0.5..10, default 1
 * @param flashMaxHz highest, flashMinHz..10, default 4
 * @param inertia frames inside before a track counts, default 3
 */
public record EmergencyVehicleSkill(String zone, String stopLine, String signal, String approach,
                                    List<String> classes, double flashMinHz, double flashMaxHz, int inertia)
        implements SkillConfig, SignalLinked {

    public static final String NAME = "emergency-vehicle";
    public static final List<String> EVENTS = List.of("emergency.approaching", "emergency.cleared");

    public EmergencyVehicleSkill {
        classes = List.copyOf(classes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String line() {
        return stopLine;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
