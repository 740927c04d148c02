package io.kanava.tck.httpsession;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET /secured/session} opens an HTTP session for the authenticated caller; {@code ?renew} gives the session a
 * new id, as a login step does against session fixation; {@code ?logout} logs out: it invalidates the caller's
 * session.
 */
@WebServlet("/secured/session")
public class SessionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("logout") != null) {
            logOut(request, response);
            return;
        }
        if (request.getParameter("renew") != null) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(request.changeSessionId());
            return;
        }
        HttpSession session = request.getSession(true);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(session.getId());
    }

    private static void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "no session to end");
            return;
        }
        session.invalidate();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
