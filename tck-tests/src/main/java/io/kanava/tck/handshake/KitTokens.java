package io.kanava.tck.handshake;

import java.util.Optional;
import java.util.Set;

import io.kanava.spi.HandshakeVerdict;

/**
 * The kit's bearer tokens: {@code <subject>.<role>+<role>}, such as {@code carol.member+admin}; a token without a
 * dot is bad. Real applications verify a signed token here.
 */
final class KitTokens {

    /** The prefix that marks a token among the subprotocols a browser offers. */
    static final String SUBPROTOCOL_PREFIX = "kit.token.";

    private KitTokens() {}

    static HandshakeVerdict verdictOf(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return HandshakeVerdict.refuse(401, "The token is not valid");
        }
        return HandshakeVerdict.identify(
                token.substring(0, dot), Set.of(token.substring(dot + 1).split("\\+")));
    }

    static Optional<String> fromSubprotocols(Iterable<String> subprotocols) {
        for (String protocol : subprotocols) {
            if (protocol.startsWith(SUBPROTOCOL_PREFIX)) {
                return Optional.of(protocol.substring(SUBPROTOCOL_PREFIX.length()));
            }
        }
        return Optional.empty();
    }
}
