package io.kanava.tck.sample;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the scenarios on the sample share: the sample's WAR deployed unchanged, driven from outside the server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class SampleScenario {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return SampleArchive.deployment();
    }
}
