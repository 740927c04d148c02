package io.kanava.tck.handshake;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.spi.Handshake;
import io.kanava.spi.HandshakeCheck;
import io.kanava.spi.HandshakeVerdict;

/**
 * Runs before {@link TokenCheck}: refuses with the status named by the header {@code X-Kit-Refuse}, and fails
 * (throws) when the query asks it to with {@code ?explode}.
 */
@ApplicationScoped
@Priority(10)
public class DoorCheck implements HandshakeCheck {

    @Override
    public HandshakeVerdict check(Handshake handshake) {
        if (handshake.queryParameter("explode").isPresent()) {
            throw new IllegalStateException("The door check exploded on purpose");
        }
        return handshake
                .header("X-Kit-Refuse")
                .map(status -> HandshakeVerdict.refuse(Integer.parseInt(status), "Refused at the door"))
                .orElse(HandshakeVerdict.proceed());
    }
}
