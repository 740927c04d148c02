package io.kanava.tck.realm;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers who the container says the caller is. Mapped under {@code /secured/*}, which the deployment's web.xml
 * restricts to role {@code user}, and under {@code /admin/*}, restricted to role {@code admin}.
 */
@WebServlet({"/secured/whoami", "/admin/whoami"})
public class WhoAmIServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter()
                .write(IdentityReport.of(
                        request.getUserPrincipal(), request.isUserInRole("admin"), request.isUserInRole("user")));
    }
}
