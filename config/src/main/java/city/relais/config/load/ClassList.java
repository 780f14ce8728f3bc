package city.relais.config.load;

import city.relais.config.load.Fields.Item;
import city.relais.config.skill.CocoClasses;

import java.util.ArrayList;
import java.util.List;

/** Reads a list of detector classes, each one of the 80 COCO labels. */
final class ClassList {

    private ClassList() {
    }

    /** The classes written under {@code key}, or {@code defaults} when the key is absent. */
    static List<String> read(Fields f, String key, List<String> defaults) {
        YamlNode node = f.node(key);
        if (node == null) {
            return defaults;
        }
        List<Item> items = Fields.items(node, f.pathOf(key), f.problems());
        List<String> classes = new ArrayList<>();
        for (Item item : items) {
            String label = Values.text(item.node(), item.path(), f.problems());
            if (label == null) {
                continue;
            }
            if (!CocoClasses.isKnown(label)) {
                f.problems().add(item.path(), item.line(), "'" + label + "' is not a COCO class"
                        + Suggest.didYouMean(label, CocoClasses.ALL));
            } else if (classes.contains(label)) {
                f.problems().add(item.path(), item.line(), "'" + label + "' is listed twice");
            } else {
                classes.add(label);
            }
        }
        if (items.isEmpty() && node instanceof YamlNode.Sequence) {
            f.problems().add(f.pathOf(key), f.lineOf(key), "needs at least one class");
        }
        return classes;
    }
}
