package city.relais.config.load;

import city.relais.config.automation.Automation;
import city.relais.config.automation.AutomationParams;
import city.relais.config.automation.Policy;
import city.relais.config.automation.Tier;
import city.relais.config.automation.When;
import city.relais.config.load.Fields.Item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one item of {@code automations}: trigger, policy, device, lamps, parameters, tiers. References to cameras,
 * zones, devices and lamps are checked later, once everything is bound ({@link AutomationCheck}).
 */
final class AutomationBinder {

    private final BindContext ctx;
    private final ParamsBinder params;

    AutomationBinder(BindContext ctx) {
        this.ctx = ctx;
        this.params = new ParamsBinder(ctx);
    }

    Automation bind(Item item) {
        Fields f = ctx.fields(item.node(), item.path());
        String id = f.id("id");
        YamlNode whenNode = f.require("when");
        When when = when(ctx.fields(whenNode, f.pathOf("when")), whenNode != null);
        Policy policy = f.requiredChoice("policy", Policy.class);
        String device = device(f, policy);
        List<String> lamps = lamps(f, policy);
        AutomationParams bound = null;
        if (policy != null) {
            bound = params.bind(policy, f.node("params"), f.pathOf("params"));
        } else {
            f.node("params");
        }
        Map<String, Tier> tiers = tiers(f, policy, when);
        f.finish();
        String policyName = policy == null ? null : policy.wireName();
        return ctx.origin(new Automation(id, when, policyName, device, lamps, bound, tiers), item.path());
    }

    private static When when(Fields f, boolean written) {
        String camera = written ? f.requiredText("camera") : null;
        String zone = f.text("zone");
        if (written) {
            f.require("events");
        }
        List<String> events = EventNames.read(f, "events");
        boolean writtenEmpty = f.node("events") instanceof YamlNode.Sequence list && list.items().isEmpty();
        Lists.notEmpty(f, "events", writtenEmpty, "an event type");
        f.finish();
        return new When(camera, zone, events);
    }

    private static String device(Fields f, Policy policy) {
        if (policy == Policy.OPERATOR_ALERT) {
            f.refuse("device", "operator-alert drives no device: remove device");
            return null;
        }
        return policy == null ? f.text("device") : f.requiredText("device");
    }

    private static List<String> lamps(Fields f, Policy policy) {
        if (policy != null && policy != Policy.DIM_WHEN_EMPTY) {
            f.refuse("lamps", "lamps are for the dim-when-empty policy");
            return List.of();
        }
        List<String> lamps = f.texts("lamps");
        for (int i = 0; i < lamps.size(); i++) {
            if (lamps.subList(0, i).contains(lamps.get(i))) {
                String path = KeyPath.item(f.pathOf("lamps"), i);
                f.problems().add(path, "'" + lamps.get(i) + "' is listed twice");
            }
        }
        return lamps;
    }

    /** Ticket only: the tier of each event of {@code when}, operator-confirmed unless written otherwise. */
    private static Map<String, Tier> tiers(Fields f, Policy policy, When when) {
        if (policy != Policy.TICKET) {
            if (policy != null) {
                f.refuse("tier", "tier is for the ticket policy");
            }
            return Map.of();
        }
        Map<String, Tier> tiers = new LinkedHashMap<>();
        for (Item entry : f.entries("tier")) {
            Tier tier = Values.choice(entry.node(), entry.path(), f.problems(), Tier.class);
            if (!when.events().contains(entry.key())) {
                f.problems().add(entry.path(), entry.line(), "'" + entry.key() + "' is not among when.events ("
                        + String.join(", ", when.events()) + ")");
            } else if (tier != null) {
                tiers.put(entry.key(), tier);
            }
        }
        Map<String, Tier> complete = new LinkedHashMap<>();
        when.events().forEach(event -> complete.put(event, tiers.getOrDefault(event, Tier.OPERATOR_CONFIRMED)));
        return complete;
    }
}
