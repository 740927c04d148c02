/**
 * Registering one JSR-356 endpoint per channel when the application starts, and serving each connection: its
 * lifecycle callbacks, its frames, its closing, and closing them all when the application stops.
 */
package io.kanava.impl.endpoint;
