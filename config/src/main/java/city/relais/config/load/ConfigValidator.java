package city.relais.config.load;

import city.relais.config.CityConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that need the whole bound config: duplicate ids, and references between cameras, skills, devices and
 * automations. Problems point at the key path and line each element was read from.
 */
public final class ConfigValidator {

    private final BindContext ctx;

    public ConfigValidator(BindContext ctx) {
        this.ctx = ctx;
    }

    public void check(CityConfig config) {
        unique(config.cameras(), c -> c.id());
        unique(config.devices(), d -> d.id());
        unique(config.automations(), a -> a.id());
        unique(config.operators(), o -> o.id());
        Lookup lookup = new Lookup(config, ctx);
        new CameraCheck(ctx, lookup).check(config.cameras());
        new AutomationCheck(ctx, lookup).check(config.automations());
        new AutomationEventCheck(ctx, lookup).check(config.automations());
        new ModbusProfileCheck(ctx).check(config);
    }

    private <T> void unique(List<T> elements, Function<T, String> id) {
        Map<String, String> first = new HashMap<>();
        for (T element : elements) {
            String value = id.apply(element);
            if (value == null) {
                continue;
            }
            String path = KeyPath.child(ctx.originOf(element), "id");
            String earlier = first.putIfAbsent(value, path);
            if (earlier != null) {
                ctx.problems().add(path, "duplicate id '" + value + "' (first used at line "
                        + ctx.problems().lineOf(earlier) + ")");
            }
        }
    }
}
