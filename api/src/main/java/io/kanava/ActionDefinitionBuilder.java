package io.kanava;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link ActionDefinition}.
 *
 * @param <I> the input type
 * @param <O> the output type
 */
public final class ActionDefinitionBuilder<I, O> {

    final String name;
    Type inputType;
    Type outputType;
    ActionHandler<I, O> handler;
    AsyncActionHandler<I, O> asyncHandler;
    boolean concurrent;
    Boolean auth;
    final Map<String, List<Permission<? super I>>> permissions = new LinkedHashMap<>();
    final Set<String> errors = new LinkedHashSet<>();
    final List<Class<?>> validationGroups = new ArrayList<>();

    ActionDefinitionBuilder(String name) {
        this.name = name;
    }

    /**
     * Sets the input type.
     *
     * @param type the type {@code data} binds to; {@code Void.class} when the action takes no data
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> input(Type type) {
        this.inputType = type;
        return this;
    }

    /**
     * Sets the output type.
     *
     * @param type the type of the reply's data; {@code Void.class} for a reply without data
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> output(Type type) {
        this.outputType = type;
        return this;
    }

    /**
     * Sets a generic output type, such as {@code DataType.listOf(Todo.class)}.
     *
     * @param type the type of the reply's data
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> output(DataType<O> type) {
        this.outputType = type == null ? null : type.type();
        return this;
    }

    /**
     * Sets the handler.
     *
     * @param handler the function that answers each call
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> handler(ActionHandler<I, O> handler) {
        this.handler = handler;
        return this;
    }

    /**
     * Sets the handler of an asynchronous action, in place of {@link #handler(ActionHandler)}.
     *
     * @param handler the function that starts each call and returns a stage of its output
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> asyncHandler(AsyncActionHandler<I, O> handler) {
        this.asyncHandler = handler;
        return this;
    }

    /**
     * Lets the connection's later calls run while a call of this asynchronous action is pending.
     *
     * @param concurrent {@code true} for that; {@code false}, the default, answers the calls in order
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> concurrent(boolean concurrent) {
        this.concurrent = concurrent;
        return this;
    }

    /**
     * Overrides the channel's {@code auth} flag for this action.
     *
     * @param required {@code true} if a caller needs an identity, {@code false} to open the action to anyone
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> auth(boolean required) {
        this.auth = required;
        return this;
    }

    /**
     * Adds a permission group: the group passes when all of its permissions pass, and a call passes when any
     * group passes. Adding to an existing group name extends that group.
     *
     * @param group the group's name, for reading and for logs
     * @param members the permissions that must all pass
     * @return this builder
     */
    @SafeVarargs
    public final ActionDefinitionBuilder<I, O> permissions(String group, Permission<? super I>... members) {
        List<Permission<? super I>> all = permissions.computeIfAbsent(group, key -> new ArrayList<>());
        for (Permission<? super I> member : members) {
            all.add(member);
        }
        return this;
    }

    /**
     * Declares application error codes this action may answer with an {@link ActionException}, such as
     * {@code todo_not_found}, so that generated clients can type them. Declaring a code does not restrict what
     * the handler may throw.
     *
     * @param codes the error codes
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> errors(String... codes) {
        errors.addAll(List.of(codes));
        return this;
    }

    /**
     * Validates the input against these Bean Validation groups instead of the default group.
     *
     * @param groups the groups, such as {@code OnCreate.class}
     * @return this builder
     */
    public ActionDefinitionBuilder<I, O> validationGroups(Class<?>... groups) {
        validationGroups.addAll(List.of(groups));
        return this;
    }

    /**
     * Builds the action.
     *
     * @return an immutable definition
     */
    public ActionDefinition<I, O> build() {
        return new ActionDefinition<>(this);
    }
}
