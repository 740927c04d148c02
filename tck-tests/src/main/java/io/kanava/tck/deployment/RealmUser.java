package io.kanava.tck.deployment;

import java.util.Map;

import io.kanava.tck.wire.WireClient;

/**
 * A user the server's realm must know for the kit: the runner configures them (WildFly application users, a
 * Payara file realm, a Liberty basic registry).
 *
 * @param name the user name
 * @param password the password
 */
public record RealmUser(String name, String password) {

    /** Holds the roles {@code admin} and {@code user}. */
    public static final RealmUser ALICE = new RealmUser("alice", "alice-secret");

    /** Holds the role {@code user} only. */
    public static final RealmUser BOB = new RealmUser("bob", "bob-secret");

    /**
     * Returns the value of an {@code Authorization} header of HTTP BASIC for this user.
     *
     * @return {@code Basic base64(name:password)}
     */
    public String authorization() {
        return basic().get("Authorization");
    }

    /**
     * Returns the {@code Authorization} header of HTTP BASIC for this user.
     *
     * @return headers to pass when connecting
     */
    public Map<String, String> basic() {
        return WireClient.basic(name, password);
    }

    /**
     * Returns the {@code Authorization} header of this user with a wrong password.
     *
     * @return headers to pass when connecting
     */
    public Map<String, String> wrongPassword() {
        return WireClient.basic(name, password + "-wrong");
    }
}
