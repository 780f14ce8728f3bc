package city.relais.config.camera;

import java.util.Objects;

/** One image-to-ground correspondence; four or more give the homography used to measure metres. */
public record CalibrationPoint(Point image, GroundPoint ground) {

    /** A calibration has none of these, or at least this many. */
    public static final int MIN_PAIRS = 4;

    public CalibrationPoint {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(ground, "ground");
    }
}
