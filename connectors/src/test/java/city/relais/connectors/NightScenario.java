package city.relais.connectors;

import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;
import city.relais.connectors.sim.LevelChange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * One night on two lamps, as the dim-when-empty policy would drive it, against any protocol: presence lights both to
 * 100 (fast ramp, lease renewed while present), the street empties and after the hold both dim to the floor 20 (slow
 * ramp), presence again lights only the first (the second is not ahead of anyone), dawn releases both to their
 * program (50). Each step waits on the controller's read-back, never on a sleep.
 */
public final class NightScenario {

    public static final double PROGRAM = 50;
    public static final double FLOOR = 20;
    public static final double FULL = 100;

    private final LightingController controller;
    private final String first;
    private final String second;
    private final DoubleUnaryOperator onDevice;

    /**
     * @param onDevice the level a lamp ends up at for a commanded percent (identity, or the DALI arc quantisation)
     */
    public NightScenario(LightingController controller, String first, String second, DoubleUnaryOperator onDevice) {
        this.controller = controller;
        this.first = first;
        this.second = second;
        this.onDevice = onDevice;
    }

    public void run() throws DeviceException {
        set("presence", List.of(first, second), FULL, Duration.ofMillis(200));
        set("presence-renewal", List.of(first, second), FULL, Duration.ofMillis(200));
        set("empty-after-hold", List.of(first, second), FLOOR, Duration.ofMillis(600));
        set("presence-again", List.of(first), FULL, Duration.ofMillis(200));
        controller.release(new ReleaseCommand("dawn-" + first, List.of(first, second), "night ends", "night-test"));
        awaitLevel(List.of(first, second), PROGRAM);
    }

    /** The history the first lamp must end with. */
    public List<LevelChange> expectedFirst() {
        return List.of(change(PROGRAM, FULL, LevelChange.Cause.COMMAND), change(FULL, FLOOR, LevelChange.Cause.COMMAND),
                change(FLOOR, FULL, LevelChange.Cause.COMMAND), change(FULL, PROGRAM, LevelChange.Cause.RELEASE));
    }

    /** The history the second lamp must end with. */
    public List<LevelChange> expectedSecond() {
        return List.of(change(PROGRAM, FULL, LevelChange.Cause.COMMAND), change(FULL, FLOOR, LevelChange.Cause.COMMAND),
                change(FLOOR, PROGRAM, LevelChange.Cause.RELEASE));
    }

    /** Compares histories on levels and causes (the times are the wall clock's). */
    public static void assertHistory(List<LevelChange> actual, List<LevelChange> expected) {
        assertThat(actual).usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
                .containsExactlyElementsOf(expected);
    }

    private LevelChange change(double from, double to, LevelChange.Cause cause) {
        double fromOnDevice = from == PROGRAM ? from : onDevice.applyAsDouble(from);
        double toOnDevice = to == PROGRAM ? to : onDevice.applyAsDouble(to);
        return new LevelChange(Instant.EPOCH, fromOnDevice, toOnDevice, cause);
    }

    private void set(String step, List<String> lamps, double level, Duration ramp) throws DeviceException {
        controller.setLevel(new LevelCommand(step + "-" + first, lamps, level, ramp,
                Instant.now().plusSeconds(120), "night scenario: " + step, "night-test"));
        awaitLevel(lamps, onDevice.applyAsDouble(level));
    }

    private void awaitLevel(List<String> lamps, double level) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            for (LampState state : controller.read(lamps)) {
                assertThat(state.actualLevelPercent()).as(state.lamp()).isCloseTo(level, within(0.6));
            }
        });
    }
}
