package city.relais.vision.skill;

import city.relais.config.skill.BinSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;

import java.util.ArrayList;
import java.util.List;

/**
 * Bin fill and overflow. The <em>fill</em> is the share of the bin region's cells that differ from its empty-state
 * reference (learned during the warm-up, or captured with {@link #captureEmpty()}). The <em>ground ring</em> is the
 * bin's bounding box grown by {@code ring} (image fraction) minus the bin; its <em>coverage</em> is the share of its
 * cells holding static foreground ({@link StaticScene}: new, unmoving, not under a person or vehicle track). When the
 * coverage reaches {@link #RING_THRESHOLD} or the fill reaches {@code fill-threshold} (and stays above
 * {@link #HOLD_SHARE} of them; dips shorter than {@link #FULL_GRACE_S} do not restart the hold), for
 * {@code overflow-after}:
 * {@code bin.overflowing}; back under half of both for {@link #CLEAR_HOLD_S}: {@code bin.cleared}. The fill is reported
 * as {@code bin.level} when it moves by {@link #LEVEL_STEP} or more for {@link #LEVEL_HOLD_S}.
 */
public final class BinWatch implements Skill {

    /** Share of the ground ring covered that counts as spilling. */
    public static final double RING_THRESHOLD = 0.25;
    /** A cell counts for the ring when static for this long. */
    public static final double MIN_STATIC_S = 1.0;
    public static final double CLEAR_HOLD_S = 3.0;
    /** A dip below the thresholds shorter than this (someone hiding the ring, a camera shake) keeps the hold going. */
    public static final double FULL_GRACE_S = 2.0;
    /** Once full, the bin stays full down to this share of the thresholds (hysteresis). */
    public static final double HOLD_SHARE = 0.8;
    public static final double LEVEL_STEP = 0.2;
    public static final double LEVEL_HOLD_S = 3.0;
    /** Below this share of the ring in view (the rest hidden by tracks), the coverage keeps its last value. */
    private static final double MIN_VISIBLE = 0.3;

    private final BinSkill config;
    private final Zone zone;
    private final SkillEvents events;
    private final StaticScene scene = new StaticScene();
    private boolean[] binCells;
    private boolean[] ringCells;
    private double coverage;
    private double level;
    private double reportedLevel;
    private double levelSince = Double.NaN;
    private double fullSince = Double.NaN;
    private double lastFull = Double.NaN;
    private double normalSince = Double.NaN;
    private boolean overflowing;
    private boolean capture;

    public BinWatch(BinSkill config, Zone zone, Evidence evidence) {
        this.config = config;
        this.zone = zone;
        this.events = new SkillEvents(evidence);
    }

    @Override
    public String name() {
        return BinSkill.NAME;
    }

    @Override
    public String watches() {
        return zone.name();
    }

    /** Takes the next frame's view of the bin as its empty state (on command, after a collection). */
    public void captureEmpty() {
        capture = true;
    }

    /** The last fill estimate, 0..1. */
    public double level() {
        return level;
    }

