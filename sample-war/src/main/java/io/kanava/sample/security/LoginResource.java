package io.kanava.sample.security;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code POST /api/login}: the caller, authenticated with HTTP BASIC (see {@code web.xml}), gets a token for the
 * in-band {@code login} action of the channels.
 */
@Path("login")
@RequestScoped
public class LoginResource {

    /**
     * The answer of a login.
     *
     * @param token the token to send to a channel's {@code login} action
     * @param subject who it is for
     * @param roles the roles it grants
     */
    public record IssuedToken(String token, String subject, Set<String> roles) {}

    private static final Set<String> ROLES = Set.of("admin", "user");

    @Inject
    SessionTokens tokens;

    @Context
    SecurityContext security;

    /**
     * Issues a token for the authenticated caller.
     *
     * @return the token
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public IssuedToken login() {
        String subject = security.getUserPrincipal().getName();
        Set<String> roles = new LinkedHashSet<>();
        ROLES.stream().filter(security::isUserInRole).sorted().forEach(roles::add);
        return new IssuedToken(tokens.issue(subject, roles), subject, roles);
    }
}
