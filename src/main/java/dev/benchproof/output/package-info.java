/**
 * Renders what a command checked (files against schemas, or a gate's criteria) for CI systems:
 * GitHub workflow commands, JUnit XML and SARIF 2.1.0. Pure: text in, text out; the commands decide
 * what to check and where the text goes.
 */
package dev.benchproof.output;
