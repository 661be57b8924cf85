package org.departurebooklet.roster;

import java.util.Map;

/**
 * One data row of a roster.
 *
 * @param index the row's position among the data rows, from 0 (blank lines and the header do not
 *     count); used to slice a roster into shards
 * @param line the physical line of the file where the row starts, from 1 (a quoted value may span
 *     lines, so this is not the record number)
 * @param fields the values of the known columns by field name, trimmed; absent columns are absent
 * @param extraValues how many non-empty values the row has beyond the header's columns
 */
public record RosterRow(int index, long line, Map<String, String> fields, int extraValues) {
  public RosterRow {
    fields = Map.copyOf(fields);
  }
}
