/**
 * A controllable clock for tests of hosts that pass time into Thyrida's pure decisions.
 *
 * <p>API (stable).
 */
package dev.thyrida.testkit.clock;
