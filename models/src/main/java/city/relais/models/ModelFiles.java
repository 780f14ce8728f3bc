package city.relais.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds a descriptor's file (local folders, then cache, then download) and verifies its sha256 wherever it is. */
final class ModelFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ModelFiles.class);

    private final ModelLocations locations;
    private final ModelDownloader downloader;
    /** Files already verified, keyed by path; re-hashed when size or modification time change. */
    private final Map<Path, Verified> verified = new ConcurrentHashMap<>();

    ModelFiles(ModelLocations locations, ModelDownloader downloader) {
        this.locations = locations;
        this.downloader = downloader;
    }

    Path resolve(ModelDescriptor d) {
        for (Path folder : locations.folders()) {
            Path candidate = folder.resolve(d.fileName());
            if (Files.isRegularFile(candidate)) {
                return verify(d, candidate);
            }
        }
        Path cached = locations.cache().resolve(d.fileName());
        if (Files.isRegularFile(cached)) {
            return verify(d, cached);
        }
        if (!locations.downloadAllowed()) {
            throw unavailable(d, "Downloads are off (offline)" + whereFrom(d), null);
        }
        if (d.source() == null) {
            throw unavailable(d, "No download address is known for it.", null);
        }
        try {
            return verify(d, downloader.download(d, cached));
        } catch (IOException e) {
            throw unavailable(d, "Downloading it from " + d.source() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(d, "The download from " + d.source() + " was interrupted.", e);
        }
    }

    private Path verify(ModelDescriptor d, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            long size = Files.size(abs);
            FileTime modified = Files.getLastModifiedTime(abs);
            Verified known = verified.get(abs);
            if (known != null && known.size() == size && known.modified().equals(modified)
                    && known.sha256().equals(d.sha256())) {
                return abs;
            }
            String actual = Sha256.of(abs);
            if (!actual.equals(d.sha256())) {
                throw new ModelChecksumException("Refusing model file " + abs + ": its sha256 is " + actual
                        + " but model '" + d.name() + "' pins " + d.sha256() + ". Replace it with the pinned "
                        + d.fileName() + " or remove it; a file with the wrong checksum is never used.",
                        abs, d.sha256(), actual);
            }
            verified.put(abs, new Verified(size, modified, actual));
            LOG.debug("Model '{}' resolved to {} (sha256 verified)", d.name(), abs);
            return abs;
        } catch (IOException e) {
            throw new ModelException("Cannot read model file " + abs + " for model '" + d.name() + "': " + e, e);
        }
    }

    private ModelUnavailableException unavailable(ModelDescriptor d, String reason, Throwable cause) {
        String folders = locations.searched().stream().map(Path::toString).collect(Collectors.joining(", "));
        String message = "Model '" + d.name() + "' is not available: place " + d.fileName() + " (sha256 "
                + d.sha256() + ") in one of " + folders + " (searched in that order). " + reason;
        return new ModelUnavailableException(message, cause);
    }

    private static String whereFrom(ModelDescriptor d) {
        return d.source() == null ? "." : "; on a machine with internet it comes from " + d.source() + ".";
    }

    private record Verified(long size, FileTime modified, String sha256) {
    }
}
