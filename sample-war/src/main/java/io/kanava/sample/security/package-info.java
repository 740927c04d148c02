/**
 * Who the sample's users are and how they prove it: a Jakarta Security HTTP BASIC mechanism over a small in-app
 * identity store (alice and bob), and signed tokens for the chat's in-band login.
 */
package io.kanava.sample.security;
