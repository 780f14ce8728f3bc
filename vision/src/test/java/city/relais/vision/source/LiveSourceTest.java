package city.relais.vision.source;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.vision.Shared;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Live sources against a real MJPEG server in the JVM, and real-time pacing of file sources. */
class LiveSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

    private static SourceSettings live(MjpegServer server) {
        return SourceSettings.of(server.url()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** Polls the source until {@code count} frames came or the wait is over. */
    private static List<DecodedFrame> receive(CameraSource source, int count) throws InterruptedException {
        List<DecodedFrame> frames = new ArrayList<>();
        long end = System.nanoTime() + WAIT.toNanos();
        while (frames.size() < count && System.nanoTime() < end) {
            DecodedFrame f = source.poll(Duration.ofMillis(100));
            if (f != null) {
                frames.add(f);
            }
        }
        return frames;
    }

    /** Every frame of a file source, taken as it comes, until its decode thread ends (or the wait is over). */
    private static List<DecodedFrame> drain(CameraSource source) throws InterruptedException {
        List<DecodedFrame> frames = new ArrayList<>();
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            DecodedFrame f = source.poll(Duration.ofMillis(100));
            if (f != null) {
                frames.add(f);
            } else if (source.awaitFinished(Duration.ZERO)) {
                for (DecodedFrame last = source.poll(Duration.ZERO); last != null; last = source.poll(Duration.ZERO)) {
                    frames.add(last);
                }
                break;
            }
        }
        return frames;
    }

    private static boolean eventually(BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            LockSupport.parkNanos(20_000_000);
        }
        return true;
    }

    @Test
    void receives_frames_from_an_mjpeg_stream() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (MjpegServer server = new MjpegServer(25, false).start();
             CameraSource source = new CameraSource("mjpeg", live(server), FAST, 4, listener).start()) {
            List<DecodedFrame> frames = receive(source, 5);
            assertThat(frames).hasSize(5);
            assertThat(frames.get(0).image().width()).isEqualTo(MjpegServer.WIDTH);
            assertThat(frames.get(0).image().height()).isEqualTo(MjpegServer.HEIGHT);
        }
        assertThat(listener.events).first().isEqualTo("up mjpeg");
    }

    @Test
    void goes_down_with_a_reason_when_the_server_stops_and_up_again_when_it_returns() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (MjpegServer server = new MjpegServer(25, false).start();
             CameraSource source = new CameraSource("gate", live(server), FAST, 4, listener).start()) {
            assertThat(receive(source, 2)).hasSize(2);
            server.stop();
            assertThat(listener.down.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(listener.reason).isNotBlank();
            server.start();
            assertThat(eventually(() -> listener.events.equals(List.of("up gate", "down gate", "up gate"))))
                    .as("events %s", listener.events).isTrue();
            assertThat(receive(source, 3)).hasSize(3);
        }
    }

    @Test
    void a_stalled_stream_goes_down_after_the_read_timeout() throws Exception {
        RecordingListener listener = new RecordingListener();
        long start = System.nanoTime();
        try (MjpegServer server = new MjpegServer(25, true).start();
             CameraSource source = new CameraSource("stall", live(server), FAST, 4, listener).start()) {
            assertThat(listener.down.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(seconds).as("down only after the 1 s read timeout").isGreaterThan(0.5);
            assertThat(listener.reason).isNotBlank();
            assertThat(source.stats().failures()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void a_file_source_in_real_time_keeps_the_clip_pace_and_the_analysis_rate() throws Exception {
        SourceSettings settings = SourceSettings.of(Shared.clip("TUD-Campus.mp4").toString()).withAnalysisFps(10)
                .withRealTime(true);   // 71 frames at 25 fps: 2.84 s, about 29 frames kept
        RecordingListener listener = new RecordingListener();
        long start = System.nanoTime();
        List<DecodedFrame> frames;
        try (CameraSource source = new CameraSource("campus", settings, FAST, 100, listener).start()) {
            frames = drain(source);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(seconds).isBetween(2.84 * 0.5, 2.84 * 1.5);
        assertThat(frames.size()).isBetween(25, 30);
        assertThat(frames.size() / seconds).isBetween(10 * 0.5, 10 * 1.5);
        assertThat(listener.events).containsExactly("up campus", "end campus");
    }
}
