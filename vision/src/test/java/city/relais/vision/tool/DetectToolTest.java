package city.relais.vision.tool;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.ObjectDetector;
import city.relais.vision.Shared;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.SourceSettings;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DetectToolTest {

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
}
