package city.relais.models;

/** The shape and meaning of a detector's output tensors; each has its own decoder. */
public enum OutputLayout {
    /** One tensor [1, cells, 5 + classes]: x, y, log-w, log-h (grid units), objectness, class scores (sigmoid). */
    YOLOX,
    /** Per stride one score tensor [1, cells, classes] (sigmoid), then per stride one GFL box tensor [1, cells, 4 * bins]. */
    PICODET_GFL
}
