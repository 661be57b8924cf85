/**
 * Reading and writing files and text safely: atomic writes, I/O problems in words, printable
 * messages.
 */
package org.departurebooklet.io;
