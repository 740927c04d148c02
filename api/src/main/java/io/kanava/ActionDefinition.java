package io.kanava;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One action of a channel: its name, the type its {@code data} binds to, the type of its reply, its handler, whether
 * it needs an identity, its permissions and the application error codes it declares.
 *
 * <p>Most actions are one line of {@link ChannelDefinitionBuilder}: {@code action(name, Input.class, Output.class,
 * handler)}, {@code action(name, Input.class, DataType.listOf(Output.class), handler)} for a generic output, and
 * {@code action(name, Input.class, voidHandler)} for a reply without data. Every other option is one call on the
 * same line's {@link #of(String, Class, Class, ActionHandler) of(...)}, each returning a new definition:
 *
 * <pre>{@code
 * .action(ActionDefinition.of("list", Void.class, DataType.listOf(Todo.class), (input, context) -> store.all())
 *         .auth(false))
 * .action(ActionDefinition.of("delete", TodoId.class, (input, context) -> store.remove(input.id()))
 *         .permissions("admins", Permission.role("admin"))
 *         .errors("todo_not_found"))
 * }</pre>
 *
 * {@link #builder(String)} states the same step by step. A definition is an immutable value. It is checked when the
 * application deploys, not when it is built: a missing type or handler fails the deployment with a message naming
 * the producer method.
 *
 * @param <I> the input type; {@link Void} for an action that takes no data
 * @param <O> the output type; {@link Void} for an action whose reply carries no data
 */
public final class ActionDefinition<I, O> {

    private final String name;
    private final Type inputType;
    private final Type outputType;
    private final ActionHandler<I, O> handler;
    private final AsyncActionHandler<I, O> asyncHandler;
    private final boolean concurrent;
    private final Boolean auth;
    private final Map<String, List<Permission<? super I>>> permissions;
    private final Set<String> errors;
    private final List<Class<?>> validationGroups;

    ActionDefinition(ActionDefinitionBuilder<I, O> builder) {
        this.name = builder.name;
        this.inputType = builder.inputType;
        this.outputType = builder.outputType;
        this.handler = builder.handler;
        this.asyncHandler = builder.asyncHandler;
        this.concurrent = builder.concurrent;
        this.auth = builder.auth;
        Map<String, List<Permission<? super I>>> groups = new LinkedHashMap<>();
        builder.permissions.forEach((group, members) -> groups.put(group, List.copyOf(members)));
        this.permissions = Collections.unmodifiableMap(groups);
        this.errors = Collections.unmodifiableSet(new LinkedHashSet<>(builder.errors));
        this.validationGroups = List.copyOf(builder.validationGroups);
    }

    /**
     * Creates an action whose input and output are plain classes.
     *
     * @param name the action name, unique within its channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param output the output type; {@code Void.class} for a reply without data
     * @param handler the handler
     * @param <I> the input type
     * @param <O> the output type
     * @return the action
     */
    public static <I, O> ActionDefinition<I, O> of(
            String name, Class<I> input, Class<O> output, ActionHandler<I, O> handler) {
        return ActionDefinition.<I, O>builder(name)
                .input(input)
                .output(output)
                .handler(handler)
                .build();
    }

    /**
     * Creates an action whose output is a generic type, such as {@code DataType.listOf(Todo.class)}.
     *
     * @param name the action name, unique within its channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param output the output type
     * @param handler the handler
     * @param <I> the input type
     * @param <O> the output type
     * @return the action
     */
    public static <I, O> ActionDefinition<I, O> of(
            String name, Class<I> input, DataType<O> output, ActionHandler<I, O> handler) {
        return ActionDefinition.<I, O>builder(name)
                .input(input)
                .output(output)
                .handler(handler)
                .build();
    }

    /**
     * Creates an action whose reply carries no data.
     *
     * @param name the action name, unique within its channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param handler the handler, which returns nothing
     * @param <I> the input type
     * @return the action
     */
    public static <I> ActionDefinition<I, Void> of(String name, Class<I> input, VoidActionHandler<I> handler) {
        return ActionDefinition.<I, Void>builder(name)
                .input(input)
                .output(Void.class)
                .handler(
                        handler == null
                                ? null
                                : (in, context) -> {
                                    handler.handle(in, context);
                                    return null;
                                })
                .build();
    }

    /**
     * Creates an asynchronous action: its handler returns a stage of the output, and the reply is sent when the stage
     * completes.
     *
     * @param name the action name, unique within its channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param output the output type; {@code Void.class} for a reply without data
     * @param handler the handler
     * @param <I> the input type
     * @param <O> the output type
     * @return the action
     */
    public static <I, O> ActionDefinition<I, O> async(
            String name, Class<I> input, Class<O> output, AsyncActionHandler<I, O> handler) {
        return ActionDefinition.<I, O>builder(name)
                .input(input)
                .output(output)
                .asyncHandler(handler)
                .build();
    }

    /**
     * Creates an asynchronous action whose output is a generic type, such as {@code DataType.listOf(Todo.class)}.
     *
     * @param name the action name, unique within its channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param output the output type
     * @param handler the handler
     * @param <I> the input type
     * @param <O> the output type
     * @return the action
     */
    public static <I, O> ActionDefinition<I, O> async(
            String name, Class<I> input, DataType<O> output, AsyncActionHandler<I, O> handler) {
        return ActionDefinition.<I, O>builder(name)
                .input(input)
                .output(output)
                .asyncHandler(handler)
                .build();
    }

    /**
     * Returns this asynchronous action as one whose calls do not hold back the connection's later calls: those run
     * while it is pending, and its reply may come after theirs (clients match replies by id). The channel bounds how
     * many of a connection's calls may be pending at once ({@link ChannelDefinitionBuilder#maxPendingCalls(int)}).
     * A synchronous action is always answered before the connection's next call runs.
     *
     * @return a new definition; this one is unchanged
     */
    public ActionDefinition<I, O> concurrent() {
        ActionDefinitionBuilder<I, O> copy = toBuilder();
        copy.concurrent = true;
        return copy.build();
    }

    /**
     * Returns this action with its own {@code auth} flag, overriding the channel's.
     *
     * @param required {@code true} if a caller needs an identity, {@code false} to open the action to anyone
     * @return a new definition; this one is unchanged
     */
    public ActionDefinition<I, O> auth(boolean required) {
        return toBuilder().auth(required).build();
    }

    /**
     * Returns this action with one more permission group (or an existing group extended): the group passes when all
     * of its permissions pass, and a call passes when any group passes.
     *
     * @param group the group's name, for reading and for logs
     * @param members the permissions that must all pass
     * @return a new definition; this one is unchanged
     */
    @SafeVarargs
    public final ActionDefinition<I, O> permissions(String group, Permission<? super I>... members) {
        ActionDefinitionBuilder<I, O> copy = toBuilder();
        List<Permission<? super I>> all = copy.permissions.computeIfAbsent(group, key -> new ArrayList<>());
        for (Permission<? super I> member : members) {
            all.add(member);
        }
        return copy.build();
    }

    /**
     * Returns this action with more declared application error codes, such as {@code todo_not_found}, so that
     * generated clients can type them.
     *
     * @param codes the error codes
     * @return a new definition; this one is unchanged
     */
    public ActionDefinition<I, O> errors(String... codes) {
        return toBuilder().errors(codes).build();
    }

    /**
     * Returns this action with the Bean Validation groups its input is validated against, instead of the default
     * group.
     *
     * @param groups the groups, such as {@code OnCreate.class}
     * @return a new definition; this one is unchanged
     */
    public ActionDefinition<I, O> validationGroups(Class<?>... groups) {
        return toBuilder().validationGroups(groups).build();
    }

    private ActionDefinitionBuilder<I, O> toBuilder() {
        ActionDefinitionBuilder<I, O> copy = ActionDefinition.<I, O>builder(name)
                .input(inputType)
                .output(outputType)
                .handler(handler);
        copy.asyncHandler = asyncHandler;
        copy.concurrent = concurrent;
        copy.auth = auth;
        permissions.forEach((group, members) -> copy.permissions.put(group, new ArrayList<>(members)));
        copy.errors.addAll(errors);
        copy.validationGroups.addAll(validationGroups);
        return copy;
    }

    /**
     * Starts an action definition.
     *
     * @param name the action name, unique within its channel
     * @param <I> the input type
     * @param <O> the output type
     * @return a builder
     */
    public static <I, O> ActionDefinitionBuilder<I, O> builder(String name) {
        return new ActionDefinitionBuilder<>(name);
    }

    /**
     * Returns the action name.
     *
     * @return the name as declared
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type a call's {@code data} is bound to with JSON-B.
     *
     * @return the input type; {@code Void.class} when the action takes no data; {@code null} only in a definition
     *     that fails deployment
     */
    public Type inputType() {
        return inputType;
    }

    /**
     * Returns the type of the reply's {@code data}.
     *
     * @return the output type; {@code Void.class} or {@code void.class} for a reply without data; {@code null}
     *     only in a definition that fails deployment
     */
    public Type outputType() {
        return outputType;
    }

    /**
     * Returns the handler of a synchronous action.
     *
     * @return the handler; {@code null} for an asynchronous action (see {@link #asyncHandler()}), and in a
     *     definition that fails deployment
     */
    public ActionHandler<I, O> handler() {
        return handler;
    }

    /**
     * Returns the handler of an asynchronous action.
     *
     * @return the handler, or {@code null} for a synchronous action (see {@link #handler()})
     */
    public AsyncActionHandler<I, O> asyncHandler() {
        return asyncHandler;
    }

    /**
     * Tells whether the action is asynchronous: its handler returns a stage of the output.
     *
     * @return {@code true} when declared with {@code async(...)}
     */
    public boolean isAsync() {
        return asyncHandler != null;
    }

    /**
     * Tells whether the connection's later calls run while a call of this action is pending.
     *
     * @return {@code true} when declared {@link #concurrent()}
     */
    public boolean isConcurrent() {
        return concurrent;
    }

    /**
     * Returns this action's override of the channel's {@code auth} flag.
     *
     * @return {@code true} if the action needs an identity, {@code false} if it is open to anyone, empty to follow
     *     the channel
     */
    public Optional<Boolean> auth() {
        return Optional.ofNullable(auth);
    }

    /**
     * Returns the action's permission groups, in declaration order. A call passes if any group passes; a group
     * passes if all of its permissions pass. No groups means no permission check.
     *
     * @return an unmodifiable map from group name to its permissions
     */
    public Map<String, List<Permission<? super I>>> permissions() {
        return permissions;
    }

    /**
     * Returns the application error codes this action declares it may answer, through an {@link ActionException}.
     * Generated clients type them, and the application's AsyncAPI document lists them; the protocol's own codes
     * ({@code unauthenticated}, {@code forbidden}, ...) are always possible and are not declared here.
     *
     * @return an unmodifiable set, in declaration order
     */
    public Set<String> errors() {
        return errors;
    }

    /**
     * Returns the Bean Validation groups the input is validated against when the server provides Jakarta Validation:
     * a call whose input breaks a constraint answers {@code invalid_data} with the violations, before permissions and
     * handler.
     *
     * @return the groups in declaration order; empty for the default group
     */
    public List<Class<?>> validationGroups() {
        return validationGroups;
    }

    /**
     * Tells whether the reply of this action carries no data.
     *
     * @return {@code true} when the output type is {@code Void} or {@code void}
     */
    public boolean isVoid() {
        return outputType == Void.class || outputType == void.class;
    }

    @Override
    public String toString() {
        return "ActionDefinition[" + name + "]";
    }
}
