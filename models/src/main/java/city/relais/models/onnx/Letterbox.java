package city.relais.models.onnx;

import city.relais.models.InputSpec;
import city.relais.models.ResizeMode;

/**
 * How a source frame maps onto the model input: the frame is resized to {@code resizedWidth x resizedHeight} and
 * placed at the input's top-left corner (the rest is padding). {@code scaleX, scaleY} convert source pixels to input
 * pixels; a point decoded in input pixels maps back by dividing by the scale.
 *
 * <p>Letterbox follows YOLOX's {@code preproc}: {@code r = min(inW / w, inH / h)}, resized size
 * {@code floor(w * r) x floor(h * r)}, boxes divided by {@code r}.
 */
record Letterbox(int sourceWidth, int sourceHeight, int resizedWidth, int resizedHeight, double scaleX,
                 double scaleY) {

    Letterbox {
        if (sourceWidth <= 0 || sourceHeight <= 0 || resizedWidth <= 0 || resizedHeight <= 0
                || !(scaleX > 0) || !(scaleY > 0)) {
            throw new IllegalArgumentException("invalid letterbox: " + sourceWidth + "x" + sourceHeight + " -> "
                    + resizedWidth + "x" + resizedHeight + " scale " + scaleX + "," + scaleY);
        }
    }

    /** The mapping a model input asks for. */
    static Letterbox of(InputSpec input, int sourceWidth, int sourceHeight) {
        return input.resize() == ResizeMode.STRETCH
                ? stretch(sourceWidth, sourceHeight, input.width(), input.height())
                : topLeft(sourceWidth, sourceHeight, input.width(), input.height());
    }

    /** Aspect-preserving resize, placed top-left. */
    static Letterbox topLeft(int sourceWidth, int sourceHeight, int inputWidth, int inputHeight) {
        double r = Math.min(inputWidth / (double) sourceWidth, inputHeight / (double) sourceHeight);
        int w = Math.max(1, Math.min(inputWidth, (int) (sourceWidth * r + 1e-9)));
        int h = Math.max(1, Math.min(inputHeight, (int) (sourceHeight * r + 1e-9)));
        return new Letterbox(sourceWidth, sourceHeight, w, h, r, r);
    }

    /** Independent scaling of both axes to fill the input. */
    static Letterbox stretch(int sourceWidth, int sourceHeight, int inputWidth, int inputHeight) {
        return new Letterbox(sourceWidth, sourceHeight, inputWidth, inputHeight,
                inputWidth / (double) sourceWidth, inputHeight / (double) sourceHeight);
    }

    /** An input-pixel x coordinate as a fraction of the source width (not clamped). */
    double normX(double inputX) {
        return inputX / scaleX / sourceWidth;
    }

    /** An input-pixel y coordinate as a fraction of the source height (not clamped). */
    double normY(double inputY) {
        return inputY / scaleY / sourceHeight;
    }
}
