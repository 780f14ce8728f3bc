package city.relais.config;

import org.junit.jupiter.api.Test;

import static city.relais.config.Cities.VALID;
import static city.relais.config.Cities.printed;
import static city.relais.config.Cities.problems;
import static city.relais.config.Cities.valid;
import static org.assertj.core.api.Assertions.assertThat;

class CityConfigValidationTest {

    @Test
    void accepts_the_valid_base_file() throws CityConfigException {
        CityConfig config = Cities.load(VALID);

        assertThat(config.cameras()).hasSize(1);
        assertThat(config.automations().get(0).policy()).isEqualTo("dim-when-empty");
    }

    @Test
    void reports_three_different_mistakes_at_once_with_paths_and_lines() {
        String yaml = valid("- presence: {zone: sidewalk}", "- presence: {zone: sidewalk-west}")
                .replace("floor: 20}", "floor: 120}") + "bogus: true\n";

        assertThat(problems(yaml)).containsExactly(
                new ConfigProblem("city.yaml", 7, "cameras[0].skills[0].presence.zone",
                        "no zone 'sidewalk-west' on camera street (zones: sidewalk)"),
                new ConfigProblem("city.yaml", 21, "automations[0].params.floor", "120 is above 100"),
                new ConfigProblem("city.yaml", 22, "bogus",
                        "unknown key (expected one of: site, hub, broker, cameras, devices, modbus-profiles, "
                                + "automations, privacy, operators)"));
    }

    @Test
    void rejects_unknown_key_with_line() {
        assertThat(printed(valid("    endpoint:", "    endpont: x\n    endpoint:"))).containsExactly(
                "city.yaml:12: devices[0].endpont: unknown key (expected one of: id, kind, protocol, endpoint, "
                        + "security, profile, lamps)");
    }

    @Test
    void rejects_out_of_range_values() {
        assertThat(printed(valid("source: demo:street", "source: demo:street\n    analysis-fps: 31"))).containsExactly(
                "city.yaml:4: cameras[0].analysis-fps: 31 is above 30");
        assertThat(printed(valid("[0.9, 1.0], [0.1", "[0.9, 1.2], [0.1"))).containsExactly(
                "city.yaml:5: cameras[0].zones.sidewalk[2][1]: 1.2 is above 1");
        assertThat(printed(valid("{zone: sidewalk}", "{zone: sidewalk, inertia: 0}"))).containsExactly(
                "city.yaml:7: cameras[0].skills[0].presence.inertia: 0 is below 1");
    }

    @Test
    void rejects_level_on_presence_below_floor() {
        assertThat(printed(valid("floor: 20}", "floor: 60, level-on-presence: 50}"))).containsExactly(
                "city.yaml:21: automations[0].params.level-on-presence: 50 is below floor 60");
    }

    @Test
    void rejects_dangling_zone_reference_listing_the_camera_zones() {
        assertThat(printed(valid("zone: sidewalk, events", "zone: crossing, events"))).containsExactly(
                "city.yaml:17: automations[0].when.zone: no zone 'crossing' on camera street (zones: sidewalk)");
    }

    @Test
    void rejects_dangling_camera_device_and_lamp_references() {
        assertThat(printed(valid("camera: street,", "camera: avenue,"))).containsExactly(
                "city.yaml:17: automations[0].when.camera: no camera 'avenue' (cameras: street)");
        assertThat(printed(valid("device: lights", "device: lamps-main"))).containsExactly(
                "city.yaml:19: automations[0].device: no device 'lamps-main' (devices: lights)");
        assertThat(printed(valid("lamps: [L1]", "lamps: [L1, L9]"))).containsExactly(
                "city.yaml:20: automations[0].lamps[1]: no lamp 'L9' on device lights (lamps: L1)");
    }

