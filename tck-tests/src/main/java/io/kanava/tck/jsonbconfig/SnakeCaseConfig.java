package io.kanava.tck.jsonbconfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/** An application's {@link JsonbConfig} bean: members in snake case. */
@ApplicationScoped
public class SnakeCaseConfig {

    @Produces
    JsonbConfig config() {
        return new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES);
    }
}
