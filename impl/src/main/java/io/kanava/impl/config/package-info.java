/**
 * Where an application's settings come from: MicroProfile Config where the server provides it, else the servlet
 * context parameters, read in one place.
 */
package io.kanava.impl.config;
