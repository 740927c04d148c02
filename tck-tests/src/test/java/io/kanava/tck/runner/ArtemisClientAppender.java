package io.kanava.tck.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Bundles the ActiveMQ Artemis client in the WARs that point the EventHub at a broker URL, as an application must
 * on servers without an Artemis client of their own (Payara, Open Liberty): {@code artemis-jakarta-client} and its
 * dependencies, without {@code jakarta.jms-api}, which every server provides.
 */
final class ArtemisClientAppender {

    static final String VERSION_PROPERTY = "kanava.artemis.version";

    private ArtemisClientAppender() {}

    static boolean wantsBrokerUrl(Archive<?> archive) {
        Node webXml = archive.get("WEB-INF/web.xml");
        if (webXml == null || webXml.getAsset() == null) {
            return false;
        }
        try (InputStream in = webXml.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("kanava.jms.broker-url");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void addTo(WebArchive archive) {
        String version = System.getProperty(VERSION_PROPERTY);
        if (version == null || version.isBlank() || version.contains("${")) {
            throw new IllegalStateException("System property " + VERSION_PROPERTY + " names no Artemis version; run "
                    + "the kit through a runner profile of tck-tests/pom.xml");
        }
        for (var jar : Maven.resolver()
                .resolve("org.apache.artemis:artemis-jakarta-client:" + version)
                .withTransitivity()
                .asFile()) {
            if (!jar.getName().startsWith("jakarta.jms-api")) {
                archive.addAsLibrary(jar);
            }
        }
    }
}
