package city.relais.vision.evidence;

import city.relais.vision.geometry.Box;
import city.relais.vision.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of a frame a snapshot must blur: every person (any track state), box grown by {@link #PERSON_MARGIN}
 * each side, and the plate area of every vehicle (the lower {@link #PLATE_SHARE} of its box, a little wider). The
 * event's subject is never added as such: a dump or a bin stays sharp, while a person subject is blurred like every
 * person, and a vehicle subject keeps its plate blurred (Relais never shows a plate).
 */
final class AnonymisedAreas {

    /** The class whose whole box is blurred. */
    static final String PERSON = "person";
    /** Classes whose plate area is blurred. */
    static final Set<String> VEHICLES = Set.of("car", "bus", "truck", "motorcycle");
    /** Each side of a person box grows by this share of its size. */
    static final double PERSON_MARGIN = 0.1;
    /** Share of a vehicle box's height, from the bottom, that is blurred as its plate area. */
    static final double PLATE_SHARE = 0.5;
    /** Each side of the plate area grows by this share of the vehicle's width. */
    static final double PLATE_MARGIN = 0.05;

    private AnonymisedAreas() {
    }

    /** The areas to blur, normalised and clipped to the frame; empty boxes are left out. */
    static List<Box> of(List<Track> tracks) {
        List<Box> areas = new ArrayList<>();
        for (Track t : tracks) {
            Box b = t.box();
            if (PERSON.equals(t.label())) {
                add(areas, new Box(b.x() - b.w() * PERSON_MARGIN, b.y() - b.h() * PERSON_MARGIN,
                        b.w() * (1 + 2 * PERSON_MARGIN), b.h() * (1 + 2 * PERSON_MARGIN)));
            } else if (VEHICLES.contains(t.label())) {
                add(areas, plateArea(b));
            }
        }
        return List.copyOf(areas);
    }

    /** The lower part of a vehicle box, where front and rear plates are. */
    static Box plateArea(Box vehicle) {
        double top = vehicle.y() + vehicle.h() * (1 - PLATE_SHARE);
        return new Box(vehicle.x() - vehicle.w() * PLATE_MARGIN, top, vehicle.w() * (1 + 2 * PLATE_MARGIN),
                vehicle.y2() - top + vehicle.h() * PLATE_MARGIN);
    }

    private static void add(List<Box> areas, Box box) {
        Box clipped = box.clipped();
        if (clipped.w() > 0 && clipped.h() > 0) {
            areas.add(clipped);
        }
    }
}
