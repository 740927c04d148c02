package io.kanava.benchmarks.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The three servers the benchmark runs on, each from its Maven Central distribution unpacked by the benchmark's
 * profile (the versions the kit tests): how it is made to listen on 127.0.0.1 only, where WARs are dropped, and the
 * commands that start it in the foreground and stop it.
 */
enum ServerKind {

    /** WildFly: binds 127.0.0.1 out of the box and deploys what lands in {@code standalone/deployments}. */
    WILDFLY {
        @Override
        Path deployments(Path home) {
            return home.resolve("standalone/deployments");
        }

        @Override
        List<String> start(Path home) {
            return List.of(home.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1");
        }

        @Override
        List<String> stop(Path home) {
            return List.of();
        }
    },

    /** Payara Server: its domain is edited as the kit edits it (loopback, no Hazelcast, no broker of its own). */
    PAYARA {
        @Override
        void prepare(Path home) throws IOException {
            Path domainXml = home.resolve("glassfish/domains/domain1/config/domain.xml");
            String domain = Files.readString(domainXml, StandardCharsets.UTF_8);
            String loopback = domain.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                    .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=")
                    .replace(
                            "<hazelcast-config-specific-configuration>",
                            "<hazelcast-config-specific-configuration enabled=\"false\">");
            loopback = loopback.replaceFirst(
                    "(<connector-service shutdown-timeout-in-seconds=\"30\"></connector-service>)(?!<jms-service)",
                    "$1<jms-service type=\"DISABLED\" default-jms-host=\"default_JMS_host\">"
                            + "<jms-host name=\"default_JMS_host\" host=\"127.0.0.1\" port=\"7676\""
                            + " admin-user-name=\"admin\" admin-password=\"admin\" lazy-init=\"true\"/>"
                            + "</jms-service>");
            Files.writeString(domainXml, loopback, StandardCharsets.UTF_8);
        }

        @Override
        Path deployments(Path home) {
            return home.resolve("glassfish/domains/domain1/autodeploy");
        }

        @Override
        List<String> start(Path home) {
            return List.of(home.resolve("bin/asadmin").toString(), "start-domain", "--verbose", "domain1");
        }

        @Override
        List<String> stop(Path home) {
            return List.of(home.resolve("bin/asadmin").toString(), "stop-domain", "domain1");
        }

        @Override
        boolean isServer(List<String> arguments) {
            return arguments.stream().anyMatch(argument -> argument.contains("com.sun.aas.instanceRoot"));
        }
    },

    /** Open Liberty: a server {@value #LIBERTY_SERVER} with the README's feature list, on 127.0.0.1. */
    LIBERTY {
        @Override
        void prepare(Path home) throws IOException {
            Path server = home.resolve("usr/servers/" + LIBERTY_SERVER);
            Files.createDirectories(server);
            Files.writeString(
                    server.resolve("server.xml"),
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <server description="Kanava on-server benchmark">
                        <featureManager>
                            <feature>webProfile-10.0</feature>
                        </featureManager>
                        <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="8080" httpsPort="-1"/>
                        <applicationMonitor dropinsEnabled="true"/>
                    </server>
                    """,
                    StandardCharsets.UTF_8);
        }

        @Override
        Path deployments(Path home) {
            return home.resolve("usr/servers/" + LIBERTY_SERVER + "/dropins");
        }

        @Override
        List<String> start(Path home) {
            return List.of(home.resolve("bin/server").toString(), "run", LIBERTY_SERVER);
        }

        @Override
        List<String> stop(Path home) {
            return List.of(home.resolve("bin/server").toString(), "stop", LIBERTY_SERVER);
        }
    };

    static final String LIBERTY_SERVER = "kanava-bench";

    /**
     * Reads a server's name as the profiles pass it.
     *
     * @param name {@code wildfly}, {@code payara} or {@code liberty}
     * @return the server
     */
    static ServerKind named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    "Unknown server '" + name + "': expected wildfly, payara or liberty", unknown);
        }
    }

    /**
     * Configures the unpacked server before it starts; idempotent.
     *
     * @param home the server's installation
     * @throws IOException when its configuration cannot be written
     */
    void prepare(Path home) throws IOException {}

    /**
     * Where the server deploys WARs dropped while it starts.
     *
     * @param home the server's installation
     * @return the folder
     */
    abstract Path deployments(Path home);

    /**
     * The command that runs the server in the foreground.
     *
     * @param home the server's installation
     * @return the command and its arguments
     */
    abstract List<String> start(Path home);

    /**
     * The command that stops the server, or none when ending its JVM is the way.
     *
     * @param home the server's installation
     * @return the command and its arguments, or an empty list
     */
    abstract List<String> stop(Path home);

    /**
     * Tells the server's JVM from the other Java processes its start command runs.
     *
     * @param arguments a Java process's arguments
     * @return whether it is the server
     */
    boolean isServer(List<String> arguments) {
        return true;
    }
}
