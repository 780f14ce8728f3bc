package city.relais.vision.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.Direction;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Zone;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmergencyVehicleWatchTest {

    private static final Zone APPROACH = new Zone("approach", new Polygon(List.of(new Point(0, 0.3),
            new Point(1, 0.3), new Point(1, 1), new Point(0, 1))));
    private static final Line STOP = new Line(List.of(new Point(0, 0.4), new Point(1, 0.4)), Direction.UP);
    private static final EmergencyVehicleSkill CONFIG = new EmergencyVehicleSkill("approach", "stop", null, "N",
            List.of("car", "truck", "bus"), 1, 4, 3);
    /** 10 m wide, 50 m deep: ground y = 50 (1 - image y). */
    private static final GroundCalibration CALIBRATION = GroundCalibration.fit(List.of(
            new CalibrationPoint(new Point(0, 1), new GroundPoint(0, 0)),
            new CalibrationPoint(new Point(1, 1), new GroundPoint(10, 0)),
            new CalibrationPoint(new Point(1, 0), new GroundPoint(10, 50)),
            new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 50))));

    private enum Lamp { BLUE, AMBER, NONE }

    /** A car driving up at 0.02 image heights per frame (10 fps) with a lamp flashing at 2 Hz. */
    private static List<CityEvent> run(Lamp lamp, SignalState signal, boolean moving, GroundCalibration calibration) {
        EmergencyVehicleWatch watch = new EmergencyVehicleWatch(CONFIG, APPROACH, STOP, calibration, Evidence.NONE);
        ImageFrame ground = TestScenes.ground(320, 240);
        List<CityEvent> events = new ArrayList<>();
        List<Box> history = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            double t = k / 10.0;
            double bottom = moving ? 0.95 - 0.02 * k : 0.95;
            Box box = new Box(0.4, bottom - 0.15, 0.15, 0.15);
            ImageFrame f = TestScenes.vary(ground, 1, 0, 0);
            TestScenes.fill(f, 128, (int) (box.y() * 240), 48, 36, 200, 200, 200);
            boolean on = (t * 2) % 1.0 < 0.5;
            if (on && lamp == Lamp.BLUE) {
                TestScenes.fill(f, 135, (int) (box.y() * 240) + 2, 34, 6, 255, 60, 20);
            } else if (on && lamp == Lamp.AMBER) {
                TestScenes.fill(f, 135, (int) (box.y() * 240) + 2, 34, 6, 0, 170, 255);
            }
            history.add(box);
            if (history.size() > 10) {
                history.remove(0);
            }
            events.addAll(watch.observe(TestScenes.frame(k, t, f, List.of(TestScenes.track(1, "car", box, t, 0,
                    moving ? -0.2 : 0, moving ? 0 : t, history)), a -> signal)));
        }
        return events;
    }

    @Test
    void a_vehicle_flashing_blue_at_2_hz_on_red_approaches_then_clears_the_stop_line() {
        List<CityEvent> events = run(Lamp.BLUE, SignalState.RED, true, CALIBRATION);
        assertThat(events).extracting(CityEvent::type)
                .containsExactly(EventType.EMERGENCY_APPROACHING, EventType.EMERGENCY_CLEARED);
        CityEvent approaching = events.get(0);
        assertThat(approaching.measurements().get("clip_time_s")).isEqualTo(1.0, within(1e-9));
        assertThat(approaching.measurements().get("flash_hz")).isEqualTo(2.0, within(1e-9));
        assertThat(approaching.measurements()).containsEntry("pulses", 2.0).containsEntry("signal_red", 1.0);
        // at t = 1 s the car's bottom is at 0.75 (12.5 m), the stop line at 0.4 (30 m); 0.2 heights/s = 10 m/s
        assertThat(approaching.measurements().get("speed_mps")).isEqualTo(10.0, within(1e-6));
        assertThat(approaching.measurements().get("distance_m")).isEqualTo(17.5, within(1e-6));
        assertThat(approaching.measurements().get("eta_s")).isEqualTo(1.75, within(1e-6));
        assertThat(approaching.trackId()).isEqualTo(1L);
        assertThat(approaching.explanation()).contains("approach N").contains("blue light flashing at 2.00 Hz")
                .contains("signal red").contains("ETA 1.75 s");
        CityEvent cleared = events.get(1);
        // the bottom crosses 0.4 between k = 27 (0.41) and k = 28 (0.39)
        assertThat(cleared.measurements().get("clip_time_s")).isEqualTo(2.8, within(1e-9));
        assertThat(cleared.explanation()).contains("crossed stop line stop");
    }

    @Test
    void without_calibration_there_is_no_eta() {
        CityEvent approaching = run(Lamp.BLUE, SignalState.UNKNOWN, true, null).get(0);
        assertThat(approaching.type()).isEqualTo(EventType.EMERGENCY_APPROACHING);
        assertThat(approaching.measurements()).doesNotContainKeys("eta_s", "speed_mps")
                .containsEntry("signal_red", 0.0);
    }

    @Test
    void amber_hazard_lights_a_parked_car_a_green_approach_and_no_lamp_give_nothing() {
        assertThat(run(Lamp.AMBER, SignalState.RED, true, CALIBRATION)).isEmpty();
        assertThat(run(Lamp.BLUE, SignalState.RED, false, CALIBRATION)).isEmpty();
        assertThat(run(Lamp.BLUE, SignalState.GREEN, true, CALIBRATION)).isEmpty();
        assertThat(run(Lamp.NONE, SignalState.RED, true, CALIBRATION)).isEmpty();
    }

    @Test
    void the_flash_meter_counts_saturated_blue_and_red_in_the_upper_part_only() {
        ImageFrame f = TestScenes.vary(TestScenes.ground(100, 100), 1, 0, 0);
        TestScenes.fill(f, 0, 0, 50, 10, 255, 60, 20);    // blue, upper part
        TestScenes.fill(f, 50, 0, 50, 10, 0, 170, 255);   // amber: neither
        TestScenes.fill(f, 0, 80, 100, 20, 20, 20, 255);  // red, lower part: not searched
        double[] shares = FlashMeter.shares(f, new Box(0, 0, 1, 1));
        assertThat(shares[0]).isEqualTo(500.0 / (100 * 45), within(1e-12));
        assertThat(shares[1]).isEqualTo(0.0);
    }
}
