package city.relais.connectors.sim.opcua;

import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * Turns a client's write of a variable's Value into a call to the simulated controller, which may refuse it with an
 * OPC UA status ({@code Bad_OutOfRange}); the shown value is then refreshed from the controller, not from the write.
 */
final class ValueWriteFilter implements AttributeFilter {

    /** What a write does; throws to refuse it. */
    @FunctionalInterface
    interface Handler {
        void accept(DataValue value) throws UaException;
    }

    private final Handler handler;

    ValueWriteFilter(Handler handler) {
        this.handler = handler;
    }

    @Override
    public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value) throws UaException {
        if (attributeId == AttributeId.Value) {
            handler.accept((DataValue) value);
        } else {
            ctx.writeAttribute(attributeId, value);
        }
    }
}
