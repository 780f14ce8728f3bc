package city.relais.hub.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import city.relais.models.ImageFrame;
import city.relais.vision.scenario.ClipWriter;
import city.relais.vision.scenario.ExpectedEvent;
import city.relais.vision.scenario.ScenarioSuite;
import city.relais.vision.scenario.SceneRecipe;
import city.relais.vision.scenario.SceneSources;

/**
 * The emergency-vehicle scenarios' positives (an ambulance's light flashing on a real vehicle of the highway clip,
 * by day and night, blue, red, blue/red, 1.2–3 Hz) rendered once, then written as one playlist clip per camera: the
 * positives one after the other, each camera starting at a different one, the whole repeated {@code passes} times,
 * after one positive played to warm up (the JIT, the Modbus connection: its events are not counted).
 * The positives share one camera geometry (zone, stop line, calibration), so one camera block fits all of them.
 */
final class EmergencyPlaylists {

    /** One positive scenario: its frames, rate, camera block (YAML lines) and when its light starts flashing. */
    record Positive(String name, List<ImageFrame> frames, double fps, List<String> camera, double flashAtS) {

        double seconds() {
            return frames.size() / fps;
        }
    }

    /** One positive's place in a playlist: it starts at {@code startS}; its light flashes from {@code flashAtS}. */
    record Segment(String scenario, double startS, double flashAtS, double endS) {
    }

    /**
     * A camera's playlist clip and where each positive lies in it (clip seconds); the warm-up segment, played first,
     * ends at {@code warmUpEndS} and is not in {@code segments}.
     */
    record Playlist(Path clip, double warmUpEndS, List<Segment> segments, int frames, double seconds) {

        /** True when an event at clip time {@code t} belongs to the warm-up. */
        boolean warmUp(double t) {
            return t < warmUpEndS;
        }

        /**
         * The segment whose first flashing frame an event at clip time {@code t} answers: the one containing
         * {@code t}, provided {@code t} is no earlier than {@link ExpectedEvent#EARLY_S} before the flashing starts.
         */
        Segment answering(double t) {
            for (Segment s : segments) {
                if (t >= s.startS() && t < s.endS() && t >= s.flashAtS() - ExpectedEvent.EARLY_S) {
                    return s;
                }
            }
            return null;
        }
    }

    private EmergencyPlaylists() {
    }

    /** Renders the positives of the emergency-vehicle skill from the shared folder's clips. */
    static List<Positive> render(Path shared) {
        SceneSources sources = new SceneSources(shared);
        List<Positive> out = new ArrayList<>();
        for (var recipe : ScenarioSuite.headline()) {
            if (!(recipe instanceof SceneRecipe scene) || !scene.skill().equals("emergency-vehicle")
                    || scene.negative()) {
                continue;
            }
            SceneRecipe.Rendered r = scene.renderer().render(sources);
            ExpectedEvent flash = r.expected().stream().filter(e -> e.type().equals("emergency.approaching"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("positive scenario " + scene.name()
                            + " expects no emergency.approaching"));
            out.add(new Positive(scene.name(), r.frames(), r.fps(), r.camera(), flash.at()));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the scenario suite has no emergency-vehicle positive");
        }
        if (out.stream().map(Positive::camera).distinct().count() != 1
                || out.stream().mapToDouble(Positive::fps).distinct().count() != 1) {
            throw new IllegalStateException("the emergency positives no longer share one camera block and frame rate: "
                    + "one playlist cannot stand for them");
        }
        return List.copyOf(out);
    }

    /**
     * Writes {@code file}: the positive before index {@code rotation} to warm up, then the positives starting at
     * index {@code rotation}, in order, wrapping round, repeated {@code passes} times.
     */
    static Playlist write(Path file, List<Positive> positives, int rotation, int passes) throws IOException {
        List<Segment> segments = new ArrayList<>();
        double fps = positives.get(0).fps();
        List<ImageFrame> frames = new ArrayList<>(
                positives.get((rotation + positives.size() - 1) % positives.size()).frames());
        double warmUpEnd = frames.size() / fps;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < positives.size(); i++) {
                Positive p = positives.get((rotation + i) % positives.size());
                double start = frames.size() / fps;
                segments.add(new Segment(p.name(), start, start + p.flashAtS(), start + p.seconds()));
                frames.addAll(p.frames());
            }
        }
        ClipWriter.write(file, frames, fps);
        return new Playlist(file, warmUpEnd, List.copyOf(segments), frames.size(), frames.size() / fps);
    }
}
