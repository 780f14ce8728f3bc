package city.relais.vision.tool;

import city.relais.vision.geometry.Zone;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Optional outputs of {@link DetectTool#detect(city.relais.vision.source.SourceSettings,
 * city.relais.models.ObjectDetector, city.relais.vision.pipeline.PipelineSettings, java.io.Writer, DetectOptions)}.
 *
 * @param annotate  annotated video to write ({@code .avi}: MJPEG, {@code .mp4}: H.264 through libopenh264), or null;
 *                  persons are pixelated in it before anything is drawn
 * @param zones     zones drawn on the annotated video (outline and name)
 * @param progress  where to print a progress line (frames, fps, tracks) at most once a second, or null
 * @param maxFrames stop after this many decoded (kept) frames; 0 = to the end of the input
 */
public record DetectOptions(Path annotate, List<Zone> zones, PrintStream progress, long maxFrames) {

    public DetectOptions {
        zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
        if (maxFrames < 0) {
            throw new IllegalArgumentException("maxFrames must be >= 0, got " + maxFrames);
        }
        if (annotate != null) {
            AnnotatedVideo.Container.of(annotate);
        }
    }

    /** JSON lines only. */
    public static DetectOptions none() {
        return new DetectOptions(null, List.of(), null, 0);
    }

    public DetectOptions annotate(Path video) {
        return new DetectOptions(Objects.requireNonNull(video, "video"), zones, progress, maxFrames);
    }

    public DetectOptions zones(List<Zone> drawn) {
        return new DetectOptions(annotate, drawn, progress, maxFrames);
    }

    public DetectOptions progress(PrintStream to) {
        return new DetectOptions(annotate, zones, Objects.requireNonNull(to, "to"), maxFrames);
    }

    public DetectOptions maxFrames(long frames) {
        return new DetectOptions(annotate, zones, progress, frames);
    }
}
