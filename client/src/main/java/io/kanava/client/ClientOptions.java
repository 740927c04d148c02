package io.kanava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * How a {@link KanavaClient} connects and calls: timeouts, handshake headers, the reconnect policy, the hook run
 * after every (re)connect, and the JSON-B instance. Immutable; build one with {@link #builder()}:
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *         .callTimeout(Duration.ofSeconds(5))
 *         .header("Authorization", "Basic " + credentials)
 *         .onOpen(client -> client.send("login", new Login(token), SignedIn.class))
 *         .build();
 * }</pre>
 */
public final class ClientOptions {

    private final Duration callTimeout;
    private final Duration connectTimeout;
    private final Map<String, List<String>> headers;
    private final Reconnect reconnect;
    private final Function<KanavaClient, CompletionStage<?>> onOpen;
    private final Jsonb jsonb;

    private ClientOptions(Builder builder) {
        this.callTimeout = builder.callTimeout;
        this.connectTimeout = builder.connectTimeout;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Map.copyOf(copy);
        this.reconnect = builder.reconnect;
        this.onOpen = builder.onOpen;
        this.jsonb = builder.jsonb;
    }

    /**
     * Starts options from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: 10 s per call, 10 s per handshake, no extra headers, reconnect with
     * {@code Reconnect.exponential(500 ms, 30 s)}, no hook, a shared default JSON-B instance.
     *
     * @return the default options
     */
    public static ClientOptions defaults() {
        return builder().build();
    }

    /**
     * How long a call waits for its reply before it fails with {@code timeout}; default 10 s.
     *
     * @return the default call timeout
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * How long one handshake may take before the attempt counts as failed; default 10 s.
     *
     * @return the handshake timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The extra headers of every handshake request, such as {@code Authorization} or {@code Origin}.
     *
     * @return header names and their values, unmodifiable
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * What the client does when its socket drops.
     *
     * @return the reconnect policy
     */
    public Reconnect reconnect() {
        return reconnect;
    }

    /**
     * The hook run after every successful (re)connect, for example to log in again.
     *
     * @return the hook; by default one that does nothing
     */
    public Function<KanavaClient, CompletionStage<?>> onOpen() {
        return onOpen;
    }

    /**
     * The JSON-B instance that writes call data and binds replies and events.
     *
     * @return the configured instance, or a default one made once and shared by every client that has none
     */
    public Jsonb jsonb() {
        return jsonb == null ? DefaultJsonb.INSTANCE : jsonb;
    }

    /** The default JSON-B instance, made when a client first needs it. */
    private static final class DefaultJsonb {
        static final Jsonb INSTANCE = JsonbBuilder.create();
    }

    /** Collects options; {@link #build()} makes the immutable {@link ClientOptions}. */
    public static final class Builder {

        private Duration callTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private Reconnect reconnect = Reconnect.exponential(Duration.ofMillis(500), Duration.ofSeconds(30));
        private Function<KanavaClient, CompletionStage<?>> onOpen = client -> CompletableFuture.completedFuture(null);
        private Jsonb jsonb;

        private Builder() {}

        /**
         * Sets how long a call waits for its reply; a call may override it.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /**
         * Sets how long one handshake may take.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Adds a header to every handshake request; calling it again with the same name adds another value.
         *
         * @param name the header name, e.g. {@code Authorization}
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Sets what the client does when its socket drops; see {@link Reconnect} for what is never retried.
         *
         * @param policy {@link Reconnect#exponential} or {@link Reconnect#never()}
         * @return this builder
         */
        public Builder reconnect(Reconnect policy) {
            this.reconnect = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the hook run after every successful (re)connect, once the client is {@link ConnectionState#OPEN}.
         * {@link KanavaClient#connect} completes when the stage the hook returns completes, and fails (closing the
         * client) if it fails; after a reconnect a failure is only logged.
         *
         * @param hook given the client, returns a stage that completes when the hook's work is done
         * @return this builder
         */
        public Builder onOpen(Function<KanavaClient, ? extends CompletionStage<?>> hook) {
            Objects.requireNonNull(hook, "hook");
            this.onOpen = hook::apply;
            return this;
        }

        /**
         * Sets the JSON-B instance to use; the client never closes it.
         *
         * @param jsonb a JSON-B instance configured as the server's types need
         * @return this builder
         */
        public Builder jsonb(Jsonb jsonb) {
            this.jsonb = Objects.requireNonNull(jsonb, "jsonb");
            return this;
        }

        /**
         * Makes the options.
         *
         * @return immutable options
         */
        public ClientOptions build() {
            return new ClientOptions(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive; got " + duration);
            }
            return duration;
        }
    }
}
