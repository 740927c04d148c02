package io.kanava.impl.routing;

import java.util.List;

import io.kanava.ActionDefinition;
import io.kanava.impl.codec.Violation;

/**
 * The constraints a call's bound input must meet before its permissions and handler run: Bean Validation's where the
 * server provides it ({@code io.kanava.impl.validation}), none otherwise.
 */
@FunctionalInterface
public interface InputConstraints {

    /** No constraints: every input passes. */
    InputConstraints NONE = (input, action) -> List.of();

    /**
     * Checks one input.
     *
     * @param input the bound input, or {@code null} when the call carried no data
     * @param action the action it was bound for, with its validation groups
     * @return the broken constraints, in a stable order; empty when the input passes
     */
    List<Violation> violations(Object input, ActionDefinition<?, ?> action);
}
