/**
 * Personalization: a student's due dates and the order of job services, computed from content
 * rules.
 */
package org.departurebooklet.plan;
