package city.relais.vision.skill.catalogue;

import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.event.CityEvent;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.SignalStates;
import city.relais.vision.skill.Skill;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: hand-built frames with synthetic tracks, fed to a skill at a fixed frame rate. */
final class Scene {

    static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    private static final ImageFrame IMAGE = new ImageFrame(4, 4, new byte[4 * 4 * 3]);

    private final Skill skill;
    private final double fps;
    private long index;
    private final List<CityEvent> events = new ArrayList<>();

    Scene(Skill skill, double fps) {
        this.skill = skill;
        this.fps = fps;
    }

    static Zone rect(String name, double x1, double y1, double x2, double y2) {
        return new Zone(name, new Polygon(List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2),
                new Point(x1, y2))));
    }

    /** A confirmed track whose box has its bottom-centre at (x, y), 0.1 wide and 0.2 high. */
    static Track at(long id, String label, double x, double y) {
        return track(id, label, x, y, TrackState.CONFIRMED);
    }

    static Track track(long id, String label, double x, double y, TrackState state) {
        Box box = new Box(x - 0.05, y - 0.2, 0.1, 0.2);
        return new Track(id, label, 0.8, box, state, 0, 0, 10, 0, 0, 0, List.of(box));
    }

    double now() {
        return index / fps;
    }

    /** Feeds one analysed frame with these tracks and returns its events. */
    List<CityEvent> frame(Track... tracks) {
        return frame(SignalStates.UNKNOWN, tracks);
    }

    List<CityEvent> frame(SignalStates signals, Track... tracks) {
        double t = now();
        SceneFrame f = new SceneFrame("cam-1", index, t, T0.plusMillis(Math.round(t * 1000)), IMAGE, true,
                List.of(tracks), signals);
        index++;
        List<CityEvent> out = skill.observe(f);
        events.addAll(out);
        return out;
    }

    /** Feeds {@code seconds} of frames with the same tracks; returns their events. */
    List<CityEvent> hold(double seconds, Track... tracks) {
        List<CityEvent> out = new ArrayList<>();
        long n = Math.round(seconds * fps);
        for (long i = 0; i < n; i++) {
            out.addAll(frame(tracks));
        }
        return out;
    }

    List<CityEvent> events() {
        return events;
    }
}
