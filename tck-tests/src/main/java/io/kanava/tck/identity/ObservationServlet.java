package io.kanava.tck.identity;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The control: the same calls made in a plain servlet request on {@code /secured/observe}, behind the same security
 * constraint as the channel {@code guarded}. Answers the three fields of an {@link Observation}, one a line.
 */
@WebServlet("/secured/observe")
public class ObservationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CallerBean bean;

    @Inject
    transient SecurityContextProbe security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Observation observation = Observation.observe(bean, security);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter()
                .write(observation.restricted() + "\n" + observation.permitAll() + "\n"
                        + observation.securityContext());
    }
}
