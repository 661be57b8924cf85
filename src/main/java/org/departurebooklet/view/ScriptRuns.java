package org.departurebooklet.view;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into runs by language so that Japanese inside another edition carries {@code
 * lang="ja"} (for line breaking, fonts and screen readers): "write 届出書在中 in red" becomes "write ",
 * "届出書在中" (ja), " in red". Spaces and punctuation between two Japanese characters stay in the
 * Japanese run; elsewhere they belong to the surrounding text.
 *
 * <p>Chinese writes Han characters itself, so in the Chinese edition script cannot tell a Japanese
 * term from Chinese text (届出書在中 and 信封 are both Han). There a Japanese term is quoted in corner
 * brackets, 「届出書在中」, as Chinese guides for Japan do: the brackets and what they hold are Japanese,
 * and so is kana anywhere; every other Han character is Chinese. Stateless and thread-safe.
 */
public final class ScriptRuns {

  /** The language a run of Han, kana and CJK punctuation is marked with. */
  public static final String JAPANESE = "ja";

  /** The edition whose own text is Han: only bracketed terms and kana are Japanese in it. */
  public static final String CHINESE = "zh";

  /** The corner brackets a Japanese term is quoted in inside Chinese text. */
  private static final int OPEN_TERM = '「';

  private static final int CLOSE_TERM = '」';

  private static final Set<UnicodeScript> SCRIPTS =
      Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
  private static final Set<UnicodeBlock> BLOCKS =
      Set.of(
          UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
          UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
          UnicodeBlock.KATAKANA,
          UnicodeBlock.HIRAGANA,
          UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS);

  /** No character before U+2E80 (CJK Radicals Supplement) is Han, kana or CJK punctuation. */
  private static final int FIRST_CJK = 0x2E80;

  private enum Kind {
    BASE,
    JAPANESE,
    NEUTRAL
  }

  private ScriptRuns() {}

  /** The runs of {@code text} in an edition of {@code language}; one plain run in Japanese. */
  public static BookletView.Text split(String text, String language) {
    if (text == null) {
      return null;
    }
    if (JAPANESE.equals(language) || text.codePoints().noneMatch(ScriptRuns::isJapanese)) {
      return BookletView.Text.plain(text);
    }
    int[] cps = text.codePoints().toArray();
    Kind[] kinds = CHINESE.equals(language) ? chineseKinds(cps) : kinds(cps);
    for (int i = 0; i < cps.length; i++) {
      if (kinds[i] == Kind.NEUTRAL) {
        kinds[i] =
            neighbour(kinds, i, -1) == Kind.JAPANESE && neighbour(kinds, i, 1) == Kind.JAPANESE
                ? Kind.JAPANESE
                : Kind.BASE;
      }
    }
    List<BookletView.Run> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= cps.length; i++) {
      if (i == cps.length || kinds[i] != kinds[start]) {
        runs.add(
            new BookletView.Run(
                new String(cps, start, i - start),
                kinds[start] == Kind.JAPANESE ? JAPANESE : null));
        start = i;
      }
    }
    return new BookletView.Text(runs);
  }

  private static Kind[] kinds(int[] cps) {
    Kind[] kinds = new Kind[cps.length];
    for (int i = 0; i < cps.length; i++) {
      kinds[i] = isJapanese(cps[i]) ? Kind.JAPANESE : isNeutral(cps[i]) ? Kind.NEUTRAL : Kind.BASE;
    }
    return kinds;
  }

  /**
   * In Chinese text: a bracketed term 「...」 and kana are Japanese, Han and CJK punctuation Chinese.
   */
  private static Kind[] chineseKinds(int[] cps) {
    Kind[] kinds = new Kind[cps.length];
    for (int i = 0; i < cps.length; i++) {
      int close = cps[i] == OPEN_TERM ? indexOf(cps, CLOSE_TERM, i + 1) : -1;
      if (close > 0) {
        for (int j = i; j <= close; j++) {
          kinds[j] = Kind.JAPANESE;
        }
        i = close;
      } else {
        kinds[i] = isKana(cps[i]) ? Kind.JAPANESE : isNeutral(cps[i]) ? Kind.NEUTRAL : Kind.BASE;
      }
    }
    return kinds;
  }

  private static int indexOf(int[] cps, int cp, int from) {
    for (int i = from; i < cps.length; i++) {
      if (cps[i] == cp) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isKana(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA || cp == 'ー';
  }

  /** Whether a character is Japanese script or CJK punctuation. */
  public static boolean isJapanese(int cp) {
    if (cp < FIRST_CJK) {
      return false; // Latin, Vietnamese, and everything else before the CJK radicals
    }
    return SCRIPTS.contains(UnicodeScript.of(cp)) || BLOCKS.contains(UnicodeBlock.of(cp));
  }

  private static boolean isNeutral(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    return (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED)
        && !Character.isLetter(cp);
  }

  /** The nearest kind that is not neutral in {@code step} direction, or BASE at the ends. */
  private static Kind neighbour(Kind[] kinds, int i, int step) {
    for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
      if (kinds[j] != Kind.NEUTRAL) {
        return kinds[j];
      }
    }
    return Kind.BASE;
  }
}
