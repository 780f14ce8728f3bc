package city.relais.config.camera;

/** A position on Earth in degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("latitude/longitude out of range");
        }
    }
}
