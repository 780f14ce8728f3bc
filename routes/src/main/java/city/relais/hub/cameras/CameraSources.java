package city.relais.hub.cameras;

import city.relais.config.camera.Camera;

/** Turns a camera's configured source into what the decoder opens (a built-in scenario into its clip). */
@FunctionalInterface
public interface CameraSources {

    /**
     * Sources as written in the city file; a built-in scenario ({@code demo:NAME}) is not opened (the demo's
     * recorded events stand for it).
     */
    CameraSources AS_CONFIGURED = camera -> camera.source().startsWith("demo:") ? null : camera.source();

    /**
     * What to open for {@code camera}, or null when the camera is not analysed in the hub. Called on the camera's own
     * thread: it may take time (a scenario clip is generated on first use).
     */
    String resolve(Camera camera);

    /** Whether the hub analyses {@code camera} (cheap: nothing is prepared). */
    default boolean analyses(Camera camera) {
        return resolve(camera) != null;
    }
}
