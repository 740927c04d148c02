package io.kanava.tck.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** Asks Jakarta Security's {@link SecurityContext} who the caller is. */
@ApplicationScoped
public class SecurityContextProbe {

    // a field of this type is what makes WildFly enable Jakarta Security for the deployment (an Instance<> is not)
    @Inject
    SecurityContext security;

    /**
     * Answers who the caller is, as Jakarta Security sees it.
     *
     * @return {@code <name> user=<true|false>}, with name {@code null} when there is no caller principal
     */
    public String describe() {
        return Observation.caller(security.getCallerPrincipal(), security.isCallerInRole("user"));
    }
}
