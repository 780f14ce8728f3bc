package city.relais.config.load;

import city.relais.config.TimeWindow;
import city.relais.config.automation.AlertPriority;
import city.relais.config.automation.AutomationParams;
import city.relais.config.automation.DetectorCallParams;
import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.config.automation.EmergencyPriorityParams;
import city.relais.config.automation.OperatorAlertParams;
import city.relais.config.automation.Policy;
import city.relais.config.automation.TicketParams;
import city.relais.config.automation.VehicleClass;

import java.time.Duration;
import java.util.List;

import city.relais.config.camera.Direction;

/** Reads an automation's {@code params} for its policy; absent params give the policy's defaults. */
final class ParamsBinder {

    private static final Range PERCENT = Range.closed(0, 100);

    private final BindContext ctx;

    ParamsBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    AutomationParams bind(Policy policy, YamlNode node, String path) {
        Fields f = ctx.fields(node, path);
        AutomationParams params = switch (policy) {
            case DIM_WHEN_EMPTY -> dim(f);
            case EMERGENCY_PRIORITY -> new EmergencyPriorityParams(
                    f.choice("vehicle-class", VehicleClass.EMERGENCY, VehicleClass.class),
                    f.duration("lifetime", Duration.ofSeconds(30), Range.closed(seconds(5), Duration.ofMinutes(5))),
                    f.text("approach"));
            case DETECTOR_CALL -> new DetectorCallParams(
                    f.duration("min-wait", Duration.ZERO, Range.closed(Duration.ZERO, Duration.ofMinutes(5))),
                    f.text("approach"), TimeWindows.read(f, "window", TimeWindow.ALWAYS));
            case TICKET -> new TicketParams(
                    f.duration("dedup-window", Duration.ofHours(24), Range.closed(Duration.ofMinutes(1),
                            Duration.ofDays(30))));
            case OPERATOR_ALERT -> new OperatorAlertParams(
                    f.choice("priority", AlertPriority.NORMAL, AlertPriority.class));
        };
        f.finish();
        return params;
    }

    private static DimWhenEmptyParams dim(Fields f) {
        TimeWindow night = TimeWindows.read(f, "night", TimeWindow.SUNSET_TO_SUNRISE);
        int floor = f.integer("floor", 20, PERCENT);
        int onPresence = f.integer("level-on-presence", 100, PERCENT);
        if (onPresence < floor) {
            f.problems().add(f.pathOf("level-on-presence"), f.lineOf("level-on-presence"),
                    onPresence + " is below floor " + floor);
        }
        Duration rampUp = f.duration("ramp-up", seconds(1), Range.closed(Duration.ZERO, Duration.ofMinutes(1)));
        Duration rampDown = f.duration("ramp-down", seconds(30), Range.closed(Duration.ZERO, Duration.ofMinutes(10)));
        Duration hold = f.duration("hold", seconds(60), Range.closed(Duration.ZERO, Duration.ofHours(1)));
        int maxChanges = f.integer("max-changes-per-hour", 12, Range.closed(1, 120));
        Duration lease = f.duration("lease", Duration.ofMinutes(5), Range.above(Duration.ZERO, Duration.ofHours(24)));
        List<String> lead = f.texts("lead");
        Direction leadDirection = f.choice("lead-direction", Direction.ANY, Direction.class);
        return new DimWhenEmptyParams(night, floor, onPresence, rampUp, rampDown, hold, maxChanges, lease, lead,
                leadDirection);
    }

    private static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
