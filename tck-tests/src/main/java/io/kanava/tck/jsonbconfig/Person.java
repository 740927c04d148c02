package io.kanava.tck.jsonbconfig;

/**
 * The data of {@code greet}: its members are named on the wire by the application's JSON-B configuration.
 *
 * @param firstName a first name
 * @param lastName a last name
 */
public record Person(String firstName, String lastName) {}
