/** View models: every string the templates print, already chosen, ordered and formatted. */
package org.departurebooklet.view;
