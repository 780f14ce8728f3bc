package city.relais.connectors.traffic;

import org.snmp4j.smi.OID;

/**
 * The SNMP objects of profile {@value #PROFILE}: NTCIP 1211-style priority-request rows and NTCIP 1202-style
 * detector calls, under the experimental arc {@value #BASE_TEXT} (this numbering mirrors the Modbus profile
 * {@code generic-priority-v1}; it is not the published NTCIP MIB). Values are INTEGER; times in 100 ms units.
 *
 * <pre>
 * BASE.1.1.COLUMN.ROW  request table, ROW = slot + 1 (1..8); columns 1 request-id, 2 approach, 3 vehicle-class,
 *                      4 level, 5 service-in, 6 departure-in, 7 lifetime, 8 reservice, 9 command, 10 status
 * BASE.2.1.N           vehicle call on approach N (1 placed, 0 cleared)
 * BASE.2.2.N           pedestrian call on approach N
 * BASE.3.0             controller status (0 normal, 1 flash)
 * </pre>
 * Nothing under it sets a phase, a timing or a signal head.
 */
public final class PriorityObjects {

    public static final String PROFILE = "relais-priority-snmp-v1";
    public static final String BASE_TEXT = "1.3.6.1.3.1211";
    public static final OID BASE = new OID(BASE_TEXT);
    public static final int ROWS = 8;
    public static final int REQUEST_ID = 1;
    public static final int APPROACH = 2;
    public static final int VEHICLE_CLASS = 3;
    public static final int LEVEL = 4;
    public static final int SERVICE_IN = 5;
    public static final int DEPARTURE_IN = 6;
    public static final int LIFETIME = 7;
    public static final int RESERVICE = 8;
    public static final int COMMAND = 9;
    public static final int STATUS = 10;
    public static final long TIME_UNIT_MILLIS = 100;

    private PriorityObjects() {
    }

    /** The object of {@code column} in the row of {@code slot} (0-based). */
    public static OID request(int column, int slot) {
        return new OID(BASE).append(1).append(1).append(column).append(slot + 1);
    }

    public static OID call(CallKind kind, int approach) {
        return new OID(BASE).append(2).append(kind == CallKind.VEHICLE ? 1 : 2).append(approach);
    }

    public static OID controllerStatus() {
        return new OID(BASE).append(3).append(0);
    }
}
