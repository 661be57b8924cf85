/**
 * Calendar files (RFC 5545 .ics) of dated events, written from plain records; knows nothing of the
 * plan.
 */
package org.departurebooklet.calendar;
