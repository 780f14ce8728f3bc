package city.relais.vision.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.vision.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not (decodable) video: a clear {@link SourceException}, and a camera that reports down. */
class FrameDecoderBadInputTest {

    @TempDir
    Path tmp;

    private static RecordingListener runToEnd(Path file) throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        try (CameraSource source = new CameraSource("cam-1", SourceSettings.of(file.toString()), Backoff.defaults(),
                4, listener).start()) {
            assertThat(source.awaitFinished(Duration.ofSeconds(20))).isTrue();
        }
        return listener;
    }

    @Test
    void a_text_file_named_mp4_is_refused_naming_the_file() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.mp4"), "camera 3 is on the north pole\n".repeat(200),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FrameDecoder.open(SourceSettings.of(text.toString())))
                .isInstanceOf(SourceException.class).hasMessageContaining("cannot open " + text);
        RecordingListener listener = runToEnd(text);
        assertThat(listener.events).containsExactly("down cam-1");
        assertThat(listener.reason).contains("cannot open").contains("notes.mp4");
    }

    @Test
    void a_video_with_a_codec_ffmpeg_cannot_decode_is_refused() throws Exception {
        byte[] avi = Files.readAllBytes(Shared.clip("highway-320x240.avi"));
        int patched = 0;
        for (int i = 0; i + 4 <= 4096; i++) {   // the header's codec tags (strh handler, strf compression)
            String tag = new String(avi, i, 4, StandardCharsets.ISO_8859_1);
            if (tag.equalsIgnoreCase("XVID")) {
                System.arraycopy("QQ9Z".getBytes(StandardCharsets.ISO_8859_1), 0, avi, i, 4);
                patched++;
            }
        }
        assertThat(patched).isPositive();
        Path unknown = Files.write(tmp.resolve("unknown-codec.avi"), avi);
        assertThatThrownBy(() -> FrameDecoder.open(SourceSettings.of(unknown.toString())))
                .isInstanceOf(SourceException.class).hasMessageContaining("cannot open " + unknown)
                .hasMessageContaining("codec");
        RecordingListener listener = runToEnd(unknown);
        assertThat(listener.events).containsExactly("down cam-1");
        assertThat(listener.reason).contains("codec");
    }

    @Test
    void a_still_png_named_as_video_is_one_frame_then_the_end() throws Exception {
        Path png = tmp.resolve("still.png");
        try (Mat m = new Mat(48, 64, opencv_core.CV_8UC3, new Scalar(10, 200, 30, 0))) {
            assertThat(opencv_imgcodecs.imwrite(png.toString(), m)).isTrue();
        }
        Path named = Files.move(png, tmp.resolve("still.mp4"));
        try (FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(named.toString()))) {
            DecodedFrame first = decoder.next();
            assertThat(first.image().width()).isEqualTo(64);
            assertThat(first.image().height()).isEqualTo(48);
            assertThat(first.image().channel(5, 5, 1)).isBetween(190, 210);
            assertThat(decoder.next()).isNull();
        }
        assertThat(runToEnd(named).events).containsExactly("up cam-1", "end cam-1");
    }
}
