package io.kanava.tck.config;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /config/microprofile} answers {@code present} when the application sees MicroProfile Config. */
@WebServlet("/config/microprofile")
public class MicroProfilePresence extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String presence;
        try {
            Class.forName(
                    "org.eclipse.microprofile.config.ConfigProvider",
                    false,
                    Thread.currentThread().getContextClassLoader());
            presence = "present";
        } catch (ClassNotFoundException | LinkageError absent) {
            presence = "absent";
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(presence);
    }
}
