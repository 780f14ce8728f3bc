package city.relais.vision.tool;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.Detection;
import city.relais.vision.geometry.Box;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;
import java.util.List;
import java.util.Random;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

class FrameAnnotatorTest {

    private static final int W = 200;
    private static final int H = 100;

    private static Mat noise() {
        byte[] px = new byte[W * H * 3];
        new Random(7).nextBytes(px);
        Mat m = new Mat(H, W, opencv_core.CV_8UC3);
        m.data().put(px);
        return m;
    }

    private static Track track(long id, String label, Box box) {
        return new Track(id, label, 0.9, box, TrackState.CONFIRMED, 0, 0, 5, 0, 1, 0, List.of(box));
    }

    /** Mean absolute difference between horizontally neighbouring pixels (detail) inside a pixel rectangle. */
    private static double detail(Mat m, int x1, int y1, int x2, int y2) {
        BytePointer d = m.data();
        long sum = 0;
        int n = 0;
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2 - 1; x++) {
                for (int c = 0; c < 3; c++) {
                    int a = d.get((long) (y * W + x) * 3 + c) & 0xFF;
                    int b = d.get((long) (y * W + x + 1) * 3 + c) & 0xFF;
                    sum += Math.abs(a - b);
                    n++;
                }
            }
        }
        return sum / (double) n;
    }

    @Test
    void pixelates_persons_tracked_or_detected_and_leaves_vehicles_sharp() {
        Mat image = noise();
        double before = detail(image, 0, 0, W, H);
        Track person = track(1, "person", new Box(0.05, 0.1, 0.2, 0.8));       // pixels 10..50 x 10..90
        Track car = track(2, "car", new Box(0.6, 0.1, 0.3, 0.8));              // pixels 120..180
        Detection unmatched = new Detection("person", 0, 0.6, 0.35, 0.2, 0.1, 0.6);  // pixels 70..90 x 20..80
        new FrameAnnotator(List.of()).draw(image, new FrameResult(0, 0, true, List.of(unmatched),
                List.of(person, car)));
        assertThat(before).isGreaterThan(60);
        assertThat(detail(image, 14, 14, 46, 86)).as("tracked person").isLessThan(before / 4);
        assertThat(detail(image, 72, 24, 88, 76)).as("detected person").isLessThan(before / 4);
        assertThat(detail(image, 126, 16, 174, 84)).as("car interior").isGreaterThan(before * 0.9);
        image.close();
    }

    @Test
    void the_person_box_grows_by_a_margin_before_pixelation() {
        Mat image = noise();
        double before = detail(image, 0, 0, W, H);
        Track person = track(1, "person", new Box(0.3, 0.3, 0.4, 0.4));        // pixels 60..140 x 30..70
        FrameAnnotator.pixelate(image, person.box());
        assertThat(detail(image, 54, 27, 60, 30)).as("margin above-left of the box").isLessThan(before / 2);
        assertThat(detail(image, 0, 0, 40, 20)).as("far away").isGreaterThan(before * 0.9);
        image.close();
    }
}
