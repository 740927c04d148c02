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
 * Answers the calls of one channel, in this order: find the action, pass the auth gate, bind the data, check the
 * permissions, run the handler; the outcome is exactly one reply or error frame. A call refused at any step never
 * reaches its handler. It never throws for a client's mistake or a handler's failure. Everything it needs per call
 * is resolved when it is built.
 */
public final class ActionRouter {

    private static final Logger LOG = Logger.getLogger(ActionRouter.class.getName());
    private static final String INTERNAL_MESSAGE = "Internal error";

    private final String channel;
    private static final String UNAUTHENTICATED_MESSAGE = "Authentication required";
    private static final String FORBIDDEN_MESSAGE = "Permission denied";

    private final Map<String, RoutedAction> actions = new HashMap<>();
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
        definition.actions().forEach(action -> actions.put(action.name(), RoutedAction.of(definition, action)));
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
        RoutedAction routed = actions.get(call.action());
        if (routed == null) {
            return error(call, ErrorCode.UNKNOWN_ACTION, "Channel '" + channel + "' has no such action");
        }
        if (!routed.gate().admits(connection)) {
            return error(call, ErrorCode.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGE);
        }
        Object input;
        try {
            input = bind(routed.definition().inputType(), call.data());
        } catch (InvalidPayloadException e) {
            return error(call, ErrorCode.INVALID_DATA, e.getMessage());
        }
        CallContext context = new CallContext(connection, call.action(), call.id());
        try {
            if (!routed.permissions().permits(context, input)) {
                return error(call, ErrorCode.FORBIDDEN, FORBIDDEN_MESSAGE);
            }
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, Messages.permissionFailed(channel, call.action(), errorId), e);
            return internal(call, errorId);
        }
        return answer(call, routed.definition(), input, context);
    }

    private OutboundFrame answer(
            InboundFrame.ActionCall call, ActionDefinition<?, ?> action, Object input, CallContext context) {
        Object output;
        try {
            output = invoke(action, input, context);
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
