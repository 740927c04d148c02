package io.kanava;

import java.util.Optional;

/**
 * What a handler knows about the call it is answering.
 */
public interface ActionContext {

    /**
     * Returns the connection the call arrived on.
     *
     * @return the connection, never {@code null}
     */
    Connection connection();

    /**
     * Returns the name of the action being called.
     *
     * @return the action name, never {@code null}
     */
    String action();

    /**
     * Returns the call's id as text, as the client sent it: a string id unchanged, an integer id in decimal.
     *
     * @return the id, or empty when the call carried none
     */
    Optional<String> id();
}
