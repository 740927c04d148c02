package io.kanava;

/**
 * Sees every outgoing event of a channel, for each connection it is going to, and forwards it unchanged, changes
 * it, fans it out into several, or drops it (Pikku's channel middleware). Replies and error frames never pass
 * through middleware.
 *
 * <p>Register it inline with {@link ChannelDefinitionBuilder#middleware(ChannelMiddleware)}, or globally: a CDI
 * bean implementing this interface and annotated {@link MiddlewareFor} applies to the channels it names. Global
 * middleware runs first, ordered by {@code jakarta.annotation.Priority} (lowest first, then by class name), then the
 * inline middleware in the order it was added.
 *
 * <pre>{@code
 * @ApplicationScoped
 * @MiddlewareFor("todos")
 * @Priority(10)
 * public class AddSentAt implements ChannelMiddleware {
 *     public void handle(OutgoingEvent event, Connection connection, EventForwarder next) {
 *         JsonObject data = event.data().asJsonObject();
 *         next.forward(event.withData(Json.createObjectBuilder(data).add("sentAt", Instant.now().toString()).build()));
 *     }
 * }
 * }</pre>
 *
 * A middleware that throws drops that event for that connection; the failure is logged and the connection stays
 * open.
 */
@FunctionalInterface
public interface ChannelMiddleware {

    /**
     * Handles one event for one connection.
     *
     * @param event the event
     * @param connection the connection it is going to
     * @param next the rest of the chain
     * @throws Exception any failure; the event is dropped for this connection
     */
    void handle(OutgoingEvent event, Connection connection, EventForwarder next) throws Exception;
}
