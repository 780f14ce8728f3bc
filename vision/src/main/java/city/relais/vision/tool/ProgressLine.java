package city.relais.vision.tool;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/** A progress line (frames, frames/s, tracks) printed at most once a second, and a last one at the end. */
final class ProgressLine {

    private static final long SECOND = 1_000_000_000L;

    private final PrintStream out;
    private final LongSupplier nanos;
    private final long start;
    private long lastPrint;

    ProgressLine(PrintStream out, LongSupplier nanos) {
        this.out = Objects.requireNonNull(out, "out");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.start = nanos.getAsLong();
        this.lastPrint = start;
    }

    ProgressLine(PrintStream out) {
        this(out, System::nanoTime);
    }

    /** Prints when a second or more has passed since the last line; returns whether it printed. */
    boolean update(long frames, long analysed, int tracksNow, int tracksSeen) {
        long now = nanos.getAsLong();
        if (now - lastPrint < SECOND) {
            return false;
        }
        lastPrint = now;
        out.println(line(now, frames, analysed, tracksNow, tracksSeen));
        out.flush();
        return true;
    }

    /** The final line, always printed. */
    void finish(long frames, long analysed, int tracksNow, int tracksSeen) {
        out.println(line(nanos.getAsLong(), frames, analysed, tracksNow, tracksSeen) + " done");
        out.flush();
    }

    private String line(long now, long frames, long analysed, int tracksNow, int tracksSeen) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        return String.format(Locale.ROOT, "frames %d (detector on %d) | %.1f fps | tracks %d now, %d seen", frames,
                analysed, frames / seconds, tracksNow, tracksSeen);
    }
}
