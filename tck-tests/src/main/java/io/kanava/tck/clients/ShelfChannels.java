package io.kanava.tck.clients;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;

/** The channel {@code shelf} at {@code /shelves/{shelf}}: the shapes a served document must describe. */
@ApplicationScoped
public class ShelfChannels {

    @Produces
    ChannelDefinition shelf() {
        return ChannelDefinition.builder("shelf")
                .route("/shelves/{shelf}")
                .auth(false)
                .event("shelf:changed", Shelf.class)
                .action(
                        "look",
                        Void.class,
                        Shelf.class,
                        (input, context) -> new Shelf(
                                context.connection().pathParameter("shelf").orElse("?"), List.of()))
                .action(ActionDefinition.<Item, Shelf>builder("stock")
                        .input(Item.class)
                        .output(Shelf.class)
                        .permissions("staff", Permission.role("user"))
                        .errors("shelf_full")
                        .handler((item, context) -> {
                            throw new ActionException("shelf_full", "No room for " + item.sku());
                        })
                        .build())
                .build();
    }
}
