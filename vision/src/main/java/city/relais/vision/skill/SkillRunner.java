package city.relais.vision.skill;

import city.relais.config.Site;
import city.relais.config.camera.Camera;
import city.relais.event.CityEvent;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.pipeline.FrameResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Feeds one camera's detection results and masked frames to its skills and collects their events. A skill that throws
 * is reported in the log and skipped for that frame: one bad rule never stops the others. Single-threaded, like the
 * pipeline it follows.
 */
public final class SkillRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SkillRunner.class);

    private final String camera;
    private final List<Skill> skills;
    private final PrivacyMask mask;

    public SkillRunner(String camera, List<Skill> skills, PrivacyMask mask) {
        this.camera = Objects.requireNonNull(camera, "camera");
        this.skills = List.copyOf(skills);
        this.mask = mask == null ? PrivacyMask.none() : mask;
    }

    /** The runner of {@code camera}'s configured skills (see {@link Skills#forCamera}). */
    public static SkillRunner forCamera(Camera camera, Evidence evidence) {
        return forCamera(camera, evidence, null);
    }

    /** The runner of {@code camera}'s skills, schedules in the city's {@code site} time zone (null = system's). */
    public static SkillRunner forCamera(Camera camera, Evidence evidence, Site site) {
        return new SkillRunner(camera.id(), Skills.forCamera(camera, evidence, site),
                new PrivacyMask(camera.masks()));
    }

    public List<Skill> skills() {
        return skills;
    }

    /**
     * The events of one frame.
     *
     * @param result  what the pipeline made of the frame
     * @param frame   the decoded frame (the camera's masks are painted here, as the pipeline did)
     * @param at      wall-clock time of the frame
     * @param signals signal states at that moment
     */
    public List<CityEvent> observe(FrameResult result, ImageFrame frame, Instant at, SignalStates signals) {
        SceneFrame scene = new SceneFrame(camera, result.frameIndex(), result.time(), at, mask.apply(frame),
                result.analysed(), result.tracks(), signals);
        List<CityEvent> events = new ArrayList<>();
        for (Skill skill : skills) {
            try {
                events.addAll(skill.observe(scene));
            } catch (RuntimeException e) {
                LOG.warn("camera {}: skill {} on {} failed on frame {}: {}", camera, skill.name(), skill.watches(),
                        result.frameIndex(), e.toString());
            }
        }
        return events;
    }
}
