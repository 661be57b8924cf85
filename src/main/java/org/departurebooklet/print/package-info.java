/**
 * Print layout: files for the printer, made from finished booklets: one combined, duplex-ready PDF
 * of a class, sheets imposed for saddle stitching, pages with bleed and crop marks.
 */
package org.departurebooklet.print;
