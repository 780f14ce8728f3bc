package city.relais.hub.tickets;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import city.relais.event.CityEvent;
import city.relais.hub.store.EvidenceTokens;

/**
 * Turns an event's {@code evidence:<id>} reference into the hub's unguessable, expiring URL for the blurred image:
 * {@code <base>/evidence/<token>}. Events without such a reference get no link.
 */
public final class EvidenceLinks {

    private final EvidenceTokens tokens;
    private final String baseUrl;
    private final Duration ttl;
    private final Clock clock;

    /**
     * @param baseUrl the hub as the ticketing service reaches it, e.g. {@code http://127.0.0.1:8080}
     * @param ttl     how long a link opens the image (the evidence retention)
     */
    public EvidenceLinks(EvidenceTokens tokens, String baseUrl, Duration ttl, Clock clock) {
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Optional<String> url(CityEvent event) throws SQLException {
        Optional<String> id = EvidenceTokens.evidenceId(event.evidence());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(baseUrl + "/evidence/" + tokens.issue(id.get(), event.id(), clock.instant(), ttl));
    }
}
