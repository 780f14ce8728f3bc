package city.relais.config.load;

import city.relais.config.load.Fields.Item;
import city.relais.config.load.YamlNode.Entry;
import city.relais.config.load.YamlNode.Mapping;
import city.relais.config.skill.SkillConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a camera's {@code skills}: each item is a one-key mapping naming the skill, whose value holds its
 * parameters ({@code - presence: {zone: sidewalk, empty-after: 60s}}).
 */
final class SkillBinder {

    /** Marks a camera with a skill that could not be bound: what its skills emit is then not known. */
    static final String SOME_UNBOUND = "*";

    private final BindContext ctx;
    private final Map<String, java.util.function.Function<Fields, SkillConfig>> readers = SkillReaders.all();

    SkillBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    /** The skills that could be bound; when one could not, the camera is marked (see {@link #SOME_UNBOUND}). */
    List<SkillConfig> bind(List<Item> items, String skillsPath) {
        List<SkillConfig> skills = new ArrayList<>();
        for (Item item : items) {
            SkillConfig skill = skill(item);
            if (skill != null) {
                skills.add(ctx.origin(skill, item.path()));
            } else {
                ctx.unbound(skillsPath, SOME_UNBOUND);
            }
        }
        return skills;
    }

    private SkillConfig skill(Item item) {
        if (!(item.node() instanceof Mapping mapping) || mapping.entries().size() != 1) {
            ctx.problems().add(item.path(), item.line(), "a skill is one key naming it, with its parameters as "
                    + "value (e.g. - presence: {zone: sidewalk}), got " + describe(item.node()));
            return null;
        }
        Entry entry = mapping.entries().values().iterator().next();
        String path = KeyPath.child(item.path(), entry.key());
        var reader = readers.get(entry.key());
        if (reader == null) {
            ctx.problems().add(path, entry.keyLine(), "unknown skill (expected one of: "
                    + String.join(", ", readers.keySet()) + ")");
            return null;
        }
        Fields f = ctx.fields(entry.value(), path);
        SkillConfig skill = reader.apply(f);
        f.finish();
        return skill;
    }

    private static String describe(YamlNode node) {
        if (node instanceof Mapping mapping) {
            return mapping.entries().isEmpty() ? "an empty mapping"
                    : "keys " + String.join(", ", mapping.entries().keySet());
        }
        return Values.describe(node);
    }
}
