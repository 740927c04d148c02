package io.kanava.tck.runner;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * Java agent for the Open Liberty JVM: makes every RMI server socket listen on the loopback address only.
 *
 * <p>The managed Liberty adapter drives the server through {@code localConnector-1.0}, which starts the JDK's local
 * JMX agent. The JDK binds that agent's RMI socket to the wildcard address (it only refuses non-local peers after
 * accepting). With {@code com.sun.management.jmxremote.local.only=false} (see the liberty server's
 * management.properties) the agent uses the default RMI socket factory, which this agent replaces with one bound to
 * 127.0.0.1. tck-tests/pom.xml packages this class as a jar with a {@code Premain-Class} entry.
 */
public final class LoopbackRmiAgent {

    private LoopbackRmiAgent() {}

    public static void premain(String arguments) throws IOException {
        RMISocketFactory.setSocketFactory(new LoopbackRmiSocketFactory());
    }

    private static final class LoopbackRmiSocketFactory extends RMISocketFactory {

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return new Socket(host, port);
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        }
    }
}
