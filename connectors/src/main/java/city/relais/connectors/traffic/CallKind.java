package city.relais.connectors.traffic;

/** Who waits on an approach: a vehicle (as on an inductive loop) or a pedestrian (as at a push button). */
public enum CallKind {
    VEHICLE, PEDESTRIAN;

    /** Persons call the pedestrian phase; every other class (car, bicycle, motorcycle...) is a vehicle. */
    public static CallKind ofObjectClass(String objectClass) {
        return "person".equals(objectClass) ? PEDESTRIAN : VEHICLE;
    }
}
