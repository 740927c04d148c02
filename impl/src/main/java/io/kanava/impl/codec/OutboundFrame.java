package io.kanava.impl.codec;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A frame for a client: a reply, an error, or a pushed event; or, for an asynchronous call, the reply or error still
 * to come. Payloads are already JSON text, so encoding a frame only writes its envelope.
 */
public sealed interface OutboundFrame
        permits OutboundFrame.Reply, OutboundFrame.Error, OutboundFrame.Event, OutboundFrame.Pending {

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
     * @param violations the broken constraints of an {@code invalid_data} answer; empty otherwise (no member)
     */
    record Error(CallId id, String action, String code, String message, String errorId, List<Violation> violations)
            implements OutboundFrame {

        public Error {
            violations = List.copyOf(violations);
        }

        /**
         * An error without violations.
         *
         * @param id the call's id, or {@code null}
         * @param action the action name, or {@code null} when the frame named none
         * @param code the error code
         * @param message the message for the client
         * @param errorId the id under which an {@code internal} failure was logged, or {@code null}
         */
        public Error(CallId id, String action, String code, String message, String errorId) {
            this(id, action, code, message, errorId, List.of());
        }
    }

    /**
     * A pushed event; it never carries an id.
     *
     * @param event the event name
     * @param data the JSON text of the event's data
     */
    record Event(String event, String data) implements OutboundFrame {}

    /**
     * The answer of an asynchronous call, still to come: never written itself, it completes with the reply or error
     * frame to write.
     *
     * @param answer completes with the reply or error frame; never exceptionally
     * @param concurrent whether the connection's later calls may run before it completes
     */
    record Pending(CompletionStage<OutboundFrame> answer, boolean concurrent) implements OutboundFrame {}
}
