package city.relais.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static city.relais.config.Cities.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** The hub's {@code store} and {@code precision} sections. */
class StoreConfigTest {

    @Test
    void embedded_h2_when_the_store_is_left_out() throws Exception {
        CityConfig city = Cities.load(VALID);
        assertThat(city.hub().store().isEmbedded()).isTrue();
        assertThat(city.hub().precision()).isEqualTo(PrecisionWatch.defaults());
    }

    @Test
    void reads_a_postgresql_store_with_a_secret_password() throws Exception {
        CityConfig city = Cities.load("""
                hub:
                  store: {url: "jdbc:postgresql://127.0.0.1:5432/relais", user: relais, password: "${env:DB_PW}"}
                  precision: {window: 40, min-sample: 20}
                """ + VALID, Map.of("DB_PW", "s3cret-value"), null);
        Store store = city.hub().store();
        assertThat(store.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/relais");
        assertThat(store.user()).isEqualTo("relais");
        assertThat(store.password().reveal()).isEqualTo("s3cret-value");
        assertThat(city.hub().precision()).isEqualTo(new PrecisionWatch(40, 20, 0.10));
    }

    @Test
    void refuses_an_unsupported_url_and_credentials_without_url() {
        assertThat(Cities.printed("""
                hub:
                  store: {url: "jdbc:mysql://db/relais"}
                """ + VALID)).containsExactly("city.yaml:2: hub.store.url: 'jdbc:mysql://db/relais' is not a "
                + "supported JDBC URL (expected one starting with jdbc:h2: or jdbc:postgresql:; leave store out for "
                + "the embedded H2 database under the data dir)");
        assertThat(Cities.printed("""
                hub:
                  store:
                    user: relais
                """ + VALID)).containsExactly("city.yaml:3: hub.store.user: user and password need a url (the "
                + "embedded H2 database takes none)");
    }

    @Test
    void refuses_a_min_sample_above_the_window_and_unknown_keys() {
        assertThat(Cities.printed("""
                hub:
                  precision: {window: 5, min-sample: 9, bogus: 1}
                """ + VALID)).anySatisfy(p -> assertThat(p).isEqualTo(
                        "city.yaml:2: hub.precision.min-sample: 9 is above window (5)"))
                .anySatisfy(p -> assertThat(p).startsWith("city.yaml:2: hub.precision.bogus: unknown key"));
    }
}
