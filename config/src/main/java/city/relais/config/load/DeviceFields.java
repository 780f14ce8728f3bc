package city.relais.config.load;

import city.relais.config.load.Fields.Item;

import java.util.List;

/** Keys several device kinds share: host:port addresses, URLs, profile names, lamp and approach labels. */
final class DeviceFields {

    private DeviceFields() {
    }

    static String hostPort(Fields f, String key) {
        String address = f.requiredText(key);
        String violation = address == null ? null : Addresses.hostPortViolation(address);
        if (violation != null) {
            f.problems().add(f.pathOf(key), f.lineOf(key), violation);
        }
        return address;
    }

    static String url(Fields f, String key, List<String> schemes, boolean needsPort) {
        String url = f.requiredText(key);
        String violation = url == null ? null : Addresses.urlViolation(url, schemes, needsPort);
        if (violation != null) {
            f.problems().add(f.pathOf(key), f.lineOf(key), violation);
        }
        return url;
    }

    static String profile(Fields f, boolean required) {
        String profile = required ? f.requiredText("profile") : f.text("profile");
        String violation = profile == null ? null : Names.idViolation(profile);
        if (violation != null) {
            f.problems().add(f.pathOf("profile"), f.lineOf("profile"), violation);
        }
        return profile;
    }

    static void label(Item entry, Problems problems) {
        String violation = Names.labelViolation(entry.key());
        if (violation != null) {
            problems.add(entry.path(), entry.line(), violation);
        }
    }
}
