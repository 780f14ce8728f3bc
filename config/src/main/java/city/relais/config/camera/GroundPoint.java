package city.relais.config.camera;

/** A point on the ground plane in metres, in any local frame fixed for one camera. */
public record GroundPoint(double x, double y) {
}
