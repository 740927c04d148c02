package io.kanava.tck.realm;

import java.security.Principal;

/** The one-line answer of both the servlet and the endpoint: {@code name=<principal>;admin=<bool>;user=<bool>}. */
public final class IdentityReport {

    private IdentityReport() {}

    /**
     * Formats what the container knows about the caller.
     *
     * @param principal the caller's principal, or {@code null} when anonymous
     * @param admin whether the caller is in role {@code admin}
     * @param user whether the caller is in role {@code user}
     * @return the report
     */
    public static String of(Principal principal, boolean admin, boolean user) {
        return "name=" + (principal == null ? null : principal.getName()) + ";admin=" + admin + ";user=" + user;
    }
}
