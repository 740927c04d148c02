/**
 * Kanava's runtime: what the CDI portable extension collects at deployment and how each connection is served. Each
 * sub-package has one responsibility. Every message has a stable code and is written once:
 * {@link io.kanava.impl.DeploymentMessages} holds the problems that fail a deployment ({@code KNV1xxx}),
 * {@link io.kanava.impl.Messages} what the running application logs or fails with ({@code KNV3xxx}).
 */
package io.kanava.impl;
