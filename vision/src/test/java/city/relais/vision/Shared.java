package city.relais.vision;

import city.relais.models.ModelCatalog;
import city.relais.models.ModelLocations;
import city.relais.models.ModelRegistry;
import city.relais.models.SharedFolder;
import city.relais.models.ObjectDetector;
import java.nio.file.Path;
import java.util.List;

/** Test fixture: the shared clips and an offline model registry on the shared models. */
public final class Shared {

    private Shared() {
    }

    public static Path clip(String name) {
        return SharedFolder.require("clips/" + name);
    }

    /** YOLOX-Nano, one intra-op thread, the given per-frame minimum score; never downloads. */
    public static ObjectDetector yoloxNano(double minScore) {
        return registry().open("yolox-nano", 1, minScore);
    }

    /** The built-in models found in the shared folder only; never downloads. */
    public static ModelRegistry registry() {
        Path models = SharedFolder.require("models");
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "relais-model-cache");
        return new ModelRegistry(ModelCatalog.builtIn(), new ModelLocations(List.of(models), cache, false));
    }
}
