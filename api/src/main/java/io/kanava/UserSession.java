package io.kanava;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An identity established in-band, on an open connection: typically by an {@code auth(false)} action such as
 * {@code login} that verifies a token and calls {@link Connection#startSession(UserSession)}. Later calls on the
 * connection see it; {@link Connection#endSession()} clears it (logout).
 *
 * <p>While a session is present it is the connection's identity for the auth gate and for permissions: its subject
 * and its roles replace those of the container. An immutable value.
 */
public final class UserSession {

    private final String subject;
    private final Set<String> roles;
    private final Map<String, Object> attributes;
    private final Instant expiresAt;

    private UserSession(Builder builder) {
        this.subject = Objects.requireNonNull(builder.subject, "subject");
        this.roles = Set.copyOf(builder.roles);
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
        this.expiresAt = builder.expiresAt;
    }

    /**
     * Creates a session with a subject and roles.
     *
     * @param subject who the session belongs to, for example a user name
     * @param roles the roles the subject holds
     * @return the session
     */
    public static UserSession of(String subject, Set<String> roles) {
        return builder(subject).roles(roles).build();
    }

    /**
     * Starts a session.
     *
     * @param subject who the session belongs to
     * @return a builder
     */
    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    /**
     * Returns who the session belongs to.
     *
     * @return the subject, never {@code null}
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the subject's roles.
     *
     * @return an unmodifiable set
     */
    public Set<String> roles() {
        return roles;
    }

    /**
     * Tells whether the subject holds a role.
     *
     * @param role the role name
     * @return {@code true} if it is one of the session's roles
     */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Returns the session's attributes, such as a tenant or the token's expiry.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /**
     * Returns one attribute.
     *
     * @param name the attribute name
     * @return the value, or empty
     */
    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * Returns when the session ends by itself, such as when the token it was started from expires.
     *
     * @return the instant, empty for a session that lasts as long as its connection or until {@code endSession}
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Tells whether the session has ended by itself: from then on its connection has no in-band identity, and
     * calls that need one are answered {@code unauthenticated} until {@code startSession} starts another.
     *
     * @param now the current instant
     * @return {@code true} from its expiry on
     */
    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "UserSession[" + subject + " " + roles + (expiresAt == null ? "" : " until " + expiresAt) + "]";
    }

    /** Builds a {@link UserSession}. */
    public static final class Builder {

        private final String subject;
        private final Set<String> roles = new java.util.LinkedHashSet<>();
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private Instant expiresAt;

        private Builder(String subject) {
            this.subject = subject;
        }

        /**
         * Adds a role.
         *
         * @param role the role name
         * @return this builder
         */
        public Builder role(String role) {
            roles.add(Objects.requireNonNull(role, "role"));
            return this;
        }

        /**
         * Adds roles.
         *
         * @param names the role names
         * @return this builder
         */
        public Builder roles(Collection<String> names) {
            names.forEach(this::role);
            return this;
        }

        /**
         * Adds an attribute.
         *
         * @param name the attribute name
         * @param value the value, not {@code null}
         * @return this builder
         */
        public Builder attribute(String name, Object value) {
            attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Makes the session end by itself at an instant, typically its token's expiry; {@code startSession} with a
         * fresh session refreshes it in place, without reconnecting.
         *
         * @param instant when it ends
         * @return this builder
         */
        public Builder expiresAt(Instant instant) {
            this.expiresAt = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /**
         * Builds the session.
         *
         * @return an immutable session
         */
        public UserSession build() {
            return new UserSession(this);
        }
    }
}
