package city.relais.vision.skill;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Groups cells into objects: cells within {@code gap} cells of each other (in x and y) belong to the same object, so
 * that a uniform object whose interior shows no change (only its edges do) still comes out as one.
 */
public final class CellComponents {

    private CellComponents() {
    }

    /** The groups of {@code cells} on a grid of {@code cols} × {@code rows}, each with at least {@code minCells}. */
    public static List<BitSet> of(BitSet cells, int cols, int rows, int gap, int minCells) {
        List<BitSet> out = new ArrayList<>();
        BitSet seen = new BitSet(cols * rows);
        for (int start = cells.nextSetBit(0); start >= 0; start = cells.nextSetBit(start + 1)) {
            if (seen.get(start)) {
                continue;
            }
            BitSet comp = new BitSet();
            Deque<Integer> todo = new ArrayDeque<>();
            todo.add(start);
            seen.set(start);
            while (!todo.isEmpty()) {
                int c = todo.poll();
                comp.set(c);
                int x = c % cols;
                int y = c / cols;
                for (int dy = -gap - 1; dy <= gap + 1; dy++) {
                    for (int dx = -gap - 1; dx <= gap + 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) {
                            continue;
                        }
                        int n = ny * cols + nx;
                        if (cells.get(n) && !seen.get(n)) {
                            seen.set(n);
                            todo.add(n);
                        }
                    }
                }
            }
            if (comp.cardinality() >= minCells) {
                out.add(comp);
            }
        }
        return out;
    }
}
