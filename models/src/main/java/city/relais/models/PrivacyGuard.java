package city.relais.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses any model whose labels or declared tasks (or name, file name, label set or source address) mention faces
 * (including known face models such as RetinaFace, ArcFace, YuNet, SCRFD, MTCNN), facial landmarks, body pose or
 * keypoints (gait), person re-identification or appearance embeddings, plate reading or text recognition, attribute
 * inference on persons (gender, age, emotion, ethnicity) or other biometrics. Relais counts and locates objects; it
 * never identifies people or vehicles.
 */
public final class PrivacyGuard {

    /** Matched against lower-cased text in which every run of non-letters is one space, padded with spaces. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile(" (faces?|facial|face ?(id|recognition|detection|mesh)) "),
            Pattern.compile(" (?!(sur|inter|type|pre)face )[a-z]*face(net|s|id|mesh)? "),
            Pattern.compile(" (yunet|scrfd|mtcnn|dlib|haarcascade) "),
            Pattern.compile(" landmarks? "),
            Pattern.compile(" gait "),
            Pattern.compile(" (pose|keypoints?|skeletons?) "),
            Pattern.compile(" re ?id(entification|entify)? "),
            Pattern.compile(" person ?search "),
            Pattern.compile(" (osnet|(appearance|identity|person) ?(embeddings?|features?)) "),
            Pattern.compile(" (ocr|text ?(recognition|reading|spotting)) "),
            Pattern.compile(" (gender|ethnicity|emotions?|age ?(estimation|prediction|recognition)) "),
            Pattern.compile(" (licen[cs]e|number|registration) ?plates? "),
            Pattern.compile(" plate ?(reading|reader|recognition|ocr|number) "),
            Pattern.compile(" (anpr|alpr|lpr) "),
            Pattern.compile(" (biometrics?|iris|fingerprints?) "));

    private PrivacyGuard() {
    }

    /** Terms in the descriptor that are forbidden, e.g. {@code label 'face'}; empty when it may be used. */
    public static List<String> violations(ModelDescriptor d) {
        List<String> found = new ArrayList<>();
        check("name", d.name(), found);
        check("file", d.fileName(), found);
        check("label set", d.labelSet(), found);
        if (d.source() != null) {
            check("source", d.source().toString(), found);
        }
        d.labels().forEach(l -> check("label", l, found));
        d.tasks().forEach(t -> check("task", t, found));
        return found;
    }

    /** Throws {@link PrivacyViolationException} naming every forbidden label or task. */
    public static void check(ModelDescriptor d) {
        List<String> found = violations(d);
        if (!found.isEmpty()) {
            throw new PrivacyViolationException("model '" + d.name() + "' is refused: Relais never runs models for "
                    + "faces, landmarks, pose or gait, person re-identification, plate reading or other biometrics, "
                    + "and it declares "
                    + String.join(", ", found));
        }
    }

    static boolean forbidden(String text) {
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip() + " ";
        return FORBIDDEN.stream().anyMatch(p -> p.matcher(words).find());
    }

    private static void check(String what, String text, List<String> found) {
        if (forbidden(text)) {
            found.add(what + " '" + text + "'");
        }
    }
}
