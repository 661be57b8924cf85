/**
 * Benchmarks and load runs (bench, bench-web): speed is measured here, never in tests or production
 * code.
 */
package org.departurebooklet.bench;
