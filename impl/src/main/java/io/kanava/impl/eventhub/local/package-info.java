/**
 * The transport of the {@code EventHub} on one node: events go straight to this node's subscribers.
 */
package io.kanava.impl.eventhub.local;
