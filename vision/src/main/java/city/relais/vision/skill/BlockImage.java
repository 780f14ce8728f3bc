package city.relais.vision.skill;

import city.relais.models.ImageFrame;

/**
 * A frame reduced to the mean grey level of square blocks of {@code block} pixels: what the pixel rules of the
 * skills compare (averaging a block divides the sensor noise by its side).
 *
 * @param cols  blocks per row
 * @param rows  block rows
 * @param block side of a block in pixels
 * @param grey  mean grey (0–255) of each block, row-major
 */
public record BlockImage(int cols, int rows, int block, float[] grey) {

    /** The block side for a frame: about 120 blocks along its shorter side, at least 2 pixels. */
    public static int blockFor(int width, int height) {
        return Math.max(2, Math.min(width, height) / 120);
    }

    /** The block means of {@code frame} (grey = (B + 2G + R) / 4). */
    public static BlockImage of(ImageFrame frame) {
        int block = blockFor(frame.width(), frame.height());
        int cols = frame.width() / block;
        int rows = frame.height() / block;
        float[] sums = new float[cols * rows];
        byte[] bgr = frame.bgr();
        int width = frame.width();
        for (int y = 0; y < rows * block; y++) {
            int rowBase = (y / block) * cols;
            int p = y * width * 3;
            for (int x = 0; x < cols * block; x++, p += 3) {
                int grey = (bgr[p] & 0xFF) + 2 * (bgr[p + 1] & 0xFF) + (bgr[p + 2] & 0xFF);
                sums[rowBase + x / block] += grey;
            }
            // pixels past the last full block are ignored
        }
        float norm = 4f * block * block;
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= norm;
        }
        return new BlockImage(cols, rows, block, sums);
    }
}
