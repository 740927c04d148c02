package io.kanava.tck.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.tck.calls.CallLedger;

/**
 * The channel {@code validated}: actions whose inputs carry Bean Validation constraints. Each counts its permission
 * checks and handler runs in the ledger, so a test can prove a refused input reached neither.
 */
@ApplicationScoped
public class ValidationChannels {

    @Inject
    CallLedger ledger;

    @Produces
    ChannelDefinition validated() {
        return ChannelDefinition.builder("validated")
                .auth(false)
                .action(ActionDefinition.of("order", Order.class, Integer.class, (order, context) -> {
                            ledger.ran("order");
                            return order.items().size();
                        })
                        .permissions("anyone", (context, order) -> {
                            ledger.ran("order-permission");
                            return true;
                        }))
                .action(ActionDefinition.of("rename", Rename.class, Long.class, (rename, context) -> rename.id())
                        .validationGroups(Rename.OnRename.class))
                .action("runs", String.class, Long.class, (action, context) -> ledger.runs(action))
                .build();
    }
}
