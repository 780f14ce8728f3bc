package city.relais.vision.tool;

import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.track.Track;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counters of one {@code detect} run, feeding the optional progress line. Not thread-safe. */
final class DetectRun {

    private final long maxFrames;
    private final ProgressLine progress;
    private final Set<Long> seen = new HashSet<>();
    private long frames;
    private long analysed;
    private int now;
    long lines;

    DetectRun(DetectOptions options) {
        this.maxFrames = options.maxFrames();
        this.progress = options.progress() == null ? null : new ProgressLine(options.progress());
    }

    void count(FrameResult r) {
        frames++;
        if (r.analysed()) {
            analysed++;
            List<Track> confirmed = r.confirmed();
            now = confirmed.size();
            confirmed.forEach(t -> seen.add(t.id()));
        }
        if (progress != null) {
            progress.update(frames, analysed, now, seen.size());
        }
    }

    boolean full() {
        return maxFrames > 0 && frames >= maxFrames;
    }

    void finish() {
        if (progress != null) {
            progress.finish(frames, analysed, now, seen.size());
        }
    }
}
