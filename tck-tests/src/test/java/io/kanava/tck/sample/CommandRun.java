package io.kanava.tck.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command (a Node.js script, a server's management CLI) in the project's {@code typescript/} directory
 * (named by the system property {@value #DIRECTORY_PROPERTY}), bounded in time, with its output kept and echoed to
 * the test's output file.
 *
 * @param exitCode the command's exit code
 * @param output what it printed, standard output and error together
 */
record CommandRun(int exitCode, String output) {

    static final String DIRECTORY_PROPERTY = "kanava.typescript.dir";

    /**
     * Runs a command and waits for it.
     *
     * @param command the command and its arguments, such as {@code node scripts/parse-asyncapi.mjs doc.json}
     * @param environment variables to add to the command's environment
     * @param limit how long it may take before it is killed and the run fails
     * @return the run
     * @throws Exception when it cannot start, or outlives its limit
     */
    static CommandRun of(List<String> command, Map<String, String> environment, Duration limit) throws Exception {
        Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "../typescript"));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> copy(process.getInputStream(), output), "node-output");
        reader.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(TimeUnit.SECONDS.toMillis(5));
            throw new IllegalStateException(
                    String.join(" ", command) + " did not finish within " + limit + ":\n" + output);
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        System.out.println("$ " + String.join(" ", command) + "\n" + output);
        return new CommandRun(process.exitValue(), output.toString());
    }

    private static void copy(InputStream in, StringBuilder output) {
        try (in) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (output) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException closed) {
            synchronized (output) {
                output.append("\n[output closed: ").append(closed.getMessage()).append("]\n");
            }
        }
    }
}
