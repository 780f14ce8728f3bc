package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelLocationsTest {

    private static final Path HOME = Path.of("/home/city");

    @Test
    void defaults_to_shared_beside_the_checkout_and_the_user_cache_with_downloads_on() {
        ModelLocations l = ModelLocations.fromEnvironment(Map.of(), HOME);
        assertThat(l.folders()).containsExactly(Path.of("../shared/models"));
        assertThat(l.cache()).isEqualTo(Path.of("/home/city/.cache/relais/models"));
        assertThat(l.downloadAllowed()).isTrue();
    }

    @Test
    void relais_models_comes_before_relais_shared() {
        ModelLocations l = ModelLocations.fromEnvironment(
                Map.of("RELAIS_MODELS", "/opt/models", "RELAIS_SHARED", "/srv/shared"), HOME);
        assertThat(l.folders()).containsExactly(Path.of("/opt/models"), Path.of("/srv/shared/models"));
        assertThat(l.searched()).containsExactly(Path.of("/opt/models"), Path.of("/srv/shared/models"),
                Path.of("/home/city/.cache/relais/models"));
    }

    @Test
    void cache_and_offline_come_from_the_environment() {
        ModelLocations l = ModelLocations.fromEnvironment(
                Map.of("RELAIS_MODEL_CACHE", "/var/cache/relais", "RELAIS_OFFLINE", "true"), HOME);
        assertThat(l.cache()).isEqualTo(Path.of("/var/cache/relais"));
        assertThat(l.downloadAllowed()).isFalse();
        assertThat(ModelLocations.fromEnvironment(Map.of("XDG_CACHE_HOME", "/xdg"), HOME).cache())
                .isEqualTo(Path.of("/xdg/relais/models"));
    }
}
