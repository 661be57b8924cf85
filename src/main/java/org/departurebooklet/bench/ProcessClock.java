package org.departurebooklet.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Where this process's time went so far: the JIT compiler, garbage collection, all CPU. */
final class ProcessClock {

  private ProcessClock() {}

  /** Time the JIT compilers have spent so far (ms), or 0 where the JVM does not say. */
  static long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  /** CPU time this process has used so far, all threads (ms), or 0 where the JVM does not say. */
  static long processCpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime() / 1_000_000)
        : 0;
  }

  /** Time spent in garbage collection so far (ms), summed over the collectors. */
  static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
  }
}
