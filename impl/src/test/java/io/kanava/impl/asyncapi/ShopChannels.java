package io.kanava.impl.asyncapi;

import java.util.List;

import jakarta.enterprise.util.TypeLiteral;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;
import io.kanava.impl.asyncapi.Catalogue.Category;
import io.kanava.impl.asyncapi.Catalogue.Product;

/** A shop's channels: every shape of action and event a document describes. */
final class ShopChannels {

    private ShopChannels() {}

    static ChannelDefinition products() {
        return ChannelDefinition.builder("products")
                .auth(false)
                .event("products:changed", Product.class)
                .action("get", Long.class, Product.class, (id, context) -> null)
                .action(ActionDefinition.<Void, List<Product>>builder("all")
                        .input(Void.class)
                        .output(new TypeLiteral<List<Product>>() {}.getType())
                        .handler((input, context) -> List.of())
                        .build())
                .action(ActionDefinition.<Long, Void>builder("remove")
                        .input(Long.class)
                        .output(Void.class)
                        .auth(true)
                        .permissions("admins", Permission.role("admin"))
                        .permissions("owner", Permission.role("seller"), (context, id) -> id > 0)
                        .errors("product_not_found", "product_in_use")
                        .handler((input, context) -> null)
                        .build())
                .build();
    }

    static ChannelDefinition aisles() {
        return ChannelDefinition.builder("aisles")
                .route("/stores/{store}/aisles")
                .action("tree", Void.class, Category.class, (input, context) -> null)
                .build();
    }
}
