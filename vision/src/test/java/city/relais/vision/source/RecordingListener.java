package city.relais.vision.source;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Test fixture: records what a source reports, with latches to wait on. */
final class RecordingListener implements SourceListener {

    final List<String> events = new CopyOnWriteArrayList<>();
    final CountDownLatch down = new CountDownLatch(1);
    final CountDownLatch thirdRetry = new CountDownLatch(1);
    volatile String reason;

    @Override
    public void onUp(String cameraId) {
        events.add("up " + cameraId);
    }

    @Override
    public void onDown(String cameraId, String why) {
        reason = why;
        events.add("down " + cameraId);
        down.countDown();
    }

    @Override
    public void onEnd(String cameraId) {
        events.add("end " + cameraId);
    }

    @Override
    public void onRetry(String cameraId, int attempt, long delayMillis) {
        if (attempt == 3) {
            thirdRetry.countDown();
        }
    }
}
