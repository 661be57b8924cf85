/** The web front end: a form page where students make and download their own booklet. */
package org.departurebooklet.web;
