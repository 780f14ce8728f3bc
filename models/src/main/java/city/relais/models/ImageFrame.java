package city.relais.models;

/**
 * One video frame as packed 8-bit BGR, row-major, no row padding: the byte of channel {@code c} (0 = blue, 1 = green,
 * 2 = red) of pixel {@code (x, y)} is {@code bgr[(y * width + x) * 3 + c]}.
 *
 * <p>The array is not copied (frames are large and produced once per decode); the producer must not change it while a
 * detector reads it.
 *
 * @param width  pixels per row, &gt; 0
 * @param height rows, &gt; 0
 * @param bgr    exactly {@code width * height * 3} bytes
 */
public record ImageFrame(int width, int height, byte[] bgr) {

    public ImageFrame {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        if (bgr == null) {
            throw new IllegalArgumentException("frame pixels must not be null (" + width + "x" + height + ")");
        }
        long expected = (long) width * height * 3;
        if (bgr.length != expected) {
            throw new IllegalArgumentException("a " + width + "x" + height + " BGR frame needs " + expected
                    + " bytes, got " + bgr.length);
        }
    }

    /** Blue, green or red value (0–255) of one pixel; for tests and diagnostics, not for hot loops. */
    public int channel(int x, int y, int c) {
        return bgr[(y * width + x) * 3 + c] & 0xFF;
    }

    @Override
    public String toString() {
        return "ImageFrame[" + width + "x" + height + " BGR]";
    }
}
