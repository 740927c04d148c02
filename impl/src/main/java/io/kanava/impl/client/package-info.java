/**
 * Serving the application's AsyncAPI document and its generated TypeScript client under {@code kanava.client.path}.
 */
package io.kanava.impl.client;
