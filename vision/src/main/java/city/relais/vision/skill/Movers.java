package city.relais.vision.skill;

import java.util.Set;

/** The COCO classes that move by themselves: their boxes hide the ground from the static-scene rules. */
final class Movers {

    static final Set<String> LABELS = Set.of("person", "bicycle", "car", "motorcycle", "bus", "truck", "train");
    static final Set<String> PERSONS = Set.of("person");

    private Movers() {
    }
}
