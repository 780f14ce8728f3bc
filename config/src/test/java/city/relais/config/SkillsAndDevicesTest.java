package city.relais.config;

import city.relais.config.automation.Automation;
import city.relais.config.automation.Tier;
import city.relais.config.device.OpcUaSecurity;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.device.TrafficController;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.AbandonedObjectSkill.ObjectSource;
import city.relais.config.skill.CocoClasses;
import city.relais.config.skill.SkillConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static city.relais.config.Cities.VALID;
import static city.relais.config.Cities.printed;
import static org.assertj.core.api.Assertions.assertThat;

class SkillsAndDevicesTest {

    private static final String EVERY_SKILL = """
            cameras:
              - id: everything
                source: rtsp://cam.example/stream
                calibration:
                  - {image: [0.1, 0.9], ground: [0, 0]}
                  - {image: [0.9, 0.9], ground: [10, 0]}
                  - {image: [0.7, 0.4], ground: [10, 20]}
                  - {image: [0.3, 0.4], ground: [0, 20]}
                zones:
                  z: [[0, 0], [1, 0], [1, 1], [0, 1]]
                lines:
                  stop: {points: [[0, 0.8], [1, 0.8]], direction: down}
                  count: [[0.5, 0], [0.5, 0.5], [0.5, 1]]
                skills:
                  - presence: {zone: z}
                  - emergency-vehicle: {zone: z, stop-line: stop, signal: tl, approach: N}
                  - on-demand: {zone: z, signal: tl, approach: N}
                  - bin: {zone: z}
                  - illegal-dump: {zone: z}
                  - abandoned-object: {zone: z}
                  - loitering: {zone: z}
                  - intrusion: {zone: z, schedule: 22:00..06:00}
                  - parking-overstay: {zone: z}
                  - red-light: {stop-line: stop, signal: tl, approach: N}
                  - counting: {line: count}
                  - crowding: {zone: z, max-count: 30}
                  - wrong-way: {zone: z, direction: up}
            devices:
              - id: tl
                kind: traffic-controller
                protocol: modbus
                address: 10.0.0.5:502
                profile: generic-priority-v1
                approaches: {N: 1}
            """;

    @Test
    void binds_every_skill_with_its_zone_line_and_events() throws CityConfigException {
        List<SkillConfig> skills = Cities.load(EVERY_SKILL).cameras().get(0).skills();

        assertThat(skills).extracting(SkillConfig::name).containsExactly("presence", "emergency-vehicle",
                "on-demand", "bin", "illegal-dump", "abandoned-object", "loitering", "intrusion", "parking-overstay",
                "red-light", "counting", "crowding", "wrong-way");
        assertThat(skills).extracting(SkillConfig::zone).containsExactly("z", "z", "z", "z", "z", "z", "z", "z", "z",
                null, null, "z", "z");
        assertThat(skills.get(9).line()).isEqualTo("stop");
        assertThat(skills.get(10).line()).isEqualTo("count");
        assertThat(skills.get(3).events()).containsExactly("bin.level", "bin.overflowing", "bin.cleared");
        assertThat(CocoClasses.ALL).hasSize(80).startsWith("person", "bicycle", "car");
    }

