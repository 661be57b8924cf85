/** What the fuzz tests share: hostile text and document generators, and how long they run. */
package org.departurebooklet.fuzz;
