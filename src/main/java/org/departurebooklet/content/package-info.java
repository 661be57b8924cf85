/**
 * Content data (content/): deadline rules, official sources, job services and each language's text.
 */
package org.departurebooklet.content;
