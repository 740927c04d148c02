/**
 * Kanava's runtime: what the CDI portable extension collects at deployment and how each connection is served. Each
 * sub-package has one responsibility; {@link io.kanava.impl.Messages} holds every message the runtime logs or fails
 * with, each under its stable code.
 */
package io.kanava.impl;
