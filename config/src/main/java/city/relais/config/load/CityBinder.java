package city.relais.config.load;

import city.relais.config.Broker;
import city.relais.config.CityConfig;
import city.relais.config.Hub;
import city.relais.config.Privacy;
import city.relais.config.Site;
import city.relais.config.automation.Automation;
import city.relais.config.camera.Camera;
import city.relais.config.device.Device;
import city.relais.config.device.ModbusProfile;
import city.relais.config.load.Fields.Item;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Reads the whole document, section by section, into a {@link CityConfig}; problems go to the context. */
public final class CityBinder {

    private final BindContext ctx;

    public CityBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    public CityConfig bind(YamlNode root) {
        Fields f = ctx.fields(root, "");
        YamlNode siteNode = f.node("site");
        Site site = siteNode == null ? null : site(ctx.fields(siteNode, "site"));
        Hub hub = new HubBinder(ctx).bind(f.node("hub"));
        Broker broker = new BrokerBinder(ctx).bind(f.node("broker"));
        List<Camera> cameras = each(f.list("cameras"), new CameraBinder(ctx)::bind);
        List<Device> devices = each(f.list("devices"), new DeviceBinder(ctx)::bind);
        Map<String, ModbusProfile> modbusProfiles = new ModbusProfileBinder(ctx, false)
                .bindWithBuiltIns(f.entries(ModbusProfileBinder.SECTION));
        List<Automation> automations = each(f.list("automations"), new AutomationBinder(ctx)::bind);
        PrivacyBinder privacyBinder = new PrivacyBinder(ctx);
        Privacy privacy = privacyBinder.privacy(f.node("privacy"));
        var operators = each(f.list("operators"), privacyBinder::operator);
        f.finish();
        return new CityConfig(site, hub, broker, cameras, devices, automations, privacy, operators, ctx.baseDir(),
                modbusProfiles);
    }

    private static Site site(Fields f) {
        String name = f.requiredText("name");
        ZoneId zone = zone(f);
        double latitude = required(f, "latitude", Range.closed(-90, 90));
        double longitude = required(f, "longitude", Range.closed(-180, 180));
        f.finish();
        return new Site(name, zone, latitude, longitude);
    }

    private static ZoneId zone(Fields f) {
        String written = f.requiredText("timezone");
        if (written == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(written);
        } catch (DateTimeException e) {
            f.problems().add(f.pathOf("timezone"), f.lineOf("timezone"),
                    "'" + written + "' is not a time zone (e.g. Europe/Paris, UTC)");
            return ZoneOffset.UTC;
        }
    }

    private static double required(Fields f, String key, Range range) {
        YamlNode node = f.require(key);
        return node == null ? 0 : Values.number(node, f.pathOf(key), f.problems(), 0, range);
    }

    private static <T> List<T> each(List<Item> items, Function<Item, T> binder) {
        List<T> bound = new ArrayList<>();
        items.stream().map(binder).filter(Objects::nonNull).forEach(bound::add);
        return bound;
    }
}
