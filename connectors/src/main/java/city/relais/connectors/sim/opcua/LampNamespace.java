package city.relais.connectors.sim.opcua;

import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;

import java.util.List;

/** The simulator's own namespace: a {@code Lighting} folder under Objects with the variables of every lamp. */
final class LampNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:relais:sim:lighting";

    private final SubscriptionModel subscriptions;
    private final List<LampVariables> lamps;

    LampNamespace(OpcUaServer server, List<LampVariables> lamps) {
        super(server, URI);
        this.lamps = lamps;
        this.subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    private void addNodes() {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId("Lighting"), newQualifiedName("Lighting"),
                LocalizedText.english("Lighting"));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
                false));
        lamps.forEach(lamp -> lamp.addTo(this, folder));
    }

    NodeId nodeId(String id) {
        return newNodeId(id);
    }

    QualifiedName qualifiedName(String name) {
        return newQualifiedName(name);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptions.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptions.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptions.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptions.onMonitoringModeChanged(monitoredItems);
    }
}
