package city.relais.config.load;

import city.relais.config.camera.Camera;
import city.relais.config.device.DeviceKind;
import city.relais.config.device.TrafficController;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.CountingSkill;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.config.skill.IntrusionSkill;
import city.relais.config.skill.SignalLinked;
import city.relais.config.skill.SkillConfig;

import java.util.List;

/**
 * Checks each skill against its camera: the zone and line it names exist there, the traffic controller and
 * approach it names exist, metric skills have a calibration, sun-based schedules have a site.
 */
final class CameraCheck {

    private final BindContext ctx;
    private final Lookup lookup;

    CameraCheck(BindContext ctx, Lookup lookup) {
        this.ctx = ctx;
        this.lookup = lookup;
    }

    void check(List<Camera> cameras) {
        for (Camera camera : cameras) {
            for (SkillConfig skill : camera.skills()) {
                String path = KeyPath.child(ctx.originOf(skill), skill.name());
                lookup.zone(camera, skill.zone(), KeyPath.child(path, "zone"));
                String lineKey = skill instanceof CountingSkill ? "line" : "stop-line";
                lookup.line(camera, skill.line(), KeyPath.child(path, lineKey));
                if (skill instanceof SignalLinked linked) {
                    signal(linked, path);
                }
                calibration(camera, skill, path);
                if (skill instanceof IntrusionSkill intrusion && intrusion.schedule().needsSun() && !lookup.hasSite()) {
                    ctx.problems().add(KeyPath.child(path, "schedule"), Sun.NEEDS_SITE);
                }
            }
        }
    }

    private void signal(SignalLinked skill, String path) {
        if (skill.signal() == null) {
            return;
        }
        String usage = "signal";
        lookup.device(skill.signal(), DeviceKind.TRAFFIC_CONTROLLER, KeyPath.child(path, "signal"), usage)
                .ifPresent(device -> lookup.approach((TrafficController) device, skill.approach(),
                        KeyPath.child(path, "approach")));
    }

    private void calibration(Camera camera, SkillConfig skill, String path) {
        boolean metric = skill instanceof IllegalDumpSkill || skill instanceof AbandonedObjectSkill;
        if (metric && !camera.calibrated()) {
            ctx.problems().add(path, skill.name() + " measures metres: camera " + camera.id()
                    + " needs a calibration (at least 4 image-to-ground pairs)");
        }
    }
}
