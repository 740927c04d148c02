/**
 * Answering a call: find the action, pass the auth gate, bind the data, check its constraints and permissions, run
 * the handler; exactly one reply or error frame, whatever happens.
 */
package io.kanava.impl.routing;
