package city.relais.models;

/** How a frame is fitted to the model's input size. */
public enum ResizeMode {
    /** Keep the aspect ratio, scale to fit, place at the top-left corner, pad the rest with the pad value. */
    LETTERBOX_TOP_LEFT,
    /** Scale each axis independently to the input size (aspect ratio not kept). */
    STRETCH
}
