package io.kanava.impl.routing;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ActionHandler;
import io.kanava.AsyncActionHandler;
import io.kanava.ChannelDefinition;
import io.kanava.Connection;
import io.kanava.impl.Messages;
import io.kanava.impl.codec.CallId;
import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.codec.Violation;
import io.kanava.spi.InvalidPayloadException;
import io.kanava.spi.PayloadCodec;

/**
 * Answers the calls of one channel, in this order: find the action, pass the auth gate, bind the data, check its
 * constraints, check the permissions, run the handler; the outcome is exactly one reply or error frame. A call refused at any step never
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
    private final InputConstraints constraints;

    /**
     * Builds the router of a validated channel whose inputs have no constraints to check.
     *
     * @param definition the channel
     * @param codec the codec binding payloads
     */
    public ActionRouter(ChannelDefinition definition, PayloadCodec codec) {
        this(definition, codec, InputConstraints.NONE);
    }

    /**
     * Builds the router of a validated channel.
     *
     * @param definition the channel
     * @param codec the codec binding payloads
     * @param constraints what each bound input must meet before permissions and handler
     */
    public ActionRouter(ChannelDefinition definition, PayloadCodec codec, InputConstraints constraints) {
        this.channel = definition.name();
        this.codec = codec;
        this.constraints = constraints;
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
        List<Violation> violations;
        try {
            violations = constraints.violations(input, routed.definition());
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return failed(call, e, errorId -> Messages.validationFailed(channel, call.action(), errorId));
        }
        if (!violations.isEmpty()) {
            return new OutboundFrame.Error(
                    call.id(), call.action(), ErrorCode.INVALID_DATA, describe(violations), null, violations);
        }
        CallContext context = new CallContext(connection, call.action(), call.id());
        try {
            if (!routed.permissions().permits(context, input)) {
                return error(call, ErrorCode.FORBIDDEN, FORBIDDEN_MESSAGE);
            }
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return failed(call, e, errorId -> Messages.permissionFailed(channel, call.action(), errorId));
        }
        return answer(call, routed.definition(), input, context);
    }

    /**
     * Refuses a call that found too many of its connection's calls waiting.
     *
     * @param frame the call
     * @param waiting how many were waiting, for the message
     * @return its {@code rate_limited} error
     */
    public OutboundFrame refuseBusy(InboundFrame frame, int waiting) {
        return refuseRate(
                frame, waiting + " calls of this connection are already waiting; retry once they are answered");
    }

    /**
     * Refuses a call with {@code rate_limited}.
     *
     * @param frame the call
     * @param message why, for the client
     * @return its error
     */
    public OutboundFrame refuseRate(InboundFrame frame, String message) {
        if (frame instanceof InboundFrame.ActionCall call) {
            return error(call, ErrorCode.RATE_LIMITED, message);
        }
        InboundFrame.MalformedFrame malformed = (InboundFrame.MalformedFrame) frame;
        return new OutboundFrame.Error(malformed.id(), malformed.action(), ErrorCode.RATE_LIMITED, message, null);
    }

    /**
     * Answers a call whose reply or error frame is larger than the connection's outgoing limit: {@code internal},
     * naming the limit, with an error id under which the server logs which action answered how much.
     *
     * @param answer the reply or error frame that does not fit
     * @param length its length, in characters
     * @param limit the channel's outgoing limit, in characters
     * @param connection the connection's id, for the log
     * @return the error to send instead
     */
    public OutboundFrame.Error answerTooLarge(OutboundFrame answer, int length, long limit, String connection) {
        CallId id;
        String action;
        if (answer instanceof OutboundFrame.Reply reply) {
            id = reply.id();
            action = reply.action();
        } else {
            OutboundFrame.Error error = (OutboundFrame.Error) answer;
            id = error.id();
            action = error.action();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.warning(Messages.answerTooLarge(channel, action, connection, length, limit, errorId));
        return new OutboundFrame.Error(
                id,
                action,
                ErrorCode.INTERNAL,
                "The answer is larger than the channel's outgoing limit of " + limit + " characters",
                errorId);
    }

    private OutboundFrame answer(
            InboundFrame.ActionCall call, ActionDefinition<?, ?> action, Object input, CallContext context) {
        if (action.isAsync()) {
            return answerLater(call, action, input, context);
        }
        Object output;
        try {
            output = invoke(action, input, context);
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return failure(call, e);
        }
        return reply(call, action, output);
    }

    /** Starts an asynchronous call: its answer is the reply or error its stage completes with, mapped as above. */
    private OutboundFrame answerLater(
            InboundFrame.ActionCall call, ActionDefinition<?, ?> action, Object input, CallContext context) {
        CompletionStage<?> stage;
        try {
            stage = invokeAsync(action, input, context);
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return failure(call, e);
        }
        if (stage == null) {
            return failure(call, new NullPointerException("The asynchronous handler returned no stage"));
        }
        CompletableFuture<OutboundFrame> answer = new CompletableFuture<>();
        stage.whenComplete((output, failed) -> {
            try {
                answer.complete(failed == null ? reply(call, action, output) : failure(call, unwrapped(failed)));
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                answer.complete(
                        failed(call, e, errorId -> Messages.replyNotEncodable(channel, call.action(), errorId)));
            }
        });
        return new OutboundFrame.Pending(answer, action.isConcurrent());
    }

    private OutboundFrame reply(InboundFrame.ActionCall call, ActionDefinition<?, ?> action, Object output) {
        if (action.isVoid()) {
            return new OutboundFrame.Reply(call.id(), call.action(), null);
        }
        try {
            return new OutboundFrame.Reply(call.id(), call.action(), codec.encode(output, action.outputType()));
        } catch (RuntimeException e) {
            return failed(call, e, errorId -> Messages.replyNotEncodable(channel, call.action(), errorId));
        }
    }

    /** A handler's failure: an application error's code and message, anything else {@code internal}. */
    private OutboundFrame failure(InboundFrame.ActionCall call, Throwable failure) {
        if (failure instanceof ActionException e) {
            return error(call, e.code(), e.getMessage());
        }
        return failed(call, failure, errorId -> Messages.handlerFailed(channel, call.action(), errorId));
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
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

    /** The error's message: each violation as {@code path: message}, the data itself as {@code data}. */
    private static String describe(List<Violation> violations) {
        StringBuilder message = new StringBuilder("Data does not meet the action's constraints (");
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            message.append(i == 0 ? "" : "; ")
                    .append(violation.path().isEmpty() ? "data" : violation.path())
                    .append(": ")
                    .append(violation.message());
        }
        return message.append(')').toString();
    }

    @SuppressWarnings("unchecked")
    private static CompletionStage<?> invokeAsync(ActionDefinition<?, ?> action, Object input, CallContext context)
            throws Exception {
        return ((AsyncActionHandler<Object, Object>) action.asyncHandler()).handle(input, context);
    }

    @SuppressWarnings("unchecked")
    private static Object invoke(ActionDefinition<?, ?> action, Object input, CallContext context) throws Exception {
        return ((ActionHandler<Object, Object>) action.handler()).handle(input, context);
    }

    private static OutboundFrame error(InboundFrame.ActionCall call, String code, String message) {
        return new OutboundFrame.Error(call.id(), call.action(), code, message, null);
    }

    /**
     * The one way a call fails on the server's side: the failure logged with a new error id, and {@code internal}
     * with that id answered, never the failure's message or stack trace.
     */
    private static OutboundFrame failed(
            InboundFrame.ActionCall call, Throwable failure, Function<String, String> logMessage) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, logMessage.apply(errorId), failure);
        return new OutboundFrame.Error(call.id(), call.action(), ErrorCode.INTERNAL, INTERNAL_MESSAGE, errorId);
    }
}
