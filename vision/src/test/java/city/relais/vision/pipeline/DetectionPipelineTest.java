package city.relais.vision.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.Detection;
import city.relais.models.ImageFrame;
import city.relais.models.ModelDescriptor;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.scene.SyntheticScene;
import city.relais.vision.track.Tracker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionPipelineTest {

    /** Finds the bright rectangles the scene renders; records what it was shown. */
    private static final class BrightBoxDetector implements ObjectDetector {
        final List<ImageFrame> seen = new ArrayList<>();

        @Override
        public List<Detection> detect(ImageFrame f) {
            seen.add(f);
            int minX = f.width();
            int minY = f.height();
            int maxX = -1;
            int maxY = -1;
            for (int y = 0; y < f.height(); y++) {
                for (int x = 0; x < f.width(); x++) {
                    if (f.channel(x, y, 0) > 180) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            if (maxX < 0) {
                return List.of();
            }
            return List.of(Detection.ofCorners("person", 0, 0.9, (double) minX / f.width(),
                    (double) minY / f.height(), (maxX + 1.0) / f.width(), (maxY + 1.0) / f.height()));
        }

        @Override
        public ModelDescriptor model() {
            throw new UnsupportedOperationException("test detector");
        }

        @Override
        public double minScore() {
            return 0.25;
        }

        @Override
        public void close() {
        }
    }

    private static SyntheticScene scene() {
        SyntheticScene s = new SyntheticScene(10, 0, 5);
        s.add("person", new Box(0.1, 0.3, 0.1, 0.3), 0.01, 0, 30, 59);
        return s;
    }

    @Test
    void skips_the_detector_on_still_frames_but_keeps_keyframes_and_tracks_what_moves() {
        for (boolean night : new boolean[] {false, true}) {
            SyntheticScene scene = scene();
            BrightBoxDetector detector = new BrightBoxDetector();
            List<FrameResult> results = new ArrayList<>();
            try (DetectionPipeline p = new DetectionPipeline(detector, new Tracker(), PrivacyMask.none(),
                    PipelineSettings.gated().withKeyframeInterval(10))) {
                for (int f = 0; f < 60; f++) {
                    results.add(p.process(f, f / 10.0, scene.render(f, 160, 120, night)));
                }
                PipelineStats stats = p.stats();
                assertThat(stats.frames()).isEqualTo(60);
                assertThat(stats.skipped()).as("empty first half, night=" + night).isGreaterThanOrEqualTo(20);
                assertThat(stats.analysed()).isEqualTo(detector.seen.size()).isGreaterThanOrEqualTo(33);
            }
            assertThat(results.subList(32, 60)).allSatisfy(r -> assertThat(r.analysed()).isTrue());
            assertThat(results.get(59).confirmed()).singleElement()
                    .satisfies(t -> assertThat(t.id()).isEqualTo(1));
        }
    }

    @Test
    void paints_privacy_masks_before_the_detector_sees_the_frame() {
        SyntheticScene scene = scene();
        BrightBoxDetector detector = new BrightBoxDetector();
        PrivacyMask mask = new PrivacyMask(List.of(new city.relais.config.camera.Polygon(List.of(
                new city.relais.config.camera.Point(0, 0), new city.relais.config.camera.Point(1, 0),
                new city.relais.config.camera.Point(1, 1), new city.relais.config.camera.Point(0, 1)))));
        try (DetectionPipeline p = new DetectionPipeline(detector, new Tracker(), mask, PipelineSettings.ungated())) {
            FrameResult r = p.process(40, 4.0, scene.render(40, 80, 60, false));
            assertThat(r.analysed()).isTrue();
            assertThat(r.detections()).isEmpty();
        }
        assertThat(detector.seen).singleElement().satisfies(f -> assertThat(f.channel(40, 30, 2)).isZero());
    }
}
