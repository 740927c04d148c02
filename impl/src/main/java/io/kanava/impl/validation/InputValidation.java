package io.kanava.impl.validation;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.inject.Instance;

import io.kanava.impl.Messages;
import io.kanava.impl.routing.InputConstraints;

/**
 * Decides how an application's action inputs are validated: with the {@code Validator} bean of Jakarta Validation's
 * CDI integration where the server provides it (WildFly, Payara and Open Liberty all do), not at all otherwise. Says
 * which, once per application, in the log. Touches no Jakarta Validation type unless the API is there.
 */
public final class InputValidation {

    private static final Logger LOG = Logger.getLogger(InputValidation.class.getName());
    private static final String VALIDATOR = "jakarta.validation.Validator";

    private InputValidation() {}

    /**
     * @param beans the application's beans
     * @param contextPath the application, for the log
     * @return the constraints inputs are checked against
     */
    public static InputConstraints of(Instance<Object> beans, String contextPath) {
        Optional<BeanValidationConstraints> constraints =
                apiPresent() ? BeanValidationConstraints.lookup(beans) : Optional.empty();
        if (constraints.isEmpty()) {
            LOG.warning(Messages.inputsNotValidated(contextPath));
            return InputConstraints.NONE;
        }
        LOG.fine(Messages.inputsValidated(contextPath, constraints.get().describe()));
        return constraints.get();
    }

    private static boolean apiPresent() {
        try {
            Class.forName(VALIDATOR, false, InputValidation.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
