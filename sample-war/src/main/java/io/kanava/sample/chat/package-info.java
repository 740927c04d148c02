/**
 * The {@code chat} channel: one room where clients post messages and read the latest ones.
 */
package io.kanava.sample.chat;
