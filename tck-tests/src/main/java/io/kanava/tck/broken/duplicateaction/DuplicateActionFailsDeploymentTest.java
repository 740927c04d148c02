package io.kanava.tck.broken.duplicateaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.DeploymentFailures;
import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A channel declaring the same action twice fails the deployment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DuplicateActionFailsDeploymentTest {

    @Deployment(testable = false)
    @ShouldThrowException
    public static WebArchive deployment() {
        return KitArchive.create("kit-broken-duplicate-action", RepeatingChannels.class);
    }

    @Test
    public void failsTheDeploymentAndServesNoChannel() throws Exception {
        assertNotNull(WireClient.refusedHandshake(
                ChannelAddress.ofContext("kit-broken-duplicate-action", "channels/repeating")));
    }

    @Test
    public void reportsTheProblemWithItsCode() {
        String failure = DeploymentFailures.of("kit-broken-duplicate-action.war");
        assertTrue(failure.contains("KNV1003"), () -> "the deployment failed with: " + failure);
    }
}
