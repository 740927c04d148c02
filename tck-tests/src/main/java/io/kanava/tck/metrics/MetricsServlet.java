package io.kanava.tck.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /metrics?type=Channel&channel=meter} (or {@code ?type=EventHub}) reads this application's Kanava MBean
 * from the platform MBean server, as an operator's JMX console would, and answers its attributes as one JSON object;
 * a table attribute becomes an object of its keys. 404 when no such MBean is registered.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        String application = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        String name = "io.kanava:type=" + request.getParameter("type") + ",application=" + ObjectName.quote(application)
                + (request.getParameter("channel") == null
                        ? ""
                        : ",channel=" + ObjectName.quote(request.getParameter("channel")));
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        try {
            ObjectName objectName = new ObjectName(name);
            if (!server.isRegistered(objectName)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, name + " is not registered");
                return;
            }
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(objectName).getAttributes()) {
                add(attributes, attribute.getName(), server.getAttribute(objectName, attribute.getName()));
            }
        } catch (JMException e) {
            throw new IOException("Reading " + name + " failed", e);
        }
        response.setContentType("application/json");
        response.getWriter().write(attributes.build().toString());
    }

    private static void add(JsonObjectBuilder attributes, String name, Object value) {
        if (value instanceof Number number) {
            attributes.add(name, number.longValue());
        } else if (value instanceof TabularData table) {
            JsonObjectBuilder rows = Json.createObjectBuilder();
            for (Object row : table.values()) {
                CompositeData entry = (CompositeData) row;
                rows.add((String) entry.get("key"), ((Number) entry.get("value")).longValue());
            }
            attributes.add(name, rows);
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder rows = Json.createObjectBuilder();
            map.forEach((key, count) -> rows.add(String.valueOf(key), ((Number) count).longValue()));
            attributes.add(name, rows);
        } else {
            attributes.add(name, String.valueOf(value));
        }
    }
}
