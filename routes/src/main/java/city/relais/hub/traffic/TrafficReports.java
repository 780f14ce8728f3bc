package city.relais.hub.traffic;

/** Where the traffic automations report request statuses and detector calls. */
@FunctionalInterface
public interface TrafficReports {

    void report(RequestReport report);
}
