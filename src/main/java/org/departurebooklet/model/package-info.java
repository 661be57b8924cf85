/** Validated input records: a student, their plan and their dates, cleaned at the boundary. */
package org.departurebooklet.model;
