package city.relais.vision.evidence;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity of one stored snapshot: a random, unguessable id ({@code [A-Za-z0-9_-]{16,64}}), written in events as
 * the reference {@code evidence:<id>}; the file is {@code <evidenceDir>/<id>.jpg} (a snapshot) or {@code <id>.avi} (a
 * review clip), its sidecar {@code <id>.json}.
 *
 * @param value the id
 */
public record EvidenceId(String value) {

    /** What every id matches; anything else is refused before it can name a file. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /** Prefix of a reference in {@code CityEvent.evidence}. */
    public static final String SCHEME = "evidence:";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 18;

    public EvidenceId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("evidence id must match " + PATTERN + ", got '" + value + "'");
        }
    }

    /** A fresh id: 18 random bytes, URL-safe base64 without padding (24 characters). */
    public static EvidenceId random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new EvidenceId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The id of a reference {@code evidence:<id>}; empty when the text is not such a reference. */
    public static Optional<EvidenceId> fromReference(String reference) {
        if (reference == null || !reference.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String id = reference.substring(SCHEME.length());
        return PATTERN.matcher(id).matches() ? Optional.of(new EvidenceId(id)) : Optional.empty();
    }

    /** {@code evidence:<id>}. */
    public String reference() {
        return SCHEME + value;
    }

    /** The JPEG snapshot in {@code dir}. */
    public Path image(Path dir) {
        return dir.resolve(value + ".jpg");
    }

    /** The blurred review clip (MJPEG AVI) in {@code dir}. */
    public Path clip(Path dir) {
        return dir.resolve(value + ".avi");
    }

    /** The sidecar JSON (camera, event type, created) in {@code dir}. */
    public Path sidecar(Path dir) {
        return dir.resolve(value + ".json");
    }

    @Override
    public String toString() {
        return reference();
    }
}
