package io.kanava.impl.eventhub;

import io.kanava.EventListener;
import io.kanava.spi.PayloadCodec;

/**
 * An in-application listener of one topic, with the type its data binds to.
 *
 * @param topic the topic
 * @param type the data type
 * @param listener the listener
 * @param <T> the data type
 */
record TopicListener<T>(String topic, Class<T> type, EventListener<T> listener) {

    void accept(PayloadCodec codec, String json) {
        listener.onEvent(topic, type.cast(codec.decode(json, type)));
    }
}
