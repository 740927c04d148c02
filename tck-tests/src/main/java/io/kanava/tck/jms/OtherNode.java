package io.kanava.tck.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import io.kanava.ChannelDefinition;
import io.kanava.tck.events.TopicRequest;

/**
 * Stands for another node of the cluster: channel {@code othernode} has an action that puts an event on the shared
 * JMS topic directly, in the transport's message format (the JSON data as text, the event's topic and the
 * publishing node as properties), so only a hub that consumes the broker's topic can deliver it.
 */
@ApplicationScoped
public class OtherNode {

    static final String SHARED_TOPIC = "kanava.kit.events";

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory factory;

    @Produces
    ChannelDefinition otherNode() {
        return ChannelDefinition.builder("othernode")
                .auth(false)
                .action("publish", TopicRequest.class, Void.class, (request, context) -> {
                    send(request.topic(), "{\"text\":\"" + request.text() + "\",\"sequence\":0}");
                    return null;
                })
                .build();
    }

    private void send(String topic, String json) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(json);
            message.setStringProperty("kanavaTopic", topic);
            message.setStringProperty("kanavaOrigin", "the-other-node");
            session.createProducer(session.createTopic(SHARED_TOPIC)).send(message);
        }
    }
}
