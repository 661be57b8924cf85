package org.departurebooklet.web;

import java.util.List;

/**
 * What form.mustache shows, every string final and HTML-escaped by the template. Immutable; built
 * by {@link FormPage}.
 *
 * @param lang the page language (html lang)
 * @param title the document title; it starts with the error count when there are errors
 * @param action where the form posts, keeping the page language
 * @param busy whether to say that all render slots were busy (answers kept)
 * @param textInputs name and the three dates, in page order
 * @param destination the next country: a text input with the country names as suggestions
 * @param language the booklet language
 */
public record FormView(
    String lang,
    String title,
    PageText text,
    String action,
    List<LanguageLink> otherLanguages,
    boolean hasOtherLanguages,
    List<ErrorLink> errors,
    boolean hasErrors,
    boolean busy,
    List<TextInput> textInputs,
    ChoiceGroup plan,
    ListInput destination,
    Select language,
    ChoiceGroup paper,
    String school) {

  public FormView {
    otherLanguages = List.copyOf(otherLanguages);
    errors = List.copyOf(errors);
    textInputs = List.copyOf(textInputs);
  }

  /** A link to the page in another language, named in that language. */
  public record LanguageLink(String code, String name, String href) {}

  /** One line of the error summary, linking to the field. */
  public record ErrorLink(String target, String message) {}

  /**
   * What every field shows besides its input.
   *
   * @param error the message shown next to the field; empty when the field is fine
   * @param describedBy the ids for aria-describedby: the hint, and the error when there is one
   */
  public record Field(
      String id,
      String label,
      String hint,
      String error,
      boolean invalid,
      String describedBy,
      boolean autofocus) {

    static Field of(String id, String label, String hint, String error, boolean autofocus) {
      boolean invalid = !error.isEmpty();
      return new Field(
          id,
          label,
          hint,
          error,
          invalid,
          invalid ? id + "-hint " + id + "-error" : id + "-hint",
          autofocus);
    }
  }

  /** A text or date input. */
  public record TextInput(
      Field field, String type, boolean isDate, String value, boolean required, int maxLength) {}

  /**
   * A text input with suggestions ({@code <input list>} and a {@code <datalist>}): the browser
   * filters them as the student types, with or without an input method, and without JavaScript.
   */
  public record ListInput(
      Field field,
      String value,
      boolean required,
      int maxLength,
      String listId,
      List<String> suggestions) {
    public ListInput {
      suggestions = List.copyOf(suggestions);
    }
  }

  /**
   * An option of a select or a radio group; {@code optionLang} set when it differs from the page.
   */
  public record Option(
      String value,
      String label,
      boolean selected,
      boolean first,
      boolean hasLang,
      String optionLang) {}

  /** A radio group in a fieldset. */
  public record ChoiceGroup(Field field, List<Option> options) {
    public ChoiceGroup {
      options = List.copyOf(options);
    }
  }

  /** A drop-down list. */
  public record Select(Field field, boolean required, List<Option> options) {
    public Select {
      options = List.copyOf(options);
    }
  }
}
