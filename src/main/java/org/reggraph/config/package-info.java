/** One immutable configuration with named safe defaults; the only reader of the environment. */
package org.reggraph.config;
