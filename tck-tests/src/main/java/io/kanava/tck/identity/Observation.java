package io.kanava.tck.identity;

import java.security.Principal;
import java.util.concurrent.Callable;

/**
 * What one handler saw when it called the container's security APIs. Each field is {@code <name> user=<true|false>}
 * (name {@code null} when there is no principal), or {@code refused: <exception>} when the call threw.
 *
 * @param restricted the {@code @RolesAllowed("user")} method of {@link CallerBean}
 * @param permitAll the {@code @PermitAll} method of {@link CallerBean}
 * @param securityContext Jakarta Security's {@code SecurityContext}
 */
public record Observation(String restricted, String permitAll, String securityContext) {

    /**
     * Calls the three APIs on the current thread.
     *
     * @param bean the session bean
     * @param security the Jakarta Security probe
     * @return what they answered
     */
    static Observation observe(CallerBean bean, SecurityContextProbe security) {
        return new Observation(attempt(bean::restricted), attempt(bean::describe), attempt(security::describe));
    }

    static String caller(Principal principal, boolean user) {
        return (principal == null ? null : principal.getName()) + " user=" + user;
    }

    private static String attempt(Callable<String> call) {
        try {
            return call.call();
        } catch (Exception | LinkageError e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
