package city.relais.config.load;

import city.relais.config.WireNamed;
import city.relais.config.load.YamlNode.Mapping;
import city.relais.config.load.YamlNode.Scalar;
import city.relais.config.load.YamlNode.ScalarKind;
import city.relais.config.load.YamlNode.Sequence;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Converts YAML values to Java values. Each conversion either returns the value or reports a problem at the path
 * and returns the fallback, so binding goes on and every problem of the file is found in one run.
 */
public final class Values {

    private Values() {
    }

    /** How a value is named in a message: {@code a list}, {@code a mapping}, {@code 'abc'}, {@code 12}. */
    public static String describe(YamlNode node) {
        if (node instanceof Sequence) {
            return "a list";
        }
        if (node instanceof Mapping) {
            return "a mapping";
        }
        Scalar scalar = (Scalar) node;
        if (scalar.isNull()) {
            return "nothing";
        }
        return scalar.kind() == ScalarKind.TEXT ? "'" + scalar.text() + "'" : scalar.text();
    }

    /** Any scalar as text ({@code 12} gives "12"); null after a problem when it is a list or mapping. */
    public static String text(YamlNode node, String path, Problems problems) {
        if (node instanceof Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        if (node != null && !(node instanceof Scalar)) {
            problems.add(path, node.line(), "expected a text value, got " + describe(node));
        }
        return null;
    }

    public static long whole(YamlNode node, String path, Problems problems, long fallback, Range range) {
        if (!(node instanceof Scalar scalar) || scalar.kind() != ScalarKind.INTEGER) {
            problems.add(path, node.line(), "expected a whole number, got " + describe(node));
            return fallback;
        }
        BigInteger value = (BigInteger) scalar.value();
        String violation = value.bitLength() > 62 ? scalar.text() + " is too large"
                : range.violation(value.doubleValue(), scalar.text());
        if (violation != null) {
            problems.add(path, node.line(), violation);
            return fallback;
        }
        return value.longValueExact();
    }

    public static double number(YamlNode node, String path, Problems problems, double fallback, Range range) {
        if (!(node instanceof Scalar scalar)
                || scalar.kind() != ScalarKind.INTEGER && scalar.kind() != ScalarKind.FLOAT) {
            problems.add(path, node.line(), "expected a number, got " + describe(node));
            return fallback;
        }
        double value = ((Number) scalar.value()).doubleValue();
        String violation = Double.isNaN(value) ? scalar.text() + " is not a number"
                : range.violation(value, scalar.text());
        if (violation != null) {
            problems.add(path, node.line(), violation);
            return fallback;
        }
        return value;
    }

    public static boolean bool(YamlNode node, String path, Problems problems, boolean fallback) {
        if (node instanceof Scalar scalar && scalar.kind() == ScalarKind.BOOLEAN) {
            return (Boolean) scalar.value();
        }
        problems.add(path, node.line(), "expected true or false, got " + describe(node));
        return fallback;
    }

    public static Duration duration(YamlNode node, String path, Problems problems, Duration fallback, Range range) {
        if (!(node instanceof Scalar scalar)) {
            problems.add(path, node.line(), "expected a duration (" + Durations.UNITS + "), got " + describe(node));
            return fallback;
        }
        Optional<Duration> parsed = Durations.parse(scalar.text());
        if (parsed.isEmpty()) {
            problems.add(path, node.line(), Durations.refusal(scalar.text()));
            return fallback;
        }
        String violation = range.violation(parsed.get(), scalar.text().trim());
        if (violation != null) {
            problems.add(path, node.line(), violation);
            return fallback;
        }
        return parsed.get();
    }

    /** The constant whose wire name is written; null after a problem listing the accepted names. */
    public static <E extends Enum<E> & WireNamed> E choice(YamlNode node, String path, Problems problems,
                                                            Class<E> type) {
        String written = text(node, path, problems);
        if (written == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(written)) {
                return constant;
            }
        }
        problems.add(path, node.line(), describe(node) + " is not one of: " + wireNames(type));
        return null;
    }

    public static <E extends Enum<E> & WireNamed> String wireNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).collect(Collectors.joining(", "));
    }
}
