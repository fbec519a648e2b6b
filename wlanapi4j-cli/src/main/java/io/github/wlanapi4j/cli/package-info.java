/** The {@code wlanapi4j} command line ({@code doctor}, {@code demo}); not API. */
package io.github.wlanapi4j.cli;
