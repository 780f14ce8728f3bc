package city.relais.hub.cameras;

import city.relais.config.camera.Camera;

/** Turns a camera's configured source into what the decoder opens (a built-in scenario into its clip). */
@FunctionalInterface
public interface CameraSources {

    /** Sources as written in the city file. */
    CameraSources AS_CONFIGURED = Camera::source;

    /** What to open for {@code camera}; throws {@link IllegalArgumentException} naming the camera when unknown. */
    String resolve(Camera camera);
}
