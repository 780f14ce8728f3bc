package city.relais.vision.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.vision.Shared;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private static List<DecodedFrame> drain(CameraSource source) throws InterruptedException {
        List<DecodedFrame> frames = new ArrayList<>();
        while (true) {
            DecodedFrame f = source.poll(Duration.ofMillis(200));
            if (f != null) {
                frames.add(f);
            } else if (source.awaitFinished(Duration.ZERO)) {
                DecodedFrame last = source.poll(Duration.ZERO);
                if (last == null) {
                    return frames;
                }
                frames.add(last);
            }
        }
    }

    private RecordingListener runToEnd(SourceSettings settings) throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        try (CameraSource source = new CameraSource("cam-1", settings, Backoff.defaults(), 4, listener).start()) {
            assertThat(source.awaitFinished(WAIT)).isTrue();
        }
        return listener;
    }

    @Test
    void decodes_a_file_at_the_analysis_rate_and_resolution() throws Exception {
        Path clip = Shared.clip("TUD-Campus.mp4");
        RecordingListener listener = new RecordingListener();
        SourceSettings settings = SourceSettings.of(clip.toString()).withAnalysisFps(5).withSize(320, 240);
        List<DecodedFrame> frames;
        try (CameraSource source = new CameraSource("campus", settings, Backoff.defaults(), 100, listener).start()) {
            frames = drain(source);
            assertThat(source.stats().dropped()).isZero();
            assertThat(source.stats().delivered()).isEqualTo(frames.size());
        }
        assertThat(frames).hasSize(15);   // 71 frames at 25 fps -> one in five
        assertThat(frames.get(0).image().width()).isEqualTo(320);
        assertThat(frames.get(0).image().height()).isEqualTo(240);
        assertThat(frames.get(1).index()).isEqualTo(5);
        assertThat(frames.get(1).time()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(listener.events).containsExactly("up campus", "end campus");
    }

    @Test
    void a_file_waiting_for_the_analysis_loses_no_frame_when_the_analysis_falls_behind() throws Exception {
        Path clip = Shared.clip("TUD-Campus.mp4");
        SourceSettings settings = SourceSettings.of(clip.toString()).withAnalysisFps(5).withRealTime(true);
        List<DecodedFrame> frames = new ArrayList<>();
        try (CameraSource source = new CameraSource("campus", settings, Backoff.defaults(), 2,
                new RecordingListener()).waitingForAnalysis().start()) {
            while (!source.awaitFinished(Duration.ZERO) || source.stats().delivered() > frames.size()) {
                DecodedFrame f = source.poll(Duration.ofMillis(200));
                if (f != null) {
                    frames.add(f);
                    Thread.sleep(400);   // twice the frame interval: a slow analysis
                }
            }
            assertThat(source.stats().dropped()).isZero();
        }
        assertThat(frames).extracting(DecodedFrame::index)
                .containsExactly(0L, 5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L, 50L, 55L, 60L, 65L, 70L);
    }

    @Test
    void drops_the_oldest_frames_when_the_analysis_falls_behind() throws Exception {
        Path clip = Shared.clip("TUD-Campus.mp4");
        RecordingListener listener = new RecordingListener();
        try (CameraSource source = new CameraSource("campus", SourceSettings.of(clip.toString()),
                Backoff.defaults(), 3, listener).start()) {
            assertThat(source.awaitFinished(WAIT)).isTrue();
            assertThat(source.stats().dropped()).isEqualTo(71 - 3);
            assertThat(drain(source)).extracting(DecodedFrame::index).containsExactly(68L, 69L, 70L);
        }
    }

    @Test
    void reports_a_missing_file_as_down_with_the_reason() throws Exception {
        RecordingListener listener = runToEnd(SourceSettings.of(tmp.resolve("nowhere.mp4").toString()));
        assertThat(listener.events).containsExactly("down cam-1");
        assertThat(listener.reason).contains("nowhere.mp4").contains("does not exist");
    }

    @Test
    void reports_an_empty_file_as_down_with_the_reason() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.mp4"));
        RecordingListener listener = runToEnd(SourceSettings.of(empty.toString()));
        assertThat(listener.events).containsExactly("down cam-1");
        assertThat(listener.reason).contains("empty");
    }

    @Test
    void reports_a_file_that_is_no_video_as_down() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(1).nextBytes(noise);
        Path garbage = Files.write(tmp.resolve("garbage.mp4"), noise);
        RecordingListener listener = runToEnd(SourceSettings.of(garbage.toString()));
        assertThat(listener.events).containsExactly("down cam-1");
        assertThat(listener.reason).contains("cannot open").contains("garbage.mp4");
    }

    @Test
    void survives_a_truncated_file() throws Exception {
        Path clip = Shared.clip("highway-320x240.avi");
        byte[] bytes = Files.readAllBytes(clip);
        Path cut = Files.write(tmp.resolve("cut.avi"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        RecordingListener listener = new RecordingListener();
        try (CameraSource source = new CameraSource("hw", SourceSettings.of(cut.toString()), Backoff.defaults(),
                1000, listener).start()) {
            List<DecodedFrame> frames = drain(source);
            assertThat(frames.size()).isBetween(1, 749);
        }
        assertThat(listener.events).first().isEqualTo("up hw");
        assertThat(listener.events).last().isIn("end hw", "down hw");
    }

    @Test
    void a_live_source_that_cannot_connect_goes_down_once_and_retries_with_backoff() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        RecordingListener listener = new RecordingListener();
        SourceSettings settings = SourceSettings.of("rtsp://user:secret@127.0.0.1:" + port + "/cam")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
        Backoff fast = new Backoff(Duration.ofMillis(10), Duration.ofMillis(40));
        try (CameraSource source = new CameraSource("gate", settings, fast, 2, listener).start()) {
            assertThat(listener.thirdRetry.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(source.stats().failures()).isGreaterThanOrEqualTo(3);
        }
        assertThat(listener.events).containsExactly("down gate");
        assertThat(listener.reason).contains("rtsp://***@127.0.0.1").doesNotContain("secret");
    }

    @Test
    void backoff_doubles_up_to_its_cap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(List.of(b.delay(1), b.delay(2), b.delay(4), b.delay(5), b.delay(200))).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        assertThatThrownBy(() -> b.delay(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drop_oldest_queue_keeps_the_newest_and_counts_drops() throws Exception {
        DropOldestQueue<Integer> q = new DropOldestQueue<>(2);
        for (int i = 1; i <= 5; i++) {
            q.offer(i);
        }
        assertThat(q.dropped()).isEqualTo(3);
        assertThat(q.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(4);
        assertThat(q.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(5);
        assertThat(q.poll(1, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void rejects_half_a_resolution() {
        assertThatThrownBy(() -> SourceSettings.of("a.mp4").withSize(320, 0))
                .hasMessageContaining("both width and height");
    }
}
