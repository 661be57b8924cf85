package org.departurebooklet.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.util.Locale;
import org.departurebooklet.view.ScriptRuns;

/**
 * Line break opportunities that keep Japanese phrases whole. The JDK's line breaker (which
 * OpenHTMLtoPDF uses by default) may break between any two kanji or kana, so a word such as 連絡 can
 * be split and a lone character left on the next line. This breaker takes the JDK's opportunities
 * (and OpenHTMLtoPDF's URL handling) and, inside Japanese text, keeps only those at phrase
 * boundaries: after a run of kana that ends a phrase (a particle such as を or に, or a verb ending),
 * after closing punctuation, before opening punctuation. Kinsoku rules hold everywhere: no line
 * starts with 、。）」ー or a small kana, none ends with （「. A phrase longer than {@value #LONG_PHRASE}
 * characters may still break inside, so narrow table cells never overflow. Latin and Vietnamese
 * text breaks as before, except that a date written with slashes (9/4/2027) is never split at a
 * slash, and a URL may also break after _ ? &amp; = (so a long file name such as
 * nyuukokukanri10_00014.html splits at its underscore, not inside a number).
 *
 * <p>Korean breaks between words, at spaces, never inside one: the JDK's breaker would split 재류카드를
 * between any two syllables (CSS {@code word-break: keep-all}). In a Chinese document ({@link
 * #JapaneseLineBreaker(String)} with {@code zh}) a line may break between any two hanzi, as Chinese
 * is set, with the same kinsoku rules. A Japanese term there is a text of its own (a {@code
 * lang="ja"} span: the term at the counter, or 「届出書在中」 quoted in a sentence), and a text that holds
 * kana or starts with 「 keeps the Japanese phrase rules, so 国民健康保険の資格喪失 is not split between 保 and
 * 険.
 *
 * <p>Not thread-safe: OpenHTMLtoPDF keeps one per render (set it with {@code useUnicodeLineBreaker}
 * on each builder).
 */
public final class JapaneseLineBreaker implements FSTextBreaker {

  /** Phrases longer than this (in characters) may break inside, so narrow cells never overflow. */
  static final int LONG_PHRASE = 10;

  /** A long run of one script is not broken closer than this to either of its ends. */
  static final int MIN_TAIL = 3;

  private static final String NO_LINE_START =
      "、。，．・：；？！）」』】〕〉》〙〗］｝’”ー～〜…‥)]}" + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻ゝゞヽヾ゠";
  private static final String NO_LINE_END = "（「『【〔〈《〘〖［｛‘“([{";
  private static final String CLOSING = "、。，．・：；？！）」』】〕〉》〙〗］｝";
  private static final String BRACKETS = "）」』】〕〉》〙〗］｝";

  /** Single kana that end a phrase after a kanji: particles. Other single kana are okurigana. */
  private static final String PARTICLES = "をにのがはでとへもや";

  /** In a URL or file name, a line may also break after these (nyuukokukanri10_|00014.html). */
  private static final String URL_JOINERS = "_?&=";

  private final FSTextBreaker delegate;

  /** Whether the document is Chinese, whose hanzi break anywhere kinsoku allows. */
  private final boolean chinese;

  /** Whether the current text is Chinese, not a Japanese term: hanzi break anywhere in it. */
  private boolean hanzi;

  private String text = "";

  /** The last opportunity returned, and the delegate's next one when an extra came first. */
  private int last;

  private int pending = -2;

  /** A breaker for a document in any language but Chinese. */
  public JapaneseLineBreaker() {
    this("");
  }

