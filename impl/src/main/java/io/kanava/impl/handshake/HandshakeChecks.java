package io.kanava.impl.handshake;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.kanava.impl.Messages;
import io.kanava.spi.Handshake;
import io.kanava.spi.HandshakeCheck;
import io.kanava.spi.HandshakeVerdict;

/**
 * The application's handshake checks in the order they run, and the routes they guard. The first check that
 * refuses or identifies decides; a check that fails or answers nothing fails the request.
 */
public final class HandshakeChecks {

    /** The servlet context attribute under which the registrar hands the checks to the filter. */
    public static final String ATTRIBUTE = HandshakeChecks.class.getName();

    private static final Logger LOG = Logger.getLogger(HandshakeChecks.class.getName());

    private final List<Ordered> checks;
    private final ChannelRoutes routes;

    /**
     * Orders the checks.
     *
     * @param checks each check with its priority, {@code null} when it has none
     * @param routes the routes of the application's channels
     */
    public HandshakeChecks(List<Ordered> checks, ChannelRoutes routes) {
        this.checks = checks.stream()
                .sorted(Comparator.comparingInt(
                        (Ordered check) -> check.priority() == null ? Integer.MAX_VALUE : check.priority()))
                .toList();
        this.routes = routes;
    }

    ChannelRoutes routes() {
        return routes;
    }

    /**
     * Runs the checks on one request.
     *
     * @param handshake the request
     * @return the first verdict that is not {@code proceed}, or {@code proceed}
     */
    public HandshakeVerdict decide(Handshake handshake) {
        for (Ordered ordered : checks) {
            HandshakeVerdict verdict;
            try {
                verdict = ordered.check().check(handshake);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                throw failed(ordered, handshake, e);
            }
            if (verdict == null) {
                throw failed(ordered, handshake, new NullPointerException("The check answered no verdict"));
            }
            if (!verdict.proceeds()) {
                return verdict;
            }
        }
        return HandshakeVerdict.proceed();
    }

    private static Failed failed(Ordered ordered, Handshake handshake, Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, Messages.handshakeCheckFailed(ordered.check(), handshake.channel(), errorId), failure);
        return new Failed(errorId);
    }

    /** A check failed: the request is refused with HTTP 500 naming the logged error id, never the failure. */
    public static final class Failed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String errorId;

        Failed(String errorId) {
            super("Handshake check failed; errorId " + errorId, null, false, false);
            this.errorId = errorId;
        }

        /**
         * Returns the id under which the failure was logged.
         *
         * @return the error id
         */
        public String errorId() {
            return errorId;
        }
    }

    /**
     * A check and its {@code @Priority}.
     *
     * @param check the check
     * @param priority its priority, {@code null} when it has none
     */
    public record Ordered(HandshakeCheck check, Integer priority) {}
}
