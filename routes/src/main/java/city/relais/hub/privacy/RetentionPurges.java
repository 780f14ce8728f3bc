package city.relais.hub.privacy;

import city.relais.config.CityConfig;
import city.relais.vision.evidence.EvidencePurge;
import city.relais.vision.evidence.PurgeResult;
import city.relais.vision.evidence.RetentionPurge;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every retention purge of the hub, run together by the {@code retention-purge} route (hourly): evidence snapshots
 * under {@code <data-dir>/evidence} past {@code privacy.retention.evidence}, and whatever else registers with
 * {@link #add} (the event and audit stores). Each run logs one line per purge and counts what it deleted in
 * {@code relais_retention_purged_total{what}}; a purge that throws is logged and the others still run.
 */
public final class RetentionPurges {

    /** The folder, under the hub's data dir, where evidence snapshots are stored. */
    public static final String EVIDENCE_DIR = "evidence";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurges.class);

    private final List<RetentionPurge> purges = new CopyOnWriteArrayList<>();
    private final MeterRegistry registry;
    private final Clock clock;

    public RetentionPurges(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The purges of a city: its evidence folder, with the city's evidence retention. */
    public static RetentionPurges of(CityConfig city, MeterRegistry registry) {
        RetentionPurges purges = new RetentionPurges(registry, Clock.systemUTC());
        purges.add(new EvidencePurge(evidenceDir(city.hub().dataDir()),
                city.privacy().retention().evidence()));
        return purges;
    }

    /** Where snapshots of a hub with this data dir are stored. */
    public static Path evidenceDir(Path dataDir) {
        return dataDir.resolve(EVIDENCE_DIR);
    }

    /** Adds a purge to every later run. */
    public void add(RetentionPurge purge) {
        purges.add(purge);
    }

    /** Runs every purge once, now; returns what each did (a failed purge is left out). */
    public List<PurgeResult> runAll() {
        List<PurgeResult> results = new ArrayList<>();
        for (RetentionPurge purge : purges) {
            try {
                PurgeResult result = purge.purge(clock.instant());
                Counter.builder("relais.retention.purged").description("Records deleted past their retention")
                        .tag("what", result.what()).register(registry).increment(result.purged());
                if (result.failed() > 0) {
                    LOG.warn(result.summary());
                } else {
                    LOG.info(result.summary());
                }
                results.add(result);
            } catch (RuntimeException e) {
                LOG.warn("retention purge {} failed, retried on the next run: {}", purge, e.toString(), e);
            }
        }
        return results;
    }
}
