package city.relais.vision.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import city.relais.config.camera.Camera;
import city.relais.config.camera.DetectionSettings;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.vision.Shared;
import city.relais.vision.pipeline.CameraPipelines.CameraPipeline;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;

import org.junit.jupiter.api.Test;

/** The detector is a camera's configuration: swapping YOLOX for PicoDet is a change of {@code detection.model}. */
class CameraPipelinesTest {

    private static Camera camera(DetectionSettings detection) {
        Polygon corner = new Polygon(List.of(new Point(0, 0), new Point(0.1, 0), new Point(0.1, 0.1)));
        return new Camera("tud", Shared.clip("TUD-Stadtmitte.mp4").toString(), 5, null, List.of(corner), List.of(),
                Map.of(), Map.of(), List.of(), detection);
    }

    private static long persons(DetectionSettings detection) throws Exception {
        try (CameraPipeline run = CameraPipelines.open(camera(detection), Shared.registry());
             FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(Shared.clip("TUD-Stadtmitte.mp4")
                     .toString()))) {
            assertThat(run.detector().model().name()).isEqualTo(detection.model());
            DecodedFrame frame = decoder.next();
            FrameResult result = run.pipeline().process(frame.index(), frame.time(), frame.image());
            return result.detections().stream().filter(d -> d.label().equals("person") && d.score() >= 0.4).count();
        }
    }

    @Test
    void each_model_named_in_the_camera_config_finds_the_persons_of_a_real_frame() throws Exception {
        assertThat(persons(new DetectionSettings("yolox-nano", 0.1, true, 5))).isGreaterThanOrEqualTo(4);
        assertThat(persons(new DetectionSettings("picodet-s", 0.1, false, 1))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void gating_and_keyframes_come_from_the_camera_config() {
        assertThat(CameraPipelines.settings(new DetectionSettings("yolox-nano", 0.1, true, 7)))
                .extracting(PipelineSettings::motionGating, PipelineSettings::keyframeInterval).containsExactly(true, 7);
        assertThat(CameraPipelines.settings(new DetectionSettings("yolox-nano", 0.1, false, 7)).motionGating())
                .isFalse();
    }
}
