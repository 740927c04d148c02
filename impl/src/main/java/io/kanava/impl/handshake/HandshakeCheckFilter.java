package io.kanava.impl.handshake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kanava.impl.Messages;
import io.kanava.spi.HandshakeVerdict;

/**
 * Runs the application's handshake checks on each upgrade request to a channel, ahead of the container's own
 * upgrade: a refused request gets its status and a plain-text reason and never reaches the container; an
 * identified one goes on as an {@link IdentifiedRequest}. Every other request passes untouched.
 */
public class HandshakeCheckFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HandshakeCheckFilter.class.getName());

    private transient volatile HandshakeChecks checks;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HandshakeChecks active = checks();
        if (active == null || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> channel = active.routes().channelOf(path);
        if (channel.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HandshakeVerdict verdict;
        try {
            verdict = active.decide(new ServletHandshake(channel.get(), path, request));
        } catch (HandshakeChecks.Failed failed) {
            answer(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, failed.getMessage());
            return;
        }
        if (verdict.refusal().isPresent()) {
            LOG.fine(() ->
                    Messages.handshakeRefused(channel.get(), verdict.refusal().get(), verdict.reason()));
            answer(response, verdict.refusal().get(), verdict.reason());
            return;
        }
        if (verdict.subject().isPresent()) {
            chain.doFilter(new IdentifiedRequest(request, verdict.subject().get(), verdict.roles()), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The checks, handed over by the registrar once the application's channels are known. */
    private HandshakeChecks checks() {
        HandshakeChecks known = checks;
        if (known == null) {
            known = (HandshakeChecks) getServletContext().getAttribute(HandshakeChecks.ATTRIBUTE);
            checks = known;
        }
        return known;
    }

    private static void answer(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(reason);
    }
}
