package org.departurebooklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.departurebooklet.BookletException;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void everyRowFallsInExactlyOneShard() {
    int rows = 23;
    int n = 4;
    for (int i = 0; i < rows; i++) {
      int index = i;
      assertEquals(
          1, IntStream.rangeClosed(1, n).filter(k -> new Shard(k, n).includes(index)).count());
    }
    assertEquals(rows, IntStream.rangeClosed(1, n).map(k -> new Shard(k, n).size(rows)).sum());
    assertEquals(6, Shard.parse("3/4").size(rows));
  }

  @Test
  void badSlicesAreUsageErrors() {
    for (String bad : new String[] {"0/4", "5/4", "1/0", "a/b", "2", "-1/3"}) {
      BookletException e = assertThrows(BookletException.class, () -> Shard.parse(bad));
      assertEquals(BookletException.Kind.USAGE, e.kind());
      assertTrue(e.getMessage().contains("K/N"));
    }
  }
}
