package city.relais.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void wire_name_follows_the_constant_name(EventType type) {
        assertThat(type.wireName()).isEqualTo(type.name().toLowerCase(Locale.ROOT).replace('_', '.'));
        assertThat(type.cloudEventType()).isEqualTo("city.relais." + type.wireName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void finds_every_type_by_both_names(EventType type) {
        assertThat(EventType.fromWireName(type.wireName())).contains(type);
        assertThat(EventType.fromCloudEventType(type.cloudEventType())).contains(type);
    }

    @Test
    void wire_names_are_unique() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::wireName)).doesNotHaveDuplicates();
    }

    @Test
    void knows_the_listed_examples() {
        assertThat(EventType.ZONE_EMPTY.wireName()).isEqualTo("zone.empty");
        assertThat(EventType.ZONE_EMPTY.cloudEventType()).isEqualTo("city.relais.zone.empty");
        assertThat(EventType.values()).hasSize(22);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone.bogus", "", "ZONE.EMPTY", "city.relais.zone.empty", " zone.empty"})
    void finds_nothing_for_an_unknown_wire_name(String name) {
        assertThat(EventType.fromWireName(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"city.relais.zone.bogus", "zone.empty", "com.acme.zone.empty", "city.relais.", ""})
    void finds_nothing_for_an_unknown_or_foreign_cloud_event_type(String ceType) {
        assertThat(EventType.fromCloudEventType(ceType)).isEmpty();
    }

    @Test
    void finds_nothing_for_null() {
        assertThat(EventType.fromWireName(null)).isEmpty();
        assertThat(EventType.fromCloudEventType(null)).isEmpty();
    }
}
