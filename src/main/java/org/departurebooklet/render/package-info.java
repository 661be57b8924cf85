/**
 * Rendering: Mustache templates to XHTML, and XHTML to PDF with our fonts and vector QR codes,
 * loading nothing from outside.
 */
package org.departurebooklet.render;
