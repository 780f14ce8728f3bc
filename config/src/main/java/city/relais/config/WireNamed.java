package city.relais.config;

/** An enum constant with the name it has in the YAML file ({@code street-lights}, {@code metadata-only}). */
public interface WireNamed {

    /** The name as written in the city file. */
    String wireName();
}
