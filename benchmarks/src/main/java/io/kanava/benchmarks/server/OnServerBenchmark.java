package io.kanava.benchmarks.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Kanava against a raw JSR-356 endpoint on one server, both deployed side by side and measured in the same run:
 * CPU per call and call latency under a closed loop, CPU per delivery and fan-out latency at a fixed publish rate,
 * and what an idle connection costs. The server runs on core 0 and this load generator on core 1 where {@code
 * taskset} exists. It prints a Markdown table and writes it to {@code target/on-server/<server>.md}.
 *
 * <p>Arguments: the server ({@code wildfly}, {@code payara}, {@code liberty}), its unpacked installation, and the
 * output folder. System properties change the load:
 *
 * <ul>
 *   <li>{@code kanava.bench.seconds}: each measured window, 20;
 *   <li>{@code kanava.bench.warm-up}: 30, as the compilers need that long on one core;
 *   <li>{@code kanava.bench.rounds}: call windows per application, 2; each round measures the raw endpoint, then
 *       the two Kanava applications, in turns;
 *   <li>{@code kanava.bench.connections} 50, {@code kanava.bench.in-flight} 8: the calls' closed loop;
 *   <li>{@code kanava.bench.subscribers} 1,000, {@code kanava.bench.rate} 20 events a second: the fan-out;
 *   <li>{@code kanava.bench.idle}: idle connections, 2,000;
 *   <li>{@code kanava.bench.histogram}: {@code true} writes the classes whose live objects grew most per idle
 *       connection to {@code <server>-histogram/<application>.txt};
 *   <li>{@code kanava.bench.metrics-off}: which of the two Kanava applications runs with its metrics off,
 *       {@code second} (the default) or {@code first}, to tell their cost from the two applications' own difference;
 *       {@code neither} measures that difference alone;
 *   <li>{@code kanava.bench.jfr}: {@code true} records the server's last call window of each application with JDK
 *       Flight Recorder, to {@code <server>-raw-calls.jfr} and {@code <server>-kanava-calls.jfr}, and each fan-out
 *       (warm-up included) to {@code <server>-raw-fanout.jfr} and {@code <server>-kanava-fanout.jfr}.
 * </ul>
 */
public final class OnServerBenchmark {

    private static final int PORT = 8080;

    private OnServerBenchmark() {}

