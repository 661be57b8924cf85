/** Reading a school's class roster (CSV as spreadsheets save it) into rows of student fields. */
package org.departurebooklet.roster;
