package city.relais.vision.eval;

import city.relais.models.Detection;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.pipeline.DetectionPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the whole pipeline (decode → masks → motion gating → detect → track) over a clip, every frame, and scores one
 * class against MOT ground truth: AP50 of the pipeline's detections (on a frame the gating skipped, the last analysed
 * frame's detections stand), CLEAR-MOT and IDF1 of its confirmed tracks.
 */
public final class MotEvaluation {

    /** Score at which recall and precision are reported. */
    public static final double REPORT_SCORE = 0.5;

    private final String label;
    private final PipelineSettings pipeline;
    private final TrackerSettings tracker;

    public MotEvaluation(String label, PipelineSettings pipeline, TrackerSettings tracker) {
        this.label = label;
        this.pipeline = pipeline;
        this.tracker = tracker;
    }

    /** Evaluates {@code detector} (owned by the caller) on {@code clip} against {@code gtFile}. */
    public EvalReport run(Path clip, Path gtFile, ObjectDetector detector) throws IOException {
        AveragePrecision ap = new AveragePrecision();
        TrackingMetrics mot = new TrackingMetrics();
        Set<Integer> ids = new HashSet<>();
        GroundTruth gt = null;
        List<Detection> standing = List.of();
        long frames = 0;
        try (FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(clip.toString()));
             DetectionPipeline run = new DetectionPipeline(detector, new Tracker(tracker), PrivacyMask.none(),
                     pipeline)) {
            for (DecodedFrame f = decoder.next(); f != null; f = decoder.next()) {
                if (gt == null) {
                    gt = GroundTruth.load(gtFile, f.image().width(), f.image().height());
                }
                FrameResult result = run.process(f.index(), f.time(), f.image());
                frames++;
                if (result.analysed()) {
                    standing = result.detections().stream().filter(d -> d.label().equals(label)).toList();
                }
                List<GroundTruth.Entry> truth = gt.frame((int) f.index() + 1);
                truth.forEach(e -> ids.add(e.id()));
                addDetections(ap, truth, standing);
                mot.add(truth.stream().map(e -> new TrackingMetrics.Labelled(e.id(), e.box())).toList(),
                        result.confirmed().stream().filter(t -> t.label().equals(label))
                                .map(t -> new TrackingMetrics.Labelled(t.id(), t.box().clipped())).toList());
            }
            return new EvalReport(frames, run.stats().analysed(), ap.ap(), ap.recall(REPORT_SCORE),
                    ap.precision(REPORT_SCORE), mot.mota(), mot.idf1(), mot.idSwitches(), ids.size());
        }
    }

    private static void addDetections(AveragePrecision ap, List<GroundTruth.Entry> truth, List<Detection> dets) {
        List<Box> boxes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Detection d : dets) {
            boxes.add(Box.of(d));
            scores.add(d.score());
        }
        ap.add(truth.stream().map(GroundTruth.Entry::box).toList(), boxes, scores);
    }
}
