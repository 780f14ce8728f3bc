package city.relais.vision.skill;

/** The signal state of each approach at the moment of a frame. */
@FunctionalInterface
public interface SignalStates {

    /** Nothing known: every approach {@link SignalState#UNKNOWN}. */
    SignalStates UNKNOWN = approach -> SignalState.UNKNOWN;

    SignalState of(String approach);
}
