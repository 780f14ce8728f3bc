package city.relais.config.skill;

/** A skill that reads or serves a traffic controller: {@code signal} is a device id, {@code approach} its arm. */
public interface SignalLinked {

    /** Id of a traffic-controller device; null when the skill is not tied to one. */
    String signal();

    /** Name of an approach on that controller (e.g. {@code N}); null when not given. */
    String approach();
}
