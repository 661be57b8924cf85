package org.departurebooklet;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TypeCheckingHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.StringWriter;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a Mustache template over the types of a view, not its values: every name the template uses
 * must be a member of a view record in scope, else {@link #check} throws a {@link
 * MustacheException} naming it. mustache.java's {@link TypeCheckingHandler}, taught what our views
 * use and it does not: dotted names ({@code field.id}) and sections over a {@code List<X>} or
 * {@code Optional<X>} (whose body is checked against {@code X}). Sections are entered once whatever
 * their value, so inverted sections and partials are checked too.
 *
 * <p>Not thread-safe: one per check.
 */
final class ViewTypeCheck extends TypeCheckingHandler {

  private ViewTypeCheck() {}

  /**
   * Runs {@code template} (from {@code dir}, partials beside it) over the members of {@code view}.
   */
  static void check(Path dir, String template, Class<?> view) {
    DefaultMustacheFactory factory = new DefaultMustacheFactory(dir.toFile());
    factory.setObjectHandler(new ViewTypeCheck());
    factory.compile(template).execute(new StringWriter(), view);
  }

  @Override
  public Wrapper find(String name, List<Object> scopes) {
    String[] parts = name.split("\\.");
    Class<?> type = typeInScopes(parts[0], scopes);
    for (int i = 1; i < parts.length; i++) {
      type = typeOf(type, parts[i], name, List.of(type));
    }
    Class<?> found = type;
    return ignoredScopes -> found;
  }

  private Class<?> typeInScopes(String name, List<Object> scopes) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      if (!(scopes.get(i) instanceof Class<?> scope)) {
        throw new MustacheException("only classes are allowed in scope, not " + scopes.get(i));
      }
      AccessibleObject member = findMember(scope, name);
      if (member != null) {
        return elementType(member);
      }
    }
    throw new MustacheException("no member " + name + " in " + scopes);
  }

  private Class<?> typeOf(Class<?> scope, String part, String name, List<Object> scopes) {
    AccessibleObject member = findMember(scope, part);
    if (member == null) {
      throw new MustacheException("no member " + part + " (of " + name + ") in " + scopes);
    }
    return elementType(member);
  }

  /** The member's type; for a list, array or optional, the type of what it holds. */
  private static Class<?> elementType(AccessibleObject member) {
    Type type =
        member instanceof Method m ? m.getGenericReturnType() : ((Field) member).getGenericType();
    if (type instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && (Iterable.class.isAssignableFrom(raw) || raw == Optional.class)) {
      return rawClass(p.getActualTypeArguments()[0]);
    }
    if (type instanceof GenericArrayType a) {
      return rawClass(a.getGenericComponentType());
    }
    Class<?> c = rawClass(type);
    return c.isArray() ? c.getComponentType() : c;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      return raw;
    }
    throw new MustacheException("cannot check a member of type " + type);
  }
}
