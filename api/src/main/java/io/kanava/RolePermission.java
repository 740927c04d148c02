package io.kanava;

import java.util.Objects;

/**
 * The built-in permission that checks one role; see {@link Permission#role(String)}. The runtime reads
 * {@link #role()} to know which roles to capture when a connection is opened.
 *
 * @param <I> the input type
 */
public final class RolePermission<I> implements Permission<I> {

    private final String role;

    RolePermission(String role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    /**
     * Returns the role this permission requires.
     *
     * @return the role name
     */
    public String role() {
        return role;
    }

    @Override
    public boolean test(ActionContext context, I input) {
        return context.connection().hasRole(role);
    }

    @Override
    public String toString() {
        return "role(" + role + ")";
    }
}
