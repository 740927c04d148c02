package io.kanava;

/**
 * The handler of an action whose reply carries no data: it does its work and returns nothing, and the caller gets
 * a reply without {@code data} once it returns. Declared with
 * {@link ChannelDefinitionBuilder#action(String, Class, VoidActionHandler)} or
 * {@link ActionDefinition#of(String, Class, VoidActionHandler)}:
 *
 * <pre>{@code
 * .action("delete", TodoId.class, (input, context) -> store.remove(input.id()))
 * }</pre>
 *
 * @param <I> the input type; {@link Void} for an action that takes no data
 */
@FunctionalInterface
public interface VoidActionHandler<I> {

    /**
     * Handles one call.
     *
     * @param input the call's {@code data} bound to the input type; {@code null} when the call carried no data
     * @param context the connection, the action name and the call's id
     * @throws Exception any failure; an {@link ActionException} is answered with its code and message
     */
    void handle(I input, ActionContext context) throws Exception;
}
