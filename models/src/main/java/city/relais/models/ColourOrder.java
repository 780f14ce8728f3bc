package city.relais.models;

/** Channel order a model expects in its input tensor. */
public enum ColourOrder {
    BGR, RGB
}
