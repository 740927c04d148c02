package io.kanava;

/**
 * The function behind an action: it receives the decoded input of a call and the call's context, and returns the
 * value of the reply.
 *
 * <p>A handler runs with the CDI request context active, on a thread of the WebSocket container; calls on one
 * connection are handled one at a time, in the order they arrive. To answer with an application error, throw an
 * {@link ActionException}; any other exception becomes the generic {@code internal} error.
 *
 * @param <I> the input type; {@link Void} when the action takes no data
 * @param <O> the output type; {@link Void} for an action whose reply carries no data (return {@code null})
 */
@FunctionalInterface
public interface ActionHandler<I, O> {

    /**
     * Handles one call.
     *
     * @param input the call's {@code data} bound to the input type; {@code null} when the call carried no data
     * @param context the connection, the action name and the call's id
     * @return the reply's data; ignored for a void action
     * @throws Exception any failure; an {@link ActionException} is answered with its code and message
     */
    O handle(I input, ActionContext context) throws Exception;
}
