package org.departurebooklet.plan;

/** Where a step stands on the day the plan is made. */
public enum Status {
  /** Its last day has passed, but it can and must still be done. */
  OVERDUE,
  /** Its last day is today. */
  DUE_TODAY,
  /** Its last day is within the next six days. */
  THIS_WEEK,
  /** Its window has opened and its last day is more than a week away. */
  OPEN_NOW,
  /** Its window has not opened yet, or it has no window and its day is more than a week away. */
  LATER,
  /** It had to be done in Japan, and the student has left. */
  NO_LONGER_POSSIBLE,
  /** The plan has no dates (a handout): the rule is printed instead. */
  UNDATED;

  /** Whether the step belongs on a "next steps" list today. */
  public boolean needsAttention() {
    return this == OVERDUE || this == DUE_TODAY || this == THIS_WEEK || this == OPEN_NOW;
  }
}
