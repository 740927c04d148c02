package io.kanava.sample.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Turns on HTTP BASIC for the sample. Credentials on any request, the WebSocket upgrade of a channel included,
 * establish the caller; requests without them stay anonymous unless {@code web.xml} protects the path.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "kanava-sample")
@DeclareRoles({"admin", "user"})
public class SampleSecurity {}
