package io.kanava.tck.jsonbconfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** The channel {@code people}: {@code greet} answers its input with the names swapped. */
@ApplicationScoped
public class PersonChannels {

    @Produces
    ChannelDefinition people() {
        return ChannelDefinition.builder("people")
                .auth(false)
                .action(
                        "greet",
                        Person.class,
                        Person.class,
                        (person, context) -> new Person(person.lastName(), person.firstName()))
                .build();
    }
}
