/**
 * The {@code EventHub}: topics, the connections and listeners subscribed to them on this node, and the transport
 * that carries each event to every node.
 */
package io.kanava.impl.eventhub;
