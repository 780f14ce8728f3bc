package city.relais.config;

import java.util.Objects;

/**
 * A resolved secret (password, API key, token). Written in the city file only as {@code ${env:NAME}},
 * {@code ${env:NAME:-fallback}} or {@code ${file:PATH}}; resolved at load. Its {@link #toString()} never shows the
 * value, so records holding a Secret can be logged.
 */
public final class Secret {

    private static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps an already resolved value (tests, or a value the hub obtained elsewhere). */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret value itself: pass it to the protocol client, never to a log or a message. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
