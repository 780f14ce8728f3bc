package city.relais.vision.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory of this process: resident set (Linux {@code /proc/self/status}) and Java heap in use. */
record ProcessMemory(double rssMb, double heapUsedMb) {

    private static final double MB = 1024.0 * 1024.0;

    /** Now, after asking for a full GC so that the heap figure is the live set, not garbage. */
    static ProcessMemory sample() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new ProcessMemory(rssKb() / 1024.0, (rt.totalMemory() - rt.freeMemory()) / MB);
    }

    /** VmRSS in kB, or -1 where there is no {@code /proc} (not Linux). */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
