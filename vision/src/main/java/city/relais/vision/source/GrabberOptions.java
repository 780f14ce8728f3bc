package city.relais.vision.source;

import java.util.Locale;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/** FFmpeg options per kind of source (package internal). */
final class GrabberOptions {

    private GrabberOptions() {
    }

    static void apply(FFmpegFrameGrabber grabber, SourceSettings s) {
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        if (s.width() > 0) {
            grabber.setImageWidth(s.width());
            grabber.setImageHeight(s.height());
        }
        String scheme = s.uri().toLowerCase(Locale.ROOT);
        long connectMicros = s.connectTimeout().toNanos() / 1000;
        long readMicros = s.readTimeout().toNanos() / 1000;
        if (scheme.startsWith("rtsp://") || scheme.startsWith("rtsps://")) {
            grabber.setOption("rtsp_transport", "tcp");
            grabber.setOption("timeout", Long.toString(Math.max(connectMicros, readMicros)));
        } else if (scheme.startsWith("http://") || scheme.startsWith("https://")) {
            grabber.setOption("rw_timeout", Long.toString(readMicros));
            grabber.setOption("timeout", Long.toString(connectMicros));
        }
    }
}
