package city.relais.models;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything Relais needs to know about one detector model, as data: which file, how to verify and obtain it, how to
 * feed it and how to read its outputs. Built-in descriptors live in {@code models.yaml} on the classpath; a city can
 * load its own with {@link ModelCatalog#load(java.nio.file.Path)}.
 *
 * @param name           registry name, e.g. {@code yolox-nano}
 * @param fileName       the ONNX file's name (no folders)
 * @param sha256         lower-case hex sha256 of exactly that file; a file with another hash is refused
 * @param source         where a machine with internet downloads it; {@code null} when no address is known
 * @param licence        the weights' licence and origin
 * @param input          the image input
 * @param outputLayout   how to decode the outputs
 * @param strides        feature-map strides, in the order of the output rows / tensors
 * @param boxBins        GFL distribution bins per box side ({@link OutputLayout#PICODET_GFL}); 0 for YOLOX
 * @param labelSet       name of the label set, e.g. {@code coco80}
 * @param labels         class names, in the model's class order
 * @param scoreThreshold default minimum score of a reported detection
 * @param nmsIou         IoU above which a lower-scoring box of the same class is suppressed
 * @param tasks          what the model is declared to do (checked by the privacy guard)
 */
public record ModelDescriptor(String name, String fileName, String sha256, URI source, String licence,
                              InputSpec input, OutputLayout outputLayout, List<Integer> strides, int boxBins,
                              String labelSet, List<String> labels, double scoreThreshold, double nmsIou,
                              List<String> tasks) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ModelDescriptor {
        require(name != null && NAME.matcher(name).matches(), "name must match " + NAME + ", got '" + name + "'");
        require(fileName != null && FILE.matcher(fileName).matches(),
                name + ": fileName must be a plain file name (" + FILE + "), got '" + fileName + "'");
        sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        require(sha256 != null && SHA256.matcher(sha256).matches(),
                name + ": sha256 must be 64 hex digits, got '" + sha256 + "'");
        require(source == null || "https".equals(source.getScheme()) || "http".equals(source.getScheme()),
                name + ": source must be an http(s) address, got " + source);
        require(licence != null && !licence.isBlank(), name + ": licence must not be blank");
        Objects.requireNonNull(input, name + ": input");
        Objects.requireNonNull(outputLayout, name + ": outputLayout");
        strides = List.copyOf(strides);
        require(!strides.isEmpty(), name + ": strides must not be empty");
        for (int s : strides) {
            require(s > 0 && input.width() % s == 0 && input.height() % s == 0,
                    name + ": stride " + s + " must divide the input size " + input.width() + "x" + input.height());
        }
        require(outputLayout != OutputLayout.PICODET_GFL || boxBins > 1,
                name + ": PICODET_GFL needs boxBins > 1, got " + boxBins);
        require(boxBins >= 0, name + ": boxBins must be >= 0, got " + boxBins);
        labels = List.copyOf(labels);
        require(!labels.isEmpty() && labels.stream().noneMatch(String::isBlank), name + ": labels must not be blank");
        require(labelSet != null && !labelSet.isBlank(), name + ": labelSet must not be blank");
        require(scoreThreshold > 0 && scoreThreshold < 1, name + ": scoreThreshold must be within (0, 1), got "
                + scoreThreshold);
        require(nmsIou > 0 && nmsIou <= 1, name + ": nmsIou must be within (0, 1], got " + nmsIou);
        tasks = List.copyOf(tasks);
        require(!tasks.isEmpty(), name + ": tasks must not be empty");
    }

    /** Number of grid cells of one stride ({@code (width / s) * (height / s)}). */
    public int cells(int stride) {
        return (input.width() / stride) * (input.height() / stride);
    }

    /** Index of a label, or -1. */
    public int labelIndex(String label) {
        return labels.indexOf(label);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "ModelDescriptor[" + name + ", " + fileName + ", " + outputLayout + ", " + input.width() + "x"
                + input.height() + ", " + labels.size() + " labels (" + labelSet + ")]";
    }
}
