package city.relais.config.skill;

import city.relais.config.camera.Direction;

import java.util.List;

/**
 * Wrong way / forbidden vehicle: a track in the lane moving against {@code direction}, or of a forbidden class.
 *
 * @param zone the lane
 * @param classes tracked classes, default bicycle, car, motorcycle, bus, truck
 * @param direction the lane's way of travel (up, down, left, right), null when only classes are forbidden
 * @param forbiddenClasses classes not allowed in the lane, may be empty
 * @param inertia default 3
 */
public record WrongWaySkill(String zone, List<String> classes, Direction direction, List<String> forbiddenClasses,
                            int inertia) implements SkillConfig {

    public static final String NAME = "wrong-way";
    public static final List<String> EVENTS = List.of("wrongway.detected");

    public WrongWaySkill {
        classes = List.copyOf(classes);
        forbiddenClasses = List.copyOf(forbiddenClasses);
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