    @Test
    void rejects_a_device_of_the_wrong_kind_for_the_policy() {
        String yaml = valid("policy: dim-when-empty", "policy: detector-call").replace("    lamps: [L1]\n", "")
                .replace("params: {night: 22:00..06:00, floor: 20}", "params: {}");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:17: automations[0].when.events[0]: policy detector-call does not act on zone.occupied "
                        + "(it acts on: demand.waiting, demand.cleared, camera.down, camera.up)",
                "city.yaml:17: automations[0].when.events[1]: policy detector-call does not act on zone.empty "
                        + "(it acts on: demand.waiting, demand.cleared, camera.down, camera.up)",
                "city.yaml:19: automations[0].device: policy detector-call needs a traffic-controller device; "
                        + "lights is a street-lights");
    }

    @Test
    void rejects_an_event_no_skill_of_the_camera_emits() {
        String yaml = valid("events: [zone.occupied, zone.empty]", "events: [zone.occupied, bin.overflowing]");

        assertThat(printed(yaml)).contains("city.yaml:17: automations[0].when.events[1]: no skill on zone sidewalk of "
                + "camera street emits bin.overflowing (its skills emit: zone.occupied, zone.empty)");
    }

    @Test
    void rejects_duplicate_ids() {
        String yaml = VALID.replace("devices:", """
                  - id: street
                    source: demo:other
                devices:""");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:8: cameras[1].id: duplicate id 'street' (first used at line 2)");
    }

    @Test
    void rejects_duplicate_yaml_key() {
        String road = "      road: [[0, 0], [1, 0], [1, 1]]\n";
        String yaml = valid("      sidewalk: [[0.1", road + road + "      sidewalk: [[0.1");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:6: cameras[0].zones.road: duplicate key (first written at line 5)");
    }

    @Test
    void rejects_duration_without_a_known_unit() {
        assertThat(printed(valid("{zone: sidewalk}", "{zone: sidewalk, empty-after: 10m}"))).containsExactly(
                "city.yaml:7: cameras[0].skills[0].presence.empty-after: '10m' is ambiguous ('m' could mean metres): "
                        + "write minutes as min; units are ms, s, min, h or d (e.g. 500ms, 60s, 10min, 2h, 7d)");
        assertThat(printed(valid("{zone: sidewalk}", "{zone: sidewalk, empty-after: 60}"))).containsExactly(
                "city.yaml:7: cameras[0].skills[0].presence.empty-after: 60 has no unit: write ms, s, min, h or d "
                        + "(e.g. 500ms, 60s, 10min, 2h, 7d)");
    }

    @Test
    void rejects_missing_required_key_at_the_line_of_its_mapping() {
        assertThat(printed(valid("    source: demo:street\n", ""))).containsExactly(
                "city.yaml:2: cameras[0].source: required key is missing");
        assertThat(printed(valid("    source: demo:street\n", "    source:\n"))).containsExactly(
                "city.yaml:3: cameras[0].source: required key has no value");
    }

    @Test
    void rejects_wrong_types() {
        assertThat(printed(valid("floor: 20}", "floor: high}"))).containsExactly(
                "city.yaml:21: automations[0].params.floor: expected a whole number, got 'high'");
        assertThat(printed(valid("    lamps: [L1]\n", "    lamps: L1\n"))).containsExactly(
                "city.yaml:20: automations[0].lamps: expected a list, got 'L1'");
    }

    @Test
    void rejects_unknown_skill_and_class_with_suggestion() {
        assertThat(printed(valid("- presence: {zone: sidewalk}", "- presense: {zone: sidewalk}"))).containsExactly(
                "city.yaml:7: cameras[0].skills[0].presense: unknown skill (expected one of: presence, "
                        + "emergency-vehicle, on-demand, bin, illegal-dump, abandoned-object, loitering, intrusion, "
                        + "parking-overstay, red-light, counting, crowding, wrong-way)");
        assertThat(printed(valid("{zone: sidewalk}", "{zone: sidewalk, classes: [persons]}"))).containsExactly(
                "city.yaml:7: cameras[0].skills[0].presence.classes[0]: 'persons' is not a COCO class "
                        + "(did you mean 'person'?)");
    }

    @Test
    void refuses_snmp_community() {
        String yaml = VALID.replace("automations:", """
                  - id: tl
                    kind: traffic-controller
                    protocol: snmp
                    address: 10.0.0.7:161
                    profile: ntcip-1211
                    approaches: {N: 1}
                    community: public
                automations:""");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:15: devices[1].snmp: required key is missing",
                "city.yaml:21: devices[1].community: SNMP communities (v1/v2c, such as 'public') are refused: use "
                        + "SNMPv3 with snmp.user, snmp.auth-password and snmp.priv-password");
    }

    @Test
    void refuses_url_on_embedded_broker_and_requires_it_on_external() {
        assertThat(printed(VALID + "broker: {url: tcp://b:61616}\n")).containsExactly(
                "city.yaml:22: broker.url: url is for an external broker: write mode: external, or remove url");
        assertThat(printed(VALID + "broker: {mode: external}\n")).containsExactly(
                "city.yaml:22: broker.url: required key is missing");
    }

    @Test
    void refuses_a_security_event_outside_operator_alert() {
        String yaml = valid("- presence: {zone: sidewalk}",
                "- presence: {zone: sidewalk}\n      - loitering: {zone: sidewalk}")
                .replace("events: [zone.occupied, zone.empty]", "events: [zone.occupied, loitering.detected]");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:18: automations[0].when.events[1]: loitering.detected is a security event: only the "
                        + "operator-alert policy may act on it");
    }

    @Test
    void reports_syntax_error_as_one_problem_with_its_line() {
        assertThat(printed("cameras:\n  - id: [a, b\n  - id: c\n")).hasSize(1).first().asString()
                .startsWith("city.yaml:3: ").contains("not valid YAML");
    }

    @Test
    void reports_an_empty_file() {
        assertThat(printed("")).containsExactly("city.yaml:1: (file): the file is empty");
    }
}
