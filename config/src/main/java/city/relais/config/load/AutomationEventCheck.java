package city.relais.config.load;

import city.relais.config.EventTypes;
import city.relais.config.automation.Automation;
import city.relais.config.automation.Policy;
import city.relais.config.camera.Camera;
import city.relais.config.device.Ticketing;
import city.relais.config.skill.SkillConfig;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the events an automation listens to: a skill on its camera (and zone) emits each one, its policy acts on
 * it, security events go to operators only, and a ticketing device has a service code for each ticketed event.
 */
final class AutomationEventCheck {

    private final BindContext ctx;
    private final Lookup lookup;

    AutomationEventCheck(BindContext ctx, Lookup lookup) {
        this.ctx = ctx;
        this.lookup = lookup;
    }

    void check(List<Automation> automations) {
        for (Automation automation : automations) {
            Optional<Policy> policy = Policy.fromWireName(automation.policy());
            Camera camera = lookup.cameraIfPresent(automation.when().camera());
            String eventsPath = KeyPath.child(ctx.originOf(automation), "when.events");
            List<String> events = automation.when().events();
            for (int i = 0; i < events.size(); i++) {
                String event = events.get(i);
                if (!EventTypes.isKnown(event) || EventTypes.CAMERA_HEALTH.contains(event)) {
                    continue;
                }
                String path = KeyPath.item(eventsPath, i);
                policy.ifPresent(p -> policyActsOn(p, automation, event, path));
                if (camera != null) {
                    emitted(camera, automation.when().zone(), event, path);
                }
            }
        }
    }

    private void policyActsOn(Policy policy, Automation automation, String event, String path) {
        if (EventTypes.SECURITY.contains(event) && policy != Policy.OPERATOR_ALERT) {
            ctx.problems().add(path, event + " is a security event: only the operator-alert policy may act on it");
        } else if (!policy.events().isEmpty() && !policy.events().contains(event)) {
            ctx.problems().add(path, "policy " + policy.wireName() + " does not act on " + event + " (it acts on: "
                    + String.join(", ", policy.events()) + ", camera.down, camera.up)");
        } else if (policy == Policy.TICKET && automation.device() != null) {
            lookup.deviceIfPresent(automation.device())
                    .filter(Ticketing.class::isInstance).map(Ticketing.class::cast)
                    .filter(ticketing -> !ticketing.services().containsKey(event))
                    .ifPresent(ticketing -> ctx.problems().add(path, "device " + ticketing.id()
                            + " has no service code for " + event + " (services: "
                            + Lookup.names(ticketing.services().keySet()) + ")"));
        }
    }

    /**
     * Reports an event no skill emits. Not checked where an earlier problem makes the answer unknown: a dangling
     * {@code when.zone}, a skill that could not be bound; a skill with a dangling zone counts for any zone.
     */
    private void emitted(Camera camera, String zone, String event, String path) {
        String cameraPath = ctx.originOf(camera);
        if (zone != null && !camera.zones().containsKey(zone)
                || ctx.isUnbound(KeyPath.child(cameraPath, "skills"), SkillBinder.SOME_UNBOUND)) {
            return;
        }
        Set<String> emitted = new LinkedHashSet<>();
        for (SkillConfig skill : camera.skills()) {
            boolean danglingZone = skill.zone() != null && !camera.zones().containsKey(skill.zone());
            if (zone == null || zone.equals(skill.zone()) || danglingZone) {
                emitted.addAll(skill.events());
            }
        }
        if (!emitted.contains(event)) {
            String where = zone == null ? "camera " + camera.id() : "zone " + zone + " of camera " + camera.id();
            ctx.problems().add(path, "no skill on " + where + " emits " + event + " (its skills emit: "
                    + Lookup.names(emitted) + ")");
        }
    }
}
