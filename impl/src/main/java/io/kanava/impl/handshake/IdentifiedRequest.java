package io.kanava.impl.handshake;

import java.security.Principal;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * An upgrade request that carries the identity a check gave it: the container reads the connection's principal,
 * and Kanava the roles, from this request, as it would from one the container authenticated.
 */
final class IdentifiedRequest extends HttpServletRequestWrapper {

    /** The authentication scheme such requests report. */
    static final String AUTH_TYPE = "KANAVA_HANDSHAKE_CHECK";

    private final Principal principal;
    private final Set<String> roles;

    IdentifiedRequest(HttpServletRequest request, String subject, Set<String> roles) {
        super(request);
        this.principal = new CheckedPrincipal(subject);
        this.roles = roles;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public String getRemoteUser() {
        return principal.getName();
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public String getAuthType() {
        return AUTH_TYPE;
    }

    /**
     * The principal of an identity given by a check.
     *
     * @param name the subject
     */
    record CheckedPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }
}
