package city.relais.connectors.sim.open311;

import city.relais.connectors.open311.Open311Messages;
import city.relais.connectors.sim.open311.TicketBook.Reply;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The GeoReport v2 paths under the simulator's base path, JSON format only. */
final class Open311Routes {

    private static final String SERVICES = Open311Messages.SERVICES;
    private static final String REQUESTS = Open311Messages.REQUESTS;
    private static final String JSON = Open311Messages.JSON;

    private Open311Routes() {
    }

    /**
     * @param path   the raw path below the base, e.g. {@code /services/BIN_OVERFLOW.json}
     * @param fields the query, and the form of a POST
     */
    static Reply route(TicketBook book, String method, String path, Map<String, String> fields) {
        if (path.endsWith(".xml")) {
            return Reply.error(400, "this service speaks JSON only: use .json");
        }
        boolean post = "POST".equals(method);
        if (!post && !"GET".equals(method)) {
            return Reply.error(405, method + " is not supported");
        }
        if (post) {
            return (REQUESTS + JSON).equals(path) ? book.submit(fields)
                    : Reply.error(405, "POST is for " + REQUESTS + JSON + " only");
        }
        Reply wrongPlace = book.checkJurisdiction(fields.get("jurisdiction_id"));
        return wrongPlace != null ? wrongPlace : get(book, path, fields);
    }

    private static Reply get(TicketBook book, String path, Map<String, String> fields) {
        if ((SERVICES + JSON).equals(path)) {
            return new Reply(200, book.services().stream().map(SimService::asService).toList());
        }
        if ((REQUESTS + JSON).equals(path)) {
            List<SimTicket> found = book.find(fields);
            return found == null ? Reply.error(400, "start_date and end_date are ISO-8601 (W3C) times")
                    : new Reply(200, found.stream().map(SimTicket::asServiceRequest).toList());
        }
        String code = item(path, SERVICES);
        if (code != null) {
            return book.service(code).map(s -> new Reply(200, s.asDefinition()))
                    .orElse(Reply.error(404, "service_code " + code + " not found"));
        }
        String id = item(path, REQUESTS);
        if (id != null) {
            return book.ticket(id).map(t -> new Reply(200, List.of(t.asServiceRequest())))
                    .orElse(Reply.error(404, "service_request_id " + id + " not found"));
        }
        return Reply.error(404, "no such resource: " + path);
    }

    /** The decoded {@code X} of {@code collection/X.json}, or null when the path is not one. */
    private static String item(String path, String collection) {
        String prefix = collection + "/";
        if (!path.startsWith(prefix) || !path.endsWith(JSON) || path.length() <= prefix.length() + JSON.length()) {
            return null;
        }
        String raw = path.substring(prefix.length(), path.length() - JSON.length());
        return raw.contains("/") ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
