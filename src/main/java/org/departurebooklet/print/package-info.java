/** Print layout: files for the print shop, such as one combined, duplex-ready PDF of a class. */
package org.departurebooklet.print;
