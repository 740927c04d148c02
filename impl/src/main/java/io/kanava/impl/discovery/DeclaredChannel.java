package io.kanava.impl.discovery;

import io.kanava.ChannelDefinition;

/**
 * A channel definition together with where it was declared, so every problem can name its producer.
 *
 * @param definition the definition the producer returned
 * @param source the producer method, such as {@code com.acme.ChatChannels.chat()}
 */
public record DeclaredChannel(ChannelDefinition definition, String source) {}
