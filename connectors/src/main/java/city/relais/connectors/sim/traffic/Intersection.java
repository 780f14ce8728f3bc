package city.relais.connectors.sim.traffic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a four-approach crossing: approaches 1 (N), 2 (S), 3 (E), 4 (W); one ring with phase 2 serving
 * N and S and phase 4 serving E and W, with a barrier between them. Approaches of different phases conflict.
 */
public final class Intersection {

    public static final int NS_PHASE = 2;
    public static final int EW_PHASE = 4;

    private final Map<Integer, String> names = new LinkedHashMap<>();
    private final Map<Integer, Integer> phaseOfApproach = new LinkedHashMap<>();

    public Intersection() {
        add(1, "N", NS_PHASE);
        add(2, "S", NS_PHASE);
        add(3, "E", EW_PHASE);
        add(4, "W", EW_PHASE);
    }

    private void add(int approach, String name, int phase) {
        names.put(approach, name);
        phaseOfApproach.put(approach, phase);
    }

    public List<Integer> approaches() {
        return List.copyOf(names.keySet());
    }

    public List<Integer> phases() {
        return List.of(NS_PHASE, EW_PHASE);
    }

    public boolean has(int approach) {
        return names.containsKey(approach);
    }

    public int phaseOf(int approach) {
        Integer phase = phaseOfApproach.get(approach);
        if (phase == null) {
            throw new IllegalArgumentException("no approach " + approach + " (approaches 1..4)");
        }
        return phase;
    }

    public String name(int approach) {
        return names.get(approach);
    }

    /** The approaches a phase serves, by name: {@code N+S}. */
    public String approachesOf(int phase) {
        List<String> served = new ArrayList<>();
        phaseOfApproach.forEach((approach, p) -> {
            if (p == phase) {
                served.add(names.get(approach));
            }
        });
        return served.isEmpty() ? "all" : String.join("+", served);
    }

    /** Every pair of approaches in different phases. */
    public List<int[]> conflicts() {
        List<int[]> pairs = new ArrayList<>();
        for (int a : approaches()) {
            for (int b : approaches()) {
                if (a < b && phaseOf(a) != phaseOf(b)) {
                    pairs.add(new int[] {a, b});
                }
            }
        }
        return pairs;
    }
}
