/**
 * Writing to a client: one writer and a bounded outgoing queue per connection, and what happens to a client that
 * reads too slowly.
 */
package io.kanava.impl.sending;
