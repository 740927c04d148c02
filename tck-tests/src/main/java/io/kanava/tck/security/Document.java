package io.kanava.tck.security;

/**
 * The data of the permission scenarios.
 *
 * @param owner the subject that owns the document
 */
public record Document(String owner) {}
