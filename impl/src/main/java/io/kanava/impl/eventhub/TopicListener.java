package io.kanava.impl.eventhub;

import java.lang.reflect.Type;

import io.kanava.EventListener;
import io.kanava.spi.PayloadCodec;

/**
 * An in-application listener of one topic, with the type its data binds to.
 *
 * @param topic the topic
 * @param type the data type, a class or, for a typed topic, a generic type
 * @param listener the listener
 * @param <T> the data type
 */
record TopicListener<T>(String topic, Type type, EventListener<T> listener) {

    @SuppressWarnings("unchecked")
    void accept(PayloadCodec codec, String json) {
        listener.onEvent(topic, (T) codec.decode(json, type));
    }
}
