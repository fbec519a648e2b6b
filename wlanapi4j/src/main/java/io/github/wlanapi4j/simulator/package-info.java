/**
 * A simulated {@code wlanapi.dll} in pure Java, for testing code that uses wlanapi4j without
 * Windows: {@link io.github.wlanapi4j.simulator.WlanSimulator}.
 */
package io.github.wlanapi4j.simulator;
