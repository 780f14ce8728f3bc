package city.relais.config.load;

/** The rule shared by the maps and lists that must not be written empty (lamps, approaches, services, events). */
final class Lists {

    private Lists() {
    }

    /** Reports {@code key} when it is written but holds nothing usable; absent keys are reported elsewhere. */
    static void notEmpty(Fields f, String key, boolean empty, String what) {
        if (empty && f.has(key)) {
            f.problems().add(f.pathOf(key), f.lineOf(key), "needs at least one entry: " + what);
        }
    }
}
