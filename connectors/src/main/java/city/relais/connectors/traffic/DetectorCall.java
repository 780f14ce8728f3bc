package city.relais.connectors.traffic;

import java.util.Objects;

/** A virtual detector call on one approach, placed and cleared as a loop or push button would. */
public record DetectorCall(String approach, CallKind kind) {

    public DetectorCall {
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(kind, "kind");
    }
}
