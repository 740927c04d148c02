package io.kanava.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link HandshakeCheck} decides about an upgrade request: let it proceed to the next check, refuse it
 * with an HTTP status, or give the connection an identity.
 */
public final class HandshakeVerdict {

    private static final HandshakeVerdict PROCEED = new HandshakeVerdict(0, null, null, Set.of());

    private final int status;
    private final String reason;
    private final String subject;
    private final Set<String> roles;

    private HandshakeVerdict(int status, String reason, String subject, Set<String> roles) {
        this.status = status;
        this.reason = reason;
        this.subject = subject;
        this.roles = roles;
    }

    /**
     * Lets the request go on to the next check, and to the container's own identity when no check decides.
     *
     * @return the verdict
     */
    public static HandshakeVerdict proceed() {
        return PROCEED;
    }

    /**
     * Refuses the request: the client receives the status and no connection opens.
     *
     * @param status an HTTP client-error status, typically 401 (no or bad credentials) or 403 (not allowed)
     * @param reason a short text for the response body; it reaches the client, so it names no secret
     * @return the verdict
     * @throws IllegalArgumentException when the status is not between 400 and 499
     */
    public static HandshakeVerdict refuse(int status, String reason) {
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException(
                    "A handshake is refused with a client-error status (400-499), not " + status);
        }
        return new HandshakeVerdict(status, Objects.requireNonNullElse(reason, ""), null, Set.of());
    }

    /**
     * Gives the connection an identity: its principal has the subject as name, and it holds exactly these roles
     * (for actions' {@code auth} and {@code RolePermission}s), whatever the container authenticated.
     *
     * @param subject the identity's name, not blank
     * @param roles the roles it holds
     * @return the verdict
     * @throws IllegalArgumentException when the subject is blank
     */
    public static HandshakeVerdict identify(String subject, Set<String> roles) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An identity given at the handshake needs a subject");
        }
        return new HandshakeVerdict(0, null, subject, Set.copyOf(roles));
    }

    /**
     * Tells whether the request goes on to the next check.
     *
     * @return {@code true} for {@link #proceed()}
     */
    public boolean proceeds() {
        return status == 0 && subject == null;
    }

    /**
     * Returns the status of a refusal.
     *
     * @return the status, empty unless refused
     */
    public Optional<Integer> refusal() {
        return status == 0 ? Optional.empty() : Optional.of(status);
    }

    /**
     * Returns the reason of a refusal.
     *
     * @return the reason, empty unless refused
     */
    public String reason() {
        return reason == null ? "" : reason;
    }

    /**
     * Returns the subject of a given identity.
     *
     * @return the subject, empty unless an identity was given
     */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /**
     * Returns the roles of a given identity.
     *
     * @return the roles, empty unless an identity was given
     */
    public Set<String> roles() {
        return roles;
    }

    @Override
    public String toString() {
        if (proceeds()) {
            return "proceed";
        }
        return refusal().map(code -> "refuse " + code + " " + reason).orElseGet(() -> "identify " + subject + roles);
    }
}
