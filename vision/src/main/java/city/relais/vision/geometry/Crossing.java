package city.relais.vision.geometry;

import city.relais.config.camera.Direction;
import java.util.Objects;

/**
 * A track crossed a line.
 *
 * @param trackId   the track
 * @param line      the line's name
 * @param direction the image direction of the crossing (never {@code ANY})
 * @param counted   whether the line's configured direction counts this crossing
 */
public record Crossing(long trackId, String line, Direction direction, boolean counted) {

    public Crossing {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(direction, "direction");
        if (direction == Direction.ANY) {
            throw new IllegalArgumentException("a crossing has a concrete direction");
        }
    }
}
