package io.kanava.impl.validation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.kanava.ActionDefinition;
import io.kanava.impl.codec.Violation;
import io.kanava.impl.routing.InputConstraints;

/**
 * An input's Bean Validation constraints, checked with the application's {@link Validator} against the action's
 * validation groups (the default group unless it names others). Nested beans are checked where the input type marks
 * them {@code @Valid}. A call without data for an input type that has constraints breaks one: the data itself is
 * required ({@code path} empty).
 */
public final class BeanValidationConstraints implements InputConstraints {

    static final String DATA_REQUIRED = "must not be null";

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::message);

    private final Validator validator;
    private final Map<Class<?>, Boolean> constrained = new ConcurrentHashMap<>();

    /**
     * @param validator the application's validator
     */
    public BeanValidationConstraints(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param beans the application's beans
     * @return the constraints over the application's {@code Validator} bean, if it has one
     */
    static Optional<BeanValidationConstraints> lookup(Instance<Object> beans) {
        Instance<Validator> validators = beans.select(Validator.class);
        return validators.isResolvable()
                ? Optional.of(new BeanValidationConstraints(validators.get()))
                : Optional.empty();
    }

    /** @return the validator's implementation, for the log */
    String describe() {
        Object unwrapped;
        try {
            unwrapped = validator.unwrap(Validator.class);
        } catch (RuntimeException e) {
            unwrapped = validator;
        }
        return unwrapped.getClass().getName();
    }

    @Override
    public List<Violation> violations(Object input, ActionDefinition<?, ?> action) {
        if (input == null) {
            Class<?> type = rawClass(action.inputType());
            return type != null && isConstrained(type) ? List.of(new Violation("", DATA_REQUIRED)) : List.of();
        }
        if (!isConstrained(input.getClass())) {
            return List.of();
        }
        Class<?>[] groups = action.validationGroups().toArray(Class<?>[]::new);
        return validator.validate(input, groups).stream()
                .map(BeanValidationConstraints::violation)
                .sorted(ORDER)
                .toList();
    }

    /** Asks the validator once per class: most inputs of most calls have nothing to validate. */
    private boolean isConstrained(Class<?> type) {
        return constrained.computeIfAbsent(
                type, key -> validator.getConstraintsForClass(key).isBeanConstrained());
    }

    private static Violation violation(ConstraintViolation<Object> violation) {
        return new Violation(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || plain.isArray() || plain.getName().startsWith("java.") ? null : plain;
        }
        return type instanceof ParameterizedType parameterized ? rawClass(parameterized.getRawType()) : null;
    }
}
