package io.kanava.tck.jsonbconfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/** An application's own {@link Jsonb} bean, which it also closes: members in upper camel case. */
@ApplicationScoped
public class UpperCamelCaseJsonb {

    @Produces
    @ApplicationScoped
    Jsonb jsonb() {
        return JsonbBuilder.create(
                new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.UPPER_CAMEL_CASE));
    }

    void close(@Disposes Jsonb jsonb) throws Exception {
        jsonb.close();
    }
}
