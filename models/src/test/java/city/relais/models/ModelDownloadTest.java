package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Download into the cache from a real HTTP server in the JVM, serving a copy of the real model from a temp dir. */
class ModelDownloadTest {

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Path served;
    private Path cache;

    @BeforeEach
    void startServer() throws IOException {
        Path real = SharedFolder.require("models/yolox_nano_coco_416.onnx");
        served = Files.copy(real, Files.createDirectories(dir.resolve("www")).resolve("yolox_nano.onnx"));
        cache = dir.resolve("cache");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Path file = served.resolveSibling(exchange.getRequestURI().getPath().substring(1));
            if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private ModelRegistry registryFor(ModelDescriptor d) {
        return new ModelRegistry(new ModelCatalog(d.name(), List.of(d)),
                new ModelLocations(List.of(dir.resolve("empty")), cache, true));
    }

    private ModelDescriptor servedAs(String path) {
        URI source = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
        ModelDescriptor yolox = Descriptors.yolox();
        return Descriptors.withFile(yolox, yolox.fileName(), yolox.sha256(), source);
    }

    @Test
    void downloads_verifies_and_caches_then_opens_the_model() throws IOException {
        ModelDescriptor d = servedAs("yolox_nano.onnx");
        ModelRegistry registry = registryFor(d);
        Path file = registry.resolve(d);
        assertThat(file).isEqualTo(cache.resolve("yolox_nano_coco_416.onnx").toAbsolutePath());
        assertThat(Sha256.of(file)).isEqualTo(d.sha256());
        try (var files = Files.list(cache)) {
            assertThat(files).containsExactly(file); // no temporary file left
        }
        assertThat(registry.resolve(d)).isEqualTo(file);
        assertThat(requests).hasValue(1); // the second time from the cache
        try (ObjectDetector detector = registry.open(d.name())) {
            assertThat(detector.model()).isEqualTo(d);
        }
    }

    @Test
    void refuses_a_download_with_the_wrong_checksum_and_leaves_nothing_in_the_cache() throws IOException {
        Files.writeString(served.resolveSibling("tampered.onnx"), "<html>a captive portal</html>");
        ModelDescriptor d = servedAs("tampered.onnx");
        assertThatThrownBy(() -> registryFor(d).resolve(d))
                .isInstanceOf(ModelChecksumException.class)
                .hasMessageStartingWith("Refusing the download of yolox_nano_coco_416.onnx from " + d.source()
                        + ": its sha256 is " + Sha256.of(served.resolveSibling("tampered.onnx"))
                        + " but model 'yolox-nano' pins " + d.sha256() + ". Nothing was written to " + cache);
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_failed_download_names_the_address_the_status_and_where_to_place_the_file() throws IOException {
        ModelDescriptor d = servedAs("missing.onnx");
        assertThatThrownBy(() -> registryFor(d).resolve(d))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageStartingWith("Model 'yolox-nano' is not available: place yolox_nano_coco_416.onnx")
                .hasMessageContaining("Downloading it from " + d.source() + " failed: java.io.IOException: HTTP 404");
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }
}
