package city.relais.connectors.sim.open311;

import city.relais.connectors.open311.Open311Messages;
import city.relais.connectors.open311.Open311Messages.Attribute;
import city.relais.connectors.open311.Open311Messages.Receipt;
import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The simulator's tickets and rules: API key and jurisdiction checks, required attributes, GeoReport validation.
 * Kept in memory, and written to a JSON file after each change when one is given (read back at start).
 */
final class TicketBook {

    /** An answer: HTTP status and the JSON body. */
    record Reply(int status, Object body) {

        static Reply error(int status, String description) {
            return new Reply(status, List.of(new Open311Messages.Error(status, description)));
        }
    }

    private static final TypeReference<List<SimTicket>> TICKETS = new TypeReference<>() { };

    private final Map<String, SimService> services = new LinkedHashMap<>();
    private final Map<String, SimTicket> tickets = new LinkedHashMap<>();
    private final String apiKey;
    private final String jurisdiction;
    private final Path file;
    private final Clock clock;
    private long lastId;

    TicketBook(List<SimService> services, String apiKey, String jurisdiction, Path file, Clock clock) {
        services.forEach(s -> this.services.put(s.code(), s));
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.jurisdiction = jurisdiction;
        this.file = file;
        this.clock = clock;
        load();
    }

    List<SimService> services() {
        return List.copyOf(services.values());
    }

    Optional<SimService> service(String code) {
        return Optional.ofNullable(services.get(code));
    }

    /** Null when the jurisdiction is acceptable, else the 404 reply. */
    Reply checkJurisdiction(String asked) {
        return jurisdiction == null || asked == null || jurisdiction.equals(asked) ? null
                : Reply.error(404, "jurisdiction_id " + asked + " not found");
    }

    /** {@code POST requests}: validates the form, stores the ticket, answers 201 with its receipt. */
    synchronized Reply submit(Map<String, String> form) {
        Reply refused = validate(form);
        if (refused != null) {
            return refused;
        }
        SimService service = services.get(form.get("service_code"));
        String id = Long.toString(++lastId);
        Instant now = clock.instant();
        SimTicket ticket = new SimTicket(id, service.code(), service.name(), "open", null, form.get("description"),
                number(form.get("lat")), number(form.get("long")), form.get("address_string"),
                form.get("media_url"), form.get("device_id"), form.get("jurisdiction_id"), attributes(form), now,
                now);
        tickets.put(id, ticket);
        save();
        return new Reply(201, List.of(new Receipt(id, null, "Ticket " + id + " received by the simulator", null)));
    }

    private Reply validate(Map<String, String> form) {
        if (!apiKey.equals(form.get("api_key"))) {
            return Reply.error(403, "Invalid api_key");
        }
        Reply wrongPlace = checkJurisdiction(form.get("jurisdiction_id"));
        if (wrongPlace != null) {
            return wrongPlace;
        }
        String code = form.get("service_code");
        if (code == null || code.isBlank()) {
            return Reply.error(400, "service_code is required");
        }
        SimService service = services.get(code);
        if (service == null) {
            return Reply.error(404, "service_code " + code + " not found");
        }
        return validateContent(form, service);
    }

    private static Reply validateContent(Map<String, String> form, SimService service) {
        boolean position = form.get("lat") != null && form.get("long") != null;
        if (!position && form.get("address_string") == null && form.get("address_id") == null) {
            return Reply.error(400, "a location is required: lat and long, address_string or address_id");
        }
        if (position && (number(form.get("lat")) == null || number(form.get("long")) == null)) {
            return Reply.error(400, "lat and long must be decimal degrees");
        }
        String description = form.get("description");
        if (description != null && description.length() > Open311Messages.MAX_DESCRIPTION) {
            return Reply.error(400, "description is longer than " + Open311Messages.MAX_DESCRIPTION + " characters");
        }
        for (Attribute attribute : service.attributes()) {
            String value = form.get("attribute[" + attribute.code() + "]");
            if (attribute.required() && (value == null || value.isBlank())) {
                return Reply.error(400, "attribute[" + attribute.code() + "] is required for " + service.code()
                        + ": " + attribute.description());
            }
        }
        return null;
    }

    synchronized Optional<SimTicket> ticket(String id) {
        return Optional.ofNullable(tickets.get(id));
    }

    synchronized List<SimTicket> tickets() {
        return List.copyOf(tickets.values());
    }

    /**
     * {@code GET requests}: filters {@code service_request_id} (comma-separated), {@code service_code},
     * {@code status}, {@code device_id}, {@code start_date}, {@code end_date}. Null when a date is not ISO-8601.
     */
    synchronized List<SimTicket> find(Map<String, String> query) {
        List<Predicate<SimTicket>> filters = new ArrayList<>();
        String ids = query.get("service_request_id");
        if (ids != null) {
            List<String> wanted = List.of(ids.split(","));
            filters.add(t -> wanted.contains(t.id()));
        }
        equal(filters, query.get("service_code"), SimTicket::serviceCode);
        equal(filters, query.get("status"), SimTicket::status);
        equal(filters, query.get("device_id"), SimTicket::deviceId);
        try {
            Instant start = time(query.get("start_date"));
            Instant end = time(query.get("end_date"));
            filters.add(t -> (start == null || !t.requested().isBefore(start))
                    && (end == null || !t.requested().isAfter(end)));
        } catch (DateTimeParseException e) {
            return null;
        }
        return tickets.values().stream().filter(t -> filters.stream().allMatch(f -> f.test(t))).toList();
    }

    private static void equal(List<Predicate<SimTicket>> filters, String wanted,
                              java.util.function.Function<SimTicket, String> field) {
        if (wanted != null) {
            filters.add(t -> wanted.equals(field.apply(t)));
        }
    }

    /** The admin close; empty when there is no such ticket. */
    synchronized Optional<SimTicket> close(String id, String notes) {
        SimTicket ticket = tickets.get(id);
        if (ticket == null) {
            return Optional.empty();
        }
        SimTicket closed = ticket.closed(notes, clock.instant());
        tickets.put(id, closed);
        save();
        return Optional.of(closed);
    }

    private static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> attributes = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("attribute[") && key.endsWith("]")) {
                attributes.put(key.substring("attribute[".length(), key.length() - 1), value);
            }
        });
        return attributes;
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant time(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }

    private void load() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            for (SimTicket ticket : Open311Messages.json().readValue(file.toFile(), TICKETS)) {
                tickets.put(ticket.id(), ticket);
                lastId = Math.max(lastId, Long.parseLong(ticket.id()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's tickets from " + file, e);
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Open311Messages.json().writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), tickets.values());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator's tickets to " + file, e);
        }
    }
}
