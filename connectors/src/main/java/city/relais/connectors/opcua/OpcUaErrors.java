package city.relais.connectors.opcua;

import city.relais.connectors.lighting.DeviceException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * OPC UA status codes as a {@link DeviceException}: the code's name ({@code Bad_NodeIdUnknown}) is the protocol
 * status; connection, session and timeout codes are retryable, and so is {@code Bad_UnexpectedError}, which Milo
 * reports for a request cut by a closing channel (the connector's commands are idempotent). The others (unknown node,
 * access denied, refused identity or certificate, wrong type or range) are not.
 */
final class OpcUaErrors {

    private static final Set<Long> RETRYABLE = Set.of(StatusCodes.Bad_Timeout, StatusCodes.Bad_RequestTimeout,
            StatusCodes.Bad_ConnectionRejected, StatusCodes.Bad_ConnectionClosed, StatusCodes.Bad_Disconnect,
            StatusCodes.Bad_SecureChannelClosed, StatusCodes.Bad_SecureChannelIdInvalid,
            StatusCodes.Bad_SessionClosed, StatusCodes.Bad_SessionIdInvalid, StatusCodes.Bad_SessionNotActivated,
            StatusCodes.Bad_NotConnected, StatusCodes.Bad_ServerNotConnected, StatusCodes.Bad_CommunicationError,
            StatusCodes.Bad_NoCommunication, StatusCodes.Bad_ServerHalted, StatusCodes.Bad_Shutdown,
            StatusCodes.Bad_TcpInternalError, StatusCodes.Bad_TooManySessions, StatusCodes.Bad_ResourceUnavailable,
            StatusCodes.Bad_RequestInterrupted, StatusCodes.Bad_EndOfStream, StatusCodes.Bad_UnexpectedError);

    private OpcUaErrors() {
    }

    /** {@code Bad_NodeIdUnknown}, or the code in hex when the stack does not know it. */
    static String name(StatusCode status) {
        return StatusCodes.lookup(status.getValue()).map(names -> names[0])
                .orElse(String.format("0x%08X", status.getValue()));
    }

    static String description(StatusCode status) {
        return StatusCodes.lookup(status.getValue()).map(names -> names[1]).orElse(name(status));
    }

    static boolean retryable(StatusCode status) {
        return RETRYABLE.contains(status.getValue() & 0xFFFF0000L);
    }

    /** A refused operation result (a bad status in a Read or Write response). */
    static DeviceException refused(String deviceId, String what, StatusCode status) {
        return new DeviceException(deviceId, name(status), retryable(status), what + ": " + description(status),
                null);
    }

    /** A failed service call or connection. */
    static DeviceException failed(String deviceId, String action, Throwable error) {
        Throwable cause = unwrap(error);
        Optional<StatusCode> status = UaException.extractStatusCode(cause);
        if (status.isPresent()) {
            return new DeviceException(deviceId, name(status.get()), retryable(status.get()),
                    action + ": " + description(status.get()) + rootCause(cause), cause);
        }
        if (cause instanceof TimeoutException) {
            return new DeviceException(deviceId, "Bad_Timeout", true, action + ": no answer in time", cause);
        }
        boolean io = cause instanceof IOException;
        return new DeviceException(deviceId, io ? "Bad_CommunicationError" : null, io, action + ": " + cause, cause);
    }

    /** The network's own words under a status code ({@code : Connection refused: /127.0.0.1:4840}), if any. */
    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error || root instanceof UaException || root.getMessage() == null ? ""
                : " (" + root.getMessage() + ")";
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
