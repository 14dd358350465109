/**
 * Pure statistics over {@code double[]} samples: hypothesis tests, intervals, effect sizes,
 * sample-size planning and a deterministic bootstrap.
 *
 * <p>Conventions shared by every class:
 * <ul>
 *   <li>Two-arm methods take {@code (baseline, trained)} in that order; every delta is
 *       {@code trained - baseline}, and {@link dev.benchproof.stats.Alternative#GREATER} means
 *       H<sub>1</sub>: the trained arm is better (larger).</li>
 *   <li>Inputs are checked in {@link dev.benchproof.stats.Arguments}; a bad input throws
 *       {@link dev.benchproof.stats.StatisticsException} with a fixed, {@code Locale.ROOT} message.</li>
 *   <li>Results are immutable records whose components are finite numbers, except the open ends
 *       of intervals: {@code +Infinity} for a one-sided bound, both ends for a degenerate test.</li>
 *   <li>No I/O, clock, locale or global state: results depend only on the arguments.</li>
 * </ul>
 */
package dev.benchproof.stats;
