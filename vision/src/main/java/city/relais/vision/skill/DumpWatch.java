package city.relais.vision.skill;

import city.relais.config.camera.GroundPoint;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.track.Track;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * Illegal dump: a new static object in a public-space zone. Cells of static foreground ({@link StaticScene}: differ
 * from the long-term background, match the short-term one, not under a person or vehicle track) are grouped into
 * objects ({@link CellComponents}, bridging one-cell gaps); a group that is a ghost (something that left the scene
 * while the background was learned, {@link StaticScene#ghost}) is absorbed into the background instead, and a group
 * that brings no outline of its own (edges ≥ {@link StaticScene#MIN_EDGE_GAIN} × the background's: a texture that only changed,
 * such as video compression on a guard rail) is not an object. An object
 * is followed from frame to frame by the cells it shares; its footprint is the bounding box of its cells, its area the
 * ground area of its cells (at least half that of its footprint). {@code dump.detected} when
 * its ground footprint reaches {@code min-area-m2} (image share {@link #MIN_AREA_UNCALIBRATED} on an uncalibrated
 * camera), it has been there for {@code static-for}, and no person track (tentative ones seen in the frame too:
 * someone walking fast past it) has been within {@code owner-radius-m} of it
 * for the owner window ({@code static-for}, at most {@link #MAX_OWNER_WINDOW_S}). {@code dump.removed} when fewer
 * than {@link #GONE_SHARE} of its cells still differ from the background for {@link #GONE_HOLD_S}.
 */
public final class DumpWatch implements Skill {

    /** A cell joins an object after this many seconds static. */
    public static final double MIN_STATIC_S = 1.5;
    /** Objects unseen this long are forgotten (before they were reported). */
    public static final double FORGET_S = 3.0;
    public static final double MAX_OWNER_WINDOW_S = 30.0;
    public static final double GONE_SHARE = 0.3;
    public static final double GONE_HOLD_S = 2.0;
    /** Smallest object as an image share when there is no calibration. */
    public static final double MIN_AREA_UNCALIBRATED = 0.002;
    /** Owner radius as an image share when there is no calibration. */
    public static final double OWNER_RADIUS_UNCALIBRATED = 0.1;

    private final IllegalDumpSkill config;
    private final Zone zone;
    private final GroundCalibration calibration;
    private final SkillEvents events;
    private final StaticScene scene = new StaticScene();
    private final List<Candidate> candidates = new ArrayList<>();
    private boolean[] zoneCells;
    private long nextId = 1;

    /** One static object being watched. */
    private static final class Candidate {
        final long id;
        BitSet cells = new BitSet();
        double firstSeen;
        double lastSeen;
        double lastPersonNear = Double.NaN;
        boolean reported;
        double goneSince = Double.NaN;
        double areaM2;
        Box box;

        Candidate(long id) {
            this.id = id;
        }
    }

    /**
     * @param calibration the camera's ground calibration, or null (sizes and radius in image shares)
     */
    public DumpWatch(IllegalDumpSkill config, Zone zone, GroundCalibration calibration, Evidence evidence) {
        this.config = config;
        this.zone = zone;
        this.calibration = calibration;
        this.events = new SkillEvents(evidence);
    }

    @Override
    public String name() {
        return IllegalDumpSkill.NAME;
    }

    @Override
    public String watches() {
        return zone.name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        double t = frame.time();
        BlockImage image = BlockImage.of(frame.image());
        boolean[] covered = scene.grid() == null ? null : scene.grid().covered(Movers.present(frame.tracks(), t), Movers.LABELS);
        scene.update(image, t, covered);
        if (scene.warmingUp(t)) {
            return List.of();
        }
        CellGrid grid = scene.grid();
        if (zoneCells == null) {
            zoneCells = grid.cellsIn(zone);
        }
        List<CityEvent> out = new ArrayList<>();
        List<BitSet> objects = scene.newObjects(zoneCells, image, t, MIN_STATIC_S);
        for (BitSet cells : objects) {
            Candidate match = null;
            for (Candidate c : candidates) {
                if (c.cells.intersects(cells)) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                match = new Candidate(nextId++);
                match.firstSeen = t;
                candidates.add(match);
            }
            if (!match.reported) {
                match.cells = cells;
            }
            match.lastSeen = t;
            for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
                double since = scene.changedSince(c);
                if (!Double.isNaN(since)) {
                    match.firstSeen = Math.min(match.firstSeen, since);
                }
            }
        }
        double hold = config.staticFor().toMillis() / 1000.0;
        double ownerWindow = Math.min(hold, MAX_OWNER_WINDOW_S);
        for (Iterator<Candidate> it = candidates.iterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (!c.reported && t - c.lastSeen > FORGET_S) {
                it.remove();
                continue;
            }
            c.box = grid.bounds(c.cells);
            c.areaM2 = calibration == null ? 0 : grid.groundArea(c.cells, calibration);
            if (personNear(frame, grid, c)) {
                c.lastPersonNear = t;
            }
            if (!c.reported) {
                boolean bigEnough = calibration != null ? c.areaM2 >= config.minAreaM2()
                        : c.box.w() * c.box.h() >= MIN_AREA_UNCALIBRATED;
                boolean alone = Double.isNaN(c.lastPersonNear) || t - c.lastPersonNear >= ownerWindow;
                if (bigEnough && alone && t - c.firstSeen >= hold) {
                    c.reported = true;
                    out.add(detected(frame, c, t, hold, ownerWindow));
                }
            } else {
                int still = 0;
                for (int cell = c.cells.nextSetBit(0); cell >= 0; cell = c.cells.nextSetBit(cell + 1)) {
                    if (scene.differs(cell) || covered != null && covered[cell]) {
                        still++;
                    }
                }
                double share = still / (double) Math.max(1, c.cells.cardinality());
                if (share < GONE_SHARE) {
                    if (Double.isNaN(c.goneSince)) {
                        c.goneSince = t;
                    } else if (t - c.goneSince >= GONE_HOLD_S) {
                        it.remove();
                        out.add(events.event(frame, EventType.DUMP_REMOVED, zone.name(), c.box).confidence(1.0)
                                .measurement("object", c.id).measurement("remaining_share", share)
                                .explanation("dump " + c.id + " in " + zone.name() + " removed: " + SkillEvents.f(
                                        share * 100) + " % of its footprint still differs from the background (< "
                                        + SkillEvents.f(GONE_SHARE * 100) + " %) for " + SkillEvents.f(t - c.goneSince)
                                        + " s")
                                .build());
                    }
                } else {
                    c.goneSince = Double.NaN;
                }
            }
        }
        return out;
    }

    private CityEvent detected(SceneFrame frame, Candidate c, double t, double hold, double ownerWindow) {
        CityEvent.Builder b = events.event(frame, EventType.DUMP_DETECTED, zone.name(), c.box)
                .confidence(Math.min(1.0, 0.6 + 0.1 * c.cells.cardinality()))
                .measurement("object", c.id)
                .measurement("static_s", t - c.firstSeen).measurement("static_for_s", hold)
                .measurement("footprint_x", c.box.x()).measurement("footprint_y", c.box.y())
                .measurement("footprint_w", c.box.w()).measurement("footprint_h", c.box.h())
                .measurement("owner_radius_m", config.ownerRadiusM())
                .measurement("nobody_near_s", Double.isNaN(c.lastPersonNear) ? t - c.firstSeen : t - c.lastPersonNear);
        String size;
        if (calibration != null) {
            b.measurement("area_m2", c.areaM2).measurement("min_area_m2", config.minAreaM2());
            size = SkillEvents.f(c.areaM2) + " m2 (min " + SkillEvents.f(config.minAreaM2()) + " m2)";
        } else {
            size = SkillEvents.f(c.box.w() * c.box.h() * 100) + " % of the image (uncalibrated camera, min "
                    + SkillEvents.f(MIN_AREA_UNCALIBRATED * 100) + " %)";
        }
        return b.explanation("new static object in " + zone.name() + ": " + size + ", unmoved for "
                + SkillEvents.f(t - c.firstSeen) + " s (static-for " + SkillEvents.f(hold) + " s), nobody within "
                + SkillEvents.f(config.ownerRadiusM()) + " m for " + SkillEvents.f(Double.isNaN(c.lastPersonNear)
                ? t - c.firstSeen : t - c.lastPersonNear) + " s (window " + SkillEvents.f(ownerWindow)
                + " s); footprint x " + SkillEvents.f(c.box.x()) + " y " + SkillEvents.f(c.box.y()) + " w "
                + SkillEvents.f(c.box.w()) + " h " + SkillEvents.f(c.box.h())).build();
    }


    private boolean personNear(SceneFrame frame, CellGrid grid, Candidate c) {
        for (Track track : frame.tracks()) {
            boolean seenNow = track.lastSeen() >= frame.time() - 1e-6;
            if (!track.label().equals("person") || !(Movers.present(track, frame.time()) || seenNow)) {
                continue;
            }
            ImagePoint feet = track.box().bottomCentre();
            for (int cell = c.cells.nextSetBit(0); cell >= 0; cell = c.cells.nextSetBit(cell + 1)) {
                ImagePoint p = grid.centre(cell);
                double d;
                if (calibration != null) {
                    GroundPoint a = calibration.toGround(feet);
                    GroundPoint b = calibration.toGround(p);
                    d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                    if (d <= config.ownerRadiusM()) {
                        return true;
                    }
                } else if (feet.distance(p) <= OWNER_RADIUS_UNCALIBRATED) {
                    return true;
                }
            }
        }
        return false;
    }
}
