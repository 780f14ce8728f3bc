package city.relais.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a model file into the cache: into a temporary file beside the target, hashed while it streams, moved into
 * place atomically only when its sha256 matches the descriptor. A failed or refused download leaves nothing behind.
 */
final class ModelDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDownloader.class);
    private static final long MAX_BYTES = 1L << 30;

    private final HttpClient client;

    ModelDownloader(HttpClient client) {
        this.client = client;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    /**
     * Downloads {@code d.source()} to {@code target}.
     *
     * @throws IOException             when the transfer fails (connection, HTTP status, size)
     * @throws ModelChecksumException  when the bytes do not have the pinned sha256
     */
    Path download(ModelDescriptor d, Path target) throws IOException, InterruptedException {
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), d.fileName() + ".", ".part");
        try {
            LOG.info("Downloading model '{}' from {} into {}", d.name(), d.source(), target);
            String actual = fetch(d, part);
            if (!actual.equals(d.sha256())) {
                throw new ModelChecksumException("Refusing the download of " + d.fileName() + " from " + d.source()
                        + ": its sha256 is " + actual + " but model '" + d.name() + "' pins " + d.sha256()
                        + ". Nothing was written to " + target.getParent() + ". Place the pinned file by hand, or pin "
                        + "the sha256 of the downloaded file in a descriptor of your own.", target, d.sha256(), actual);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Model '{}' downloaded and verified: {} (sha256 {})", d.name(), target, actual);
            return target;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private String fetch(ModelDescriptor d, Path part) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(d.source()).timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest md = Sha256.digest();
        try (InputStream in = new DigestInputStream(response.body(), md);
             OutputStream out = Files.newOutputStream(part)) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new IOException("more than " + MAX_BYTES + " bytes: not a model file");
                }
                out.write(buffer, 0, n);
            }
        }
        return Sha256.hex(md);
    }
}
