package city.relais.connectors.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks a free TCP port for a simulator asked to listen on port 0 whose server library cannot report the port it
 * bound. The port is chosen once and kept, so that a simulator restarted in a test comes back where it was.
 */
public final class FreePort {

    private FreePort() {
    }

    /** {@code port} itself when it is not 0, else a port free now on {@code bindAddress}. */
    public static int resolve(int port, String bindAddress) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on " + bindAddress, e);
        }
    }
}
