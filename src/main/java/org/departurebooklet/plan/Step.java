package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.departurebooklet.content.Content;

/**
 * One procedure placed on a student's calendar.
 *
 * @param from the first day it can be done, if the procedure has one
 * @param due the last day (or the day) to do it
 * @param overdue whether {@code due} was already past on the day the booklet was made
 */
public record Step(Content.Procedure procedure, Optional<LocalDate> from, LocalDate due, boolean overdue) {}
