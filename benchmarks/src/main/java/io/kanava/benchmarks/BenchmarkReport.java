package io.kanava.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.eventhub.local.InMemoryEventTransport;

/**
 * Runs the benchmarks and prints each one's cost with its ratio to the baseline of the same run, plus how many
 * times a publish serialised its data.
 */
public final class BenchmarkReport {

    private static final int COUNTED_PUBLISHES = 1000;
    private static final int COUNTED_SUBSCRIBERS = 10_000;

    private BenchmarkReport() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, Result<?>>> fanOut = new TreeMap<>();
        Map<String, Map<String, Result<?>>> calls = new TreeMap<>();
        Map<String, Map<String, Result<?>>> envelopes = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            boolean call = benchmark.contains(CallBenchmark.class.getSimpleName());
            boolean envelope = benchmark.contains(EnvelopeBenchmark.class.getSimpleName());
            String group = call || envelope ? "lines=" + result.getParams().getParam("lines") : "";
            (envelope ? envelopes : call ? calls : fanOut)
                    .computeIfAbsent(group, g -> new TreeMap<>())
                    .put(name, result.getPrimaryResult());
        }
        for (Map<String, Result<?>> group : fanOut.values()) {
            System.out.println();
            System.out.println(
                    "Fan-out of one publish to " + COUNTED_SUBSCRIBERS + " local subscribers (µs per publish):");
            print(group, "preEncodedLoop", COUNTED_SUBSCRIBERS, "delivery");
            System.out.printf("  encodes per publish through the hub: %.2f%n", encodesPerPublish());
        }
        calls.forEach((group, micros) -> {
            System.out.println();
            System.out.println("One action call, " + group + " (µs per call):");
            print(micros, "rawEndpoint", 1, "call");
        });
        envelopes.forEach((group, micros) -> {
            System.out.println();
            System.out.println("Reading one call's envelope, " + group + " (µs per frame):");
            print(micros, "jsonpStreaming", 1, "frame");
        });
    }

    private static void print(Map<String, Result<?>> results, String baselineName, int perUnit, String unit) {
        Result<?> baseline = results.get(baselineName);
        double base = baseline == null ? Double.NaN : baseline.getScore();
        results.forEach((name, result) -> System.out.printf(
                "  %-22s %10.2f ± %.2f µs   %.2f × %s   %.3f µs per %s%n",
                name,
                result.getScore(),
                result.getScoreError(),
                result.getScore() / base,
                baselineName,
                result.getScore() / perUnit,
                unit));
    }

    private static double encodesPerPublish() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            CountingCodec codec = new CountingCodec(new JsonbPayloadCodec(jsonb));
            KanavaEventHub hub = KanavaEventHub.create(codec, new InMemoryEventTransport());
            for (int i = 0; i < COUNTED_SUBSCRIBERS; i++) {
                hub.subscribe("prices", new DiscardingSubscriber("c" + i));
            }
            for (int i = 0; i < COUNTED_PUBLISHES; i++) {
                hub.publish("prices", new Quote("ACME", 12.5, i));
            }
            hub.stop();
            return codec.encodes.get() / (double) COUNTED_PUBLISHES;
        }
    }
}
