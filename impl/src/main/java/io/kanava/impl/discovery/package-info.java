/**
 * Finding channels at deployment: the CDI portable extension collects the producers of {@code ChannelDefinition}
 * and plain classes validate them, every problem reported at once with its code and producer.
 */
package io.kanava.impl.discovery;
