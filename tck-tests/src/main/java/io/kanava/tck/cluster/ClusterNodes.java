package io.kanava.tck.cluster;

import java.net.URL;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.kanava.tck.jms.BrokerNodes;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

/**
 * The cluster the scenarios run on: the Arquillian group {@code wildfly-cluster}, two servers {@value #A} and
 * {@value #B} sharing the runner's standalone broker. Both nodes deploy the same application, whose EventHub uses
 * one JMS topic of that broker.
 */
final class ClusterNodes {

    /** The container qualifier of the first node. */
    static final String A = "node-a";

    /** The container qualifier of the second node. */
    static final String B = "node-b";

    /** The context root of the application both nodes deploy. */
    static final String APPLICATION = "kit-cluster";

    /** The JMS topic the nodes share. */
    static final String TOPIC = "kanava.kit.cluster";

    private ClusterNodes() {}

    static WebArchive application() {
        return BrokerNodes.archive(APPLICATION, TOPIC);
    }

    static WireClient news(URL node) throws Exception {
        return WireClient.connect(ChannelAddress.of(node, "channels/news"));
    }

    static void subscribe(WireClient client, String topic) throws Exception {
        client.call("{\"id\":\"s\",\"action\":\"subscribe\",\"data\":{\"topic\":\"" + topic + "\"}}");
    }
}
