package io.kanava;

import java.util.concurrent.CompletionStage;

/**
 * The handler of an asynchronous action: it starts the work and returns at once with a stage that completes with the
 * reply's data, so the container's thread is not held while, say, a remote service answers. The caller gets exactly
 * one reply or error frame when the stage completes; a stage that fails with an {@link ActionException} (or a
 * {@code CompletionException} wrapping one) answers its code and message, any other failure {@code internal}.
 * Declared with {@link ActionDefinition#async(String, Class, Class, AsyncActionHandler)}:
 *
 * <pre>{@code
 * .action(ActionDefinition.async("quote", Symbol.class, Quote.class, (symbol, context) -> prices.fetch(symbol)))
 * }</pre>
 *
 * <p>By default the connection's later calls wait for this one, so replies come in the order of the calls; an
 * action declared {@link ActionDefinition#concurrent() concurrent} lets them run meanwhile. The stage's
 * continuation runs without the CDI request context of the call.
 *
 * @param <I> the input type; {@link Void} for an action that takes no data
 * @param <O> the output type
 */
@FunctionalInterface
public interface AsyncActionHandler<I, O> {

    /**
     * Starts one call.
     *
     * @param input the call's {@code data} bound to the input type; {@code null} when the call carried no data
     * @param context the connection, the action name and the call's id
     * @return a stage completing with the reply's data; never {@code null}
     * @throws Exception a failure before the work started, answered as a handler's failure is
     */
    CompletionStage<O> handle(I input, ActionContext context) throws Exception;
}
