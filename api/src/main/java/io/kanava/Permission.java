package io.kanava;

/**
 * A check a call must pass before its handler runs. Permissions come in named groups on an action: a call passes
 * if any group passes, and a group passes only if all of its permissions pass. A refused call is answered with
 * {@code forbidden} and its handler never runs. Permissions run after the auth gate and after the call's data is
 * bound, so they see the decoded input.
 *
 * <pre>{@code
 * ActionDefinition.<Todo, Void>builder("delete")
 *         .input(Todo.class).output(Void.class)
 *         .permissions("admins", Permission.role("admin"))
 *         .permissions("owner", Permission.role("user"),
 *                 (context, todo) -> todo.owner().equals(context.connection().subject().orElse(null)))
 *         .handler(...)
 *         .build();
 * }</pre>
 *
 * @param <I> the input type of the actions it guards
 */
@FunctionalInterface
public interface Permission<I> {

    /**
     * Decides whether a call may go on.
     *
     * @param context the call's context, with its connection and identity
     * @param input the call's decoded input, possibly {@code null}
     * @return {@code true} to let the call through
     * @throws Exception a failure; the call is answered {@code internal} and the handler does not run
     */
    boolean test(ActionContext context, I input) throws Exception;

    /**
     * The built-in role permission: the caller holds a role, from the in-band session when there is one, else from
     * the container identity of the upgrade request. Roles named this way are captured at every handshake.
     *
     * @param role the role name
     * @param <I> the input type
     * @return the permission
     */
    static <I> RolePermission<I> role(String role) {
        return new RolePermission<>(role);
    }

    /**
     * A permission that passes for any caller with an identity, container or in-band.
     *
     * @param <I> the input type
     * @return the permission
     */
    static <I> Permission<I> authenticated() {
        return (context, input) -> context.connection().isAuthenticated();
    }
}
