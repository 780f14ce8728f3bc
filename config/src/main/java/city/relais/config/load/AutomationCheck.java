package city.relais.config.load;

import city.relais.config.automation.Automation;
import city.relais.config.automation.DetectorCallParams;
import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.config.automation.EmergencyPriorityParams;
import city.relais.config.automation.Policy;
import city.relais.config.camera.Camera;
import city.relais.config.device.Device;
import city.relais.config.device.StreetLights;
import city.relais.config.device.TrafficController;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.OnDemandSkill;
import city.relais.config.skill.SignalLinked;
import city.relais.config.skill.SkillConfig;

import java.util.List;
import java.util.Optional;

/**
 * Checks what an automation points at: its camera and zone exist, its device exists and suits the policy, its lamps
 * are on that device, the signal approach it serves is known, and a sun-based night has a site.
 */
final class AutomationCheck {

    private final BindContext ctx;
    private final Lookup lookup;

    AutomationCheck(BindContext ctx, Lookup lookup) {
        this.ctx = ctx;
        this.lookup = lookup;
    }

    void check(List<Automation> automations) {
        for (Automation automation : automations) {
            String path = ctx.originOf(automation);
            Optional<Camera> camera = camera(automation, path);
            Optional<Policy> policy = Policy.fromWireName(automation.policy());
            if (policy.isPresent() && automation.device() != null && policy.get().deviceKind() != null) {
                String usage = "policy " + policy.get().wireName();
                lookup.device(automation.device(), policy.get().deviceKind(), KeyPath.child(path, "device"), usage)
                        .ifPresent(device -> device(automation, device, camera, path));
            }
            if (automation.params() instanceof DimWhenEmptyParams dim && dim.night().needsSun() && !lookup.hasSite()) {
                ctx.problems().add(KeyPath.child(path, "params.night"), Sun.NEEDS_SITE);
            }
            if (automation.params() instanceof DetectorCallParams calls && calls.window().needsSun()
                    && !lookup.hasSite()) {
                ctx.problems().add(KeyPath.child(path, "params.window"), Sun.NEEDS_SITE);
            }
            if (automation.params() instanceof DimWhenEmptyParams dim) {
                leads(automation, dim, automations, path);
            }
        }
    }

    /** Each lead group is another dim-when-empty automation of the file. */
    private void leads(Automation automation, DimWhenEmptyParams dim, List<Automation> all, String path) {
        for (int i = 0; i < dim.lead().size(); i++) {
            String lead = dim.lead().get(i);
            boolean found = all.stream().anyMatch(a -> a.id().equals(lead) && !a.id().equals(automation.id())
                    && a.params() instanceof DimWhenEmptyParams);
            if (!found) {
                ctx.problems().add(KeyPath.item(KeyPath.child(path, "params.lead"), i), "no other dim-when-empty "
                        + "automation '" + lead + "' (lead groups: " + all.stream()
                        .filter(a -> a.params() instanceof DimWhenEmptyParams && !a.id().equals(automation.id()))
                        .map(Automation::id).toList() + ")");
            }
        }
    }

    private Optional<Camera> camera(Automation automation, String path) {
        if (automation.when().camera() == null) {
            return Optional.empty();
        }
        Optional<Camera> camera = lookup.camera(automation.when().camera(), KeyPath.child(path, "when.camera"));
        camera.ifPresent(c -> lookup.zone(c, automation.when().zone(), KeyPath.child(path, "when.zone")));
        return camera;
    }

    private void device(Automation automation, Device device, Optional<Camera> camera, String path) {
        if (device instanceof StreetLights lights) {
            lamps(automation, lights, path);
        } else if (device instanceof TrafficController controller) {
            approach(automation, controller, camera, path);
        }
    }

    private void lamps(Automation automation, StreetLights lights, String path) {
        for (int i = 0; i < automation.lamps().size(); i++) {
            String lamp = automation.lamps().get(i);
            if (!lights.lamps().containsKey(lamp)) {
                ctx.problems().add(KeyPath.item(KeyPath.child(path, "lamps"), i), "no lamp '" + lamp + "' on device "
                        + lights.id() + " (lamps: " + Lookup.names(lights.lamps().keySet()) + ")");
            }
        }
    }

    /** The approach served: params.approach, else the approach of the camera's matching skill; it must exist. */
    private void approach(Automation automation, TrafficController controller, Optional<Camera> camera, String path) {
        String written = null;
        Class<? extends SkillConfig> skillType = OnDemandSkill.class;
        if (automation.params() instanceof EmergencyPriorityParams params) {
            written = params.approach();
            skillType = EmergencyVehicleSkill.class;
        } else if (automation.params() instanceof DetectorCallParams params) {
            written = params.approach();
        }
        if (written != null) {
            lookup.approach(controller, written, KeyPath.child(path, "params.approach"));
        } else if (camera.isPresent() && skillApproach(camera.get(), skillType, automation.when().zone()) == null) {
            ctx.problems().add(KeyPath.child(path, "policy"), "which approach of " + controller.id() + "? write "
                    + "params.approach, or approach on the camera's " + skillName(skillType) + " skill");
        }
    }

    private static String skillApproach(Camera camera, Class<? extends SkillConfig> type, String zone) {
        return camera.skills().stream()
                .filter(type::isInstance)
                .filter(skill -> zone == null || zone.equals(skill.zone()))
                .map(skill -> ((SignalLinked) skill).approach())
                .filter(approach -> approach != null)
                .findFirst().orElse(null);
    }

    private static String skillName(Class<? extends SkillConfig> type) {
        return type == EmergencyVehicleSkill.class ? EmergencyVehicleSkill.NAME : OnDemandSkill.NAME;
    }
}
