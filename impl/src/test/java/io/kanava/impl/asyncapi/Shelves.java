package io.kanava.impl.asyncapi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;

import io.kanava.impl.asyncapi.Catalogue.Availability;
import io.kanava.impl.asyncapi.Catalogue.Product;
import io.kanava.impl.asyncapi.Catalogue.Variant;

/** Shapes whose JSON Yasson writes in ways that are easy to get wrong: the edge cases of the schemas. */
final class Shelves {

    private Shelves() {}

    /** Null values written, including an enum's. */
    @JsonbNillable
    public record Label(Availability availability, String text) {}

    /** Maps whose keys are numbers or enum constants: written as objects. */
    public record Stock(Map<Integer, String> byShelf, Map<Availability, Integer> byAvailability) {}

    /** A generic class and a subclass that fixes its type argument. */
    public static class Listing<T> {
        public List<T> items;
    }

    public static class ProductListing extends Listing<Product> {}

    /** A generic class whose property nests its type variable inside another generic type. */
    public static class Shelf<T> {
        public Listing<List<T>> rows;
    }

    /** A record with getter-like methods besides its components, which Yasson writes under the methods' names. */
    public record Tag(String name) {
        public String getLabel() {
            return "#" + name;
        }

        public boolean isEmpty() {
            return name.isEmpty();
        }
    }

    /** A property JSON-B only reads (a setter without a getter), and one it reads and writes. */
    public static class Form {
        private int secret;
        private String name;

        public void setSecret(int secret) {
            this.secret = secret + 0;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A payload type whose name the document uses for its own call id schema. */
    public record KanavaCallId(String value) {}

    public record Timer(Duration left) {}

    static ProductListing listing() {
        ProductListing listing = new ProductListing();
        listing.items = List.of();
        return listing;
    }

    static Variant variant() {
        return new Variant("L-1", true);
    }
}
