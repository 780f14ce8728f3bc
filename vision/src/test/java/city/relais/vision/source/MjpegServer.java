package city.relais.vision.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Test fixture: an in-JVM HTTP MJPEG camera ({@code multipart/x-mixed-replace} JPEG frames of a moving box, encoded
 * with OpenCV) on loopback. It can stop and start again on the same port, and can stall after its first frame.
 */
final class MjpegServer implements AutoCloseable {

    static final int WIDTH = 160;
    static final int HEIGHT = 120;
    private static final String BOUNDARY = "relaisframe";

    private final List<byte[]> jpegs;
    private final int fps;
    private final boolean stall;
    private int port;
    private HttpServer server;
    private ExecutorService handlers;
    private volatile CountDownLatch stopped;

    /** A camera sending {@code fps} frames per second; {@code stall}: one frame, then silence with the socket open. */
    MjpegServer(int fps, boolean stall) {
        this.fps = fps;
        this.stall = stall;
        this.jpegs = frames(25);
    }

    private static List<byte[]> frames(int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (Mat m = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(60, 90, 60, 0));
                 BytePointer buf = new BytePointer()) {
                opencv_imgproc.rectangle(m, new Point(4 * i, 40), new Point(4 * i + 30, 80), new Scalar(255, 255, 255, 0),
                        -1, opencv_imgproc.LINE_8, 0);
                if (!opencv_imgcodecs.imencode(".jpg", m, buf)) {
                    throw new IllegalStateException("OpenCV could not encode a JPEG");
                }
                byte[] jpeg = new byte[(int) buf.limit()];
                buf.get(jpeg);
                out.add(jpeg);
            }
        }
        return out;
    }

    /** Starts listening (on a free port the first time, on the same port after a stop). */
    MjpegServer start() throws IOException {
        stopped = new CountDownLatch(1);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/stream", this::stream);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/stream";
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "multipart/x-mixed-replace; boundary=" + BOUNDARY);
        exchange.sendResponseHeaders(200, 0);
        long periodNanos = 1_000_000_000L / fps;
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; stopped.getCount() > 0; i++) {
                writePart(out, jpegs.get(i % jpegs.size()));
                if (stall) {
                    stopped.await();
                    return;
                }
                LockSupport.parkNanos(periodNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away or the server was stopped: this stream ends
        }
    }

    private static void writePart(OutputStream out, byte[] jpeg) throws IOException {
        String head = "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Stops listening and drops every open stream. */
    void stop() throws InterruptedException {
        stopped.countDown();
        server.stop(0);
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (stopped.getCount() > 0) {
            stop();
        }
    }
}
