package city.relais.config.load;

/** The message for a sunset/sunrise window in a file without a site position. */
final class Sun {

    static final String NEEDS_SITE = "sunset and sunrise need the site's position: add site (name, timezone, "
            + "latitude, longitude) or write clock times (e.g. 22:00..06:00)";

    private Sun() {
    }
}
