package city.relais.models;

import java.net.URI;
import java.util.List;

/** Test fixture: the built-in descriptors and altered copies of them. */
public final class Descriptors {

    private Descriptors() {
    }

    public static ModelDescriptor builtIn(String name) {
        return ModelCatalog.builtIn().find(name).orElseThrow();
    }

    public static ModelDescriptor yolox() {
        return builtIn("yolox-nano");
    }

    public static ModelDescriptor picodet() {
        return builtIn("picodet-s");
    }

    public static ModelDescriptor withName(ModelDescriptor d, String name) {
        return new ModelDescriptor(name, d.fileName(), d.sha256(), d.source(), d.licence(), d.input(),
                d.outputLayout(), d.strides(), d.boxBins(), d.labelSet(), d.labels(), d.scoreThreshold(), d.nmsIou(),
                d.tasks());
    }

    public static ModelDescriptor withFile(ModelDescriptor d, String fileName, String sha256, URI source) {
        return new ModelDescriptor(d.name(), fileName, sha256, source, d.licence(), d.input(), d.outputLayout(),
                d.strides(), d.boxBins(), d.labelSet(), d.labels(), d.scoreThreshold(), d.nmsIou(), d.tasks());
    }

    public static ModelDescriptor withLabels(ModelDescriptor d, String labelSet, List<String> labels) {
        return new ModelDescriptor(d.name(), d.fileName(), d.sha256(), d.source(), d.licence(), d.input(),
                d.outputLayout(), d.strides(), d.boxBins(), labelSet, labels, d.scoreThreshold(), d.nmsIou(),
                d.tasks());
    }

    public static ModelDescriptor withTasks(ModelDescriptor d, List<String> tasks) {
        return new ModelDescriptor(d.name(), d.fileName(), d.sha256(), d.source(), d.licence(), d.input(),
                d.outputLayout(), d.strides(), d.boxBins(), d.labelSet(), d.labels(), d.scoreThreshold(), d.nmsIou(),
                tasks);
    }

    /** The same file read with another layout's input and decoder (a descriptor that does not fit its file). */
    public static ModelDescriptor withLayoutOf(ModelDescriptor d, ModelDescriptor layout) {
        return new ModelDescriptor(d.name(), d.fileName(), d.sha256(), d.source(), d.licence(), layout.input(),
                layout.outputLayout(), layout.strides(), layout.boxBins(), d.labelSet(), d.labels(),
                d.scoreThreshold(), d.nmsIou(), d.tasks());
    }
}
