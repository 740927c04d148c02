package io.kanava.tck.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Open Liberty: the sample application restarts, not the server (the {@code restart} operation of its
 * {@code ApplicationMBean}, over the server's local JMX connector, the one the managed adapter uses too). Its
 * WebSocket connections close, its beans are made anew, and it serves again in the same JVM.
 *
 * <p>Why not the server: the managed adapter holds one JMX connection to the JVM it started, through which it
 * undeploys (it waits there for the application to be gone) and which it closes before running
 * {@code server stop}; a new JVM has a new connector address, so after a real restart the undeploy would fail and
 * the container's stop could give up before stopping the new server. Arquillian lets a test stop and start only a
 * container in manual mode, which would take the lifecycle away from every other scenario of the execution.
 */
final class LibertyApplicationRestart implements ServerRestart {

    static final String NAME = "liberty-restart-application";

    /** The server the liberty container of arquillian.xml runs. */
    private static final String SERVER = "kanava";

    @Override
    public void perform(Duration limit) throws Exception {
        ObjectName application = new ObjectName(
                "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + SampleArchive.NAME);
        try (JMXConnector connector = JMXConnectorFactory.connect(localConnector())) {
            FutureTask<Object> restart = new FutureTask<>(
                    () -> connector.getMBeanServerConnection().invoke(application, "restart", null, null));
            Thread caller = new Thread(restart, "liberty-application-restart");
            caller.setDaemon(true);
            caller.start();
            restart.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The address Liberty's {@code localConnector-1.0} writes in the server's state directory when it starts. */
    private static JMXServiceURL localConnector() throws Exception {
        Path address = ServerRestart.installation("kanava.liberty.home")
                .resolve(Path.of("usr", "servers", SERVER, "logs", "state", "com.ibm.ws.jmx.local.address"));
        if (!Files.isReadable(address)) {
            throw new IllegalStateException("No JMX address at " + address + ": is localConnector-1.0 in the "
                    + "server.xml of tck-tests/src/test/servers/liberty?");
        }
        return new JMXServiceURL(Files.readAllLines(address).get(0).strip());
    }

    @Override
    public String description() {
        return "Open Liberty application restart (ApplicationMBean " + SampleArchive.NAME + " restart)";
    }
}
