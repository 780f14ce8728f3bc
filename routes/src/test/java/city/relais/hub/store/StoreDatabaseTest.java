package city.relais.hub.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import city.relais.config.Retention;
import city.relais.event.CityEvent;
import city.relais.event.EventType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on H2 and on PostgreSQL: migrations, the append-only audit, tokens, the retention purge. */
class StoreDatabaseTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void audit_is_append_only_in_the_database_itself(TestStores.Engine engine) throws Exception {
        try (StoreDatabase db = TestStores.open(engine, dataDir)) {
            AuditTrail audit = new AuditTrail(db);
            audit.append(AuditEntry.of(T0, "e-1", AuditEntry.Step.EVENT, "cam-1", null, "bin.overflowing"));
            assertThatThrownBy(() -> sql(db, "UPDATE audit SET detail = 'forged'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql(db, "DELETE FROM audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThat(audit.chain("e-1")).extracting(AuditEntry::detail).containsExactly("bin.overflowing");
        }
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void migrations_run_once_and_data_survives_a_reopen(TestStores.Engine engine) throws Exception {
        city.relais.config.Store store = TestStores.store(engine);
        try (StoreDatabase db = StoreDatabase.open(store, dataDir)) {
            new AuditTrail(db).append(AuditEntry.of(T0, "e-2", AuditEntry.Step.RULE, "auto", null, "kept"));
        }
        try (StoreDatabase db = StoreDatabase.open(store, dataDir)) {
            assertThat(new AuditTrail(db).chain("e-2")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void evidence_tokens_are_random_and_expire(TestStores.Engine engine) throws Exception {
        try (StoreDatabase db = TestStores.open(engine, dataDir)) {
            EvidenceTokens tokens = new EvidenceTokens(db);
            String a = tokens.issue("snap_0123456789abcdef", "e-3", T0, Duration.ofMinutes(10));
            String b = tokens.issue("snap_0123456789abcdef", "e-3", T0, Duration.ofMinutes(10));
            assertThat(a).hasSize(43).isNotEqualTo(b);
            assertThat(tokens.resolve(a, T0.plusSeconds(60))).contains(
                    new EvidenceTokens.Grant("snap_0123456789abcdef", "e-3"));
            assertThat(tokens.resolve(a, T0.plus(Duration.ofMinutes(11)))).isEmpty();
            assertThat(tokens.resolve("x".repeat(43), T0)).isEmpty();
            assertThat(EvidenceTokens.evidenceId("evidence:../../etc/passwd")).isEmpty();
            assertThat(EvidenceTokens.evidenceId("evidence:snap_0123456789abcdef")).contains("snap_0123456789abcdef");
        }
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void retention_purges_old_rows_and_counts_them(TestStores.Engine engine) throws Exception {
        try (StoreDatabase db = TestStores.open(engine, dataDir)) {
            AuditTrail audit = new AuditTrail(db);
            audit.append(AuditEntry.of(T0.minus(Duration.ofDays(400)), "old", AuditEntry.Step.EVENT, "cam", null, "x"));
            audit.append(AuditEntry.of(T0.minus(Duration.ofDays(10)), "new", AuditEntry.Step.EVENT, "cam", null, "y"));
            AlertRecords alerts = new AlertRecords(db);
            CityEvent event = CityEvent.builder(EventType.LOITERING_DETECTED, "cam").id("old-alert").build();
            AlertRecord alert = alerts.raise("watch", "alert-only", event, T0.minus(Duration.ofDays(40)));
            alerts.decide(alert.id(), AlertRecord.DISMISSED, "agent-07", null, T0.minus(Duration.ofDays(40)));
            alerts.raise("watch", "alert-only", CityEvent.builder(EventType.LOITERING_DETECTED, "cam").id("pending")
                    .build(), T0.minus(Duration.ofDays(40)));
            new EvidenceTokens(db).issue("snap_0123456789abcdef", null, T0.minus(Duration.ofDays(8)),
                    Duration.ofDays(7));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            Map<String, Integer> purged = new RetentionPurge(db, Retention.defaults(), registry).purge(T0);
            assertThat(purged).containsEntry("audit", 1).containsEntry("alerts", 1)
                    .containsEntry("evidence_tokens", 1);
            assertThat(audit.chain("old")).isEmpty();
            assertThat(audit.chain("new")).hasSize(1);
            assertThat(registry.get("relais_store_purged_rows").tag("table", "audit").counter().count())
                    .isEqualTo(1.0);
            assertThatThrownBy(() -> sql(db, "DELETE FROM audit")).hasMessageContaining("append-only");
        }
    }

    private static void sql(StoreDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
