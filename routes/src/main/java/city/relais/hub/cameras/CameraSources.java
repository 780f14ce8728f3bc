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

    /** What to open for {@code camera}, or null when the camera is not analysed in the hub. */
    String resolve(Camera camera);
}