    /** The last ground-ring coverage, 0..1. */
    public double ringCoverage() {
        return coverage;
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        double t = frame.time();
        BlockImage image = BlockImage.of(frame.image());
        boolean[] covered = scene.grid() == null ? null : scene.grid().covered(Movers.present(frame.tracks(), t), Movers.LABELS);
        scene.update(image, t, covered);
        if (scene.warmingUp(t) || scene.reference() == null) {
            return List.of();
        }
        CellGrid grid = scene.grid();
        if (binCells == null) {
            binCells = grid.cellsIn(zone);
            ringCells = ring(grid);
        }
        if (capture) {
            scene.captureReference();
            capture = false;
        }
        repairGhosts(grid, image, t);
        measure(grid, image, covered, t);
        List<CityEvent> out = new ArrayList<>();
        boolean full = Double.isNaN(fullSince)
                ? coverage >= RING_THRESHOLD || level >= config.fillThreshold()
                : coverage >= HOLD_SHARE * RING_THRESHOLD || level >= HOLD_SHARE * config.fillThreshold();
        boolean normal = coverage < RING_THRESHOLD / 2 && level < config.fillThreshold() / 2;
        double hold = config.overflowAfter().toMillis() / 1000.0;
        if (full) {
            fullSince = Double.isNaN(fullSince) ? t : fullSince;
            lastFull = t;
        } else if (!Double.isNaN(fullSince) && t - lastFull > FULL_GRACE_S) {
            fullSince = Double.NaN;
        }
        normalSince = normal ? (Double.isNaN(normalSince) ? t : normalSince) : Double.NaN;
        if (!overflowing && full && !Double.isNaN(fullSince) && t - fullSince >= hold) {
            overflowing = true;
            out.add(events.event(frame, EventType.BIN_OVERFLOWING, zone.name(), box())
                    .confidence(Math.min(1.0, Math.max(coverage / RING_THRESHOLD, level / config.fillThreshold()) * 0.8))
                    .measurement("ring_coverage", coverage).measurement("ring_threshold", RING_THRESHOLD)
                    .measurement("fill", level).measurement("fill_threshold", config.fillThreshold())
                    .measurement("held_s", t - fullSince).measurement("overflow_after_s", hold)
                    .explanation("bin " + zone.name() + " overflowing: ground ring " + SkillEvents.f(coverage * 100)
                            + " % covered by static objects (threshold " + SkillEvents.f(RING_THRESHOLD * 100)
                            + " %), fill " + SkillEvents.f(level) + " (threshold " + SkillEvents.f(config.fillThreshold())
                            + "), for " + SkillEvents.f(t - fullSince) + " s (overflow-after " + SkillEvents.f(hold)
                            + " s)")
                    .build());
        } else if (overflowing && normal && t - normalSince >= CLEAR_HOLD_S) {
            overflowing = false;
            out.add(events.event(frame, EventType.BIN_CLEARED, zone.name(), box()).confidence(1.0)
                    .measurement("ring_coverage", coverage).measurement("fill", level)
                    .explanation("bin " + zone.name() + " back to normal: ring " + SkillEvents.f(coverage * 100)
                            + " % covered, fill " + SkillEvents.f(level) + ", for " + SkillEvents.f(t - normalSince)
                            + " s")
                    .build());
        }
        if (Math.abs(level - reportedLevel) >= LEVEL_STEP) {
            if (Double.isNaN(levelSince)) {
                levelSince = t;
            } else if (t - levelSince >= LEVEL_HOLD_S) {
                reportedLevel = Math.round(level * 10) / 10.0;
                levelSince = Double.NaN;
                out.add(events.event(frame, EventType.BIN_LEVEL, zone.name(), box()).confidence(0.7)
                        .measurement("level", reportedLevel).measurement("fill", level)
                        .explanation("bin " + zone.name() + " fill " + SkillEvents.f(level)
                                + " of its region differs from its empty reference")
                        .build());
            }
        } else {
            levelSince = Double.NaN;
        }
        return out;
    }

    /** Static groups in the ring that are ghosts of the warm-up (someone who stood there and left) are absorbed. */
    private void repairGhosts(CellGrid grid, BlockImage image, double t) {
        java.util.BitSet fixed = new java.util.BitSet(grid.size());
        for (int c = 0; c < grid.size(); c++) {
            if (ringCells[c] && scene.staticFor(c, t, MIN_STATIC_S)) {
                fixed.set(c);
            }
        }
        for (java.util.BitSet group : CellComponents.of(fixed, grid.cols(), grid.rows(), 1, 1)) {
            if (scene.ghost(group, image)) {
                scene.absorb(group, image);
            }
        }
    }

    private void measure(CellGrid grid, BlockImage image, boolean[] covered, double t) {
        int binSeen = 0;
        int filled = 0;
        int ringSeen = 0;
        int ringStatic = 0;
        int ringAll = 0;
        for (int c = 0; c < grid.size(); c++) {
            boolean hidden = covered != null && covered[c];
            if (binCells[c] && !hidden) {
                binSeen++;
                if (grid.residual(image.grey(), scene.reference(), c) > scene.threshold()) {
                    filled++;
                }
            }
            if (ringCells[c]) {
                ringAll++;
                if (!hidden) {
                    ringSeen++;
                    if (scene.staticFor(c, t, MIN_STATIC_S)) {
                        ringStatic++;
                    }
                }
            }
        }
        if (binSeen > 0) {
            level = filled / (double) binSeen;
        }
        if (ringAll > 0 && ringSeen >= MIN_VISIBLE * ringAll) {
            coverage = ringStatic / (double) ringSeen;
        }
    }

    private boolean[] ring(CellGrid grid) {
        double x1 = 1;
        double y1 = 1;
        double x2 = 0;
        double y2 = 0;
        for (ImagePoint p : zone.outline()) {
            x1 = Math.min(x1, p.x());
            y1 = Math.min(y1, p.y());
            x2 = Math.max(x2, p.x());
            y2 = Math.max(y2, p.y());
        }
        double r = Math.max(config.ring(), 1.0 / grid.cols());
        boolean[] ring = new boolean[grid.size()];
        for (int c = 0; c < ring.length; c++) {
            ImagePoint p = grid.centre(c);
            boolean inGrown = p.x() >= x1 - r && p.x() <= x2 + r && p.y() >= y1 - r && p.y() <= y2 + r;
            ring[c] = inGrown && !binCells[c];
        }
        return ring;
    }

    private Box box() {
        double x1 = 1;
        double y1 = 1;
        double x2 = 0;
        double y2 = 0;
        for (ImagePoint p : zone.outline()) {
            x1 = Math.min(x1, p.x());
            y1 = Math.min(y1, p.y());
            x2 = Math.max(x2, p.x());
            y2 = Math.max(y2, p.y());
        }
        return new Box(x1, y1, x2 - x1, y2 - y1);
    }
}
