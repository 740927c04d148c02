package io.kanava.impl.routing;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ActionHandler;
import io.kanava.ChannelDefinition;
import io.kanava.Connection;
import io.kanava.impl.Messages;
import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.spi.InvalidPayloadException;
import io.kanava.spi.PayloadCodec;

/**
 * Answers the calls of one channel: finds the action, binds its data, runs its handler and turns the outcome into
 * exactly one reply or error frame. It never throws for a client's mistake or a handler's failure. Everything it
 * needs per call is resolved when it is built.
 */
public final class ActionRouter {

    private static final Logger LOG = Logger.getLogger(ActionRouter.class.getName());
    private static final String INTERNAL_MESSAGE = "Internal error";

    private final String channel;
    private final Map<String, ActionDefinition<?, ?>> actions = new HashMap<>();
    private final PayloadCodec codec;

    /**
     * Builds the router of a validated channel.
     *
     * @param definition the channel
     * @param codec the codec binding payloads
     */
    public ActionRouter(ChannelDefinition definition, PayloadCodec codec) {
        this.channel = definition.name();
        this.codec = codec;
        definition.actions().forEach(action -> actions.put(action.name(), action));
    }

    /**
     * Answers one frame.
     *
     * @param frame the decoded frame
     * @param connection the connection it arrived on
     * @return the reply or error frame to send back
     */
    public OutboundFrame route(InboundFrame frame, Connection connection) {
        if (frame instanceof InboundFrame.MalformedFrame malformed) {
            return new OutboundFrame.Error(
                    malformed.id(), malformed.action(), ErrorCode.BAD_REQUEST, malformed.reason(), null);
        }
        InboundFrame.ActionCall call = (InboundFrame.ActionCall) frame;
        ActionDefinition<?, ?> action = actions.get(call.action());
        if (action == null) {
            return error(call, ErrorCode.UNKNOWN_ACTION, "Channel '" + channel + "' has no such action");
        }
        Object input;
        try {
            input = bind(action.inputType(), call.data());
        } catch (InvalidPayloadException e) {
            return error(call, ErrorCode.INVALID_DATA, e.getMessage());
        }
        return answer(call, action, input, connection);
    }

    private OutboundFrame answer(
            InboundFrame.ActionCall call, ActionDefinition<?, ?> action, Object input, Connection connection) {
        Object output;
        try {
            output = invoke(action, input, new CallContext(connection, call.action(), call.id()));
        } catch (ActionException e) {
            return error(call, e.code(), e.getMessage());
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, Messages.handlerFailed(channel, call.action(), errorId), e);
            return internal(call, errorId);
        }
        if (action.isVoid()) {
            return new OutboundFrame.Reply(call.id(), call.action(), null);
        }
        try {
            return new OutboundFrame.Reply(call.id(), call.action(), codec.encode(output, action.outputType()));
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, Messages.replyNotEncodable(channel, call.action(), errorId), e);
            return internal(call, errorId);
        }
    }

    private Object bind(Type inputType, String data) {
        if (inputType == Void.class || inputType == void.class) {
            return null;
        }
        if (data == null || data.equals("null")) {
            if (inputType instanceof Class<?> type && type.isPrimitive()) {
                throw new InvalidPayloadException("data", "Field 'data' is required", null);
            }
            return null;
        }
        return codec.decode(data, inputType);
    }

    @SuppressWarnings("unchecked")
    private static Object invoke(ActionDefinition<?, ?> action, Object input, CallContext context) throws Exception {
        return ((ActionHandler<Object, Object>) action.handler()).handle(input, context);
    }

    private static OutboundFrame error(InboundFrame.ActionCall call, String code, String message) {
        return new OutboundFrame.Error(call.id(), call.action(), code, message, null);
    }

    private static OutboundFrame internal(InboundFrame.ActionCall call, String errorId) {
        return new OutboundFrame.Error(call.id(), call.action(), ErrorCode.INTERNAL, INTERNAL_MESSAGE, errorId);
    }
}