  /**
   * A breaker for a document in {@code documentLanguage} (a BCP 47 tag such as {@code zh-Hans}): in
   * Chinese, hanzi break anywhere kinsoku allows; elsewhere Han keeps the Japanese phrase rules.
   */
  public JapaneseLineBreaker(String documentLanguage) {
    this.delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.JAPANESE));
    this.chinese = "zh".equals(documentLanguage.split("-", 2)[0].toLowerCase(Locale.ROOT));
  }

  @Override
  public void setText(String newText) {
    text = newText;
    hanzi =
        chinese
            && !newText.startsWith("「")
            && newText
                .chars()
                .noneMatch(
                    c ->
                        ScriptClass.of((char) c) == ScriptClass.HIRAGANA
                            || UnicodeScript.of(c) == UnicodeScript.KATAKANA);
    delegate.setText(newText);
    last = 0;
    pending = -2;
  }

  @Override
  public int next() {
    int next = pending != -2 ? pending : filtered();
    pending = -2;
    int limit = next == BreakIterator.DONE ? text.length() : next;
    for (int pos = last + 1; pos < limit; pos++) {
      if (urlJoint(pos)) {
        pending = next;
        last = pos;
        return pos;
      }
    }
    if (next != BreakIterator.DONE) {
      last = next;
    }
    return next;
  }

  private int filtered() {
    for (int pos = delegate.next(); pos != BreakIterator.DONE; pos = delegate.next()) {
      if (pos >= text.length() || pos <= 0 || allowed(pos)) {
        return pos;
      }
    }
    return BreakIterator.DONE;
  }

  /**
   * After an underscore, ?, &amp; or = between letters or digits, inside a run of text that holds a
   * slash (a URL or a path): never in prose such as Q&amp;A or snake_case.
   */
  private boolean urlJoint(int pos) {
    if (pos < 2
        || pos >= text.length()
        || URL_JOINERS.indexOf(text.charAt(pos - 1)) < 0
        || !Character.isLetterOrDigit(text.charAt(pos - 2))
        || !Character.isLetterOrDigit(text.charAt(pos))) {
      return false;
    }
    int start = pos - 1;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = pos;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).indexOf('/') >= 0;
  }

  private boolean allowed(int pos) {
    char a = text.charAt(pos - 1);
    char b = text.charAt(pos);
    if (numericDate(pos, a, b) || insideKoreanWord(a, b)) {
      return false;
    }
    if (!ScriptRuns.isJapanese(a) && !ScriptRuns.isJapanese(b)) {
      return true;
    }
    if (NO_LINE_START.indexOf(b) >= 0 || NO_LINE_END.indexOf(a) >= 0) {
      return false;
    }
    return phraseBoundary(pos) || insideLongPhrase(pos);
  }

  /**
   * Inside a phrase longer than {@value #LONG_PHRASE} characters (アルバイトができなくなります): right after a
   * particle that follows a word (アルバイトが|できなく...), or where the script changes between runs of two
   * or more characters, but never between a word and the kana that follow it (not アルバイト|が); else,
   * inside a long run of one script, anywhere at least {@value #MIN_TAIL} characters from its ends.
   */
  private boolean insideLongPhrase(int pos) {
    int start = pos - 1;
    while (start > 0 && !phraseBoundary(start)) {
      start--;
    }
    int end = pos + 1;
    while (end < text.length() && !phraseBoundary(end)) {
      end++;
    }
    if (end - start <= LONG_PHRASE) {
      return false;
    }
    int runStart = run(pos - 1, -1);
    int runEnd = run(pos, 1);
    ScriptClass left = ScriptClass.of(text.charAt(pos - 1));
    ScriptClass right = ScriptClass.of(text.charAt(pos));
    if ((left == ScriptClass.KANJI || left == ScriptClass.KATAKANA)
        && right == ScriptClass.HIRAGANA) {
      return false; // a particle or ending stays with its word: アルバイトが, not アルバイト|が
    }
    if (left == ScriptClass.HIRAGANA
        && PARTICLES.indexOf(text.charAt(pos - 1)) >= 0
        && pos >= 2
        && (ScriptClass.of(text.charAt(pos - 2)) == ScriptClass.KANJI
            || ScriptClass.of(text.charAt(pos - 2)) == ScriptClass.KATAKANA)) {
      return end - pos >= 2; // right after the particle: アルバイトが|できなくなります
    }
    if (left != right) {
      return pos - runStart >= 2 && runEnd - pos >= 2;
    }
    return runEnd - runStart > LONG_PHRASE
        && pos - runStart >= MIN_TAIL
        && runEnd - pos >= MIN_TAIL;
  }

  /** The end (step 1, exclusive) or start (step -1) of the run of one script around {@code i}. */
  private int run(int i, int step) {
    ScriptClass kind = ScriptClass.of(text.charAt(i));
    int j = i;
    while (j + step >= 0
        && j + step < text.length()
        && ScriptClass.of(text.charAt(j + step)) == kind) {
      j += step;
    }
    return step > 0 ? j + 1 : j;
  }

  /**
   * Whether a break between {@code a} and {@code b} would split a Korean word: hangul next to
   * anything but a space (재류|카드를, 9일|(금), 届出書在中|이라고 are one word each).
   */
  private static boolean insideKoreanWord(char a, char b) {
    return (isHangul(a) || isHangul(b)) && !Character.isWhitespace(a) && !Character.isWhitespace(b);
  }

  private static boolean isHangul(char c) {
    return UnicodeScript.of(c) == UnicodeScript.HANGUL;
  }

  /**
   * Whether {@code pos} is at a slash between digits, as in 9/4/2027 (the URL rule would split it).
   */
  private boolean numericDate(int pos, char a, char b) {
    if (b == '/') {
      return Character.isDigit(a)
          && pos + 1 < text.length()
          && Character.isDigit(text.charAt(pos + 1));
    }
    return a == '/' && Character.isDigit(b) && pos >= 2 && Character.isDigit(text.charAt(pos - 2));
  }

  /** Whether a Japanese phrase ends at {@code pos} (kinsoku aside). */
  private boolean phraseBoundary(int pos) {
    return pos <= 0
        || pos >= text.length()
        || phraseBoundary(pos, text.charAt(pos - 1), text.charAt(pos));
  }

  /** Whether a Japanese phrase ends between {@code a} and {@code b} (at {@code pos}). */
  private boolean phraseBoundary(int pos, char a, char b) {
    if (b == '（' && (text.startsWith("）", pos + 2) || text.startsWith("）", pos + 3))) {
      return false; // a note of one or two characters such as the weekday stays on: 4月9日（金）, 9日（周五）
    }
    if (BRACKETS.indexOf(a) >= 0 && ScriptClass.of(b) == ScriptClass.HIRAGANA) {
      return false; // a quoted word keeps its particle: 「届出書在中」と
    }
    if (CLOSING.indexOf(a) >= 0
        || NO_LINE_END.indexOf(b) >= 0
        || Character.isWhitespace(a)
        || Character.isWhitespace(b)) {
      return true;
    }
    ScriptClass left = ScriptClass.of(a);
    ScriptClass right = ScriptClass.of(b);
    return switch (left) {
      // After kana, before another kind of text: a phrase ends, unless the kana is a single
      // okurigana inside a word such as 届け出 or 申し込み.
      // を is only ever a particle; て/で before ください ends a phrase (してください).
      case HIRAGANA ->
          a == 'を'
              || ((a == 'て' || a == 'で') && text.startsWith("ください", pos))
              || right != ScriptClass.HIRAGANA
                  && right != ScriptClass.OTHER_JAPANESE
                  && (!singleAfterKanji(pos) || PARTICLES.indexOf(a) >= 0);
      // Kanji and katakana words run on into kanji, katakana, kana and digits (14日, 2027年).
      // In Chinese, a line may break between any two hanzi.
      case KANJI, KATAKANA ->
          right == ScriptClass.LATIN
              || hanzi
                  && left == ScriptClass.KANJI
                  && right == ScriptClass.KANJI
                  && !insideShortNote(pos);
      // Latin words and numbers keep their counter or particle (30kg, EMSや, 4月).
      case LATIN, DIGIT ->
          right != ScriptClass.HIRAGANA
              && right != ScriptClass.KANJI
              && right != ScriptClass.KATAKANA
              && right != ScriptClass.OTHER_JAPANESE;
      default -> true;
    };
  }

  /** Whether {@code pos} lies inside a bracketed note of two or three characters: （周五）. */
  private boolean insideShortNote(int pos) {
    int open = text.lastIndexOf('（', pos - 1);
    int close = text.indexOf('）', pos);
    return open >= 0
        && close >= 0
        && pos - open <= 3
        && close - pos <= 2
        && text.lastIndexOf('）', pos - 1) < open;
  }

  /** Whether the kana before {@code pos} stands alone right after a kanji. */
  private boolean singleAfterKanji(int pos) {
    return pos >= 2 && ScriptClass.of(text.charAt(pos - 2)) == ScriptClass.KANJI;
  }

  /** The kinds of characters the phrase rules tell apart. */
  private enum ScriptClass {
    HIRAGANA,
    KATAKANA,
    KANJI,
    OTHER_JAPANESE,
    DIGIT,
    LATIN,
    OTHER;

    static ScriptClass of(char c) {
      if (c == 'ー' || c == '々' || c == '〆') {
        return c == 'ー' ? KATAKANA : KANJI;
      }
      if (Character.isDigit(c)) {
        return DIGIT;
      }
      UnicodeScript script = UnicodeScript.of(c);
      return switch (script) {
        case HIRAGANA -> HIRAGANA;
        case KATAKANA -> KATAKANA;
        case HAN -> KANJI;
        case LATIN -> LATIN;
        default -> ScriptRuns.isJapanese(c) ? OTHER_JAPANESE : OTHER;
      };
    }
  }
}
