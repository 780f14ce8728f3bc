package city.relais.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PrivacyRegisterCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int relais(String... args) {
        return new CommandLine(new RelaisCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    private static String demoCity() throws Exception {
        try (InputStream in = PrivacyRegisterCommandTest.class.getResourceAsStream("/examples/demo-city.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The demo city (two operator accounts: an operator and an admin; blurred snapshots) with a mask. */
    private Path snapshotCity() throws Exception {
        String yaml = demoCity().replace("    source: demo:bin-pile-day\n", "    source: demo:bin-pile-day\n    masks:\n"
                + "      - [[0.0, 0.0], [0.5, 0.0], [0.5, 0.2], [0.0, 0.2]]\n");
        return Files.writeString(folder.resolve("city.yaml"), yaml);
    }

    /** The demo city as a city would start: metadata only. */
    private Path metadataOnlyCity() throws Exception {
        String yaml = demoCity().replaceAll("(?m)^  evidence: blurred-snapshot.*\n  snapshots-for: .*\n",
                "  evidence: metadata-only\n");
        assertThat(yaml).contains("  evidence: metadata-only\n");
        return Files.writeString(folder.resolve("metadata-city.yaml"), yaml);
    }

    @Test
    void a_metadata_only_city_keeps_no_image_and_lists_every_camera_skill_and_decision() throws Exception {
        assertThat(relais("privacy-register", "--config", metadataOnlyCity().toString())).as(err.toString())
                .isEqualTo(0);
        String md = out.toString();
        assertThat(md).startsWith("# Processing register")
                .contains("## Camera `night-street`", "## Camera `crossing-east`", "## Camera `crossing-north`",
                        "## Camera `bin-corner`", "## Camera `square`")
                .contains("### `presence` on zone `sidewalk`", "### `emergency-vehicle` on zone `approach-east`, "
                        + "line `stop-line-east`", "### `illegal-dump` on zone `square`")
                .contains("- **Evidence mode:** `metadata-only` — only the numbers of each event are kept; no image "
                        + "of any kind is stored")
                .contains("| **Who can see them** | nobody (no image exists) |")
                .contains("| **Automated decisions** | `bin.overflowing` → `ticket` on `waste-service` (automation "
                        + "`bins-and-dumps`, automatic) |")
                .contains("`dump.detected` → `ticket` on `waste-service` (automation `dumps-square`, "
                        + "operator-confirmed)")
                .contains("`zone.occupied`, `zone.empty` → `dim-when-empty` on `lights-main` (automation "
                        + "`dim-night-street`, automatic)")
                .contains("- **Retention:** evidence 7d, events 30d, audit records 365d")
                .doesNotContain("blurred snapshot for");
        assertThat(md.lines().filter(l -> l.startsWith("### "))).hasSize(5);
    }

    @Test
    void blurred_snapshots_show_which_events_keep_images_for_how_long_and_who_sees_them_as_json() throws Exception {
        assertThat(relais("privacy-register", "--config", snapshotCity().toString(), "--json")).as(err.toString())
                .isEqualTo(0);
        JsonNode register = new ObjectMapper().readTree(out.toString());
        assertThat(register.at("/evidence/mode").asText()).isEqualTo("blurred-snapshot");
        assertThat(register.at("/evidence/viewer_roles").toString())
                .isEqualTo("[\"operator\",\"technician\",\"admin\"]");
        assertThat(register.at("/operator_accounts").toString())
                .isEqualTo("{\"operator\":1,\"technician\":0,\"admin\":1}");
        JsonNode bin = register.at("/cameras/3");
        assertThat(bin.at("/id").asText()).isEqualTo("bin-corner");
        assertThat(bin.at("/masks").asInt()).isEqualTo(1);
        assertThat(bin.at("/masked_share").asDouble()).isEqualTo(0.1);
        assertThat(bin.at("/skills/0/evidence_images/event_types").toString()).isEqualTo("[\"bin.overflowing\"]");
        assertThat(bin.at("/skills/0/evidence_images/retention").asText()).isEqualTo("7d");
        assertThat(bin.at("/skills/0/automated_decisions/0/decided_by").asText()).isEqualTo("automatic");
        JsonNode dump = register.at("/cameras/4/skills/0");
        assertThat(dump.at("/skill").asText()).isEqualTo("illegal-dump");
        assertThat(dump.at("/evidence_images/kept").asBoolean()).isTrue();
        assertThat(dump.at("/automated_decisions/0/decided_by").asText()).isEqualTo("operator-confirmed");
        JsonNode presence = register.at("/cameras/0/skills/0");
        assertThat(presence.at("/evidence_images/kept").asBoolean()).isFalse();
        assertThat(presence.at("/evidence_images/viewer_roles").size()).isZero();
        assertThat(presence.at("/data_processed/1").asText())
                .isEqualTo("class, box, score and per-camera track id of: person, bicycle");
        assertThat(register.at("/commitments/0").asText()).startsWith("No facial recognition, no biometrics");
    }

    @Test
    void an_invalid_city_file_prints_its_problems_and_exits_2() throws Exception {
        Path city = Files.writeString(folder.resolve("bad.yaml"), demoCity().replace("port: 8080", "port: 70000"));
        assertThat(relais("privacy-register", "--config", city.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("hub.http.port");
        assertThat(out.toString()).isEmpty();
    }
}
