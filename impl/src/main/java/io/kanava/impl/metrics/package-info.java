/**
 * What Kanava has done, for operators: counters and gauges per channel and per event hub, kept without locks on the
 * paths they count, and published as JMX MXBeans under the {@code io.kanava} domain of the platform MBean server.
 * Their names follow the OpenTelemetry conventions; docs/operations.md lists each with its instrument.
 */
package io.kanava.impl.metrics;
