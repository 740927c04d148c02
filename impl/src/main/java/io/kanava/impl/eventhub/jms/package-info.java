/**
 * The clustered transport of the {@code EventHub}: one JMS topic shared by every node, through the ActiveMQ Artemis
 * client or the container's JMS.
 */
package io.kanava.impl.eventhub.jms;
