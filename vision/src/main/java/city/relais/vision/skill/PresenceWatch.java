package city.relais.vision.skill;

import city.relais.config.skill.PresenceSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.track.Track;
import city.relais.vision.geometry.Zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Presence / empty street. The zone is <em>occupied</em> as soon as a track of the chosen classes has been in it for
 * {@code inertia} analysed frames, or — when the zone is dark (mean grey below {@link #DARK_LEVEL}) — as soon as the
 * zone shows structural motion on at least {@link #MOTION_ON} of
 * its cells, staying above {@link #MOTION_OFF}, for {@link #MOTION_HOLD_S} (at night the detector sees little; the motion measure still sees someone
 * walking, while lighting changes — headlights, a passing shadow — are taken away by the lighting model of
 * {@link CellGrid}). It is <em>empty</em> after {@code empty-after} without either (motion then needs only
 * {@link #MOTION_OFF}: hysteresis). Motion under a track of a class that does not count (a car when only persons
 * count) is left out. The street starts empty; only changes are reported.
 */
public final class PresenceWatch implements Skill {

    /** Share of the zone's cells moving that raises occupied. */
    public static final double MOTION_ON = 0.04;
    /** Share that keeps it occupied. */
    public static final double MOTION_OFF = 0.015;
    /** Seconds motion must last to raise occupied on its own. */
    public static final double MOTION_HOLD_S = 1.0;
    /**
     * Motion counts only while the zone's mean grey level is below this (dusk, night): by day the detector sees
     * people and the motion of unrecognised things (a car seen from above) must not occupy a person-only zone.
     */
    public static final double DARK_LEVEL = 60;
    /** Short-term reference for motion, seconds. */
    private static final double MOTION_TAU_S = 0.8;

    private final PresenceSkill config;
    private final Zone zone;
    private final Set<String> classes;
    private final SkillEvents events;
    private final Map<Long, Integer> framesInside = new HashMap<>();
    private boolean occupied;
    private double lastEvidence = Double.NaN;
    private double motionSince = Double.NaN;
    private double occupiedAt;
    private float[] recent;
    private boolean[] zoneCells;
    private CellGrid grid;
    private double last = Double.NaN;
    private double noise;
    private double light = 255;

    public PresenceWatch(PresenceSkill config, Zone zone, Evidence evidence) {
        this.config = config;
        this.zone = zone;
        this.classes = Set.copyOf(config.classes());
        this.events = new SkillEvents(evidence);
    }

    @Override
    public String name() {
        return PresenceSkill.NAME;
    }

    @Override
    public String watches() {
        return zone.name();
    }

    /** True while the zone is occupied. */
    public boolean occupied() {
        return occupied;
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        double t = frame.time();
        double measured = motion(frame);
        boolean dark = light < DARK_LEVEL;
        double motion = dark ? measured : 0;
        List<Track> inside = tracksInside(frame);
        boolean tracks = !inside.isEmpty();
        if (Double.isNaN(motionSince)) {
            if (motion >= MOTION_ON) {
                motionSince = t;
            }
        } else if (motion < MOTION_OFF) {
            motionSince = Double.NaN;
        }
        boolean motionHeld = occupied ? motion >= MOTION_OFF
                : !Double.isNaN(motionSince) && t - motionSince >= MOTION_HOLD_S;
        List<CityEvent> out = new ArrayList<>();
        if (tracks || motionHeld) {
            lastEvidence = t;
            if (!occupied) {
                occupied = true;
                occupiedAt = t;
                Track first = tracks ? inside.get(0) : null;
                CityEvent.Builder b = events.event(frame, EventType.ZONE_OCCUPIED, zone.name(),
                                first == null ? null : first.box())
                        .measurement("tracks", inside.size())
                        .measurement("motion", motion)
                        .measurement("motion_threshold", MOTION_ON)
                        .measurement("light", light)
                        .measurement("inertia_frames", config.inertia())
                        .explanation("zone " + zone.name() + " occupied: " + inside.size() + " track(s) of "
                                + config.classes() + " inside for >= " + config.inertia() + " frames, motion "
                                + SkillEvents.f(motion) + " of the zone (threshold " + SkillEvents.f(MOTION_ON)
                                + " held " + SkillEvents.f(MOTION_HOLD_S) + " s; counted when the zone is darker than "
                                + SkillEvents.f(DARK_LEVEL) + ", light " + SkillEvents.f(light) + ")")
                        .confidence(tracks ? Math.min(1, first.score()) : Math.min(1, motion / MOTION_ON * 0.5));
                if (first != null) {
                    b.trackId(first.id()).objectClass(first.label());
                }
                out.add(b.build());
            }
        } else if (occupied && t - lastEvidence >= config.emptyAfter().toMillis() / 1000.0 - 1e-9) {
            occupied = false;
            double quiet = t - lastEvidence;
            out.add(events.event(frame, EventType.ZONE_EMPTY, zone.name(), null)
                    .measurement("empty_for_s", quiet)
                    .measurement("empty_after_s", config.emptyAfter().toMillis() / 1000.0)
                    .measurement("occupied_for_s", lastEvidence - occupiedAt)
                    .measurement("motion", motion)
                    .measurement("motion_threshold", MOTION_OFF)
                    .explanation("zone " + zone.name() + " empty: no track of " + config.classes() + " and motion "
                            + SkillEvents.f(motion) + " < " + SkillEvents.f(MOTION_OFF) + " for "
                            + SkillEvents.f(quiet) + " s (empty-after " + SkillEvents.f(
                            config.emptyAfter().toMillis() / 1000.0) + " s)")
                    .confidence(1.0)
                    .build());
        }
        return out;
    }

    private List<Track> tracksInside(SceneFrame frame) {
        List<Track> inside = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Track t : frame.tracks()) {
            if (!classes.contains(t.label()) || !Movers.present(t, frame.time())) {
                continue;
            }
            if (!zone.contains(t.box())) {
                continue;
            }
            seen.add(t.id());
            int n = framesInside.getOrDefault(t.id(), 0) + (frame.analysed() ? 1 : 0);
            framesInside.put(t.id(), n);
            if (n >= config.inertia()) {
                inside.add(t);
            }
        }
        framesInside.keySet().retainAll(seen);
        return inside;
    }

    /** Share of the zone's cells that changed against the last second (lighting changes taken away). */
    private double motion(SceneFrame frame) {
        BlockImage image = BlockImage.of(frame.image());
        double t = frame.time();
        if (grid == null || recent.length != image.grey().length) {
            grid = CellGrid.of(image);
            recent = image.grey().clone();
            zoneCells = grid.cellsIn(zone);
            last = t;
            return 0;
        }
        double dt = Math.max(1e-3, t - last);
        last = t;
        double[] residuals = grid.residuals(image.grey(), recent);
        boolean[] others = grid.covered(Movers.present(frame.tracks(), t).stream()
                .filter(tr -> !classes.contains(tr.label())).toList(), Movers.LABELS);
        noise = noise == 0 ? CellGrid.median(residuals) : 0.8 * noise + 0.2 * CellGrid.median(residuals);
        double threshold = Math.max(StaticScene.MIN_THRESHOLD, StaticScene.NOISE_FACTOR * noise);
        int in = 0;
        int moving = 0;
        double sum = 0;
        int blocks = 0;
        float[] grey = image.grey();
        for (int c = 0; c < residuals.length; c++) {
            if (zoneCells[c]) {
                int bx0 = (c % grid.cols()) * CellGrid.SIDE;
                int by0 = (c / grid.cols()) * CellGrid.SIDE;
                for (int y = by0; y < by0 + CellGrid.SIDE; y++) {
                    for (int x = bx0; x < bx0 + CellGrid.SIDE; x++) {
                        sum += grey[y * image.cols() + x];
                        blocks++;
                    }
                }
            }
            if (zoneCells[c] && !others[c]) {
                in++;
                if (residuals[c] > threshold) {
                    moving++;
                }
            }
        }
        light = blocks == 0 ? 255 : sum / blocks;
        double alpha = 1 - Math.exp(-dt / MOTION_TAU_S);
        float[] g = image.grey();
        for (int i = 0; i < recent.length; i++) {
            recent[i] += (float) (alpha * (g[i] - recent[i]));
        }
        return in == 0 ? 0 : moving / (double) in;
    }
}
