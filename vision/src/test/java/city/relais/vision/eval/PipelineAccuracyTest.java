package city.relais.vision.eval;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.ObjectDetector;
import city.relais.vision.Shared;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.track.TrackerSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The accuracy gate of the detection core: the whole pipeline, motion gating on, on a real MOT clip. */
class PipelineAccuracyTest {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineAccuracyTest.class);

    @Test
    void person_ap50_of_the_gated_pipeline_on_tud_stadtmitte_is_at_least_084() throws Exception {
        Path clip = Shared.clip("TUD-Stadtmitte.mp4");
        Path gt = Shared.clip("TUD-Stadtmitte.gt.txt");
        EvalReport report;
        try (ObjectDetector yolox = Shared.yoloxNano(0.05)) {
            report = new MotEvaluation("person", PipelineSettings.gated(), TrackerSettings.defaults())
                    .run(clip, gt, yolox);
        }
        LOG.info("TUD-Stadtmitte, YOLOX-Nano, gated pipeline: {}", report.toJson());
        assertThat(report.frames()).isEqualTo(179);
        assertThat(report.ap50()).isGreaterThanOrEqualTo(0.84);
        assertThat(report.idSwitches()).isLessThanOrEqualTo(report.groundTruthIds());
        assertThat(report.mota()).isGreaterThan(0.5);
        assertThat(report.idf1()).isGreaterThan(0.5);
    }
}
