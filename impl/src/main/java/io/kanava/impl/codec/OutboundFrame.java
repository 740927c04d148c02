package io.kanava.impl.codec;

/**
 * A frame for a client: a reply, an error, or a pushed event. Payloads are already JSON text, so encoding a frame
 * only writes its envelope.
 */
public sealed interface OutboundFrame permits OutboundFrame.Reply, OutboundFrame.Error, OutboundFrame.Event {

    /**
     * The successful answer to a call.
     *
     * @param id the call's id, or {@code null}
     * @param action the action name
     * @param data the JSON text of the reply's data, or {@code null} for a void action (no {@code data} member)
     */
    record Reply(CallId id, String action, String data) implements OutboundFrame {}

    /**
     * The failed answer to a call.
     *
     * @param id the call's id, or {@code null}
     * @param action the action name, or {@code null} when the frame named none
     * @param code the error code
     * @param message the message for the client
     * @param errorId the id under which an {@code internal} failure was logged, or {@code null}
     */
    record Error(CallId id, String action, String code, String message, String errorId) implements OutboundFrame {}

    /**
     * A pushed event; it never carries an id.
     *
     * @param event the event name
     * @param data the JSON text of the event's data
     */
    record Event(String event, String data) implements OutboundFrame {}
}
