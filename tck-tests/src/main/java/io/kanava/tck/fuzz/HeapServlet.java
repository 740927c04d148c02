package io.kanava.tck.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /fuzz/heap} answers the server's used heap in bytes after full collections, the lowest of three: what
 * the server holds on to, not the garbage of the moment.
 */
@WebServlet("/fuzz/heap")
public class HeapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Long.toString(lowest));
    }
}
