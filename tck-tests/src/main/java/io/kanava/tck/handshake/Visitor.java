package io.kanava.tck.handshake;

import io.kanava.Connection;

/**
 * Who a connection is, as {@code whoami} answers.
 *
 * @param subject the identity's name, {@code null} when anonymous
 * @param member whether it holds role {@code member}
 * @param admin whether it holds role {@code admin}
 * @param room the route's {@code room}
 */
public record Visitor(String subject, boolean member, boolean admin, String room) {

    static Visitor of(Connection connection) {
        return new Visitor(
                connection.subject().orElse(null),
                connection.hasRole("member"),
                connection.hasRole("admin"),
                connection.pathParameter("room").orElse(null));
    }
}
