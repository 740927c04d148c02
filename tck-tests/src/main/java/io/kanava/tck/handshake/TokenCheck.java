package io.kanava.tck.handshake;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.spi.Handshake;
import io.kanava.spi.HandshakeCheck;
import io.kanava.spi.HandshakeVerdict;

/**
 * Gives a connection the identity of its bearer token, read from the query ({@code access_token}), a cookie
 * ({@code kit-token}), the {@code Authorization} header or a subprotocol ({@code kit.token.<token>}); a request
 * without a token proceeds, anonymous.
 */
@ApplicationScoped
@Priority(20)
public class TokenCheck implements HandshakeCheck {

    @Override
    public HandshakeVerdict check(Handshake handshake) {
        return handshake
                .queryParameter("access_token")
                .or(() -> handshake.cookie("kit-token"))
                .or(() -> handshake
                        .header("Authorization")
                        .filter(value -> value.startsWith("Bearer "))
                        .map(value -> value.substring("Bearer ".length())))
                .or(() -> KitTokens.fromSubprotocols(handshake.subprotocols()))
                .map(KitTokens::verdictOf)
                .orElse(HandshakeVerdict.proceed());
    }
}
