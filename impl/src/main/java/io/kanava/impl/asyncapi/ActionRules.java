package io.kanava.impl.asyncapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;
import io.kanava.RolePermission;

/**
 * Who may call an action, as a document states it: whether it needs an identity (the action's {@code auth}, else
 * the channel's), and its permission groups, each a list of checks ({@code role:admin}, or {@code custom} for a
 * permission written as a function).
 *
 * @param needsIdentity whether a caller needs an identity
 * @param groups the permission groups by name, each with its checks
 */
record ActionRules(boolean needsIdentity, Map<String, List<String>> groups) {

    static ActionRules of(ChannelDefinition channel, ActionDefinition<?, ?> action) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        action.permissions().forEach((group, members) -> {
            List<String> checks = new ArrayList<>();
            for (Permission<?> member : members) {
                checks.add(member instanceof RolePermission<?> role ? "role:" + role.role() : "custom");
            }
            groups.put(group, checks);
        });
        return new ActionRules(action.auth().orElse(channel.auth()), groups);
    }

    /** A sentence a reader of the document understands, such as "Needs an identity. Allowed for: role admin". */
    String describe() {
        StringBuilder text = new StringBuilder(needsIdentity ? "Needs an identity." : "Open to anyone.");
        if (!groups.isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            groups.forEach((group, checks) -> alternatives.add(group + " ("
                    + String.join(
                            " and ", checks.stream().map(ActionRules::readable).toList()) + ")"));
            text.append(" Allowed when one of these permission groups passes: ")
                    .append(String.join("; ", alternatives))
                    .append('.');
        }
        return text.toString();
    }

    /** The {@code x-kanava} members about auth: {@code auth}, {@code permissions} and {@code roles}. */
    JsonObjectBuilder extension(JsonBuilderFactory json) {
        var permissions = json.createArrayBuilder();
        var roles = new LinkedHashSet<String>();
        groups.forEach((group, checks) -> {
            permissions.add(
                    json.createObjectBuilder().add("group", group).add("checks", json.createArrayBuilder(checks)));
            checks.stream().filter(check -> check.startsWith("role:")).forEach(check -> roles.add(check.substring(5)));
        });
        return json.createObjectBuilder()
                .add("auth", needsIdentity)
                .add("permissions", permissions)
                .add("roles", json.createArrayBuilder(List.copyOf(roles)));
    }

    private static String readable(String check) {
        return check.startsWith("role:") ? "role " + check.substring(5) : "a check of the application's";
    }
}
