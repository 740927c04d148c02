package io.kanava.benchmarks.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One server under load: started in the foreground (pinned to one core where {@code taskset} exists), its JVM found
 * among the start command's processes, and read from outside as an operator would: CPU time from {@code /proc}, live
 * heap after a full collection from {@code jcmd}'s class histogram, resident memory from {@code /proc}.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
    private static final long TICKS_PER_SECOND = 100; // USER_HZ, what `getconf CLK_TCK` prints on Linux

    private final ServerKind kind;
    private final Path home;
    private final Process launcher;
    private final Path log;
    private long pid = -1;

    private ServerProcess(ServerKind kind, Path home, Process launcher, Path log) {
        this.kind = kind;
        this.home = home;
        this.launcher = launcher;
        this.log = log;
    }

    /**
     * Starts a server; the WARs to deploy are in its deployment folder already.
     *
     * @param kind which server
     * @param home its installation
     * @param cpu the core to pin it to, or {@code -1} not to pin it
     * @param log where its console goes
     * @return the running server
     * @throws IOException when it cannot be started
     */
    static ServerProcess start(ServerKind kind, Path home, int cpu, Path log) throws IOException {
        kind.prepare(home);
        List<String> command = new ArrayList<>();
        if (cpu >= 0) {
            command.addAll(List.of("taskset", "-c", Integer.toString(cpu)));
        }
        command.addAll(kind.start(home));
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true)); // zip entries lose their modes
        }
        Process launcher = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServerProcess(kind, home, launcher, log);
    }

    /**
     * Finds the server's JVM once it serves: the start scripts run short-lived JVMs of their own first (a version
     * check, an administration client), so the JVM is looked for only then.
     *
     * @throws IOException when no running JVM among the start command's processes is the server
     */
    void attach() throws IOException {
        Optional<ProcessHandle> jvm = Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants())
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("/java"))
                .filter(process -> kind.isServer(arguments(process)))
                .findFirst();
        pid = jvm.orElseThrow(() -> new IOException(kind + " runs no JVM that is the server; see " + log))
                .pid();
    }

    /** A process's command line, read from {@code /proc}: the JDK's own view of it can come back empty. */
    private static List<String> arguments(ProcessHandle process) {
        try {
            byte[] line = Files.readAllBytes(Path.of("/proc/" + process.pid() + "/cmdline"));
            return List.of(new String(line, StandardCharsets.UTF_8).split("\u0000"));
        } catch (IOException gone) {
            return List.of(process.info().arguments().orElse(new String[0]));
        }
    }

    /**
     * The server JVM's process id.
     *
     * @return its pid
     */
    long pid() {
        return pid;
    }

    /**
     * The CPU time the server's JVM has used, all threads, user and system.
     *
     * @return nanoseconds, in steps of 10 ms
     * @throws IOException when {@code /proc} cannot be read
     */
    long cpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    /**
     * Adds up the live objects after a full collection: the total of the class histogram, which counts what is
     * reachable, where the heap's "used" figure also moves with what the collector left in place.
     *
     * @return live heap in bytes
     * @throws IOException when {@code jcmd} fails or prints no total
     * @throws InterruptedException when interrupted while waiting for it
     */
    long liveHeap() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher total = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
        if (!total.find()) {
            throw new IOException("jcmd GC.class_histogram printed no total");
        }
        return Long.parseLong(total.group(1));
    }

    /**
     * Starts a flight recording with the JDK's {@code profile} settings.
     *
     * @param file where it is written when it stops
     * @throws IOException when {@code jcmd} fails
     * @throws InterruptedException when interrupted while waiting for it
     */
    void startRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + file.toAbsolutePath());
    }

    /**
     * Stops the flight recording and writes it.
     *
     * @throws IOException when {@code jcmd} fails
     * @throws InterruptedException when interrupted while waiting for it
     */
    void stopRecording() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=bench");
    }

    /**
     * Counts the live objects by class, after a full collection.
     *
     * @return bytes and instances per class name
     * @throws IOException when {@code jcmd} fails
     * @throws InterruptedException when interrupted while waiting for it
     */
    Map<String, ClassCount> histogram() throws IOException, InterruptedException {
        Map<String, ClassCount> counts = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                counts.merge(
                        row.group(3),
                        new ClassCount(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        ClassCount::plus);
            }
        }
        return counts;
    }

    /**
     * The live objects of one class.
     *
     * @param instances how many
     * @param bytes their shallow size
     */
    record ClassCount(long instances, long bytes) {

        ClassCount plus(ClassCount other) {
            return new ClassCount(instances + other.instances, bytes + other.bytes);
        }
    }

    /**
     * The server JVM's resident memory.
     *
     * @return bytes
     * @throws IOException when {@code /proc} cannot be read
     */
    long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("No VmRSS in /proc/" + pid + "/status");
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> line =
                new ArrayList<>(List.of(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** Stops the server and waits for its JVM to end, forcibly after a minute. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (pid < 0) {
            launcher.descendants().forEach(ProcessHandle::destroy);
            launcher.destroy();
        }
        List<String> stop = kind.stop(home);
        if (stop.isEmpty()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } else {
            new ProcessBuilder(stop)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
        }
        Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
        if (jvm.isPresent()) {
            try {
                jvm.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException stuck) {
                jvm.get().destroyForcibly();
            }
        }
        if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
