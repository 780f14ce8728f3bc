package city.relais.config;

import static city.relais.config.Cities.printed;
import static city.relais.config.Cities.valid;
import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.config.camera.Direction;

import org.junit.jupiter.api.Test;

/** Lead groups: presence here also raises the lamps of another dim-when-empty automation, ahead of the walker. */
class LeadGroupsTest {

    private static final String TWO_GROUPS = Cities.VALID + """
              - id: dim-next
                when: {camera: street, zone: sidewalk, events: [zone.occupied, zone.empty]}
                policy: dim-when-empty
                device: lights
                params: {night: 22:00..06:00}
            """;

    @Test
    void binds_lead_groups_and_their_direction() throws Exception {
        CityConfig city = Cities.load(TWO_GROUPS.replace("params: {night: 22:00..06:00, floor: 20}",
                "params: {night: 22:00..06:00, floor: 20, lead: [dim-next], lead-direction: down}"));
        DimWhenEmptyParams params = (DimWhenEmptyParams) city.automation("dim").orElseThrow().params();
        assertThat(params.lead()).containsExactly("dim-next");
        assertThat(params.leadDirection()).isEqualTo(Direction.DOWN);
        DimWhenEmptyParams next = (DimWhenEmptyParams) city.automation("dim-next").orElseThrow().params();
        assertThat(next.lead()).isEmpty();
        assertThat(next.leadDirection()).isEqualTo(Direction.ANY);
    }

    @Test
    void rejects_a_lead_group_that_is_not_another_dimming_automation() {
        assertThat(printed(valid("params: {night: 22:00..06:00, floor: 20}",
                "params: {night: 22:00..06:00, floor: 20, lead: [dim-elsewhere]}"))).containsExactly(
                "city.yaml:21: automations[0].params.lead[0]: no other dim-when-empty automation 'dim-elsewhere' "
                        + "(lead groups: [])");
    }
}
