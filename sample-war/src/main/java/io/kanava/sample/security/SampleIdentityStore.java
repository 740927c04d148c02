package io.kanava.sample.security;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The sample's users, kept in the application so the same WAR has them on every server: {@code alice} (password
 * {@code alice-secret}, groups {@code admin} and {@code user}) and {@code bob} ({@code bob-secret}, {@code user}).
 * A real application points Jakarta Security at its own store (LDAP, a database) instead.
 */
@ApplicationScoped
public class SampleIdentityStore implements IdentityStore {

    private record Account(String password, Set<String> groups) {}

    private static final Map<String, Account> ACCOUNTS = Map.of(
            "alice", new Account("alice-secret", Set.of("admin", "user")),
            "bob", new Account("bob-secret", Set.of("user")));

    /**
     * Checks a user name and password.
     *
     * @param credential what the client sent
     * @return the caller and its groups, or {@code INVALID_RESULT}
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Account account = ACCOUNTS.get(credential.getCaller());
        if (account == null || !credential.compareTo(credential.getCaller(), account.password())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(credential.getCaller(), account.groups());
    }
}
