package city.relais.connectors.traffic;

import org.snmp4j.MessageDispatcher;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.TransportMapping;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;

/**
 * An SNMP4J engine that speaks SNMPv3 only, with its own user-based security model (not the JVM-wide one, so that a
 * client and an agent can live in one process): one user, HMAC-SHA-256 authentication and AES-128 privacy
 * (authPriv). No community is ever configured: v1/v2c messages find no model to process them.
 */
public final class SnmpV3Session {

    private SnmpV3Session() {
    }

    /**
     * @param listen the UDP address to listen on; null = any free port (a client)
     */
    public static Snmp open(String user, String authPassword, String privPassword, UdpAddress listen)
            throws IOException {
        SecurityProtocols protocols = SecurityProtocols.getInstance().addDefaultProtocols();
        protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
        USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
        usm.addUser(new OctetString(user), new UsmUser(new OctetString(user), AuthHMAC192SHA256.ID,
                new OctetString(authPassword), PrivAES128.ID, new OctetString(privPassword)));
        MessageDispatcher dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        TransportMapping<UdpAddress> transport = listen == null ? new DefaultUdpTransportMapping()
                : new DefaultUdpTransportMapping(listen);
        Snmp snmp = new Snmp(dispatcher, transport);
        transport.listen();
        return snmp;
    }
}
