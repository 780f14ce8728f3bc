package city.relais.vision.source;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.vision.Shared;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken camera goes down and keeps retrying on its own thread while the others keep delivering frames. */
class CameraIsolationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @Test
    void other_cameras_keep_delivering_frames_while_broken_ones_report_down() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SourceSettings unreachable = SourceSettings.of("rtsp://127.0.0.1:" + port + "/cam")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
        Path garbage = Files.writeString(tmp.resolve("garbage.mp4"), "no video here\n".repeat(100));
        SourceSettings good = SourceSettings.of(Shared.clip("TUD-Campus.mp4").toString()).withAnalysisFps(5)
                .withRealTime(true);
        RecordingListener liveListener = new RecordingListener();
        RecordingListener fileListener = new RecordingListener();
        RecordingListener goodListener = new RecordingListener();
        Backoff fast = new Backoff(Duration.ofMillis(10), Duration.ofMillis(50));
        try (CameraSource live = new CameraSource("gate", unreachable, fast, 2, liveListener).start();
             CameraSource file = new CameraSource("yard", SourceSettings.of(garbage.toString()), fast, 2,
                     fileListener).start()) {
            assertThat(liveListener.down.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(fileListener.down.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            List<DecodedFrame> frames = new ArrayList<>();
            try (CameraSource street = new CameraSource("street", good, fast, 100, goodListener).start()) {
                while (!street.awaitFinished(Duration.ZERO) || street.stats().delivered() > frames.size()) {
                    DecodedFrame f = street.poll(Duration.ofMillis(200));
                    if (f != null) {
                        frames.add(f);
                    }
                }
            }
            assertThat(frames).hasSize(15);
            assertThat(goodListener.events).containsExactly("up street", "end street");
            assertThat(liveListener.thirdRetry.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(live.awaitFinished(Duration.ZERO)).as("the live camera is still retrying").isFalse();
            assertThat(live.stats().delivered()).isZero();
        }
        assertThat(liveListener.events).containsExactly("down gate");
        assertThat(fileListener.events).containsExactly("down yard");
        assertThat(fileListener.reason).contains("cannot open").contains("garbage.mp4");
    }
}
