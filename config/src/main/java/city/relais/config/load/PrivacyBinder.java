package city.relais.config.load;

import city.relais.config.EvidenceMode;
import city.relais.config.Operator;
import city.relais.config.Privacy;
import city.relais.config.Retention;
import city.relais.config.Secret;
import city.relais.config.load.Fields.Item;

import java.time.Duration;
import java.util.List;

/** Reads {@code privacy} (evidence, snapshots, retention) and the {@code operators} accounts. */
final class PrivacyBinder {

    /** Operator tokens shorter than this are refused (they are bearer tokens on the API). */
    static final int MIN_TOKEN = 16;

    private final BindContext ctx;

    PrivacyBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    Privacy privacy(YamlNode node) {
        Fields f = ctx.fields(node, "privacy");
        EvidenceMode evidence = f.choice("evidence", EvidenceMode.METADATA_ONLY, EvidenceMode.class);
        List<String> snapshots = EventNames.read(f, "snapshots-for");
        if (evidence == EvidenceMode.METADATA_ONLY && !snapshots.isEmpty()) {
            f.problems().add(f.pathOf("snapshots-for"), f.lineOf("snapshots-for"),
                    "snapshots are only kept with evidence: blurred-snapshot");
        }
        Retention retention = retention(ctx.fields(f.node("retention"), f.pathOf("retention")));
        f.finish();
        return new Privacy(evidence, snapshots, retention);
    }

    private static Retention retention(Fields f) {
        Retention defaults = Retention.defaults();
        Range range = Range.closed(Duration.ofHours(1), Duration.ofDays(3650));
        Duration evidence = f.duration("evidence", defaults.evidence(), range);
        Duration events = f.duration("events", defaults.events(), range);
        Duration audit = f.duration("audit", defaults.audit(), range);
        f.finish();
        return new Retention(evidence, events, audit);
    }

    Operator operator(Item item) {
        Fields f = ctx.fields(item.node(), item.path());
        String id = f.id("id");
        String role = f.text("role", "operator");
        if (!Operator.ROLES.contains(role)) {
            f.problems().add(f.pathOf("role"), f.lineOf("role"), "'" + role + "' is not one of: "
                    + String.join(", ", Operator.ROLES));
        }
        Secret token = ctx.secret(f, "token", true);
        if (token != null && token.reveal().length() < MIN_TOKEN) {
            f.problems().add(f.pathOf("token"), f.lineOf("token"), "a token needs at least " + MIN_TOKEN
                    + " characters");
        }
        f.finish();
        return ctx.origin(new Operator(id, role, token), item.path());
    }
}