    @Test
    void counting_period_and_abandoned_object_pre_alert_have_defaults_and_bounds() throws CityConfigException {
        List<SkillConfig> skills = Cities.load(EVERY_SKILL).cameras().get(0).skills();
        var abandoned = (city.relais.config.skill.AbandonedObjectSkill) skills.get(5);
        assertThat(abandoned.ownerDistanceM()).isEqualTo(3);
        assertThat(abandoned.unattendedFor()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(abandoned.preAlertDistanceM()).isEqualTo(5);
        assertThat(abandoned.preAlertAfter()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(((city.relais.config.skill.CountingSkill) skills.get(10)).period())
                .isEqualTo(java.time.Duration.ofMinutes(1));

        String yaml = EVERY_SKILL
                .replace("abandoned-object: {zone: z}", "abandoned-object: {zone: z, pre-alert-distance-m: 0}")
                .replace("counting: {line: count}", "counting: {line: count, period: 25h}");
        assertThat(printed(yaml)).containsExactly(
                "city.yaml:20: cameras[0].skills[5].abandoned-object.pre-alert-distance-m: 0 must be above 0",
                "city.yaml:25: cameras[0].skills[10].counting.period: 25h is above 1d");
    }

    @Test
    void abandoned_object_takes_detected_and_static_objects_by_default_within_a_size_window()
            throws CityConfigException {
        var skill = (AbandonedObjectSkill) Cities.load(EVERY_SKILL).cameras().get(0).skills().get(5);
        assertThat(skill.objects()).containsExactly(ObjectSource.DETECTED, ObjectSource.STATIC);
        assertThat(skill.minAreaM2()).isEqualTo(0.02);
        assertThat(skill.maxAreaM2()).isEqualTo(1.0);

        String onlyStatic = EVERY_SKILL.replace("abandoned-object: {zone: z}",
                "abandoned-object: {zone: z, objects: [static], min-area-m2: 0.05, max-area-m2: 0.5}");
        var s = (AbandonedObjectSkill) Cities.load(onlyStatic).cameras().get(0).skills().get(5);
        assertThat(s.objects()).containsExactly(ObjectSource.STATIC);
        assertThat(s.uses(ObjectSource.DETECTED)).isFalse();
        assertThat(s.minAreaM2()).isEqualTo(0.05);
        assertThat(s.maxAreaM2()).isEqualTo(0.5);
    }

    @Test
    void abandoned_object_refuses_unknown_or_repeated_sources_and_a_reversed_size_window() {
        assertThat(printed(EVERY_SKILL.replace("abandoned-object: {zone: z}",
                "abandoned-object: {zone: z, objects: [static, parcel, static]}"))).containsExactly(
                "city.yaml:20: cameras[0].skills[5].abandoned-object.objects[1]: 'parcel' is not one of: detected, "
                        + "static",
                "city.yaml:20: cameras[0].skills[5].abandoned-object.objects[2]: 'static' is listed twice");
        assertThat(printed(EVERY_SKILL.replace("abandoned-object: {zone: z}",
                "abandoned-object: {zone: z, objects: []}"))).containsExactly(
                "city.yaml:20: cameras[0].skills[5].abandoned-object.objects: needs at least one of: detected, "
                        + "static");
        assertThat(printed(EVERY_SKILL.replace("abandoned-object: {zone: z}",
                "abandoned-object: {zone: z, min-area-m2: 0.5, max-area-m2: 0.2}"))).containsExactly(
                "city.yaml:20: cameras[0].skills[5].abandoned-object.max-area-m2: 0.2 is below min-area-m2 0.5");
        assertThat(printed(EVERY_SKILL.replace("abandoned-object: {zone: z}",
                "abandoned-object: {zone: z, max-area-m2: 20}"))).containsExactly(
                "city.yaml:20: cameras[0].skills[5].abandoned-object.max-area-m2: 20 is above 10");
    }

    @Test
    void requires_a_calibration_for_metric_skills_and_a_known_approach() {
        String yaml = EVERY_SKILL.replaceAll("(?s)    calibration:.*?zones:", "    zones:")
                .replace("signal: tl, approach: N}\n      - bin", "signal: tl, approach: X}\n      - bin");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:12: cameras[0].skills[2].on-demand.approach: no approach 'X' on device tl (approaches: N)",
                "city.yaml:14: cameras[0].skills[4].illegal-dump: illegal-dump measures metres: camera everything "
                        + "needs a calibration (at least 4 image-to-ground pairs)",
                "city.yaml:15: cameras[0].skills[5].abandoned-object: abandoned-object measures metres: camera "
                        + "everything needs a calibration (at least 4 image-to-ground pairs)");
    }

    @Test
    void binds_modbus_and_talq_street_lights_and_opcua_security() throws CityConfigException {
        String yaml = VALID.replace("automations:", """
                  - id: dali
                    kind: street-lights
                    protocol: modbus
                    address: 10.0.0.9:502
                    profile: dali-gateway
                    lamps: {G1: {address: 40001, watts: 90}}
                  - id: talq
                    kind: street-lights
                    protocol: talq
                    endpoint: https://cms.example.org/talq
                    lamps: {"lamp-7": {address: "talq://gw1/lamp-7"}}
                automations:""").replace("    lamps:\n      L1",
                "    security: {user: relais, password: \"${env:PW}\"}\n    lamps:\n      L1");

        CityConfig city = Cities.load(yaml, Map.of("PW", "opcua-pw"), null);

        StreetLights opcua = (StreetLights) city.device("lights").orElseThrow();
        assertThat(opcua.security()).isEqualTo(new OpcUaSecurity(OpcUaSecurity.Policy.BASIC256SHA256,
                OpcUaSecurity.Mode.SIGN_AND_ENCRYPT, "relais", Secret.of("opcua-pw")));
        StreetLights dali = (StreetLights) city.device("dali").orElseThrow();
        assertThat(dali.protocol()).isEqualTo(Protocol.MODBUS);
        assertThat(dali.lamps().get("G1").address()).isEqualTo("40001");
        assertThat(((StreetLights) city.device("talq").orElseThrow()).lamps().get("lamp-7").address())
                .isEqualTo("talq://gw1/lamp-7");
    }

    @Test
    void refuses_a_protocol_the_kind_does_not_speak() {
        assertThat(printed(Cities.valid("protocol: opcua", "protocol: snmp"))).containsExactly(
                "city.yaml:11: devices[0].protocol: snmp is not a protocol for street-lights "
                        + "(expected one of: opcua, modbus, talq)");
    }

    @Test
    void binds_an_snmpv3_traffic_controller() throws CityConfigException {
        String yaml = VALID.replace("automations:", """
                  - id: tl
                    kind: traffic-controller
                    protocol: snmp
                    address: 10.0.0.7:161
                    profile: ntcip-1211
                    approaches: {N: 1, S: 2}
                    snmp: {user: relais, auth-password: "${env:A}", priv-password: "${env:P}"}
                automations:""");

        TrafficController tl = (TrafficController) Cities.load(yaml, Map.of("A", "auth-pass", "P", "priv-pass"),
                null).device("tl").orElseThrow();

        assertThat(tl.snmp().user()).isEqualTo("relais");
        assertThat(tl.snmp().privPassword().reveal()).isEqualTo("priv-pass");
    }

    @Test
    void refuses_a_password_inside_a_url_without_quoting_it() {
        List<String> printed = printed(Cities.valid("source: demo:street", "source: rtsp://admin:hunter22@cam/1"));

        assertThat(printed).containsExactly("city.yaml:3: cameras[0].source: the URL carries a password: "
                + "credentials never go in the file, use the user and secret fields");
    }

    @Test
    void fills_ticket_tiers_and_refuses_tiers_for_other_events() throws CityConfigException {
        String yaml = VALID.replace("    skills:\n", "    skills:\n      - illegal-dump: {zone: sidewalk}\n")
                .replace("source: demo:street", "source: demo:street\n    calibration: [{image: [0, 1], ground: "
                        + "[0, 0]}, {image: [1, 1], ground: [5, 0]}, {image: [1, 0], ground: [5, 9]}, {image: [0, 0], "
                        + "ground: [0, 9]}]")
                .replace("automations:", """
                  - id: tickets
                    kind: ticketing
                    protocol: open311
                    endpoint: http://127.0.0.1:8311/v2
                    api-key: ${env:K:-k}
                    services: {dump.detected: DUMP, dump.removed: DUMP_GONE}
                automations:
                  - id: dumps
                    when: {camera: street, events: [dump.detected, dump.removed]}
                    policy: ticket
                    device: tickets
                    tier: {dump.detected: automatic}""");

        Automation dumps = Cities.load(yaml).automation("dumps").orElseThrow();

        assertThat(dumps.tier()).containsExactly(Map.entry("dump.detected", Tier.AUTOMATIC),
                Map.entry("dump.removed", Tier.OPERATOR_CONFIRMED));
        assertThat(printed(yaml.replace("tier: {dump.detected: automatic}", "tier: {bin.level: automatic}")))
                .containsExactly("city.yaml:28: automations[0].tier.bin.level: 'bin.level' is not among when.events "
                        + "(dump.detected, dump.removed)");
    }

    @Test
    void requires_a_site_for_sunset_windows() {
        assertThat(printed(Cities.valid("night: 22:00..06:00", "night: sunset..sunrise"))).containsExactly(
                "city.yaml:21: automations[0].params.night: sunset and sunrise need the site's position: add site "
                        + "(name, timezone, latitude, longitude) or write clock times (e.g. 22:00..06:00)");
        assertThat(printed(Cities.valid("night: 22:00..06:00", "night: dusk..dawn"))).containsExactly(
                "city.yaml:21: automations[0].params.night: 'dusk..dawn' is not a time window: write always, "
                        + "sunset..sunrise, or HH:MM..HH:MM (bounds may mix, e.g. sunset..01:30)");
    }

    @Test
    void refuses_a_device_on_operator_alert() {
        String yaml = Cities.valid("policy: dim-when-empty", "policy: operator-alert").replace("    lamps: [L1]\n", "")
                .replace("params: {night: 22:00..06:00, floor: 20}", "params: {priority: high}");

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:19: automations[0].device: operator-alert drives no device: remove device");
    }
}
