package city.relais.config;

/**
 * A control-room account allowed to confirm actions through the API.
 *
 * @param id    {@code [a-z0-9][a-z0-9-]*}
 * @param role  operator (confirms and dismisses alerts), technician (also reads the audit) or admin
 *              (also re-enables a suspended skill)
 * @param token bearer token, a {@link Secret}
 */
public record Operator(String id, String role, Secret token) {

    /** Roles the hub knows. */
    public static final java.util.List<String> ROLES = java.util.List.of("operator", "technician", "admin");
}
