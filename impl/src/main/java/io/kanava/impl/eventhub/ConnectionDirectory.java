package io.kanava.impl.eventhub;

import java.util.function.Consumer;

import io.kanava.Connection;

/** The open connections of this node's application, as the hub reaches them to carry out a disconnect order. */
@FunctionalInterface
public interface ConnectionDirectory {

    /** A node without connections. */
    ConnectionDirectory NONE = action -> {};

    /**
     * Runs an action for each open connection.
     *
     * @param action the action
     */
    void forEach(Consumer<? super Connection> action);
}
