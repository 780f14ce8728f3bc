package city.relais.hub.lighting;

import city.relais.config.camera.Direction;
import city.relais.event.CityEvent;

/**
 * Whether a presence moves the way a lead group is configured for. The presence event carries the track's motion in
 * the image as measurements {@code motionX} and {@code motionY} (normalised units per second, x right, y down); the
 * dominant axis decides. {@code any} matches every presence; a presence without motion matches only {@code any}.
 */
final class LeadDirection {

    static final String MOTION_X = "motionX";
    static final String MOTION_Y = "motionY";

    private LeadDirection() {
    }

    static boolean matches(Direction wanted, CityEvent event) {
        if (wanted == Direction.ANY) {
            return true;
        }
        Double dx = event.measurements().get(MOTION_X);
        Double dy = event.measurements().get(MOTION_Y);
        if (dx == null || dy == null || (dx == 0 && dy == 0)) {
            return false;
        }
        boolean vertical = Math.abs(dy) >= Math.abs(dx);
        return switch (wanted) {
            case DOWN -> vertical && dy > 0;
            case UP -> vertical && dy < 0;
            case RIGHT -> !vertical && dx > 0;
            case LEFT -> !vertical && dx < 0;
            case ANY -> true;
        };
    }
}
