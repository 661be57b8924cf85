package org.departurebooklet.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How long a fuzz property runs. In CI each runs the tries its {@code @Property(tries = ...)}
 * names (bounded, so the build takes a known time); for a longer hunt:
 *
 * <ul>
 *   <li>{@code -Dfuzz.scale=K} multiplies every property's tries by K (the slow render keeps its
 *       smaller share);
 *   <li>{@code -Dfuzz.tries=N} runs every property N times;
 *   <li>{@code -Dfuzz.seed=S} repeats a run: the seed jqwik prints beside a failure.
 * </ul>
 *
 * Put on a test class with {@code @AddLifecycleHook(FuzzBudget.class)}. Stateless.
 */
public final class FuzzBudget implements AroundPropertyHook {

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    int tries = context.attributes().tries().orElse(1000);
    Integer fixed = Integer.getInteger("fuzz.tries");
    Integer scale = Integer.getInteger("fuzz.scale");
    if (fixed != null) {
      context.attributes().setTries(fixed);
    } else if (scale != null) {
      context.attributes().setTries((int) Math.min(Integer.MAX_VALUE, (long) tries * scale));
    }
    String seed = System.getProperty("fuzz.seed");
    if (seed != null && !seed.isBlank()) {
      context.attributes().setSeed(seed.strip());
    }
    return property.execute();
  }
}
