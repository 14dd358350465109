/**
 * The only place that touches JSON bytes and files: one strict reader ({@link
 * dev.benchproof.io.StrictJsonReader}, {@link dev.benchproof.io.SampleStreams}), one canonical
 * writer ({@link dev.benchproof.io.CanonicalJsonWriter}), atomic file replacement ({@link
 * dev.benchproof.io.AtomicFiles}) and digests ({@link dev.benchproof.io.Digests}).
 *
 * <p>Every input problem surfaces as a {@link dev.benchproof.BadInputException} with a one-line
 * message; Jackson's own exception texts never reach the user.
 */
package dev.benchproof.io;
