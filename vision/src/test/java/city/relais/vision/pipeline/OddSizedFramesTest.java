package city.relais.vision.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.ObjectDetector;
import city.relais.vision.Shared;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.tool.DetectOptions;
import city.relais.vision.tool.DetectTool;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frames with odd width and height (161x121): decoded without shearing, analysed, annotated. */
class OddSizedFramesTest {

    private static final int W = 161;
    private static final int H = 121;
    private static final int FRAMES = 20;

    @TempDir
    Path tmp;

    /**
     * Grey background with a white square moving right, written by hand as YUV4MPEG2 4:2:0 (FFmpeg's recorder rounds
     * sizes up to even, so it cannot make this file).
     */
    private Path oddClip() throws Exception {
        int cw = (W + 1) / 2;
        int ch = (H + 1) / 2;
        ByteArrayOutputStream y4m = new ByteArrayOutputStream();
        y4m.writeBytes(("YUV4MPEG2 W" + W + " H" + H + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < FRAMES; i++) {
            byte[] luma = new byte[W * H];
            Arrays.fill(luma, (byte) 100);
            for (int y = 40; y < 80; y++) {
                Arrays.fill(luma, y * W + 5 + i * 5, y * W + 35 + i * 5, (byte) 235);
            }
            byte[] chroma = new byte[cw * ch];
            Arrays.fill(chroma, (byte) 128);
            y4m.writeBytes("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            y4m.writeBytes(luma);
            y4m.writeBytes(chroma);
            y4m.writeBytes(chroma);
        }
        return Files.write(tmp.resolve("odd-161x121.y4m"), y4m.toByteArray());
    }

    @Test
    void decodes_odd_sized_frames_without_shearing_and_runs_the_pipeline_on_them() throws Exception {
        Path clip = oddClip();
        List<FrameResult> results = new ArrayList<>();
        try (ObjectDetector yolox = Shared.yoloxNano(0.25);
             FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(clip.toString()));
             DetectionPipeline pipeline = new DetectionPipeline(yolox, new Tracker(TrackerSettings.defaults()),
                     PrivacyMask.none(), PipelineSettings.gated())) {
            for (DecodedFrame f = decoder.next(); f != null; f = decoder.next()) {
                assertThat(f.image().width()).isEqualTo(W);
                assertThat(f.image().height()).isEqualTo(H);
                // the bottom-right pixel is background: a wrong row stride would shift square pixels there
                assertThat(f.image().channel(W - 1, H - 1, 2)).isBetween(85, 115);
                assertThat(f.image().channel(W - 1, 60, 0)).isBetween(85, 115);
                assertThat(f.image().channel(20 + (int) f.index() * 5, 60, 1)).isGreaterThan(200);
                results.add(pipeline.process(f.index(), f.time(), f.image()));
            }
        }
        assertThat(results).hasSize(FRAMES);
        assertThat(results.stream().filter(FrameResult::analysed).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void scales_a_clip_to_an_odd_analysis_size_and_annotates_it_at_the_even_size_below() throws Exception {
        Path video = tmp.resolve("odd.mp4");
        SourceSettings odd = SourceSettings.of(Shared.clip("highway-320x240.avi").toString()).withAnalysisFps(5)
                .withSize(W, H);
        try (ObjectDetector yolox = Shared.yoloxNano(0.25)) {
            DetectTool.detect(odd, yolox, PipelineSettings.gated(), new StringWriter(),
                    DetectOptions.none().annotate(video).maxFrames(10));
        }
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertThat(grabber.getImageWidth()).isEqualTo(W - 1);
            assertThat(grabber.getImageHeight()).isEqualTo(H - 1);
            assertThat(grabber.grabImage()).isNotNull();
            grabber.stop();
        }
    }
}
