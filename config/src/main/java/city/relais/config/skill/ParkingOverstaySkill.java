package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Parking overstay: a vehicle stationary in the parking zone longer than {@code maxStationary}.
 *
 * @param zone the parking zone
 * @param classes default car, motorcycle, bus, truck
 * @param maxStationary 1min..7d, default 30min
 */
public record ParkingOverstaySkill(String zone, List<String> classes, Duration maxStationary) implements SkillConfig {

    public static final String NAME = "parking-overstay";
    public static final List<String> EVENTS = List.of("parking.overstay");

    public ParkingOverstaySkill {
        classes = List.copyOf(classes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
