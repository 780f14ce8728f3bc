package city.relais.config.load;

import java.util.Collection;

/** "did you mean" for a misspelt name among known ones: same stem, or at most 2 edits away. */
public final class Suggest {

    private static final int MAX_DISTANCE = 2;

    private Suggest() {
    }

    /** {@code " (did you mean 'person'?)"}, or "" when nothing is close. */
    public static String didYouMean(String written, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : known) {
            int distance = sharesStem(written, candidate) ? 1
                    : distance(written.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** {@code zone.occupy} and {@code zone.occupied}: same start, differing only in the last two letters. */
    private static boolean sharesStem(String written, String candidate) {
        int common = 0;
        while (common < Math.min(written.length(), candidate.length())
                && written.charAt(common) == candidate.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= written.length() - 2;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
