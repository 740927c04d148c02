/**
 * The AsyncAPI 3 document of an application's channels, with the JSON Schema of each payload type as JSON-B maps
 * it and the keywords of its Bean Validation constraints.
 */
package io.kanava.impl.asyncapi;
