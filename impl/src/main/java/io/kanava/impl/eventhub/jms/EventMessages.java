package io.kanava.impl.eventhub.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import io.kanava.spi.TransportEvent;

/**
 * How an event travels over the JMS topic: a text message whose body is the event's JSON, with string properties for
 * its topic, the connection to skip and the node that published it. The property names are part of the contract
 * between nodes, so nodes of different Kanava versions can share a topic.
 */
final class EventMessages {

    static final String TOPIC_PROPERTY = "kanavaTopic";
    static final String EXCEPT_PROPERTY = "kanavaExcept";
    static final String ORIGIN_PROPERTY = "kanavaOrigin";

    private EventMessages() {}

    /**
     * An event read from the topic, with the node that published it.
     *
     * @param origin the publishing node's identifier
     * @param event the event
     */
    record Received(String origin, TransportEvent event) {}

    static TextMessage write(Session session, TransportEvent event, String origin) throws JMSException {
        TextMessage message = session.createTextMessage(event.json());
        message.setStringProperty(TOPIC_PROPERTY, event.topic());
        message.setStringProperty(ORIGIN_PROPERTY, origin);
        if (event.exceptConnection() != null) {
            message.setStringProperty(EXCEPT_PROPERTY, event.exceptConnection());
        }
        return message;
    }

    /**
     * Reads a message from the topic.
     *
     * @return the event, or {@code null} when the message is not one of Kanava's: not text, or without a topic or
     *     a body
     */
    static Received read(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            return null;
        }
        String topic = text.getStringProperty(TOPIC_PROPERTY);
        String json = text.getText();
        if (topic == null || json == null) {
            return null;
        }
        return new Received(
                text.getStringProperty(ORIGIN_PROPERTY),
                new TransportEvent(topic, json, text.getStringProperty(EXCEPT_PROPERTY)));
    }
}
