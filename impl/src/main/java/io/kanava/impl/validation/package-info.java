/**
 * Validating action inputs with the server's Jakarta Validation, when it has one, before permissions and handler.
 */
package io.kanava.impl.validation;
