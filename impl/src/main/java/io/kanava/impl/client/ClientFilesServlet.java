package io.kanava.impl.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kanava.impl.Messages;
import io.kanava.impl.config.ApplicationSettings;

/**
 * Serves, under the client path ({@code /kanava} unless {@code kanava.client.path} says otherwise), the
 * application's AsyncAPI document ({@code asyncapi.json}) and its generated TypeScript client ({@code client.ts},
 * {@code client.js}, {@code client.d.ts}).
 */
public class ClientFilesServlet extends HttpServlet {

    /** The servlet context attribute holding the path the servlet was registered at. */
    static final String PATH_ATTRIBUTE = ClientFilesServlet.class.getName() + ".path";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ClientFilesServlet.class.getName());
    private static final String NAME = "kanava-client-files";

    /**
     * Registers the servlet while the application initialises, unless {@code kanava.client.path} is {@code off}.
     *
     * @param context the application
     * @throws io.kanava.KanavaException KNV1021 when {@code kanava.client.path} is malformed
     */
    public static void register(ServletContext context) {
        ClientPath.of(ApplicationSettings.of(context).apply(ClientPath.PARAMETER))
                .ifPresent(path -> {
                    ServletRegistration.Dynamic servlet = context.addServlet(NAME, ClientFilesServlet.class);
                    if (servlet == null) {
                        LOG.warning(Messages.clientPathTaken(path, "a servlet named " + NAME));
                        return;
                    }
                    Set<String> conflicts = servlet.addMapping(path + "/*");
                    if (conflicts.isEmpty()) {
                        context.setAttribute(PATH_ATTRIBUTE, path);
                    } else {
                        LOG.warning(Messages.clientPathTaken(path, conflicts));
                    }
                });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        ClientFiles files = (ClientFiles) getServletContext().getAttribute(ClientFiles.ATTRIBUTE);
        if (files == null) {
            answer(
                    response,
                    503,
                    "text/plain",
                    "The AsyncAPI document and clients are not available; the server log says why (KNV3027, or KNV3009 "
                            + "when CDI is not available).\n");
            return;
        }
        switch (file) {
            case "/asyncapi.json" ->
                answer(
                        response,
                        200,
                        "application/json",
                        files.asyncApi(request.isSecure() ? "wss" : "ws", hostOf(request), request.getContextPath()));
            case "/client.ts" ->
                answer(response, 200, "text/plain", files.client().typescript());
            case "/client.js" ->
                answer(response, 200, "text/javascript", files.client().javascript());
            case "/client.d.ts" ->
                answer(response, 200, "text/plain", files.client().declarations());
            default ->
                answer(
                        response,
                        404,
                        "text/plain",
                        "Served here: asyncapi.json, client.ts, client.js, " + "client.d.ts\n");
        }
    }

    private static String hostOf(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null && !host.isBlank() ? host : request.getServerName() + ":" + request.getServerPort();
    }

    private static void answer(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(body);
    }
}
