package city.relais.config.skill;

import java.util.List;
import java.util.Set;

/** The 80 COCO labels our detectors output (same order as {@code models/coco80.txt}): what {@code classes} may name. */
public final class CocoClasses {

    /** All labels, in the detector's class-index order. */
    public static final List<String> ALL = List.of(
            "person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat", "traffic light",
            "fire hydrant", "stop sign", "parking meter", "bench", "bird", "cat", "dog", "horse", "sheep", "cow",
            "elephant", "bear", "zebra", "giraffe", "backpack", "umbrella", "handbag", "tie", "suitcase", "frisbee",
            "skis", "snowboard", "sports ball", "kite", "baseball bat", "baseball glove", "skateboard", "surfboard",
            "tennis racket", "bottle", "wine glass", "cup", "fork", "knife", "spoon", "bowl", "banana", "apple",
            "sandwich", "orange", "broccoli", "carrot", "hot dog", "pizza", "donut", "cake", "chair", "couch",
            "potted plant", "bed", "dining table", "toilet", "tv", "laptop", "mouse", "remote", "keyboard",
            "cell phone", "microwave", "oven", "toaster", "sink", "refrigerator", "book", "clock", "vase",
            "scissors", "teddy bear", "hair drier", "toothbrush");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private CocoClasses() {
    }

    public static boolean isKnown(String label) {
        return KNOWN.contains(label);
    }
}
