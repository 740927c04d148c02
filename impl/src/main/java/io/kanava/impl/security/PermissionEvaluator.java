package io.kanava.impl.security;

import java.util.ArrayList;
import java.util.List;

import io.kanava.ActionContext;
import io.kanava.ActionDefinition;
import io.kanava.Permission;

/**
 * Evaluates the permission groups of one action: a call passes if any group passes, and a group passes only if
 * all of its permissions pass. An action without groups lets every call through. Groups and their members are
 * tried in declaration order, and evaluation stops as soon as the outcome is known.
 */
public final class PermissionEvaluator {

    private final List<List<Permission<Object>>> groups;

    private PermissionEvaluator(List<List<Permission<Object>>> groups) {
        this.groups = groups;
    }

    /**
     * Builds the evaluator of one action.
     *
     * @param action the action
     * @return its evaluator
     */
    @SuppressWarnings("unchecked")
    public static PermissionEvaluator of(ActionDefinition<?, ?> action) {
        List<List<Permission<Object>>> groups = new ArrayList<>();
        action.permissions()
                .values()
                .forEach(members -> groups.add(List.copyOf((List<Permission<Object>>) (List<?>) members)));
        return new PermissionEvaluator(List.copyOf(groups));
    }

    /**
     * Decides whether a call may run.
     *
     * @param context the call's context
     * @param input the call's decoded input
     * @return {@code true} when there are no groups or one of them passes
     * @throws Exception when a permission fails
     */
    public boolean permits(ActionContext context, Object input) throws Exception {
        if (groups.isEmpty()) {
            return true;
        }
        for (List<Permission<Object>> group : groups) {
            if (allPass(group, context, input)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allPass(List<Permission<Object>> group, ActionContext context, Object input)
            throws Exception {
        for (Permission<Object> permission : group) {
            if (!permission.test(context, input)) {
                return false;
            }
        }
        return true;
    }
}
