package io.kanava.tck.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.deployment.RealmUser;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Role membership is captured at the handshake for the roles the definitions name, and role permissions check it:
 * a holder of the role passes, anyone else gets {@code forbidden} and the handler never runs.
 */
public class ContainerRolesTest extends SecurityScenario {

    private static final int CONCURRENT_PER_USER = 8;

    @Test
    public void letsAHolderOfTheRoleRunTheAction() throws Exception {
        try (WireClient alice = connect("secured/vault", RealmUser.ALICE.basic())) {
            JsonObject caller = whoami(alice);
            assertEquals(true, caller.getBoolean("admin"), caller::toString);
            long before = effects(alice, "purge");
            assertReply(alice.call("{\"id\":\"p1\",\"action\":\"purge\"}"), "purge");
            assertEquals(before + 1, effects(alice, "purge"));
        }
    }

    @Test
    public void refusesACallerWithoutTheRoleWithForbiddenAndNoSideEffect() throws Exception {
        try (WireClient bob = connect("secured/vault", RealmUser.BOB.basic())) {
            JsonObject caller = whoami(bob);
            assertEquals(false, caller.getBoolean("admin"), caller::toString);
            assertEquals(true, caller.getBoolean("user"), caller::toString);
            long before = effects(bob, "purge");
            JsonObject refused = bob.call("{\"id\":\"p2\",\"action\":\"purge\"}");
            assertError(refused, "forbidden");
            assertEquals("p2", refused.getString("id"));
            assertEquals(before, effects(bob, "purge"));
        }
    }

    @Test
    public void keepsEachConnectionsRolesWhenHandshakesOfDifferentUsersOverlap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * CONCURRENT_PER_USER);
        try {
            List<Future<Boolean>> admins = new ArrayList<>();
            List<Future<Boolean>> users = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_PER_USER; i++) {
                admins.add(pool.submit(adminFlagOf(RealmUser.ALICE)));
                users.add(pool.submit(adminFlagOf(RealmUser.BOB)));
            }
            for (int i = 0; i < CONCURRENT_PER_USER; i++) {
                assertEquals(true, admins.get(i).get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "alice");
                assertEquals(false, users.get(i).get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "bob");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> adminFlagOf(RealmUser user) {
        return () -> {
            try (WireClient client = connect("secured/vault", user.basic())) {
                JsonObject caller = whoami(client);
                assertEquals(user.name(), caller.getString("name"));
                return caller.getBoolean("admin");
            }
        };
    }
}
