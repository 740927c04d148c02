package io.kanava.tck.cluster;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.jms.BrokerNodes;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

/**
 * What the cluster scenarios share: the Arquillian group {@code wildfly-cluster}, two servers {@value #A} and
 * {@value #B} sharing the runner's standalone broker, each running the same application, whose EventHub uses one
 * JMS topic of that broker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ClusterScenario {

    /** The container qualifier of the first node. */
    static final String A = "node-a";

    /** The container qualifier of the second node. */
    static final String B = "node-b";

    @ArquillianResource
    @OperateOnDeployment("on-a")
    URL nodeA;

    @ArquillianResource
    @OperateOnDeployment("on-b")
    URL nodeB;

    @Deployment(name = "on-a", testable = false)
    @TargetsContainer(A)
    public static WebArchive onNodeA() {
        return application();
    }

    @Deployment(name = "on-b", testable = false)
    @TargetsContainer(B)
    public static WebArchive onNodeB() {
        return application();
    }

    private static WebArchive application() {
        return BrokerNodes.archive("kit-cluster", "kanava.kit.cluster", LockoutChannels.class, PacedChannels.class);
    }

    static WireClient news(URL node) throws Exception {
        return WireClient.connect(ChannelAddress.of(node, "channels/news"));
    }

    static void subscribe(WireClient client, String topic) throws Exception {
        client.call("{\"id\":\"s\",\"action\":\"subscribe\",\"data\":{\"topic\":\"" + topic + "\"}}");
    }
}