    /**
     * Runs the benchmark on one server.
     *
     * @param args the server, its installation, the output folder
     * @throws Exception when the server cannot be started or measured
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                    "Usage: OnServerBenchmark <wildfly|payara|liberty> <server home>" + " <output folder>");
        }
        ServerKind kind = ServerKind.named(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        Path output = Files.createDirectories(Path.of(args[2]));
        Duration window = Duration.ofSeconds(Integer.getInteger("kanava.bench.seconds", 20));
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("kanava.bench.warm-up", 30));
        int rounds = Integer.getInteger("kanava.bench.rounds", 2);

        boolean pinned = pinSelf();
        String metricsOff = System.getProperty("kanava.bench.metrics-off", "second");
        if (!List.of("first", "second", "neither").contains(metricsOff)) {
            throw new IllegalArgumentException(
                    "kanava.bench.metrics-off is first, second or neither, not " + metricsOff);
        }
        BenchmarkWars.writeTo(kind.deployments(home), !metricsOff.equals("first"), !metricsOff.equals("second"));
        URI raw = URI.create("ws://127.0.0.1:" + PORT + "/" + BenchmarkWars.RAW + "/bench");
        URI first = URI.create("ws://127.0.0.1:" + PORT + "/" + BenchmarkWars.KANAVA + "/channels/bench");
        URI second = URI.create("ws://127.0.0.1:" + PORT + "/" + BenchmarkWars.SECOND + "/channels/bench");
        URI kanava = metricsOff.equals("first") ? second : first; // the application measured with metrics on
        Report report = new Report(kind, pinned, LocalDate.now());
        try (ServerProcess server =
                ServerProcess.start(kind, home, pinned ? 0 : -1, output.resolve(args[0] + ".log"))) {
            awaitEndpoints(List.of(raw, first, second), Duration.ofMinutes(5));
            server.attach();
            System.out.printf("%s is up (pid %d); measuring%n", kind, server.pid());

            CallLoad calls = new CallLoad(
                    Integer.getInteger("kanava.bench.connections", 50),
                    Integer.getInteger("kanava.bench.in-flight", 8));
            calls.run(raw, server, warmUp, Duration.ofSeconds(1));
            calls.run(first, server, warmUp, Duration.ofSeconds(1));
            calls.run(second, server, warmUp, Duration.ofSeconds(1));
            List<CallLoad.Figures> rawCalls = new ArrayList<>();
            List<CallLoad.Figures> firstCalls = new ArrayList<>();
            List<CallLoad.Figures> secondCalls = new ArrayList<>();
            boolean record = Boolean.getBoolean("kanava.bench.jfr");
            for (int round = 0; round < rounds; round++) {
                boolean last = round == rounds - 1;
                rawCalls.add(recorded(
                        last && record,
                        server,
                        output.resolve(args[0] + "-raw-calls.jfr"),
                        () -> calls.run(raw, server, Duration.ofSeconds(2), window)));
                boolean secondFirst = round % 2 == 1; // so neither always runs later, on a warmer server
                if (secondFirst) {
                    secondCalls.add(calls.run(second, server, Duration.ofSeconds(2), window));
                }
                firstCalls.add(recorded(
                        last && record,
                        server,
                        output.resolve(args[0] + "-kanava-calls.jfr"),
                        () -> calls.run(first, server, Duration.ofSeconds(2), window)));
                if (!secondFirst) {
                    secondCalls.add(calls.run(second, server, Duration.ofSeconds(2), window));
                }
            }
            boolean firstOff = metricsOff.equals("first");
            report.calls(rawCalls, firstOff ? secondCalls : firstCalls);
            report.metricsOff(
                    rawCalls, firstOff ? secondCalls : firstCalls, firstOff ? firstCalls : secondCalls, metricsOff);

            FanOutLoad fanOut = new FanOutLoad(
                    Integer.getInteger("kanava.bench.subscribers", 1_000), Integer.getInteger("kanava.bench.rate", 20));
            report.fanOut(
                    recorded(
                            record,
                            server,
                            output.resolve(args[0] + "-raw-fanout.jfr"),
                            () -> fanOut.run(raw, server, warmUp, window)),
                    recorded(
                            record,
                            server,
                            output.resolve(args[0] + "-kanava-fanout.jfr"),
                            () -> fanOut.run(kanava, server, warmUp, window)));

            IdleLoad idle = new IdleLoad(
                    Integer.getInteger("kanava.bench.idle", 2_000),
                    Boolean.getBoolean("kanava.bench.histogram")
                            ? Files.createDirectories(output.resolve(args[0] + "-histogram"))
                            : null);
            report.idle(idle.run(raw, server), idle.run(kanava, server));
        }
        String table = report.toMarkdown();
        System.out.println(table);
        Files.writeString(output.resolve(args[0] + ".md"), table, StandardCharsets.UTF_8);
    }

    /** Runs a load, in a flight recording of the server when asked to. */
    private static <T> T recorded(boolean record, ServerProcess server, Path file, Callable<T> load) throws Exception {
        if (!record) {
            return load.call();
        }
        server.startRecording(file);
        try {
            return load.call();
        } finally {
            server.stopRecording();
        }
    }

    /** Pins this JVM to core 1, leaving core 0 to the server, where {@code taskset} exists and there are two. */
    private static boolean pinSelf() throws IOException, InterruptedException {
        if (Runtime.getRuntime().availableProcessors() < 2 || !Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            System.out.println("Not pinning the server and the load generator: no taskset or fewer than 2 cores");
            return false;
        }
        Process taskset = new ProcessBuilder(
                        "taskset",
                        "-a",
                        "-p",
                        "-c",
                        "1",
                        Long.toString(ProcessHandle.current().pid()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return taskset.waitFor(10, TimeUnit.SECONDS) && taskset.exitValue() == 0;
    }

    /** Waits until every endpoint completes a handshake. */
    private static void awaitEndpoints(List<URI> endpoints, Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        for (URI endpoint : endpoints) {
            while (true) {
                try {
                    LoadConnection.open(http, endpoint, frame -> {}).close();
                    break;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(endpoint + " did not answer within " + within, notYet);
                    }
                    Thread.sleep(1_000);
                }
            }
        }
    }
}
