package city.relais.vision.skill;

import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.track.Track;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * New still objects in a zone, whatever they are: the static-foreground machinery of the illegal-dump skill
 * ({@link StaticScene}: cells that differ from the long-term background and match the short-term one, never under a
 * person or vehicle track; grouped by {@link CellComponents}; ghosts absorbed; groups that bring no outline of their
 * own dropped) with each group followed from frame to frame by the cells it shares. An object's {@link
 * StaticObject#since} is when its first cell started to differ from the background (when it was put down, or when the
 * person standing over it stepped away); its area is the ground area of its cells (at least half that of its
 * bounding box) through the camera's calibration. An object half hidden by a person or vehicle track is kept; one
 * neither seen nor hidden for {@link #FORGET_S} is forgotten. Not thread-safe: one per skill.
 */
public final class StaticObjects {

    /** A cell joins an object after this many seconds static. */
    public static final double MIN_STATIC_S = 1.5;
    /** Objects neither seen nor hidden this long are forgotten. */
    public static final double FORGET_S = 3.0;

    /**
     * One static object as it stands now.
     *
     * @param id     stable while the object is followed
     * @param box    bounding box of its cells, normalised image coordinates
     * @param areaM2 ground area, m²
     * @param since  clip time its first cell started to differ from the background
     * @param seen   clip time it last showed as static foreground (earlier while hidden or fading)
     */
    public record StaticObject(long id, Box box, double areaM2, double since, double seen) {
    }

    private static final class Candidate {
        final long id;
        BitSet cells = new BitSet();
        double since;
        double lastSeen;
        double shown;
        boolean seen;

        Candidate(long id) {
            this.id = id;
        }
    }

    private final Zone zone;
    private final GroundCalibration calibration;
    private final StaticScene scene = new StaticScene();
    private final List<Candidate> candidates = new ArrayList<>();
    private boolean[] zoneCells;
    private long nextId = 1;

    public StaticObjects(Zone zone, GroundCalibration calibration) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calibration = Objects.requireNonNull(calibration, "static objects are measured in m2: a calibration "
                + "is needed");
    }

    /** Feeds one frame (analysed or not: the background models learn from every frame); returns the objects known. */
    public List<StaticObject> update(SceneFrame frame) {
        double t = frame.time();
        BlockImage image = BlockImage.of(frame.image());
        boolean[] covered = scene.grid() == null ? null
                : scene.grid().covered(Movers.present(frame.tracks(), t), Movers.LABELS);
        scene.update(image, t, covered);
        if (scene.warmingUp(t)) {
            return List.of();
        }
        CellGrid grid = scene.grid();
        if (zoneCells == null) {
            zoneCells = grid.cellsIn(zone);
        }
        candidates.forEach(c -> c.seen = false);
        for (BitSet cells : scene.newObjects(zoneCells, image, t, MIN_STATIC_S)) {
            Candidate match = null;
            for (Candidate c : candidates) {
                if (c.cells.intersects(cells)) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                match = new Candidate(nextId++);
                match.since = t;
                candidates.add(match);
            }
            match.cells = cells;
            match.lastSeen = t;
            match.shown = t;
            match.seen = true;
            for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
                double since = scene.changedSince(c);
                if (!Double.isNaN(since)) {
                    match.since = Math.min(match.since, since);
                }
            }
        }
        List<StaticObject> out = new ArrayList<>();
        for (Iterator<Candidate> it = candidates.iterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (!c.seen && hidden(c.cells, covered)) {
                c.lastSeen = t;
            }
            if (t - c.lastSeen > FORGET_S) {
                it.remove();
                continue;
            }
            out.add(new StaticObject(c.id, grid.bounds(c.cells), grid.groundArea(c.cells, calibration), c.since, c.shown));
        }
        return out;
    }

    private static boolean hidden(BitSet cells, boolean[] covered) {
        if (covered == null || cells.isEmpty()) {
            return false;
        }
        int n = 0;
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            if (covered[c]) {
                n++;
            }
        }
        return 2 * n >= cells.cardinality();
    }


    /** True when a person or vehicle track present in the frame covers the point (its box grown by {@code grow}). */
    public static boolean underMover(List<Track> tracks, double time, ImagePoint p, double grow) {
        for (Track t : Movers.present(tracks, time)) {
            if (!Movers.LABELS.contains(t.label())) {
                continue;
            }
            Box b = t.box();
            if (p.x() >= b.x() - grow * b.w() && p.x() <= b.x2() + grow * b.w() && p.y() >= b.y() - grow * b.h()
                    && p.y() <= b.y2() + grow * b.h()) {
                return true;
            }
        }
        return false;
    }
}
