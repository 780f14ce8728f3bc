package city.relais.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of model descriptors and the default model's name, read from YAML ({@code models.yaml} on the classpath for
 * the built-in ones). Label sets are referenced by name: {@code labels: coco80} reads {@code coco80.txt} (one label a
 * line, {@code #} comments) beside the YAML file, or the built-in set of that name.
 */
public record ModelCatalog(String defaultName, List<ModelDescriptor> models) {

    private static final String BUILT_IN = "models.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public ModelCatalog {
        models = List.copyOf(models);
        Set<String> names = new HashSet<>();
        for (ModelDescriptor m : models) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("model '" + m.name() + "' is described twice");
            }
        }
        if (!names.contains(defaultName)) {
            throw new IllegalArgumentException("default model '" + defaultName + "' is not among " + names);
        }
    }

    /** The descriptors shipped with Relais: {@code yolox-nano} (default) and {@code picodet-s}. */
    public static ModelCatalog builtIn() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new ModelException("built-in " + BUILT_IN + " is missing from the classpath");
            }
            return parse(in, BUILT_IN, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in " + BUILT_IN, e);
        }
    }

    /** Reads a catalogue file; label sets are looked up beside it first. */
    public static ModelCatalog load(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            return parse(in, yaml.toString(), yaml.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ModelException("cannot read model catalogue " + yaml + ": " + e.getMessage(), e);
        }
    }

    static ModelCatalog parse(InputStream in, String sourceName, Path labelDir) {
        CatalogFile file;
        try {
            file = YAML.readValue(in, CatalogFile.class);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            String path = e instanceof JsonMappingException m ? m.getPathReference() + ": " : "";
            throw new ModelException(sourceName + line + ": " + path + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        List<ModelDescriptor> descriptors = new ArrayList<>();
        for (int i = 0; i < file.models().size(); i++) {
            Entry e = file.models().get(i);
            try {
                descriptors.add(e.toDescriptor(labels(e.labels(), labelDir, sourceName)));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new ModelException(sourceName + ": models[" + i + "]: " + ex.getMessage(), ex);
            }
        }
        try {
            return new ModelCatalog(file.defaultName(), descriptors);
        } catch (IllegalArgumentException e) {
            throw new ModelException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /** Reads a label set by name: {@code <labelDir>/<name>.txt} if present, else the built-in one. */
    static List<String> labels(String labelSet, Path labelDir, String sourceName) {
        if (labelSet == null || !labelSet.matches("[A-Za-z0-9_-]+")) {
            throw new ModelException(sourceName + ": labels must name a label set, got '" + labelSet + "'");
        }
        try {
            if (labelDir != null && Files.isRegularFile(labelDir.resolve(labelSet + ".txt"))) {
                return parseLabels(Files.readString(labelDir.resolve(labelSet + ".txt")));
            }
            try (InputStream in = ModelCatalog.class.getResourceAsStream("labels/" + labelSet + ".txt")) {
                if (in == null) {
                    throw new ModelException(sourceName + ": unknown label set '" + labelSet + "'");
                }
                return parseLabels(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ModelException(sourceName + ": cannot read label set '" + labelSet + "': " + e.getMessage(), e);
        }
    }

    private static List<String> parseLabels(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The descriptor of that name, if any. */
    public java.util.Optional<ModelDescriptor> find(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private record CatalogFile(@JsonProperty("default") String defaultName, List<Entry> models) {
    }

    private record Entry(String name, String file, String sha256, URI source, String licence, InputSpec input,
                         OutputLayout output, List<Integer> strides, int boxBins, String labels,
                         double scoreThreshold, double nmsIou, List<String> tasks) {

        ModelDescriptor toDescriptor(List<String> labelList) {
            return new ModelDescriptor(name, file, sha256, source, licence, input, output, strides, boxBins,
                    labels, labelList, scoreThreshold, nmsIou, tasks);
        }
    }
}
