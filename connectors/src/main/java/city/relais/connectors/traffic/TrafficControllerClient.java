package city.relais.connectors.traffic;

import city.relais.connectors.lighting.DeviceException;

import java.util.Set;

/**
 * What the hub may ask of a traffic-signal controller, and nothing else: priority requests (request, update, cancel,
 * clear, status) and virtual detector calls (place, clear). The controller is the safety authority: there is no
 * operation here, and there must never be one, that sets phases, forces, holds or omits them, or drives signal heads
 * ({@code TrafficControllerSurfaceTest} holds that line). Implementations are thread-safe.
 */
public interface TrafficControllerClient extends AutoCloseable {

    String deviceId();

    /** The approach names this controller knows, as in the city file. */
    Set<String> approaches();

    /** Sends a new request; the controller answers with its status (queued, or rejected). */
    RequestAck request(PriorityRequest request) throws DeviceException;

    /** Updates an active request (new desired service time, departure, lifetime restarted). */
    RequestAck update(PriorityRequest request) throws DeviceException;

    /** Cancels a request: the vehicle crossed the stop line or its track was lost. */
    RequestAck cancel(int requestId) throws DeviceException;

    /** Clears a finished request from the controller's table. */
    void clear(int requestId) throws DeviceException;

    /** The controller's status of a request; {@link RequestStatus#NONE} when it holds none with this id. */
    RequestStatus status(int requestId) throws DeviceException;

    /** Places a virtual detector call. */
    void placeCall(DetectorCall call) throws DeviceException;

    /** Clears a virtual detector call. */
    void clearCall(DetectorCall call) throws DeviceException;

    /** The controller's own mode (normal or flashing). */
    ControllerMode mode() throws DeviceException;

    @Override
    void close();
}
