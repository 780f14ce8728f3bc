package city.relais.vision.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.models.ObjectDetector;
import city.relais.vision.Shared;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.geometry.Drawings;
import city.relais.vision.geometry.Zone;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectToolTest {

    @TempDir
    Path tmp;

    @Test
    void writes_one_json_line_per_track_with_stable_vehicle_ids_on_the_highway_clip() {
        String clip = Shared.clip("highway-320x240.avi").toString();
        StringWriter out = new StringWriter();
        long lines;
        try (ObjectDetector yolox = Shared.yoloxNano(0.25)) {
            lines = DetectTool.detect(SourceSettings.of(clip).withAnalysisFps(5), yolox, PipelineSettings.gated(),
                    out);
        }
        List<String> rows = Arrays.asList(out.toString().split("\n"));
        assertThat(lines).isEqualTo(rows.size()).isGreaterThan(100);
        assertThat(rows.get(0)).matches("\\{\"frame\":\\d+,\"time\":[0-9.]+,\"track_id\":\\d+,\"label\":\"[a-z ]+\","
                + "\"score\":[0-9.]+,\"box\":\\[[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+]}");
        Map<String, Long> perTrack = rows.stream().collect(Collectors.groupingBy(
                r -> r.replaceAll(".*\"track_id\":(\\d+),\"label\":\"([a-z ]+)\".*", "$1 $2"), Collectors.counting()));
        assertThat(perTrack.keySet()).anySatisfy(k -> assertThat(k).matches("\\d+ (car|truck|bus)"));
        assertThat(perTrack.values().stream().filter(n -> n >= 5).count())
                .as("vehicles followed for at least a second under one id").isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"annotated.avi", "annotated.mp4"})
    void writes_an_annotated_video_of_a_short_highway_segment_that_ffmpeg_reads_back(String name) throws Exception {
        String clip = Shared.clip("highway-320x240.avi").toString();
        Path video = tmp.resolve(name);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        DetectOptions options = DetectOptions.none().annotate(video).maxFrames(30)
                .zones(List.of(new Zone("lane", Drawings.rect(0.1, 0.5, 0.5, 0.9))))
                .progress(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try (ObjectDetector yolox = Shared.yoloxNano(0.25)) {
            DetectTool.detect(SourceSettings.of(clip).withAnalysisFps(5), yolox, PipelineSettings.gated(),
                    new StringWriter(), options);
        }
        int frames = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertThat(grabber.getImageWidth()).isEqualTo(320);
            assertThat(grabber.getImageHeight()).isEqualTo(240);
            while (grabber.grabImage() != null) {
                frames++;
            }
            grabber.stop();
        }
        assertThat(frames).isBetween(25, 30);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("frames 30 (detector on").endsWith("done\n");
    }

    @Test
    void an_annotated_video_needs_a_known_container() {
        assertThatThrownBy(() -> DetectOptions.none().annotate(tmp.resolve("out.webm")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".avi").hasMessageContaining(".mp4");
    }

    @Test
    void the_progress_line_prints_at_most_once_a_second_and_always_at_the_end() {
        long[] clock = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> clock[0]);
        List<Boolean> printed = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            clock[0] = i * 100_000_000L;   // a frame every 0.1 s
            printed.add(p.update(i, i, 2, 3));
        }
        p.finish(25, 25, 2, 3);
        assertThat(printed.stream().filter(b -> b).count()).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
                "frames 10 (detector on 10) | 10.0 fps | tracks 2 now, 3 seen",
                "frames 20 (detector on 20) | 10.0 fps | tracks 2 now, 3 seen",
                "frames 25 (detector on 25) | 10.0 fps | tracks 2 now, 3 seen done");
    }
}
