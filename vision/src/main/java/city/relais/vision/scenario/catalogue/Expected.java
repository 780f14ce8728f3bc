package city.relais.vision.scenario.catalogue;

import java.util.Locale;

/** One expected event of a scenario: its type, zone (or line), clip time and tolerance (SCENARIOS.md). */
record Expected(String type, String zone, double at, double tolerance) {

    String yaml() {
        return String.format(Locale.ROOT, "  - {type: %s, zone: %s, at: %.2f, tolerance: %.1f}", type, zone, at,
                tolerance);
    }
}
