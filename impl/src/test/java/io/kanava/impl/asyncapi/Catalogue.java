package io.kanava.impl.asyncapi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonValue;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

/** The payload types of a shop catalogue: every kind of type the schemas must describe as JSON-B binds it. */
final class Catalogue {

    private Catalogue() {}

    public enum Availability {
        IN_STOCK,
        SOLD_OUT
    }

    /** A record with renamed, optional, collection, map and time components, and a nested list of records. */
    public record Product(
            long id,
            @JsonbProperty("display_name") String name,
            BigDecimal price,
            Optional<String> note,
            Availability availability,
            List<Variant> variants,
            Set<String> tags,
            Map<String, Integer> stock,
            int[] ratings,
            LocalDate since,
            Instant updatedAt,
            LocalDateTime lastSeen,
            @JsonbDateFormat("dd.MM.yyyy") LocalDate due) {}

    public record Variant(String sku, boolean active) {}

    /** A recursive type. */
    public record Category(String name, List<Category> children) {}

    /** A generic page, used as {@code Page<Product>}. */
    public record Page<T>(List<T> items, int total) {}

    /** A JavaBean with a transient property, a private field without accessors, and a setter-only property. */
    public static class Basket {
        private String owner;
        private String secret;
        public List<Product> products;
        private int count;

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        @JsonbTransient
        public String getSecretHint() {
            return secret;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }
    }

    /** Null values are written, so each property may be null and is always present. */
    @JsonbNillable
    public record Remark(String text, Integer stars) {}

    /** Types Kanava cannot describe exactly. */
    public record Loose(Object anything, JsonValue raw, @JsonbTypeAdapter(UpperCase.class) String shouted) {}

    public static final class UpperCase implements JsonbAdapter<String, String> {
        @Override
        public String adaptToJson(String text) {
            return text.toUpperCase();
        }

        @Override
        public String adaptFromJson(String text) {
            return text.toLowerCase();
        }
    }
}
