/**
 * The command line: picocli commands that call the {@link org.departurebooklet.Booklets} facade.
 */
package org.departurebooklet.cli;
