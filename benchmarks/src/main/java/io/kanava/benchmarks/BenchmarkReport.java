package io.kanava.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

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
        Map<String, Double> micros = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            micros.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getScore());
        }
        double baseline = micros.getOrDefault("preEncodedLoop", Double.NaN);
        System.out.println();
        System.out.println("Fan-out of one publish to " + COUNTED_SUBSCRIBERS + " local subscribers (µs per publish):");
        micros.forEach((name, score) -> System.out.printf(
                "  %-22s %10.1f µs   %.2f × preEncodedLoop   %.3f µs per delivery%n",
                name, score, score / baseline, score / COUNTED_SUBSCRIBERS));
        System.out.printf("  encodes per publish through the hub: %.2f%n", encodesPerPublish());
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
