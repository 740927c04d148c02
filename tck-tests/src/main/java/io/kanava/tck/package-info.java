/**
 * The Kanava TCK: black-box tests of the {@code kanava.v1} contract over real WebSockets against a deployed WAR.
 * Each package holds one topic; {@code io.kanava.tck.broken.*} holds deployments that must fail, one package per
 * scenario. A runner adds the implementation under test to every deployment.
 */
package io.kanava.tck;
