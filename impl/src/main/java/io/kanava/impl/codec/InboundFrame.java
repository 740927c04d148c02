package io.kanava.impl.codec;

/**
 * A text frame received from a client, as the {@link FrameDecoder} understood it: either an action call or a
 * frame that breaks the {@code kanava.v1} envelope rules. Decoding never throws, so a bad frame is answered with
 * an error frame and the connection stays open.
 */
public sealed interface InboundFrame permits InboundFrame.ActionCall, InboundFrame.MalformedFrame {

    /**
     * A well-formed call.
     *
     * @param id the call's id, or {@code null} when it carried none
     * @param action the action name
     * @param data the JSON text of the {@code data} member, or {@code null} when it was absent
     */
    record ActionCall(CallId id, String action, String data) implements InboundFrame {}

    /**
     * A frame that is not a valid call; it is answered with {@code bad_request}.
     *
     * @param id the call's id when it could be read, or {@code null}
     * @param action the action name when it could be read, or {@code null}
     * @param reason what is wrong, safe to send to the client
     */
    record MalformedFrame(CallId id, String action, String reason) implements InboundFrame {}
}
