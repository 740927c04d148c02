package io.kanava.tck.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Permission groups: a call passes if any group passes, a group passes only if all its permissions pass. A refused
 * call gets {@code forbidden} with its id, and its handler never runs.
 */
public class PermissionGroupsTest extends SecurityScenario {

    /**
     * One row of the table.
     *
     * @param subject who logs in
     * @param roles their roles, comma-separated
     * @param action {@code edit} (admins OR (user AND owner)) or {@code approve} (admin AND auditor)
     * @param owner the document's owner
     * @param allowed whether the call must pass
     */
    record Row(String subject, String roles, String action, String owner, boolean allowed) {}

    private static final List<Row> TABLE = List.of(
            new Row("alice", "admin", "edit", "someone", true),
            new Row("bob", "user", "edit", "bob", true),
            new Row("bob", "user", "edit", "carol", false),
            new Row("carol", "", "edit", "carol", false),
            new Row("dave", "admin,user", "edit", "nobody", true),
            new Row("erin", "admin,auditor", "approve", "x", true),
            new Row("frank", "admin", "approve", "x", false),
            new Row("grace", "auditor", "approve", "x", false),
            new Row("heidi", "user", "approve", "x", false));

    @Test
    public void passesWhenAnyGroupHasAllItsPermissions() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int row = 0;
        for (Row expected : TABLE) {
            String id = "row" + row++;
            try (WireClient client = connect("open/permits")) {
                login(client, expected.subject(), expected.roles());
                String effect = expected.action() + ":" + expected.subject();
                long before = effects(client, effect);
                JsonObject answer = client.call("{\"id\":\"" + id + "\",\"action\":\"" + expected.action()
                        + "\",\"data\":{\"owner\":\"" + expected.owner() + "\"}}");
                long after = effects(client, effect);
                boolean passed = !answer.containsKey("error");
                boolean forbiddenWithId = answer.containsKey("error")
                        && answer.getJsonObject("error").getString("code").equals("forbidden")
                        && id.equals(answer.getString("id", null));
                if (passed != expected.allowed()
                        || (!passed && !forbiddenWithId)
                        || after - before != (expected.allowed() ? 1 : 0)) {
                    mismatches.add(expected + " answered " + answer + ", side effects " + (after - before));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
