package city.relais.connectors.sim.open311;

import city.relais.connectors.open311.Open311Messages.Attribute;
import city.relais.connectors.open311.Open311Messages.Service;
import city.relais.connectors.open311.Open311Messages.ServiceDefinition;

import java.util.List;

/**
 * A service the simulator offers, with its attribute definitions.
 *
 * @param code       the {@code service_code}
 * @param name       the {@code service_name}
 * @param attributes attribute definitions; the required ones must come with each POST
 */
public record SimService(String code, String name, List<Attribute> attributes) {

    public SimService {
        attributes = List.copyOf(attributes);
    }

    /** The services of the demo city: {@code BIN_OVERFLOW} (needs {@code asset_id}) and {@code ILLEGAL_DUMP}. */
    public static List<SimService> demo() {
        return List.of(
                new SimService("BIN_OVERFLOW", "Overflowing bin", List.of(
                        attribute("asset_id", "string", true, "Container id", 1),
                        attribute("fill_level", "number", false, "Fill level, 0 to 1", 2))),
                new SimService("ILLEGAL_DUMP", "Illegal dumping", List.of(
                        attribute("volume", "string", false, "Estimated volume", 1))));
    }

    /** A variable attribute without a value list. */
    public static Attribute attribute(String code, String datatype, boolean required, String description,
                                      int order) {
        return new Attribute(true, code, datatype, required, description, order, description, null);
    }

    Service asService() {
        return new Service(code, name, name, !attributes.isEmpty(), "realtime", null, "waste");
    }

    ServiceDefinition asDefinition() {
        return new ServiceDefinition(code, attributes);
    }
}
