package city.relais.vision.eval;

import java.util.Locale;

/**
 * Accuracy of the pipeline on one clip against MOT ground truth.
 *
 * @param frames          frames decoded
 * @param analysed        frames the detector ran on (the rest were skipped by motion gating)
 * @param ap50            detection AP at IoU 0.5 for the evaluated class
 * @param recall          detection recall at score >= {@link MotEvaluation#REPORT_SCORE}
 * @param precision       detection precision at score >= {@link MotEvaluation#REPORT_SCORE}
 * @param mota            CLEAR-MOT accuracy of the confirmed tracks
 * @param idf1            IDF1 of the confirmed tracks
 * @param idSwitches      id switches of the confirmed tracks
 * @param groundTruthIds  distinct annotated objects
 */
public record EvalReport(long frames, long analysed, double ap50, double recall, double precision, double mota,
                         double idf1, long idSwitches, int groundTruthIds) {

    /** One JSON object. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"frames\":%d,\"analysed\":%d,\"ap50\":%.4f,\"recall\":%.4f,"
                        + "\"precision\":%.4f,\"mota\":%.4f,\"idf1\":%.4f,\"id_switches\":%d,\"gt_ids\":%d}",
                frames, analysed, ap50, recall, precision, mota, idf1, idSwitches, groundTruthIds);
    }
}
