package io.kanava.tck.runner;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

import io.kanava.tck.jms.SharedBroker;

import static org.awaitility.Awaitility.await;

/**
 * The broker instance tck-tests/pom.xml creates and starts on 127.0.0.1:61616 before the kit runs
 * ({@code kanava.artemis.instance}). Stopping ends its process the way an operator's {@code kill} does (the broker
 * shuts down through its shutdown hook); starting runs {@code bin/artemis run} again, appending to the same log.
 * The build's post-integration-test step stops whichever process runs the instance last.
 */
public final class StandaloneArtemisBroker implements SharedBroker {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 61616;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path instance;

    /** Finds the instance through the system property the build sets. */
    public StandaloneArtemisBroker() {
        String path = System.getProperty("kanava.artemis.instance");
        if (path == null || path.isBlank() || path.contains("${")) {
            throw new IllegalStateException("System property kanava.artemis.instance names no broker instance; run"
                    + " the kit through a runner profile of tck-tests/pom.xml");
        }
        this.instance = Path.of(path);
    }

    @Override
    public void stop() throws Exception {
        List<ProcessHandle> brokers = ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .arguments()
                        .map(arguments -> List.of(arguments).contains("-Dartemis.instance=" + instance))
                        .orElse(false))
                .toList();
        if (brokers.isEmpty()) {
            throw new IllegalStateException("No process runs the broker instance " + instance);
        }
        for (ProcessHandle broker : brokers) {
            broker.destroy();
        }
        for (ProcessHandle broker : brokers) {
            try {
                broker.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException stuck) {
                broker.destroyForcibly();
                broker.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
        if (listening()) {
            throw new IllegalStateException(
                    "The broker still listens on " + HOST + ":" + PORT + " after its " + "process ended");
        }
    }

    @Override
    public void start() throws Exception {
        if (listening()) {
            throw new IllegalStateException("Something already listens on " + HOST + ":" + PORT);
        }
        Path log = instance.resolve("run.log");
        Files.writeString(
                log,
                System.lineSeparator() + "--- restarted by the kit ---" + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        await("the broker listening on " + HOST + ":" + PORT + " again (its log: " + log + ")")
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(StandaloneArtemisBroker::listening);
    }

    @Override
    public int connectionCount() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://" + HOST + ":" + PORT);
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession session = factory.createSession("kit", "kit-secret", false, true, true, false, 1);
                ClientRequestor requestor = new ClientRequestor(session, "activemq.management")) {
            session.start();
            ClientMessage request = session.createMessage(false);
            ManagementHelper.putAttribute(request, ResourceNames.BROKER, "connectionCount");
            ClientMessage reply = requestor.request(request, 10_000);
            if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
                throw new IllegalStateException("The broker did not tell its connection count"
                        + (reply == null ? " within 10 s" : ": " + ManagementHelper.getResult(reply)));
            }
            return ((Number) ManagementHelper.getResult(reply)).intValue() - 1;
        }
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
